/**
 * The one list of what the dashboard shows: its topics, the other pages, and the charts with the
 * view that shows each. Everything that lists them derives from here: the data files
 * (data/datasets.ts), the schema map (data/validate.ts, typed against it), the message bundles
 * (i18n/catalogue.ts, checked against it), the topic nav labels (i18n/messages/common.ts), the
 * views' components (views/registry.ts), routes, navigation, the prerendered pages, the sources
 * view, and the browser tests' route and chart lists.
 *
 * Why here, at the root of src/, importing nothing: data and i18n are the bottom layers and may
 * import nothing above them, so a manifest in views/ would make them import upward (the deck
 * schema did, to know the chart ids). Plain data with no imports belongs to no layer and can
 * break none. And with no React and no lazy imports in it, node loads it as it is (tsx for the
 * build plugin and the browser tests), so scripts and tests import the list, never parse it.
 */

type Label = { en: string; ko: string };

/**
 * Each topic has a view at `/<id>` listed in the navigation under `label`, a message bundle
 * `i18n/messages/<id>.ts`, and either its own data file in public/data/ or `null` when it
 * reads the other topics' files.
 */
export const topics = {
  stargate: { label: { en: 'Stargate', ko: '스타게이트' }, dataset: 'stargate.json' },
  fusion: { label: { en: 'Fusion', ko: '핵융합' }, dataset: 'fusion.json' },
  energy: { label: { en: 'Energy', ko: '에너지' }, dataset: null },
} as const satisfies Record<string, { label: Label; dataset: `${string}.json` | null }>;

export type TopicId = keyof typeof topics;
export const topicIds: readonly TopicId[] = Object.keys(topics).filter(
  (key): key is TopicId => key in topics,
);

/** The topics with a data file of their own. */
export type DatasetName = {
  [K in TopicId]: (typeof topics)[K]['dataset'] extends null ? never : K;
}[TopicId];
export const datasetNames: readonly DatasetName[] = topicIds.filter(
  (id): id is DatasetName => topics[id].dataset !== null,
);

/** The topic views, then the pages around them, in navigation order. */
export const views = [
  { id: 'overview', path: '/', navKey: 'nav.overview', inNav: true },
  ...topicIds.map((id) => ({ id, path: `/${id}`, navKey: `nav.${id}`, inNav: true }) as const),
  // One site of the Stargate topic: titled like the topic, not in the navigation.
  { id: 'site', path: '/stargate/sites/:siteId', navKey: 'nav.stargate', inNav: false },
  { id: 'sources', path: '/sources', navKey: 'nav.sources', inNav: true },
  { id: 'faq', path: '/faq', navKey: 'nav.faq', inNav: true },
] as const;

export type ViewId = (typeof views)[number]['id'];

/**
 * The charts in presenter order. Ids are stable (INTERFACE.md): embeds, slides, downloads and
 * `#anchors` use them. `params` are the URL parameters the chart reads (its filters), so embeds
 * and slides can carry them.
 */
const chartList = [
  {
    id: 'stargate-capacity',
    view: 'stargate',
    params: ['partner', 'status', 'country', 'sort', 'hide'],
  },
  { id: 'stargate-growth', view: 'stargate', params: ['growth-hide'] },
  { id: 'stargate-investment', view: 'stargate', params: ['invest'] },
  { id: 'fusion-roadmap', view: 'fusion', params: ['kind', 'programme', 'baseline'] },
  { id: 'fusion-records', view: 'fusion', params: ['metric', 'hidden'] },
  { id: 'fusion-investment', view: 'fusion', params: [] },
  { id: 'energy-gap', view: 'energy', params: ['gap-hide', 'gap-scale'] },
  { id: 'energy-slip', view: 'energy', params: [] },
  { id: 'stargate-map', view: 'stargate', params: ['partner', 'status', 'country', 'hide'] },
] as const satisfies readonly { id: string; view: ViewId; params: readonly string[] }[];

export type ChartId = (typeof chartList)[number]['id'];
export type ChartSpec = { id: ChartId; view: ViewId; params: readonly string[] };
export const charts: readonly ChartSpec[] = chartList;
export const chartIds: readonly ChartId[] = charts.map((chart) => chart.id);

export function chartSpec(id: string): ChartSpec | undefined {
  return charts.find((chart) => chart.id === id);
}

/** The route of the view that shows a chart. */
export function chartPath(id: ChartId): string {
  const view = chartSpec(id)?.view;
  return views.find((entry) => entry.id === view)?.path ?? '/';
}

/** The topics' nav labels as message-bundle entries (`nav.stargate`), for common.ts. */
export function topicNavMessages(lang: keyof Label): Record<`nav.${TopicId}`, string> {
  // fromEntries types its keys as string; they are `nav.<id>` for exactly every topic id.
  return Object.fromEntries(topicIds.map((id) => [`nav.${id}`, topics[id].label[lang]])) as Record<
    `nav.${TopicId}`,
    string
  >;
}
