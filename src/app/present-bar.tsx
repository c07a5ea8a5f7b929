import { useState } from 'react';
import { Link, useHref, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { copyTextToClipboard } from '../charts/share-clipboard';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/present';
import { useLinkTo } from '../views/url-state';
import { resumeAfterMs } from './present-deck';

/**
 * The presenter's control bar: exit, previous/next and the count, the auto-advance state, and
 * the ways out of the slide (overview, the deck's link, speaker view, handout, projector theme,
 * full screen, help). Shown on the stage while the pointer moves.
 */
export function PresentBar({
  index,
  total,
  deckIds,
  interval,
  paused,
  shown,
  onPrev,
  onNext,
  onOverview,
  onHelp,
  onFullscreen,
}: {
  index: number;
  total: number;
  /** The chart ids of the deck, for a link that reproduces it without a deck file. */
  deckIds: string[];
  interval: number | null;
  paused: boolean;
  shown: boolean;
  onPrev: () => void;
  onNext: () => void;
  onOverview: () => void;
  onHelp: () => void;
  onFullscreen: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const linkTo = useLinkTo();
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const last = index === total - 1;

  const deckSearch = new URLSearchParams(searchParams);
  if (!deckSearch.has('deck')) deckSearch.set('slides', deckIds.join(','));
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

  return (
    <nav className="present__bar" aria-label={t('present.deck')} data-shown={String(shown)}>
      <Link className="present__exit" to={linkTo('/')}>
        {t('present.exit')}
      </Link>
      <button type="button" onClick={onPrev} disabled={index === 0} aria-label={t('present.prev')}>
        ←
      </button>
      <span className="present__count" aria-live="polite">
        {t('present.slideOf', { n: index + 1, total })}
      </span>
      <button
        type="button"
        onClick={onNext}
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
      <button type="button" onClick={onOverview} aria-haspopup="dialog">
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
      <button type="button" onClick={onFullscreen}>
        {t('present.fullscreen')}
      </button>
      <button type="button" onClick={onHelp} aria-haspopup="dialog">
        {t('present.help')}
      </button>
    </nav>
  );
}
