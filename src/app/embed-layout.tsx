import { useEffect, useEffectEvent, useRef } from 'react';
import { useHref, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { langs, type Lang } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import type { ThemeChoice } from '../charts/palette';
import { embedSearch } from '../views/embed-action';
import { chartById, views } from '../views/registry';
import { Slide } from './present-layout';
import { themes } from './settings';
import './modes.css';

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
  if (window.parent === window) return;
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

  // On load and on every change of height; the same height twice is not news.
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
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
        <Slide entry={entry} height={360} />
      ) : (
        <p className="embed__missing">{t('embed.notFound', { id: chartId })}</p>
      )}
      <p className="embed__credit">
        <a href={new URL(fullHref, window.location.href).href} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </p>
    </div>
  );
}
