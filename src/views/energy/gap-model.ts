import type { ExportSpec } from '../../charts/chart-export';
import type { GapBand, GapLine, GapMarker } from '../../charts/gap-chart';
import type { Palette } from '../../charts/palette';
import type { LegendItem } from '../../charts/toggle-legend';
import {
  bridgingSupply,
  demandSeries,
  scenarioLines,
  type BridgeItem,
  type DemandSeries,
  type ScenarioLine,
} from '../../data/energy-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { FigureQualifier, StargateDocument } from '../../data/stargate-schema';
import type { I18n } from '../../i18n/i18n-context';
import { formatYear } from './energy-format';
import '../../i18n/messages/energy';

/*
 * The energy-gap card's state apart from its drawing: AI demand and the fusion scenarios as
 * lines, markers and bands, the zoom panels' scale, the table and download rows, and the
 * takeaway and summary sentences. The card reads the URL and the screen and draws this.
 */

export const gapEndYear = 2052;
/** The on-site plants the "power problem" is about (stargate.json `power`). */
const bridgeIds = ['abilene-gas-plant', 'shackelford-gas', 'dona-ana-fuel-cells'] as const;
/** The optimistic and conservative cases' dates get a shaded band. */
const bandScenarios = new Set(['optimistic', 'conservative']);
export const gapSeriesKeys = [
  'us',
  'intl',
  'observed',
  'first-of-a-kind',
  'optimistic',
  'conservative',
  'bridge',
] as const;
export type GapSeriesKey = (typeof gapSeriesKeys)[number];
/** Fixed heights of the zoom's title and panel names (CSS holds them to one or two lines). */
const zoomHeadHeight = 44;
const panelHeadHeight = 24;

export type GapRow = {
  key: string;
  series: string;
  date: string;
  value: string;
  note: string;
  sourceIds: string[];
  uncertain: boolean;
  source: 'stargate' | 'fusion';
  /** Raw values for downloads. */
  seriesKey: GapSeriesKey;
  isoDate: string | null;
  dateNote: string | null;
  yearLow: number | null;
  yearHigh: number | null;
  gwLow: number;
  gwHigh: number;
  qualifier: string;
};

export type GapState = { hidden: readonly GapSeriesKey[]; scale: 'linear' | 'log' };
/** Where the card is drawn: a phone's compact layout, a slide's fixed height. */
export type GapFrame = { compact: boolean; height?: number };

export type GapView = {
  demand: DemandSeries;
  scenarios: ScenarioLine[];
  bridge: BridgeItem[];
  colors: Record<GapSeriesKey, string>;
  lines: GapLine[];
  markers: GapMarker[];
  bands: GapBand[];
  legendItems: LegendItem[];
  rows: GapRow[];
  /** The scenarios on show, each drawn again in a zoom panel on its own MW scale. */
  shownScenarios: ScenarioLine[];
  zoom: { shown: boolean; max: number; panelHeight: number; height: number };
  mainHeight: number;
  plotHeight: number;
  yMax: number;
  takeaway: string;
  summary: string;
  stargateSourceIds: string[];
  fusionSourceIds: string[];
};

const calendarYear = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);
const toPoints = (points: { year: number; gw: number }[]) =>
  points.map((p) => ({ x: p.year, y: p.gw }));

/** The colour of each series: AI demand in the first hues, fusion's scenarios after, the conservative case muted. */
export function gapColors(palette: Pick<Palette, 'series' | 'muted' | 'text'>) {
  const hue = (i: number) => palette.series[i] ?? palette.text;
  return {
    us: hue(0),
    intl: hue(4),
    observed: hue(1),
    'first-of-a-kind': hue(2),
    optimistic: hue(3),
    conservative: palette.muted,
    bridge: hue(5),
  } satisfies Record<GapSeriesKey, string>;
}

/** A scenario's colour by id; a scenario the palette does not know is drawn in text colour. */
export function scenarioColor(colors: Record<GapSeriesKey, string>, id: string, text: string) {
  const key = gapSeriesKeys.find((k) => k === id);
  return key ? colors[key] : text;
}

export function gapView(
  stargate: StargateDocument,
  fusion: FusionDocument,
  state: GapState,
  frame: GapFrame,
  palette: Pick<Palette, 'series' | 'muted' | 'text'>,
  i18n: I18n,
): GapView {
  const { t, pick, gw, date, lang } = i18n;
  const demand = demandSeries(stargate);
  const scenarios = scenarioLines(fusion, gapEndYear);
  const bridge = bridgingSupply(stargate, bridgeIds);
  const stargateSources = sourcesById(stargate);
  const colors = gapColors(palette);
  const colorOf = (id: string) => scenarioColor(colors, id, palette.text);
  const visible = (key: string) => !state.hidden.some((h) => h === key);

  // The last US claim (">10 GW", April 2026) rests on secondary pages only: it gets its own
  // dashed segment, so the solid line shows only what better sources back.
  const usPoints = toPoints(demand.us);
  const lastUsClaim = demand.usLastUncertain ? usPoints.at(-2) : undefined;
  const usBefore = usPoints.at(-3)?.y ?? 0;
  const usSolid = lastUsClaim
    ? [...usPoints.slice(0, -2), { x: lastUsClaim.x, y: usBefore }]
    : usPoints;
  const usLast = usPoints.at(-1);
  const lastClaim = stargate.capacityTimeline.announcements
    .filter((a) => a.capacityGw !== null)
    .at(-1);
  // The headline figure as the takeaway words it ("more than 10 GW"), written on the line's end.
  const lastClaimText = lastClaim
    ? t(`qualifier.${lastClaim.qualifier ?? 'exact'}`, { value: gw(lastClaim.capacityGw ?? 0) })
    : undefined;
  const lines: GapLine[] = [];
  if (visible('us')) {
    lines.push({
      key: 'us',
      label: t('energy.gap.us'),
      color: colors.us,
      points: usSolid,
      width: 3,
    });
    if (lastUsClaim && usLast)
      lines.push({
        key: 'us-reported',
        label: t('energy.gap.us'),
        color: colors.us,
        // Starts a hair before the claim at the last solid level, so the rise to the claim is
        // drawn (dashed) and not left as a gap between two lines.
        points: [{ x: lastUsClaim.x - 0.001, y: usBefore }, lastUsClaim, usLast],
        dashed: true,
        width: 3,
        endLabel: lastClaimText ?? gw(usLast.y),
        endLabelOnPhone: true,
      });
  }
  const intlLast = demand.international.at(-1);
  if (visible('intl'))
    lines.push({
      key: 'intl',
      label: t('energy.gap.intl'),
      color: colors.intl,
      points: toPoints(demand.international),
      dashed: demand.internationalUncertain,
      endLabel: intlLast ? gw(intlLast.gw) : undefined,
      endLabelSide: 'below',
    });
  // On the GW scale the fusion scenarios lie on top of one another near zero: one label names
  // them together, and the panels under the chart tell them apart on a scale of their own.
  const shownScenarios = scenarios.filter((s) => visible(s.id));
  const fusionTop = Math.max(0, ...shownScenarios.map((s) => s.points.at(-1)?.gw ?? 0));
  const labelled = shownScenarios.find((x) => x.points.at(-1)?.gw === fusionTop);
  for (const s of shownScenarios) {
    lines.push({
      key: s.id,
      label: pick(s.name),
      color: colorOf(s.id),
      points: toPoints(s.points),
      dashed: true,
      endLabel: s === labelled ? t('energy.gap.fusionEnd', { value: gw(fusionTop) }) : undefined,
      endLabelSide: 'above',
      endLabelAnchor: 'end',
    });
  }

  const markers: GapMarker[] = [
    ...(visible('observed') ? demand.observed : []).map((o): GapMarker => ({
      key: o.id,
      x: o.year,
      y: o.gw,
      color: colors.observed,
      shape: 'circle',
      open: o.uncertain,
      label: pick(o.label),
    })),
    ...(visible('bridge') ? bridge : []).flatMap((b): GapMarker[] =>
      b.year === null
        ? []
        : [
            {
              key: b.id,
              x: b.year,
              y: b.gw,
              color: colors.bridge,
              shape: 'triangle',
              open: b.uncertain,
              label: pick(b.title),
            },
          ],
    ),
  ];

  const bands: GapBand[] = (fusion.energy?.scenarios ?? [])
    .filter((s) => bandScenarios.has(s.id) && visible(s.id))
    .flatMap((s) =>
      s.steps.map((step) => ({
        key: `${s.id}-${step.id}`,
        x1: step.earliestYear,
        x2: step.latestYear + 1,
        label: pick(step.when),
      })),
    );

  // The most any scenario adds, and the earliest it gets there: the headline's fair comparison.
  const best = scenarios
    .flatMap((s) =>
      s.steps.map((step) => ({
        step,
        total: s.points.find((p) => p.year === step.year)?.gw ?? 0,
      })),
    )
    .sort((a, b) => b.total - a.total || a.step.year - b.step.year)[0];

  const stargateRow = (
    key: string,
    seriesKey: GapSeriesKey,
    at: string,
    capacityGw: number,
    qualifier: FigureQualifier,
    fact: { uncertain?: boolean; sourceIds: string[] },
    note: string,
  ): GapRow => ({
    key,
    series: t(`energy.gap.${seriesKey === 'us' ? 'us' : 'intl'}`),
    date: date(at),
    value: t(`qualifier.${qualifier}`, { value: gw(capacityGw) }),
    note,
    sourceIds: fact.sourceIds,
    uncertain: isUncertain(fact, stargateSources),
    source: 'stargate',
    seriesKey,
    isoDate: at,
    dateNote: null,
    yearLow: calendarYear(at),
    yearHigh: calendarYear(at),
    gwLow: capacityGw,
    gwHigh: capacityGw,
    qualifier,
  });
  const rows: GapRow[] = [
    ...stargate.capacityTimeline.announcements.flatMap((a) =>
      a.capacityGw === null
        ? []
        : [stargateRow(a.id, 'us', a.date, a.capacityGw, a.qualifier ?? 'exact', a, pick(a.label))],
    ),
    ...stargate.sites.flatMap((s) =>
      s.region !== 'international' || s.capacityGw === null || s.status === 'cancelled'
        ? []
        : [
            stargateRow(
              s.id,
              'intl',
              s.announced,
              s.capacityGw,
              s.capacityQualifier ?? 'exact',
              { uncertain: s.uncertain, sourceIds: s.capacitySourceIds ?? s.sourceIds },
              pick(s.name),
            ),
          ],
    ),
    ...stargate.capacityTimeline.observed.map((o): GapRow => ({
      key: o.id,
      series: t('energy.gap.observed'),
      date: o.date ? date(o.date) : o.dateNote ? pick(o.dateNote) : '',
      value: gw(o.capacityGw),
      note: pick(o.label),
      sourceIds: o.sourceIds,
      uncertain: isUncertain(o, stargateSources),
      source: 'stargate',
      seriesKey: 'observed',
      isoDate: o.date,
      dateNote: o.dateNote ? pick(o.dateNote) : null,
      yearLow: calendarYear(o.date),
      yearHigh: calendarYear(o.date),
      gwLow: o.capacityGw,
      gwHigh: o.capacityGw,
      qualifier: 'exact',
    })),
    ...scenarios.flatMap((s) =>
      s.steps.map((step): GapRow => {
        const raw = fusion.energy?.scenarios
          .find((x) => x.id === s.id)
          ?.steps.find((x) => x.id === step.id);
        return {
          key: `${s.id}-${step.id}`,
          series: pick(s.name),
          date: pick(step.when),
          value:
            step.gwLow === step.gwHigh ? gw(step.gwHigh) : `${gw(step.gwLow)}–${gw(step.gwHigh)}`,
          note: pick(step.label),
          sourceIds: raw?.sourceIds ?? [],
          uncertain: s.uncertain,
          source: 'fusion',
          seriesKey: gapSeriesKeys.find((k) => k === s.id) ?? 'conservative',
          isoDate: null,
          dateNote: pick(step.when),
          yearLow: raw?.earliestYear ?? step.year,
          yearHigh: raw?.latestYear ?? step.year,
          gwLow: step.gwLow,
          gwHigh: step.gwHigh,
          qualifier: 'exact',
        };
      }),
    ),
    ...bridge.map((b): GapRow => ({
      key: b.id,
      series: t('energy.gap.bridge'),
      date: b.year === null ? t('energy.gap.undated') : formatYear(b.year, lang),
      value: gw(b.gw),
      note: pick(b.title),
      sourceIds: b.sourceIds,
      uncertain: b.uncertain,
      source: 'stargate',
      seriesKey: 'bridge',
      isoDate: null,
      dateNote: b.year === null ? t('energy.gap.undated') : null,
      yearLow: b.year,
      yearHigh: b.year,
      gwLow: b.gw,
      gwHigh: b.gw,
      qualifier: 'exact',
    })),
  ];

  const legendItems = gapSeriesKeys.flatMap((key): LegendItem[] => {
    if (key === 'us') return [{ key, label: t('energy.gap.us'), color: colors.us }];
    if (key === 'intl')
      return [
        {
          key,
          label: t('energy.gap.intl'),
          color: colors.intl,
          dashed: demand.internationalUncertain,
        },
      ];
    if (key === 'observed')
      return [{ key, label: t('energy.gap.observed'), color: colors.observed }];
    if (key === 'bridge') return [{ key, label: t('energy.gap.bridge'), color: colors.bridge }];
    const scenario = scenarios.find((s) => s.id === key);
    return scenario ? [{ key, label: pick(scenario.name), color: colors[key], dashed: true }] : [];
  });

  const summary = t('energy.gap.summary', {
    us: usLast ? gw(usLast.y) : '–',
    intl: intlLast ? gw(intlLast.gw) : '–',
    date: date(stargate.asOf),
    scenarios: scenarios
      .map((s) =>
        t('energy.gap.summaryScenario', {
          name: pick(s.name),
          value: gw(s.points.at(-1)?.gw ?? 0),
          year: formatYear(s.steps.at(-1)?.year ?? gapEndYear, 'en'),
        }),
      )
      .join('; '),
    bridge: bridge.map((b) => `${pick(b.title)} ${gw(b.gw)}`).join('; '),
  });
  const takeaway = t('energy.gap.takeaway', {
    ai: lastClaimText ?? '–',
    date: lastClaim ? date(lastClaim.date) : '–',
    fusion: best ? gw(best.total) : '–',
    when: best ? pick(best.step.when) : '–',
  });

  const { compact, height } = frame;
  const mainHeight = height ?? (compact ? 340 : 420);
  // The zoom: one small panel per scenario, all on the same MW scale, so they can be compared
  // with one another (the GW chart above cannot separate them).
  // A round top a fifth above the largest scenario, leaving room for the labels above the lines.
  const zoomMax = fusionTop > 0 ? Math.ceil((fusionTop * 1.2) / 0.2) * 0.2 : 0;
  const panelHeight = compact ? 120 : 140;
  const zoomShown = shownScenarios.length > 0 && zoomMax > 0 && height === undefined;
  const zoomHeight = zoomShown
    ? zoomHeadHeight + (compact ? shownScenarios.length : 1) * (panelHeight + panelHeadHeight + 12)
    : 0;
  const yMax =
    state.scale === 'log'
      ? 20
      : Math.ceil(Math.max(demand.target?.gw ?? 0, ...demand.us.map((p) => p.gw)) * 1.2);

  return {
    demand,
    scenarios,
    bridge,
    colors,
    lines,
    markers,
    bands,
    legendItems,
    rows,
    shownScenarios,
    zoom: { shown: zoomShown, max: zoomMax, panelHeight, height: zoomHeight },
    mainHeight,
    plotHeight: mainHeight + zoomHeight,
    yMax,
    takeaway,
    summary,
    stargateSourceIds: [...demand.sourceIds, ...bridge.flatMap((b) => b.sourceIds)],
    fusionSourceIds: scenarios.flatMap((s) => s.sourceIds),
  };
}

/** The records of the series on show; a scenario's range as low/high, its timing as a year window. */
export function gapDownload(rows: GapRow[], hidden: readonly GapSeriesKey[]): ExportSpec<GapRow> {
  return {
    rows: rows.filter((r) => !hidden.includes(r.seriesKey)),
    columns: [
      { name: 'series', type: 'text', value: (r) => r.seriesKey },
      { name: 'series_name', type: 'text', value: (r) => r.series },
      { name: 'date', type: 'date', value: (r) => r.isoDate },
      { name: 'year_low', type: 'number', value: (r) => r.yearLow },
      { name: 'year_high', type: 'number', value: (r) => r.yearHigh },
      { name: 'date_note', type: 'text', value: (r) => r.dateNote },
      { name: 'power_gw', type: 'number', value: (r) => (r.gwLow === r.gwHigh ? r.gwLow : null) },
      { name: 'power_gw_low', type: 'number', value: (r) => r.gwLow },
      { name: 'power_gw_high', type: 'number', value: (r) => r.gwHigh },
      { name: 'qualifier', type: 'text', value: (r) => r.qualifier },
      { name: 'what', type: 'text', value: (r) => r.note },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
    ],
  };
}
