import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context';
import { useUpdateSearch } from '../views/url-state';
import { useDeck, type SlideSpec } from './present-deck';
import { DeckAlert } from './present-deck-alert';
import { StageSlide, useSlideNotes } from './present-slide';
import { ScaledStage } from './present-stage';
import './modes.css';
import './present.css';
import '../i18n/messages/present';

function HandoutPage({
  slide,
  index,
  total,
  search,
  withNotes,
}: {
  slide: SlideSpec;
  index: number;
  total: number;
  search: string;
  withNotes: boolean;
}) {
  const { t } = useI18n();
  const notes = useSlideNotes(slide);
  return (
    <section className="handout__page" aria-label={t('present.slideOf', { n: index + 1, total })}>
      <ScaledStage className="handout__thumb">
        <StageSlide slide={slide} search={search} />
      </ScaledStage>
      {withNotes && notes && (
        <p className="handout__notes">
          <strong>{t('speaker.notes')}:</strong>
          {notes}
        </p>
      )}
    </section>
  );
}

/**
 * `/present/handout`: every slide of the deck, one per 16:9 page, for "Save as PDF" in the print
 * dialog; `?notes=1` adds each slide's speaker notes below it. Same deck, filters and sources as
 * the presentation.
 */
export function HandoutView() {
  const { t, pick } = useI18n();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const deck = useDeck(searchParams);
  const withNotes = searchParams.get('notes') === '1';
  const backSearch = new URLSearchParams(searchParams);
  backSearch.delete('notes');
  const back = backSearch.size ? `?${backSearch.toString()}` : '';
  return (
    <div className="handout" data-mode="handout">
      <div className="handout__bar">
        <h1>
          {t('handout.title')}
          {deck.title ? `: ${pick(deck.title)}` : ''}
        </h1>
        <label>
          <input
            type="checkbox"
            checked={withNotes}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              update((params) => {
                if (on) params.set('notes', '1');
                else params.delete('notes');
              });
            }}
          />{' '}
          {t('handout.notes')}
        </label>
        <button type="button" onClick={() => window.print()}>
          {t('handout.print')}
        </button>
        <Link to={{ pathname: '/present/1', search: back }}>{t('handout.back')}</Link>
        <p className="handout__hint">{t('handout.hint')}</p>
      </div>
      {deck.error && <DeckAlert error={deck.error} />}
      {deck.loading ? (
        <div className="loading-block handout__page" aria-busy="true" />
      ) : (
        deck.slides.map((slide, index) => (
          <HandoutPage
            key={`${slide.entry.id}-${index}`}
            slide={slide}
            index={index}
            total={deck.slides.length}
            search={location.search}
            withNotes={withNotes}
          />
        ))
      )}
    </div>
  );
}
