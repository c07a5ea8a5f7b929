import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/catalogue';

/**
 * The one list of views and charts. Navigation, routes, presenter order and embed ids
 * all derive from it: adding a topic is one data file, one view and one line here.
 */

export type ViewId = 'overview' | 'stargate' | 'site' | 'fusion' | 'energy' | 'sources';

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
    component: lazy(() => import('./overview-view').then((m) => ({ default: m.OverviewView }))),
  },
  {
    id: 'stargate',
    path: '/stargate',
    navKey: 'nav.stargate',
    inNav: true,
    component: lazy(() => import('./stargate/stargate-view').then((m) => ({ default: m.StargateView }))),
  },
  {
    id: 'site',
    path: '/stargate/sites/:siteId',
    navKey: 'nav.stargate',
    inNav: false,
    component: lazy(() => import('./stargate/site-view').then((m) => ({ default: m.SiteView }))),
  },
  {
    id: 'fusion',
    path: '/fusion',
    navKey: 'nav.fusion',
    inNav: true,
    component: lazy(() => import('./fusion/fusion-view').then((m) => ({ default: m.FusionView }))),
  },
  {
    id: 'energy',
    path: '/energy',
    navKey: 'nav.energy',
    inNav: true,
    component: lazy(() => import('./energy/energy-view').then((m) => ({ default: m.EnergyView }))),
  },
  {
    id: 'sources',
    path: '/sources',
    navKey: 'nav.sources',
    inNav: true,
    component: lazy(() => import('./sources-view').then((m) => ({ default: m.SourcesView }))),
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
  'energy-gap',
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
    component: lazy(() => import('./stargate/capacity-card').then((m) => ({ default: m.CapacityCard }))),
  },
  {
    id: 'stargate-growth',
    view: 'stargate',
    params: ['growth-hide'],
    component: lazy(() => import('./stargate/growth-card').then((m) => ({ default: m.GrowthCard }))),
  },
  {
    id: 'stargate-investment',
    view: 'stargate',
    params: ['invest'],
    component: lazy(() => import('./stargate/investment-card').then((m) => ({ default: m.InvestmentCard }))),
  },
  {
    id: 'fusion-roadmap',
    view: 'fusion',
    params: ['kind', 'programme', 'baseline'],
    component: lazy(() => import('./fusion/roadmap-card').then((m) => ({ default: m.RoadmapCard }))),
  },
  {
    id: 'fusion-records',
    view: 'fusion',
    params: ['metric', 'hidden'],
    component: lazy(() => import('./fusion/records-card').then((m) => ({ default: m.RecordsCard }))),
  },
  {
    id: 'energy-gap',
    view: 'energy',
    params: ['gap-hide', 'gap-scale'],
    component: lazy(() => import('./energy/gap-card').then((m) => ({ default: m.EnergyGapCard }))),
  },
];

export function chartById(id: string): ChartEntry | undefined {
  return charts.find((chart) => chart.id === id);
}
