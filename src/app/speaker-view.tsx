import { useEffect, useEffectEvent, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { clampSlide, useDeck } from './present-deck';
import { DeckAlert } from './present-deck-alert';
import { usePresentChannel } from './present-channel';
import { commandForKey } from './present-keys';
import { StageSlide, useSlideNotes } from './present-slide';
import { ScaledStage } from './present-stage';
import './modes.css';
import './present.css';
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

/** Elapsed time since the view opened (or was reset) and the time of day, ticking once a second. */
function useElapsed(): [number, number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return [
    now - start,
    now,
    () => {
      const reset = Date.now();
      setStart(reset);
      setNow(reset);
    },
  ];
}

/**
 * `/present/speaker`: the current and next slide as live thumbnails of the audience's stage,
 * notes, an elapsed timer and the clock, in a second window. It follows the audience window
 * over a BroadcastChannel and can drive it with the same keys; its own URL (`?slide=`) keeps
 * its place on reload when no audience window answers.
 */
export function SpeakerView() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const deck = useDeck(searchParams);
  const slides = deck.slides;
  const index = clampSlide(searchParams.get('slide') ?? undefined, slides.length) - 1;
  const [connected, setConnected] = useState(false);
  const [elapsed, now, resetTimer] = useElapsed();

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
    // A named deck is loaded by name here too; a link-made deck comes as its chart ids.
    if (!params.has('deck')) params.set('slides', message.deck.join(','));
    show(params.toString(), message.index);
  });

  // Ask an already-open audience window where it is.
  useEffect(() => {
    post({ type: 'hello' });
  }, [post]);

  const goto = (target: number) => {
    const wrapped = ((target % slides.length) + slides.length) % slides.length;
    post({ type: 'goto', index: wrapped });
    show(searchParams.toString(), wrapped);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const command = commandForKey(event);
    // The same rule as the audience window: → on the last slide stays there.
    if (command === 'next' && index < slides.length - 1) goto(index + 1);
    else if (command === 'prev' && index > 0) goto(index - 1);
    else if (command === 'first') goto(0);
    else if (command === 'last') goto(slides.length - 1);
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const current = slides[index];
  const next = index + 1 < slides.length ? slides[index + 1] : undefined;
  const notes = useSlideNotes(current);
  const clock = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(now);

  return (
    <div className="speaker" data-mode="speaker">
      <header className="speaker__bar">
        <h1>{t('speaker.title')}</h1>
        <span className="speaker__count">
          {t('present.slideOf', { n: index + 1, total: slides.length })}
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
        <span className="speaker__clock">
          <span className="visually-hidden">{t('speaker.clock')}: </span>
          <time aria-live="off" dateTime={new Date(now).toISOString()}>
            {clock}
          </time>
        </span>
        <button type="button" onClick={() => goto(index - 1)} disabled={index === 0}>
          {t('present.prev')}
        </button>
        <button type="button" onClick={() => goto(index + 1)} disabled={index >= slides.length - 1}>
          {t('present.next')}
        </button>
      </header>
      {deck.error && <DeckAlert error={deck.error} />}
      <div className="speaker__grid">
        <section className="speaker__current" aria-label={t('speaker.current')}>
          <h2 className="speaker__label">{t('speaker.current')}</h2>
          {current && (
            <ScaledStage inert className="speaker__thumb">
              <StageSlide
                key={`${current.entry.id}-${index}`}
                slide={current}
                search={location.search}
                headingLevel={3}
              />
            </ScaledStage>
          )}
        </section>
        <section className="speaker__notes" aria-label={t('speaker.notes')}>
          <h2 className="speaker__label">{t('speaker.notes')}</h2>
          {notes ? <p>{notes}</p> : <p className="speaker__link">{t('speaker.noNotes')}</p>}
        </section>
        <section className="speaker__next" aria-label={t('speaker.next')}>
          <h2 className="speaker__label">{t('speaker.next')}</h2>
          {next ? (
            <ScaledStage inert className="speaker__thumb">
              <StageSlide
                key={`${next.entry.id}-${index + 1}`}
                slide={next}
                search={location.search}
                headingLevel={3}
              />
            </ScaledStage>
          ) : (
            <p>{t('speaker.nextNone')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
