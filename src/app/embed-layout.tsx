import { useEffect, useEffectEvent, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useHref, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ChartTitleContext } from '../charts/chart-actions';
import { langs, type Lang } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { ThemeChoice } from '../charts/palette';
import { embedSearch } from '../views/embed-action';
import { useChartTitleSetter, useDocumentTitle } from '../views/document-title';
import { chartById, chartIds, views } from '../views/registry';
import { HostedChart } from './hosted-chart';
import { themes } from './settings';
import './modes.css';

const noSubscription = () => () => {};

/** The one message an embed sends (INTERFACE.md); the height is not secret, so targetOrigin is '*'. */
export type ResizeMessage = {
  type: 'gigawatt:resize';
  version: 1;
  chartId: string;
  height: number;
};

/** The one command an embed accepts, and only from an origin listed in embed-config.json. */
export type EmbedCommand = {
  type: 'gigawatt:settings';
  version: 1;
  theme?: ThemeChoice;
  lang?: Lang;
};

/** Strict: exact type and version, only known keys, only known values; anything else is dropped. */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.type !== 'gigawatt:settings' || record.version !== 1) return null;
  if (Object.keys(record).some((key) => !['type', 'version', 'theme', 'lang'].includes(key)))
    return null;
  const command: EmbedCommand = { type: 'gigawatt:settings', version: 1 };
  if ('theme' in record) {
    if (!themes.some((value) => value === record.theme)) return null;
    command.theme = record.theme as ThemeChoice;
  }
  if ('lang' in record) {
    if (!langs.some((value) => value === record.lang)) return null;
    command.lang = record.lang as Lang;
  }
  return command.theme || command.lang ? command : null;
}

/** `{"allowedOrigins": ["https://intranet.example"]}`: exact origins only; `*` and junk are ignored. */
export function parseEmbedConfig(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const list = (data as Record<string, unknown>).allowedOrigins;
  if (!Array.isArray(list)) return [];
  return list.filter((value): value is string => {
    if (typeof value !== 'string') return false;
    try {
      return new URL(value).origin === value;
    } catch {
      return false;
    }
  });
}

let allowedOriginsPromise: Promise<string[]> | null = null;

/**
 * Read at run time from the same origin (connect-src 'self'), so an administrator can allow
 * a host without rebuilding; fetched only once a well-formed command actually arrives.
 */
function allowedOrigins(): Promise<string[]> {
  allowedOriginsPromise ??= fetch(`${import.meta.env.BASE_URL}embed-config.json`, {
    headers: { Accept: 'application/json' },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then(parseEmbedConfig, () => []);
  return allowedOriginsPromise;
}

/** For tests: forget the cached configuration. */
export function resetEmbedConfig() {
  allowedOriginsPromise = null;
}

function postHeight(chartId: string, height: number) {
  // A frame being torn down (or not laid out) measures 0; a host that applied it would make the
  // chart vanish from its page, so only a real height is ever sent.
  if (window.parent === window || !(height > 0)) return;
  const message: ResizeMessage = { type: 'gigawatt:resize', version: 1, chartId, height };
  window.parent.postMessage(message, '*');
}

/** `/embed/:chartId`: the registered chart alone, sized by its host through postMessage. */
export function EmbedLayout() {
  const { t } = useI18n();
  const { chartId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const root = useRef<HTMLDivElement>(null);
  const entry = chartById(chartId);
  const viewPath = views.find((view) => view.id === entry?.view)?.path ?? '/';
  const fullHref = useHref(`${viewPath}${embedSearch(chartId, searchParams)}`);
  // Absolute, so a copied link works from anywhere; the build prerenders the page without
  // knowing the host, so the path alone until the page is hydrated (the server snapshot).
  const absoluteHref = useSyncExternalStore(
    noSubscription,
    () => new URL(fullHref, window.location.href).href,
    () => fullHref,
  );

  // Every link opens outside the frame, in a new tab: a link followed inside the iframe would
  // load the whole app there, with its header, in a box sized for one chart. The attributes
  // say so to the reader's browser (hover, middle click); the click handler stops the router's
  // own links from navigating in place before the browser follows the new-tab link.
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const mark = () => {
      for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (link.target !== '_blank') link.target = '_blank';
        if (!/\bnoopener\b/.test(link.rel)) link.rel = `${link.rel} noopener`.trim();
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(element, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'target'],
    });
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || !element.contains(link)) return;
      link.target = '_blank';
      // The browser's default action (a new tab) goes ahead; React's handlers at the root do not run.
      event.stopPropagation();
    };
    element.addEventListener('click', onClick, true);
    return () => {
      observer.disconnect();
      element.removeEventListener('click', onClick, true);
    };
  }, []);

  const setTitle = useChartTitleSetter();
  useDocumentTitle(entry ? null : t('embed.notFound', { id: chartId }));

  // On load and on every change of height; the same height twice is not news.
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      postHeight(chartId, height);
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [chartId]);

  const apply = useEffectEvent((command: EmbedCommand) => {
    const params = new URLSearchParams(location.search);
    if (command.theme) params.set('theme', command.theme);
    if (command.lang) params.set('lang', command.lang);
    void navigate(
      { pathname: location.pathname, search: `?${params.toString()}` },
      { replace: true },
    );
  });
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only our own parent, and only a command it is allowed to send.
      if (window.parent === window || event.source !== window.parent) return;
      const command = parseEmbedCommand(event.data);
      if (!command) return;
      void allowedOrigins().then((origins) => {
        if (origins.includes(event.origin)) apply(command);
      });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <div className="embed" data-mode="embed" ref={root}>
      {entry ? (
        <ChartTitleContext.Provider value={setTitle}>
          <HostedChart entry={entry} height={360} />
        </ChartTitleContext.Provider>
      ) : (
        <EmbedMissing chartId={chartId} />
      )}
      <p className="embed__credit">
        <a href={absoluteHref} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </p>
    </div>
  );
}

/** An unknown id: says so and lists the ids that exist, each a link to its embed. */
function EmbedMissing({ chartId }: { chartId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const base = useHref('/embed/');
  return (
    <div className="embed__missing">
      <p>{t('embed.notFound', { id: chartId })}</p>
      <p>{t('embed.validIds')}</p>
      <ul className="embed__ids">
        {chartIds.map((id) => (
          <li key={id}>
            <a href={`${base.replace(/\/?$/, '/')}${id}${location.search}`}>
              <code>{id}</code>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
