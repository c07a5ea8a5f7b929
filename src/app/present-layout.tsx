import { Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
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
import type { ChartEntry } from '../views/registry';
import { useLinkTo } from '../views/url-state';
import {
  clampSlide,
  parseInterval,
  resumeAfterMs,
  useDeck,
  type DeckError,
  type SlideSpec,
} from './present-deck';
import { usePresentChannel } from './present-channel';
import { HelpOverlay } from './present-help';
import { commandForKey, toggleFullscreen } from './present-keys';
import { OverviewDialog } from './present-overview';
import { StageSlide } from './present-slide';
import { ScaledStage } from './present-stage';
import './modes.css';
import './present.css';
import '../i18n/messages/present';

// The presenter's parts live beside it; these are re-exported for the speaker view and tests.
export { clampSlide, parseDeck, parseInterval, resumeAfterMs } from './present-deck';
export { isPresentMessage } from './present-channel';
export { commandForKey } from './present-keys';

/** A chart from the registry in its own error and loading boundary (the embed hosts charts this way). */
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

/** `/present` and `/present/:n`: normalises the slide number in the URL, then shows the deck. */
export function PresentLayout() {
  const { t } = useI18n();
  const { n } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const deck = useDeck(searchParams);
  if (deck.loading) {
    return (
      <div className="present" data-mode="present">
        <div className="loading-block present__loading" aria-busy="true">
          <span className="visually-hidden">{t('present.deckLoading')}</span>
        </div>
      </div>
    );
  }
  const slide = clampSlide(n, deck.slides.length);
  if (n !== String(slide)) {
    return <Navigate replace to={{ pathname: `/present/${slide}`, search: location.search }} />;
  }
  return <Presenter slides={deck.slides} index={slide - 1} deckError={deck.error} />;
}

/** The alert for a named deck that could not be used; the default deck shows below it. */
function DeckAlert({ error }: { error: DeckError }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="data-alert present__alert">
      <p className="data-alert__title">{t('present.deckError', { deck: error.deck })}</p>
      {/* Text only: nothing from a deck file is ever interpreted as markup. */}
      <p className="data-alert__message">
        <code>{error.message}</code>
      </p>
    </div>
  );
}

/** Shows the controls while the pointer moves, and for a while after. */
function usePointerActivity(idleMs = 2500): [boolean, () => void] {
  const [active, setActive] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [
    active,
    () => {
      setActive(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setActive(false), idleMs);
    },
  ];
}

/** A horizontal swipe of at least this many CSS pixels turns the slide. */
const swipeMin = 50;

function Presenter({
  slides,
  index,
  deckError,
}: {
  slides: SlideSpec[];
  index: number;
  deckError: DeckError | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const linkTo = useLinkTo();
  const [help, setHelp] = useState(false);
  const [overview, setOverview] = useState(false);
  const [blackout, setBlackout] = useState(false);
  const [paused, setPaused] = useState(false);
  // Bumped on every key so the resume timer restarts from the latest press.
  const [pauseToken, setPauseToken] = useState(0);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [pointerActive, onPointerActivity] = usePointerActivity();
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const interval = parseInterval(searchParams.get('interval'));
  const total = slides.length;
  const slide = slides[index] ?? slides[0];
  const last = index === total - 1;
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
  // On the last slide → stays there (the speaker view says so); only an auto-advancing deck loops.
  const next = () => {
    if (!last || interval !== null) go(index + 1);
  };
  const prev = () => {
    if (index > 0) go(index - 1);
  };

  const deckIds = slides.map((s) => s.entry.id);
  const post = usePresentChannel((message, reply) => {
    if (message.type === 'hello')
      reply({ type: 'state', deck: deckIds, index, search: location.search });
    else if (message.type === 'goto' && message.index >= 0 && message.index < total)
      go(message.index);
  });

  // Tells a speaker view where we are, on every slide change and deck change.
  const deckKey = deckIds.join(',');
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
    // The overview is a dialog: its buttons take the keys, except the ones that close it.
    if (overview && command !== 'escape' && command !== 'overview') return;
    event.preventDefault();
    switch (command) {
      case 'next':
        next();
        break;
      case 'prev':
        prev();
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
      case 'overview':
        setHelp(false);
        setOverview((value) => !value);
        break;
      case 'escape':
        if (help) setHelp(false);
        else if (blackout) setBlackout(false);
        else if (overview) setOverview(false);
        else if (document.fullscreenElement) toggleFullscreen();
        else setOverview(true);
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
    // The black screen, the help and the overview hold the deck: nobody wants slides moving behind them.
    if (interval === null || paused || help || blackout || overview || total < 2) return undefined;
    const timer = window.setTimeout(() => advance(), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [interval, paused, help, blackout, overview, index, total]);

  useEffect(() => {
    if (!paused || interval === null) return undefined;
    const timer = window.setTimeout(() => setPaused(false), resumeAfterMs(interval));
    return () => window.clearTimeout(timer);
  }, [paused, pauseToken, interval]);

  const deckSearch = new URLSearchParams(searchParams);
  if (!deckSearch.has('deck')) deckSearch.set('slides', deckKey);
  const deckHref = useHref({ pathname: '/present/1', search: `?${deckSearch.toString()}` });
  const speakerSearch = new URLSearchParams(searchParams);
  speakerSearch.set('slide', String(index + 1));
  const speakerHref = useHref({
    pathname: '/present/speaker',
    search: `?${speakerSearch.toString()}`,
  });
  const handoutSearch = new URLSearchParams(searchParams);
  handoutSearch.delete('interval');
  const handoutHref =
    linkTo('/present/handout').split('?')[0] + (handoutSearch.size ? `?${handoutSearch}` : '');

  if (!slide) return <p className="present__empty">{t('present.empty')}</p>;

  const bar = (
    <nav
      className="present__bar"
      aria-label={t('present.deck')}
      data-shown={pointerActive ? 'true' : 'false'}
    >
      <Link className="present__exit" to={linkTo('/')}>
        {t('present.exit')}
      </Link>
      <button type="button" onClick={prev} disabled={index === 0} aria-label={t('present.prev')}>
        ←
      </button>
      <span className="present__count" aria-live="polite">
        {t('present.slideOf', { n: index + 1, total })}
      </span>
      <button
        type="button"
        onClick={next}
        disabled={last && interval === null}
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
      <button type="button" onClick={() => setOverview(true)} aria-haspopup="dialog">
        {t('present.overview')}
      </button>
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
      <Link to={handoutHref}>{t('present.handout')}</Link>
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
  );

  return (
    <div
      className="present"
      data-mode="present"
      onPointerMove={(event) => {
        if (event.pointerType === 'mouse') onPointerActivity();
      }}
      onTouchStart={(event) => {
        const touch = event.touches[0];
        touchStart.current =
          event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
      }}
      onTouchEnd={(event) => {
        const start = touchStart.current;
        const touch = event.changedTouches[0];
        touchStart.current = null;
        if (!start || !touch || overview || help) return;
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        if (Math.abs(dx) < swipeMin || Math.abs(dx) < Math.abs(dy) * 1.5) {
          // A tap shows the controls, as a mouse move does.
          if (Math.abs(dx) < 10 && Math.abs(dy) < 10) onPointerActivity();
          return;
        }
        if (dx < 0) next();
        else prev();
      }}
    >
      <h1 className="visually-hidden">
        {t('present.title')}: {t('present.slideOf', { n: index + 1, total })}
      </h1>
      {deckError && <DeckAlert error={deckError} />}
      <main className="present__screen">
        <ScaledStage
          className="present__stage"
          overlay={
            <>
              <div
                className="present__progress"
                role="progressbar"
                aria-label={t('present.progress')}
                aria-valuemin={1}
                aria-valuemax={total}
                aria-valuenow={index + 1}
                aria-valuetext={t('present.slideOf', { n: index + 1, total })}
              >
                <span style={{ width: `${((index + 1) / total) * 100}%` }} />
              </div>
              {bar}
            </>
          }
        >
          {/* The tab is named after the slide's chart. */}
          <ChartTitleContext.Provider value={setTitle}>
            <StageSlide key={`${slide.entry.id}-${index}`} slide={slide} search={location.search} />
          </ChartTitleContext.Provider>
        </ScaledStage>
      </main>
      {blackout && (
        <div className="present__blackout" role="status">
          <span className="visually-hidden">{t('present.blackout')}</span>
        </div>
      )}
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
      {overview && (
        <OverviewDialog
          slides={slides}
          current={index}
          search={location.search}
          onPick={(target) => {
            setOverview(false);
            go(target);
          }}
          onClose={() => setOverview(false)}
        />
      )}
    </div>
  );
}
