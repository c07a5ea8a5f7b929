import { useEffect, useEffectEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ChartTitleContext } from '../charts/chart-actions';
import { useI18n } from '../i18n/i18n-context';
import { useChartTitleSetter } from '../views/document-title';
import { PresentBar } from './present-bar';
import { usePresentChannel } from './present-channel';
import {
  clampSlide,
  parseInterval,
  resumeAfterMs,
  useDeck,
  type DeckError,
  type SlideSpec,
} from './present-deck';
import { DeckAlert } from './present-deck-alert';
import { HelpOverlay } from './present-help';
import { commandForKey, toggleFullscreen } from './present-keys';
import { OverviewDialog } from './present-overview';
import { usePresenterPointer } from './present-pointer';
import { StageSlide } from './present-slide';
import { ScaledStage } from './present-stage';
import './modes.css';
import './present.css';
import '../i18n/messages/present';

/*
 * The presenter: which slide shows and what moves it (keys, the bar, swipes, the speaker view's
 * messages, auto-advance). Its parts live beside it: the deck (present-deck.ts), the channel to
 * the speaker view (present-channel.ts), keys (present-keys.ts), the bar (present-bar.tsx),
 * pointer and touch (present-pointer.ts), the slide (present-slide.tsx) on its stage
 * (present-stage.tsx), and the help and overview dialogs.
 */

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
  const [help, setHelp] = useState(false);
  const [overview, setOverview] = useState(false);
  const [blackout, setBlackout] = useState(false);
  const [paused, setPaused] = useState(false);
  // Bumped on every key so the resume timer restarts from the latest press.
  const [pauseToken, setPauseToken] = useState(0);
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
  const { controlsShown, handlers } = usePresenterPointer({
    onNext: next,
    onPrev: prev,
    held: overview || help,
  });
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

  if (!slide) return <p className="present__empty">{t('present.empty')}</p>;

  return (
    <div className="present" data-mode="present" {...handlers}>
      <h1 className="visually-hidden">
        {t('present.title')}: {t('present.slideOf', { n: index + 1, total })}
      </h1>
      {deckError && <DeckAlert error={deckError} className="present__alert" />}
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
              <PresentBar
                index={index}
                total={total}
                deckIds={deckIds}
                interval={interval}
                paused={paused}
                shown={controlsShown}
                onPrev={prev}
                onNext={next}
                onOverview={() => setOverview(true)}
                onHelp={() => setHelp(true)}
                onFullscreen={toggleFullscreen}
              />
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
