import { lazy } from 'react';
// The timeline's own layout (its sticky year axis) must also hold for the build's picture of it,
// which the page shows before the chart's code: so its CSS comes with the cards, not the chart.
import './timeline-chart.css';

/*
 * The chart components, each loaded on demand. A card draws its plot with these instead of the
 * modules themselves, so Recharts and the chart's own code are not part of the card's chunk:
 * they are requested only when the plot's ChartSlot goes live (the reader points at, touches or
 * focuses it, or it shows a state the build did not draw), while the page already shows the build's
 * picture of it. Same names and props as the modules they load.
 */

export const HorizontalBarChart = lazy(() =>
  import('./horizontal-bar-chart').then((m) => ({ default: m.HorizontalBarChart })),
);
export const StepChart = lazy(() => import('./step-chart').then((m) => ({ default: m.StepChart })));
export const RangeBarChart = lazy(() =>
  import('./range-bar-chart').then((m) => ({ default: m.RangeBarChart })),
);
export const TimelineChart = lazy(() =>
  import('./timeline-chart').then((m) => ({ default: m.TimelineChart })),
);
export const LogScatterChart = lazy(() =>
  import('./log-scatter-chart').then((m) => ({ default: m.LogScatterChart })),
);
export const AreaBarChart = lazy(() =>
  import('./area-bar-chart').then((m) => ({ default: m.AreaBarChart })),
);
export const GapChart = lazy(() => import('./gap-chart').then((m) => ({ default: m.GapChart })));
export const SlipChart = lazy(() => import('./slip-chart').then((m) => ({ default: m.SlipChart })));
export const SparkChart = lazy(() =>
  import('./spark-chart').then((m) => ({ default: m.SparkChart })),
);
