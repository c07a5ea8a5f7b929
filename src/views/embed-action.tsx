import { useId, useRef, useState } from 'react';
import { useHref } from 'react-router-dom';
import { copyTextToClipboard } from '../charts/share-clipboard';
import { useI18n } from '../i18n/i18n-context';
import { chartById } from './registry';
import { globalParams, tableSortEntry, useSearchParamsValue } from './url-state';
import './embed-action.css';

/** The embed URL's query: the chart's own filters plus language and theme, nothing else. */
export function embedSearch(chartId: string, current: URLSearchParams): string {
  const keep = new Set<string>([...globalParams, ...(chartById(chartId)?.params ?? [])]);
  const params = new URLSearchParams();
  for (const [name, value] of current) if (keep.has(name)) params.append(name, value);
  const table = (current.get('table') ?? '').split(',');
  if (table.includes(chartId)) params.set('table', chartId);
  const sort = tableSortEntry(current.get('table-sort'), chartId);
  if (sort) params.set('table-sort', sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function iframeSnippet(src: string, chartId: string, title: string): string {
  // Attributes rather than a style attribute, so the snippet also works on host pages with
  // a strict style-src; the host script sets the real height.
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="480" loading="lazy" data-gigawatt-embed="${escapeAttr(chartId)}"></iframe>`;
}

/**
 * The host page's half of the resize protocol (INTERFACE.md): accept only messages from the
 * app's origin and from one of our frames, and only a finite, bounded height.
 */
export function hostScript(appOrigin: string): string {
  return `<script>
window.addEventListener('message', function (event) {
  if (event.origin !== ${JSON.stringify(appOrigin)}) return;
  var data = event.data;
  if (!data || data.type !== 'gigawatt:resize' || data.version !== 1) return;
  var height = Number(data.height);
  if (!isFinite(height) || height < 0 || height > 20000) return;
  var frames = document.querySelectorAll('iframe[data-gigawatt-embed]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) {
      frames[i].style.border = '0';
      frames[i].height = String(Math.ceil(height));
    }
  }
});
</script>`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function CopyField({ label, text }: { label: string; text: string }) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="embed-action__field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        readOnly
        value={text}
        rows={Math.max(4, Math.min(14, text.split('\n').length + 1))}
        spellCheck={false}
      />
      <div className="embed-action__row">
        <button
          type="button"
          onClick={() => {
            void copyTextToClipboard(text).then((ok) => {
              setStatus(ok ? 'copied' : 'failed');
              // Where copying is refused, select the snippet so Ctrl+C still works.
              if (!ok) field.current?.select();
            });
          }}
        >
          {t('embed.copy')}
        </button>
        <span role="status" className="embed-action__status">
          {status === 'copied'
            ? t('embed.copied')
            : status === 'failed'
              ? t('embed.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}

/**
 * The "Embed" action for a chart card's `actions` slot: a ready iframe snippet carrying the
 * reader's current filters, and the host-side lines that apply the posted height. It reads
 * the registry for the chart's parameters, which is why it lives in views/ and not in
 * ChartCard (charts know no topic).
 */
export function EmbedAction({ chartId, title }: { chartId: string; title: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const searchParams = useSearchParamsValue();
  const panelId = useId();
  // useHref knows the deploy base and the router kind (`#/embed/…` in the hash build).
  const href = useHref(
    `/embed/${encodeURIComponent(chartId)}${embedSearch(chartId, searchParams)}`,
  );
  // Only once the panel opens: prerendering at build time has no window.
  const src = open ? new URL(href, window.location.href).href : '';
  return (
    <div className="embed-action">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('embed.action')}
      </button>
      {open && (
        <section
          id={panelId}
          className="embed-action__panel"
          aria-label={t('embed.dialog')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          <p className="embed-action__note">{t('embed.filtersNote')}</p>
          <CopyField label={t('embed.snippet')} text={iframeSnippet(src, chartId, title)} />
          <CopyField label={t('embed.script')} text={hostScript(new URL(src).origin)} />
          <button type="button" onClick={() => setOpen(false)}>
            {t('embed.close')}
          </button>
        </section>
      )}
    </div>
  );
}
