import { lazy, memo, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/catalogue';

/**
 * The one list of views and charts. Navigation, routes, presenter order and embed ids
 * all derive from it: adding a topic is one data file, one view and one line here.
 */

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

export type ViewId = 'overview' | 'stargate' | 'site' | 'fusion' | 'energy' | 'sources' | 'faq';

export type ViewEntry = {
  id: ViewId;
  /** Route path relative to the deploy base. */
  path: string;
  navKey: MessageKey;
  /** Shown in the main navigation. */
  inNav: boolean;
  component: LazyExoticComponent<ComponentType>;
};

export const views: readonly ViewEntry[] = [
  {
    id: 'overview',
    path: '/',
    navKey: 'nav.overview',
    inNav: true,
    component: onDemand(() => import('./overview-view').then((m) => m.OverviewView)),
  },
  {
    id: 'stargate',
    path: '/stargate',
    navKey: 'nav.stargate',
    inNav: true,
    component: onDemand(() => import('./stargate/stargate-view').then((m) => m.StargateView)),
  },
  {
    id: 'site',
    path: '/stargate/sites/:siteId',
    navKey: 'nav.stargate',
    inNav: false,
    component: onDemand(() => import('./stargate/site-view').then((m) => m.SiteView)),
  },
  {
    id: 'fusion',
    path: '/fusion',
    navKey: 'nav.fusion',
    inNav: true,
    component: onDemand(() => import('./fusion/fusion-view').then((m) => m.FusionView)),
  },
  {
    id: 'energy',
    path: '/energy',
    navKey: 'nav.energy',
    inNav: true,
    component: onDemand(() => import('./energy/energy-view').then((m) => m.EnergyView)),
  },
  {
    id: 'sources',
    path: '/sources',
    navKey: 'nav.sources',
    inNav: true,
    component: onDemand(() => import('./sources-view').then((m) => m.SourcesView)),
  },
  {
    id: 'faq',
    path: '/faq',
    navKey: 'nav.faq',
    inNav: true,
    component: onDemand(() => import('./faq-view').then((m) => m.FaqView)),
  },
];

/** Props every registered chart accepts, so views, presenter slides and embeds can host it. */
export type ChartProps = {
  headingLevel?: 2 | 3;
  /** Plot height in pixels; the presenter asks for more. */
  height?: number;
};

export const chartIds = [
  'stargate-capacity',
  'stargate-growth',
  'stargate-investment',
  'fusion-roadmap',
  'fusion-records',
  'fusion-investment',
  'energy-gap',
  'energy-slip',
  'stargate-map',
] as const;
export type ChartId = (typeof chartIds)[number];

export type ChartEntry = {
  id: ChartId;
  view: ViewId;
  /** URL parameters this chart reads (its filters), so embeds and slides can carry them. */
  params: readonly string[];
  component: LazyExoticComponent<ComponentType<ChartProps>>;
};

export const charts: readonly ChartEntry[] = [
  {
    id: 'stargate-capacity',
    view: 'stargate',
    params: ['partner', 'status', 'country', 'sort', 'hide'],
    component: onDemand(() => import('./stargate/capacity-card').then((m) => m.CapacityCard)),
  },
  {
    id: 'stargate-growth',
    view: 'stargate',
    params: ['growth-hide'],
    component: onDemand(() => import('./stargate/growth-card').then((m) => m.GrowthCard)),
  },
  {
    id: 'stargate-investment',
    view: 'stargate',
    params: ['invest'],
    component: onDemand(() => import('./stargate/investment-card').then((m) => m.InvestmentCard)),
  },
  {
    id: 'fusion-roadmap',
    view: 'fusion',
    params: ['kind', 'programme', 'baseline'],
    component: onDemand(() => import('./fusion/roadmap-card').then((m) => m.RoadmapCard)),
  },
  {
    id: 'fusion-records',
    view: 'fusion',
    params: ['metric', 'hidden'],
    component: onDemand(() => import('./fusion/records-card').then((m) => m.RecordsCard)),
  },
  {
    id: 'fusion-investment',
    view: 'fusion',
    params: [],
    component: onDemand(() =>
      import('./fusion/fusion-investment-card').then((m) => m.FusionInvestmentCard),
    ),
  },
  {
    id: 'energy-gap',
    view: 'energy',
    params: ['gap-hide', 'gap-scale'],
    component: onDemand(() => import('./energy/energy-gap-card').then((m) => m.EnergyGapCard)),
  },
  {
    id: 'energy-slip',
    view: 'energy',
    params: [],
    component: onDemand(() => import('./energy/slip-card').then((m) => m.SlipCard)),
  },
  {
    id: 'stargate-map',
    view: 'stargate',
    params: ['partner', 'status', 'country', 'hide'],
    component: onDemand(() => import('./stargate/map-card').then((m) => m.MapCard)),
  },
];

export function chartById(id: string): ChartEntry | undefined {
  return charts.find((chart) => chart.id === id);
}
