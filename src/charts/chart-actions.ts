import { createContext, type ReactNode } from 'react';

/**
 * Extra header actions a layout offers every chart under it (the app shell offers
 * "Embed"; presenter and embed layouts offer none). A context rather than a prop, so
 * charts stay ignorant of the mode they are shown in.
 */
export const ChartActionsContext = createContext<
  ((chart: { id: string; title: string }) => ReactNode) | null
>(null);

/**
 * Set by layouts that show one chart at a time (embed, presenter): the card reports its title,
 * in the reader's language, so the layout can name the tab after it.
 */
export const ChartTitleContext = createContext<((title: string) => void) | null>(null);
