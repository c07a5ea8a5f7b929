import {
  Suspense,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  Link,
  Navigate,
  useHref,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import { ChartTitleContext } from '../charts/chart-actions';
import { ErrorBoundary } from '../charts/error-boundary';
import { useI18n } from '../i18n/i18n-context';
import { copyTextToClipboard } from '../charts/share-clipboard';
import { useChartTitleSetter } from '../views/document-title';
import { chartById, charts, type ChartEntry } from '../views/registry';
import { useLinkTo } from '../views/url-state';
import './modes.css';
import '../i18n/messages/present';

/** `?slides=a,b` → those charts in that order; unknown ids drop out quietly, none left → all. */
export function parseDeck(raw: string | null): ChartEntry[] {
  if (raw === null) return [...charts];
  const deck = raw
    .split(',')
    .map((id) => chartById(id.trim()))
    .filter((entry): entry is ChartEntry => entry !== undefined);
  return deck.length > 0 ? deck : [...charts];
}

/** The 1-based slide to show for a raw `:n`: out-of-range and junk land on the nearest real slide. */
export function clampSlide(raw: string | undefined, total: number): number {
  const value = Number.parseInt(raw ?? '', 10);
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(value, Math.max(total, 1));
}

/** `?interval=` in seconds; fractions allowed, nonsense ignored. Bounds keep a typo from spinning. */
export function parseInterval(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0.25 && seconds <= 86_400 ? seconds : null;
}

/** A key press pauses auto-advance; it resumes after this long without one (or two intervals). */
export function resumeAfterMs(intervalSeconds: number): number {
  return Math.max(15_000, intervalSeconds * 2_000);
}

/** Messages between the audience window and the speaker view (same origin, same base). */
export type PresentMessage =
  | { type: 'state'; deck: string[]; index: number; search: string }
  | { type: 'goto'; index: number }
  | { type: 'hello' };

export function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return true;
  if (message.type === 'goto') return Number.isInteger(message.index);
  if (message.type === 'state') {
    return (
      Number.isInteger(message.index) &&
      typeof message.search === 'string' &&
      Array.isArray(message.deck) &&
      message.deck.every((id) => typeof id === 'string')
    );
  }
  return false;
}

/**
 * Keyed by the deploy folder, so two deployments on one origin do not steer each other; the
 * base is resolved against the page because the no-rewrite build's base is relative (`./`).
 */
export function channelName(): string {
  return `gigawatt-present:${new URL(import.meta.env.BASE_URL, window.location.href).pathname}`;
}

/**
 * One BroadcastChannel for the component's lifetime; `onMessage` always sees fresh state
 * without reopening the channel. Returns a stable `post`.
 */
export function usePresentChannel(
  onMessage: (message: PresentMessage, reply: (message: PresentMessage) => void) => void,
): (message: PresentMessage) => void {
  const [channel] = useState(() =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName()),
  );
  const post = useMemo(
    () => (message: PresentMessage) => {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel (page going away) has no one left to tell.
      }
    },
    [channel],
  );
  const handle = useEffectEvent((event: MessageEvent) => {
    if (isPresentMessage(event.data)) onMessage(event.data, post);
  });
  useEffect(() => {
    if (!channel) return undefined;
    const listener = (event: MessageEvent) => handle(event);
    channel.addEventListener('message', listener);
    return () => channel.removeEventListener('message', listener);
  }, [channel]);
  // Closed only when the window goes away: StrictMode's effect replay must not close it early.
  useEffect(() => {
    if (!channel) return undefined;
    const close = () => channel.close();
    window.addEventListener('pagehide', close);
    return () => window.removeEventListener('pagehide', close);
  }, [channel]);
  return post;
}

function subscribeResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** Plot height for the viewport: the chart fills what the title, caption and bar leave over. */
export function useSlidePlotHeight(reserved: number, min = 280, max = 900): number {
  const viewport = useSyncExternalStore(
    subscribeResize,
    () => window.innerHeight,
    () => 900,
  );
  return Math.round(Math.min(max, Math.max(min, viewport - reserved)));
}

/** Keys that should not be taken over while focus is in a control that uses them itself. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isActivationTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY')
  );
}

export type SlideCommand =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blackout' | 'help' | 'escape';

/** What clickers and keyboards send, mapped to commands; null for keys we leave alone. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): SlideCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space on a focused button presses it; taking it over would advance twice.
      return isActivationTarget(event.target) ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      // Clickers' "blank screen" button sends `.` (PowerPoint's convention) or `b`.
      return 'blackout';
    case '?':
      return 'help';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

function toggleFullscreen() {
  const done = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  // Refused without a user gesture or by policy: the slide still shows, nothing to report.
  done?.catch(() => {});
}

/** A slide: the registered chart component, so presenter, embed and view draw the same thing. */
export function Slide({
  entry,
  height,
  headingLevel = 2,
}: {
  entry: ChartEntry;
  height: number;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const Chart = entry.component;
  return (
    <ErrorBoundary
      fallback={(_error, reset) => (
        <div role="alert" className="chart-card__error">
          <p>{t('error.chart')}</p>
          <button type="button" onClick={reset}>
            {t('error.retry')}
          </button>
        </div>
      )}
    >
      <Suspense
        fallback={<div className="loading-block" style={{ minHeight: height }} aria-busy="true" />}
      >
        <Chart headingLevel={headingLevel} height={height} />
      </Suspense>
    </ErrorBoundary>
  );
}

function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const rows: [string, string][] = [
    [t('present.help.nextKeys'), t('present.next')],
    [t('present.help.prevKeys'), t('present.prev')],
    ['Home', t('present.help.first')],
    ['End', t('present.help.last')],
    ['F', t('present.help.fullscreen')],
    ['B, .', t('present.help.blackout')],
    ['?', t('present.help.overlay')],
    ['Esc', t('present.help.escape')],
  ];
  return (
    <div
      className="present__overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="present-help-title"
    >
      <div className="present__help">
        <h2 id="present-help-title">{t('present.help')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('present.help.key')}</th>
              <th scope="col">{t('present.help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {/* Focus lands here so Esc and Enter both close, and a screen reader hears the dialog. */}
        <button type="button" onClick={onClose} autoFocus>
          {t('present.help.close')}
        </button>
      </div>
    </div>
  );
}

/** `/present` and `/present/:n`: normalises the slide number in the URL, then shows the deck. */
export function PresentLayout() {
  const { n } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const deck = useMemo(() => parseDeck(searchParams.get('slides')), [searchParams]);
  const slide = clampSlide(n, deck.length);
  if (n !== String(slide)) {
    return <Navigate replace to={{ pathname: `/present/${slide}`, search: location.search }} />;
  }
  return <Presenter deck={deck} index={slide - 1} />;
}

function Presenter({ deck, index }: { deck: ChartEntry[]; index: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const linkTo = useLinkTo();
  const [help, setHelp] = useState(false);
  const [blackout, setBlackout] = useState(false);
  const [paused, setPaused] = useState(false);
  // Bumped on every key so the resume timer restarts from the latest press.
  const [pauseToken, setPauseToken] = useState(0);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const interval = parseInterval(searchParams.get('interval'));
  const total = deck.length;
  const entry = deck[index] ?? deck[0];
  const plotHeight = useSlidePlotHeight(380);
  const setTitle = useChartTitleSetter();

  // replace, not push: a day of auto-advance must not grow the history without bound.
  const go = (target: number) => {
    const wrapped = ((target % total) + total) % total;
    if (wrapped === index) return;
    void navigate(
      { pathname: `/present/${wrapped + 1}`, search: location.search },
      { replace: true },
    );
  };

  const post = usePresentChannel((message, reply) => {
    if (message.type === 'hello')
      reply({ type: 'state', deck: deck.map((d) => d.id), index, search: location.search });
    else if (message.type === 'goto' && message.index >= 0 && message.index < total)
      go(message.index);
  });

  // Tells a speaker view where we are, on every slide change and deck change.
  const deckKey = deck.map((d) => d.id).join(',');
  useEffect(() => {
    post({ type: 'state', deck: deckKey.split(','), index, search: location.search });
  }, [post, deckKey, index, location.search]);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (interval !== null) {
      setPaused(true);
      setPauseToken((token) => token + 1);
    }
    const command = commandForKey(event);
    if (command === null) return;
    event.preventDefault();
    switch (command) {
      case 'next':
        // Past the end a clicker wraps only when the deck loops on its own; otherwise it stays.
        if (index < total - 1 || interval !== null) go(index + 1);
        break;
      case 'prev':
        if (index > 0) go(index - 1);
        break;
      case 'first':
        go(0);
        break;
      case 'last':
        go(total - 1);
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'blackout':
        setBlackout((value) => !value);
        break;
      case 'help':
        setHelp((value) => !value);
        break;
      case 'escape':
        if (help) setHelp(false);
        else if (blackout) setBlackout(false);
        else if (document.fullscreenElement) toggleFullscreen();
        break;
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Auto-advance: one timeout per slide, cleared on every change, so nothing accumulates.
  const advance = useEffectEvent(() => go(index + 1));
  useEffect(() => {
    // The black screen and the help hold the deck: nobody wants slides moving behind them.
    if (interval === null || paused || help || blackout || total < 2) return undefined;
    const timer = window.setTimeout(() => advance(), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [interval, paused, help, blackout, index, total]);

  useEffect(() => {
    if (!paused || interval === null) return undefined;
    const timer = window.setTimeout(() => setPaused(false), resumeAfterMs(interval));
    return () => window.clearTimeout(timer);
  }, [paused, pauseToken, interval]);

  const deckSearch = new URLSearchParams(searchParams);
  deckSearch.set('slides', deckKey);
  const deckHref = useHref({ pathname: '/present/1', search: `?${deckSearch.toString()}` });
  const speakerSearch = new URLSearchParams(searchParams);
  speakerSearch.set('slide', String(index + 1));
  const speakerHref = useHref({
    pathname: '/present/speaker',
    search: `?${speakerSearch.toString()}`,
  });

  if (!entry) return <p className="present__empty">{t('present.empty')}</p>;

  return (
    <div className="present" data-mode="present">
      <h1 className="visually-hidden">
        {t('present.title')}: {t('present.slideOf', { n: index + 1, total })}
      </h1>
      <main className="present__stage" key={`${entry.id}-${index}`}>
        {/* The tab is named after the slide's chart. */}
        <ChartTitleContext.Provider value={setTitle}>
          <Slide entry={entry} height={plotHeight} />
        </ChartTitleContext.Provider>
      </main>
      <nav className="present__bar" aria-label={t('present.deck')}>
        <Link className="present__exit" to={linkTo('/')}>
          {t('present.exit')}
        </Link>
        <button
          type="button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label={t('present.prev')}
        >
          ←
        </button>
        <span className="present__count" aria-live="polite">
          {t('present.slideOf', { n: index + 1, total })}
        </span>
        <button
          type="button"
          onClick={() => go(index + 1)}
          disabled={index === total - 1 && interval === null}
          aria-label={t('present.next')}
        >
          →
        </button>
        {interval !== null && (
          <span className="present__auto">
            {paused
              ? t('present.paused', { seconds: Math.round(resumeAfterMs(interval) / 1000) })
              : t('present.autoAdvance', { seconds: interval })}
          </span>
        )}
        <span className="present__spacer" />
        <button
          type="button"
          onClick={() => {
            void copyTextToClipboard(new URL(deckHref, window.location.href).href).then((ok) =>
              setCopyStatus(ok ? 'copied' : 'failed'),
            );
          }}
        >
          {t('present.copyDeck')}
        </button>
        <span role="status" className="present__status">
          {copyStatus === 'copied'
            ? t('present.copied')
            : copyStatus === 'failed'
              ? t('present.copyFailed')
              : ''}
        </span>
        <a
          href={speakerHref}
          target="gigawatt-speaker"
          onClick={(event) => {
            // A named popup, so pressing it again focuses the same speaker window.
            const opened = window.open(
              speakerHref,
              'gigawatt-speaker',
              'popup,width=1100,height=760',
            );
            if (opened) event.preventDefault();
          }}
        >
          {t('present.speaker')}
        </a>
        <button
          type="button"
          aria-pressed={searchParams.get('theme') === 'contrast'}
          onClick={() => {
            const params = new URLSearchParams(location.search);
            if (params.get('theme') === 'contrast') params.delete('theme');
            else params.set('theme', 'contrast');
            void navigate(
              { pathname: location.pathname, search: `?${params.toString()}` },
              { replace: true },
            );
          }}
        >
          {t('theme.contrast')}
        </button>
        <button type="button" onClick={() => toggleFullscreen()}>
          {t('present.fullscreen')}
        </button>
        <button type="button" onClick={() => setHelp(true)} aria-haspopup="dialog">
          {t('present.help')}
        </button>
      </nav>
      {blackout && (
        <div className="present__blackout" role="status">
          <span className="visually-hidden">{t('present.blackout')}</span>
        </div>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
