import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/present';
import type { SlideSpec } from './present-deck';
import { PresentDialog } from './present-dialog';
import { StageSlide } from './present-slide';
import { ScaledStage } from './present-stage';

/**
 * `o` (or Esc from a slide): every slide of the deck as a live thumbnail, to jump to one.
 * A modal dialog; focus starts on the current slide and Esc or `o` closes it.
 */
export function OverviewDialog({
  slides,
  current,
  search,
  onPick,
  onClose,
}: {
  slides: SlideSpec[];
  current: number;
  search: string;
  onPick: (index: number) => void;
  onClose: () => void;
}) {
  const { t, pick } = useI18n();
  const currentTile = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentTile.current?.focus();
  }, []);
  return (
    <PresentDialog className="present__overview" labelledBy="present-overview-title">
      <div className="slide-overview">
        <div className="slide-overview__head">
          <h2 id="present-overview-title">{t('present.overview')}</h2>
          <button type="button" onClick={onClose}>
            {t('present.help.close')}
          </button>
        </div>
        <ol className="slide-overview__grid">
          {slides.map((slide, index) => (
            <li key={`${slide.entry.id}-${index}`}>
              <button
                ref={index === current ? currentTile : undefined}
                type="button"
                className="slide-overview__tile"
                aria-current={index === current ? 'true' : undefined}
                aria-label={`${t('present.slideOf', { n: index + 1, total: slides.length })}${slide.title ? `: ${pick(slide.title)}` : ''}`}
                onClick={() => onPick(index)}
              >
                <ScaledStage inert className="slide-overview__thumb">
                  <StageSlide slide={slide} search={search} headingLevel={3} />
                </ScaledStage>
                <span className="slide-overview__number" aria-hidden="true">
                  {index + 1}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </PresentDialog>
  );
}
