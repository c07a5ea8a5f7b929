import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { copyTextToClipboard } from './share-clipboard';
import './share.css';

/** Copies the page's address with all its state (filters, sort, hidden series, table choice). */
export function CopyLinkButton({ label }: { label?: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="copy-link">
      <button
        type="button"
        onClick={() => {
          void copyTextToClipboard(window.location.href).then((ok) => setStatus(ok ? 'copied' : 'failed'));
        }}
      >
        {label ?? t('share.copyLink')}
      </button>
      <p role="status" className="share-status">
        {status === 'copied' ? t('share.linkCopied') : status === 'failed' ? t('share.linkFailed') : ''}
      </p>
    </div>
  );
}
