import { lazy, memo, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/catalogue';
import {
  chartIds,
  charts as chartList,
  views as viewList,
  type ChartId,
  type ViewId,
} from '../topics';

/**
 * The views and charts of src/topics.ts with their code. The lists themselves (ids, paths,
 * navigation, chart parameters) are plain data in src/topics.ts, which scripts and tests import;
 * this module adds only what needs React: each one's component, loaded on demand.
 */

// Every view's navigation label is a message of the catalogue.
viewList satisfies readonly { navKey: MessageKey }[];

/**
 * A component whose code loads on demand. Memoised: views and charts read their URL state
 * themselves (views/url-state.ts), so a navigation that changes another chart's filter does
 * not re-render them.
 */
function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((component) => ({ default: memo(component) as ComponentType<P> })));
}

export type { ChartId };
export { chartIds };

export type ViewEntry = (typeof viewList)[number] & {
  component: LazyExoticComponent<ComponentType>;
};

/**
 * Each view's code. A `Record` over the manifest's ids: a view listed in src/topics.ts without
 * a component here (or a component for no listed view) does not compile.
 */
const viewComponents: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: onDemand(() => import('./overview-view').then((m) => m.OverviewView)),
  stargate: onDemand(() => import('./stargate/stargate-view').then((m) => m.StargateView)),
  site: onDemand(() => import('./stargate/site-view').then((m) => m.SiteView)),
  fusion: onDemand(() => import('./fusion/fusion-view').then((m) => m.FusionView)),
  energy: onDemand(() => import('./energy/energy-view').then((m) => m.EnergyView)),
  sources: onDemand(() => import('./sources-view').then((m) => m.SourcesView)),
  faq: onDemand(() => import('./faq-view').then((m) => m.FaqView)),
};

export const views: readonly ViewEntry[] = viewList.map((view) => ({
  ...view,
  component: viewComponents[view.id],
}));

/** Props every registered chart accepts, so views, presenter slides and embeds can host it. */
export type ChartProps = {
  headingLevel?: 2 | 3;
  /** Plot height in pixels; the presenter asks for more. */
  height?: number;
};

export type ChartEntry = (typeof chartList)[number] & {
  component: LazyExoticComponent<ComponentType<ChartProps>>;
};

/** Each chart's code, one per chart id of src/topics.ts (checked by the type, as for views). */
const chartComponents: Record<ChartId, LazyExoticComponent<ComponentType<ChartProps>>> = {
  'stargate-capacity': onDemand(() =>
    import('./stargate/capacity-card').then((m) => m.CapacityCard),
  ),
  'stargate-growth': onDemand(() => import('./stargate/growth-card').then((m) => m.GrowthCard)),
  'stargate-investment': onDemand(() =>
    import('./stargate/investment-card').then((m) => m.InvestmentCard),
  ),
  'fusion-roadmap': onDemand(() => import('./fusion/roadmap-card').then((m) => m.RoadmapCard)),
  'fusion-records': onDemand(() => import('./fusion/records-card').then((m) => m.RecordsCard)),
  'fusion-investment': onDemand(() =>
    import('./fusion/fusion-investment-card').then((m) => m.FusionInvestmentCard),
  ),
  'energy-gap': onDemand(() => import('./energy/energy-gap-card').then((m) => m.EnergyGapCard)),
  'energy-slip': onDemand(() => import('./energy/slip-card').then((m) => m.SlipCard)),
  'stargate-map': onDemand(() => import('./stargate/map-card').then((m) => m.MapCard)),
};

/** The charts in presenter order, each with its code. */
export const charts: readonly ChartEntry[] = chartList.map((chart) => ({
  ...chart,
  component: chartComponents[chart.id],
}));

export function chartById(id: string): ChartEntry | undefined {
  return charts.find((chart) => chart.id === id);
}
