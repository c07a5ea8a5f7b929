import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { copyTextToClipboard } from './share-clipboard';
import './share.css';

/**
 * The page's address with `#anchor`, so the link lands on that element; the hash router keeps
 * its route after `#`, so there the address is left as it is.
 */
export function linkWithAnchor(href: string, anchor?: string): string {
  const url = new URL(href);
  if (!anchor || url.hash.startsWith('#/')) return url.href;
  url.hash = anchor;
  return url.href;
}

/** Copies the page's address with all its state (filters, sort, hidden series, table choice). */
export function CopyLinkButton({ label, anchor }: { label?: string; anchor?: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="copy-link">
      <button
        type="button"
        onClick={() => {
          void copyTextToClipboard(linkWithAnchor(window.location.href, anchor)).then((ok) =>
            setStatus(ok ? 'copied' : 'failed'),
          );
        }}
      >
        {label ?? t('share.copyLink')}
      </button>
      <p role="status" className="share-status">
        {status === 'copied'
          ? t('share.linkCopied')
          : status === 'failed'
            ? t('share.linkFailed')
            : ''}
      </p>
    </div>
  );
}
