import { createContext } from 'react';

/**
 * A chart drawn in its slide form (the presenter's 16:9 stage) off screen, for the "Copy for
 * slides" image: the layout provides it, so charts stay ignorant of the presenter. Resolves
 * with the drawn chart card once it has laid out; `release` removes it.
 */
export type SlideRenderer = (
  chartId: string,
) => Promise<{ figure: HTMLElement; release: () => void }>;

export const SlideRenderContext = createContext<SlideRenderer | null>(null);
