import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogue';
import { catalogue } from '../i18n/catalogue';
import type { ChartEntry } from '../views/registry';
import {
  clampSlide,
  commandForKey,
  parseDeck,
  Slide,
  usePresentChannel,
  useSlidePlotHeight,
} from './present-layout';
import './modes.css';
import '../i18n/messages/present';

function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Notes for a slide: a per-chart string from the catalogue, when one exists. */
function notesKey(entry: ChartEntry): MessageKey | null {
  const key = `notes.${entry.id}`;
  return key in catalogue.en ? (key as MessageKey) : null;
}

/** Elapsed time since the view opened (or was reset), ticking once a second. */
function useElapsed(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return [
    now - start,
    () => {
      const reset = Date.now();
      setStart(reset);
      setNow(reset);
    },
  ];
}

/**
 * `/present/speaker`: current and next slide, notes and a timer, in a second window. It
 * follows the audience window over a BroadcastChannel and can drive it with the same keys;
 * its own URL (`?slide=`) keeps its place on reload when no audience window answers.
 */
export function SpeakerView() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const deck = useMemo(() => parseDeck(searchParams.get('slides')), [searchParams]);
  const index = clampSlide(searchParams.get('slide') ?? undefined, deck.length) - 1;
  const [connected, setConnected] = useState(false);
  const [elapsed, resetTimer] = useElapsed();
  const plotHeight = useSlidePlotHeight(520, 220, 480);

  const show = (search: string, slide: number) => {
    const params = new URLSearchParams(search);
    params.delete('interval');
    params.set('slide', String(slide + 1));
    // The audience repeats its state on every change; an unchanged URL needs no navigation.
    if (`?${params.toString()}` === location.search) return;
    void navigate(
      { pathname: '/present/speaker', search: `?${params.toString()}` },
      { replace: true },
    );
  };

  const post = usePresentChannel((message) => {
    if (message.type !== 'state') return;
    setConnected(true);
    const params = new URLSearchParams(message.search);
    params.set('slides', message.deck.join(','));
    show(params.toString(), message.index);
  });

  // Ask an already-open audience window where it is.
  useEffect(() => {
    post({ type: 'hello' });
  }, [post]);

  const goto = (target: number) => {
    const wrapped = ((target % deck.length) + deck.length) % deck.length;
    post({ type: 'goto', index: wrapped });
    show(searchParams.toString(), wrapped);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const command = commandForKey(event);
    if (command === 'next' && index < deck.length - 1) goto(index + 1);
    else if (command === 'prev' && index > 0) goto(index - 1);
    else if (command === 'first') goto(0);
    else if (command === 'last') goto(deck.length - 1);
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const current = deck[index];
  const next = index + 1 < deck.length ? deck[index + 1] : undefined;
  const currentNotes = current ? notesKey(current) : null;

  return (
    <div className="speaker" data-mode="speaker">
      <header className="speaker__bar">
        <h1>{t('speaker.title')}</h1>
        <span className="speaker__count">
          {t('present.slideOf', { n: index + 1, total: deck.length })}
        </span>
        <span className="speaker__link" role="status">
          {connected ? t('speaker.connected') : t('speaker.waiting')}
        </span>
        <span className="speaker__timer">
          <span>{t('speaker.timer')}: </span>
          <time aria-live="off">{formatElapsed(elapsed)}</time>
        </span>
        <button type="button" onClick={resetTimer}>
          {t('speaker.timer.reset')}
        </button>
        <button type="button" onClick={() => goto(index - 1)} disabled={index === 0}>
          {t('present.prev')}
        </button>
        <button type="button" onClick={() => goto(index + 1)} disabled={index >= deck.length - 1}>
          {t('present.next')}
        </button>
      </header>
      <div className="speaker__grid">
        <section className="speaker__current" aria-label={t('speaker.current')}>
          <h2 className="speaker__label">{t('speaker.current')}</h2>
          {current && (
            <Slide
              key={`${current.id}-${index}`}
              entry={current}
              height={plotHeight}
              headingLevel={3}
            />
          )}
        </section>
        <section className="speaker__notes" aria-label={t('speaker.notes')}>
          <h2 className="speaker__label">{t('speaker.notes')}</h2>
          {currentNotes && <p>{t(currentNotes)}</p>}
        </section>
        <section className="speaker__next" aria-label={t('speaker.next')}>
          <h2 className="speaker__label">{t('speaker.next')}</h2>
          {next ? (
            <Slide
              key={`${next.id}-${index + 1}`}
              entry={next}
              height={Math.round(plotHeight * 0.6)}
              headingLevel={3}
            />
          ) : (
            <p>{t('speaker.nextNone')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
