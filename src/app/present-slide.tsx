import { useLayoutEffect, useRef, useState } from 'react';
import { SlideFormContext } from '../charts/slide-form';
import type { MessageKey } from '../i18n/catalogue';
import { catalogue } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n-context';
import '../i18n/messages/present';
import type { ChartEntry } from '../views/registry';
import { FixedSearchProvider } from '../views/url-state';
import { HostedChart } from './hosted-chart';
import { slideSearch, type SlideSpec } from './present-deck';
import { STAGE_HEIGHT } from './present-stage';

/** Plot heights a slide may give its chart, in stage pixels (the stage is 540 tall). */
const minPlot = 120;
const maxPlot = STAGE_HEIGHT - 100;
const firstGuess = 300;

/** Notes for a slide: the deck's own, else a per-chart string from the catalogue. */
export function useSlideNotes(slide: SlideSpec | undefined): string | null {
  const { t, pick } = useI18n();
  if (!slide) return null;
  if (slide.notes) return pick(slide.notes);
  const key = `notes.${slide.entry.id}`;
  return key in catalogue.en ? t(key as MessageKey) : null;
}

/**
 * The chart of a slide, with the plot as tall as the stage leaves over: drawn once at a first
 * guess, measured, then given exactly the room the title, legend, notes and sources leave.
 */
function SlideChart({ entry, headingLevel }: { entry: ChartEntry; headingLevel: 2 | 3 }) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(firstGuess);
  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return undefined;
    let adjustments = 0;
    // The box takes what the stage leaves (flex); the chart card inside it is measured against it.
    const fit = () => {
      const card = node.firstElementChild as HTMLElement | null;
      const plot = node.querySelector<HTMLElement>('.chart-card__plot');
      if (!card || !plot || adjustments > 8) return;
      const overflow = card.offsetHeight - node.clientHeight;
      if (Math.abs(overflow) < 2) return;
      const next = Math.round(Math.min(maxPlot, Math.max(minPlot, plot.offsetHeight - overflow)));
      adjustments += 1;
      setHeight((old) => (old === next ? old : next));
    };
    const observer = new ResizeObserver(fit);
    observer.observe(node);
    const watchCard = new MutationObserver(() => {
      const card = node.firstElementChild;
      if (card) observer.observe(card);
      fit();
    });
    watchCard.observe(node, { childList: true, subtree: true });
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    fit();
    return () => {
      observer.disconnect();
      watchCard.disconnect();
    };
  }, []);
  return (
    <div ref={box} className="slide__chart">
      <HostedChart entry={entry} height={height} headingLevel={headingLevel} />
    </div>
  );
}

/**
 * A slide: the registered chart component laid out for the 16:9 stage, so presenter, speaker
 * view, overview, handout and the slide image draw the same thing. It reads its own view state
 * (the deck's parameters, then the link's), not whichever slide the address bar names.
 */
export function StageSlide({
  slide,
  search,
  headingLevel = 2,
}: {
  slide: SlideSpec;
  search: string;
  headingLevel?: 2 | 3;
}) {
  const { pick } = useI18n();
  return (
    <FixedSearchProvider search={slideSearch(slide, search)}>
      <SlideFormContext.Provider value={true}>
        <div className="slide" data-slide-chart={slide.entry.id}>
          {slide.title && <p className="slide__deck-title">{pick(slide.title)}</p>}
          <SlideChart key={slide.entry.id} entry={slide.entry} headingLevel={headingLevel} />
        </div>
      </SlideFormContext.Provider>
    </FixedSearchProvider>
  );
}
