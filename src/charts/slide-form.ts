import { createContext } from 'react';

/**
 * True under a presenter slide (and the slide image): a chart with many rows draws its slide
 * form, what fits a 16:9 stage legibly, and says what it left to the table. Embeds and pages
 * keep the full chart.
 */
export const SlideFormContext = createContext(false);
