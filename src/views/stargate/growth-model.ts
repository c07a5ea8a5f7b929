import type { ExportSpec } from '../../charts/chart-export';
import type { LegendItem } from '../../charts/toggle-legend';
import type { Palette } from '../../charts/palette';
import type { MarkerKind, Reference, StepPoint, StepSeries } from '../../charts/step-chart';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import { growthSeries, type GrowthPoint } from '../../data/stargate-derive';
import type { FigureQualifier, StargateDocument } from '../../data/stargate-schema';
import { isoToYear } from '../../i18n/format';
import type { I18n } from '../../i18n/i18n-context';
import { cardSources } from '../shared/card-sources';
import { figureShort, figureText } from './stargate-format';
import '../../i18n/messages/stargate';

/*
 * What the growth chart shows: announced capacity over time as a step line (claims on weak
 * sources dashed), the capacity measured running, the target and its deadlines, and the rows,
 * summary and takeaway that say the same in words.
 */

export const growthSeriesKeys = ['announced', 'claimed', 'running'] as const;
export type GrowthSeriesKey = (typeof growthSeriesKeys)[number];

function markerOf(qualifier: FigureQualifier | null): MarkerKind {
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'lower-bound';
  if (qualifier === 'up-to') return 'upper-bound';
  if (qualifier === 'about' || qualifier === 'nearly') return 'approx';
  return 'exact';
}

export type GrowthRow = {
  id: string;
  date: string | null;
  series: GrowthSeriesKey | 'target';
  figure: string;
  what: string;
  uncertain: boolean;
  sourceIds: readonly string[];
  /** The raw figure for downloads: null where no figure was claimed. */
  capacityGw: number | null;
  qualifier: string | null;
  measure: string | null;
  dateNote: string | null;
};

export function growthModel(
  doc: StargateDocument,
  i18n: I18n,
  palette: Palette,
  { hidden, narrow, today }: { hidden: readonly GrowthSeriesKey[]; narrow: boolean; today: Date },
) {
  const { t, pick, gw, date } = i18n;
  const growth = growthSeries(doc);
  const sources = sourcesById(doc);
  const announcements = new Map(doc.capacityTimeline.announcements.map((a) => [a.id, a]));
  const observations = new Map(doc.capacityTimeline.observed.map((o) => [o.id, o]));
  const observedQualifier = (id: string) => observations.get(id)?.qualifier ?? 'exact';

  const claimed = growth.points.filter((p) => p.capacityGw !== null);
  const solid = claimed.filter((p) => !p.uncertain);
  const shaky = claimed.filter((p) => p.uncertain);
  const launch = growth.points.find((p) => p.kind === 'launch');
  const datedObserved = growth.observed.filter((o) => o.date !== null);
  const lastSolid = solid.at(-1);
  const claimText = (p: GrowthPoint) => figureText(i18n, gw(p.capacityGw ?? 0), p.qualifier);

  const toPoint = (p: GrowthPoint, withLabel = true): StepPoint => ({
    key: p.id,
    x: isoToYear(p.date),
    value: p.capacityGw ?? 0,
    marker: markerOf(p.qualifier),
    uncertain: p.uncertain,
    pointLabel: withLabel ? figureShort(i18n, gw(p.capacityGw ?? 0), p.qualifier) : undefined,
    tooltip: {
      title: date(p.date),
      lines: [
        [t('sg.growth.tip.claim'), claimText(p)],
        [t('sg.growth.tip.kind'), t(`sg.kind.${p.kind}`)],
      ],
      note: `${pick(p.label)}${p.uncertain ? ` ${t('sg.growth.uncertainNote')}` : ''}`,
    },
  });

  const observedLabel = datedObserved
    .map(
      (o) =>
        `${figureShort(i18n, gw(o.capacityGw), observedQualifier(o.id))} ${t(`sg.measure.short.${o.measure}`)}`,
    )
    .join(' · ');

  const claimColor = palette.series[0] ?? palette.text;
  const runningColor = palette.series[1] ?? palette.text;
  const allSeries: StepSeries[] = [
    {
      key: 'announced',
      color: claimColor,
      connect: 'step',
      labelSide: narrow ? 'above' : 'left',
      // On a phone the claims sit a few pixels apart: label only the latest, the table has the rest.
      points: solid.map((p) => toPoint(p, !narrow || p === lastSolid)),
    },
    {
      key: 'claimed',
      color: claimColor,
      connect: 'step',
      dashed: true,
      // The dashed step starts from the last solid claim; that bridging point carries no label of its own.
      points: [
        ...(lastSolid ? [{ ...toPoint(lastSolid, false), key: `${lastSolid.id}-bridge` }] : []),
        ...shaky.map((p) => toPoint(p)),
      ],
    },
    {
      key: 'running',
      color: runningColor,
      connect: 'none',
      labelAnchor: 'start',
      points: datedObserved.map((o, index) => ({
        key: o.id,
        x: isoToYear(o.date ?? doc.asOf),
        value: o.capacityGw,
        marker: markerOf(observedQualifier(o.id)),
        uncertain: o.uncertain,
        // One label for the cluster: the snapshots sit a month apart and would overprint.
        pointLabel:
          index === 0
            ? `${t('sg.growth.runningLabel')} ${narrow ? figureShort(i18n, gw(o.capacityGw), observedQualifier(o.id)) : observedLabel}`
            : undefined,
        tooltip: {
          title: o.date ? date(o.date) : t('date.none'),
          lines: [
            [t('sg.growth.tip.running'), gw(o.capacityGw)],
            [
              t('sg.growth.tip.measure'),
              t(`sg.measure.${o.measure}`) +
                (o.measureInferred ? ` ${t('sg.growth.inferred')}` : ''),
            ],
          ],
          note: pick(o.label),
        },
      })),
    },
  ];

  const target = growth.target;
  const references: Reference[] = [];
  if (target) {
    references.push({
      key: 'target',
      axis: 'y',
      at: target.capacityGw,
      label: t('sg.growth.target', { value: gw(target.capacityGw) }),
      color: palette.target,
      dashed: false,
      labelPosition: 'insideTopLeft',
    });
    for (const h of target.horizons) {
      // A year-only deadline ("by 2029", "end of 2025") means the end of that year.
      const at = h.by.length === 4 ? Number(h.by) + 1 : isoToYear(h.by);
      references.push({
        key: `deadline-${h.by}`,
        axis: 'x',
        at,
        label: t(narrow ? 'sg.growth.deadline.short' : 'sg.growth.deadline', { year: h.by }),
        color: palette.target,
        dashed: true,
        labelPosition: 'insideTopRight',
        // On a phone the first deadline's label, left of its line, would sit on the value axis's
        // top tick: one row lower it clears it.
        labelOffset: narrow ? 18 : undefined,
      });
    }
  }
  if (launch) {
    references.push({
      key: 'launch',
      axis: 'x',
      at: isoToYear(launch.date),
      label: t('sg.growth.launch'),
      color: palette.muted,
      labelPosition: 'insideBottomLeft',
    });
  }
  // Today is the real date, as on every chart; the data's as-of date is its own, labelled mark.
  references.push({
    key: 'today',
    axis: 'x',
    at: isoToYear(today.toISOString().slice(0, 10)),
    label: t('sg.growth.today', { year: String(today.getUTCFullYear()) }),
    color: palette.today,
    dashed: true,
    labelPosition: 'insideTopLeft',
  });
  references.push({
    key: 'as-of',
    axis: 'x',
    at: isoToYear(doc.asOf),
    label: t('sg.growth.asOf', { date: date(doc.asOf) }),
    color: palette.muted,
    // Right of its line, at the foot: left of it the label ran into the value axis's "0 GW" and
    // the launch label on a phone, and off the plot's left edge.
    labelPosition: 'insideBottomLeft',
  });

  const rows: GrowthRow[] = [
    ...growth.points.map((p) => ({
      id: p.id,
      date: p.date,
      series: p.uncertain ? ('claimed' as const) : ('announced' as const),
      figure:
        p.capacityGw === null
          ? t('sg.growth.noClaim', { target: gw(p.targetGw ?? 0) })
          : claimText(p),
      what: pick(p.label),
      uncertain: p.uncertain,
      sourceIds: announcements.get(p.id)?.sourceIds ?? [],
      capacityGw: p.capacityGw,
      qualifier: p.capacityGw === null ? null : (p.qualifier ?? 'exact'),
      measure: null,
      dateNote: null,
    })),
    ...growth.observed.map((o) => ({
      id: o.id,
      date: o.date,
      series: 'running' as const,
      figure: `${figureText(i18n, gw(o.capacityGw), observedQualifier(o.id))} (${t(`sg.measure.${o.measure}`)})`,
      what: pick(o.label) + (o.dateNote ? ` — ${pick(o.dateNote)}` : ''),
      uncertain: o.uncertain,
      sourceIds: observations.get(o.id)?.sourceIds ?? [],
      capacityGw: o.capacityGw,
      qualifier: observedQualifier(o.id),
      measure: o.measure,
      dateNote: o.dateNote ? pick(o.dateNote) : null,
    })),
    ...(target?.horizons ?? []).map((h) => ({
      id: `target-${h.by}`,
      date: h.by,
      series: 'target' as const,
      figure: gw(target?.capacityGw ?? 0),
      what: pick(h.label),
      uncertain: isUncertain(h, sources),
      sourceIds: h.sourceIds,
      capacityGw: target?.capacityGw ?? null,
      qualifier: target?.capacityGw == null ? null : 'exact',
      measure: null,
      dateNote: null,
    })),
  ];

  // The records of the series on show (a hidden series is left out), the target's horizons kept.
  const exportRows = rows.filter(
    (r) => r.series === 'target' || !hidden.some((h) => h === r.series),
  );
  const download: ExportSpec<GrowthRow> = {
    rows: exportRows,
    sources: cardSources(
      sources,
      exportRows.flatMap((r) => r.sourceIds),
    ),
    columns: [
      { name: 'date', type: 'date', value: (r) => r.date },
      { name: 'date_note', type: 'text', value: (r) => r.dateNote },
      { name: 'series', type: 'text', value: (r) => r.series },
      { name: 'capacity_gw', type: 'number', value: (r) => r.capacityGw },
      { name: 'qualifier', type: 'text', value: (r) => r.qualifier },
      { name: 'measure', type: 'text', value: (r) => r.measure },
      { name: 'what', type: 'text', value: (r) => r.what },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
    ],
  };

  const first = solid[0];
  const running = datedObserved.at(-1);
  const takeaway = [
    first && lastSolid
      ? t('sg.growth.takeaway', {
          from: claimText(first),
          fromDate: date(first.date),
          to: claimText(lastSolid),
          toDate: date(lastSolid.date),
        })
      : '',
    shaky[0]
      ? t('sg.growth.takeaway.claim', { value: claimText(shaky[0]), date: date(shaky[0].date) })
      : '',
    running ? t('sg.growth.takeaway.running', { value: observedLabel }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const summary = [
    ...claimed.map((p) =>
      t('sg.growth.summary.point', {
        date: date(p.date),
        value: claimText(p),
        uncertain: p.uncertain ? t('sg.growth.summary.uncertain') : '',
      }),
    ),
    target
      ? t('sg.growth.summary.target', {
          value: gw(target.capacityGw),
          years: target.horizons.map((h) => h.by).join(', '),
        })
      : '',
    running ? t('sg.growth.takeaway.running', { value: observedLabel }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const legend: LegendItem[] = [
    { key: 'announced', label: t('sg.growth.series.announced'), color: claimColor },
    { key: 'claimed', label: t('sg.growth.series.claimed'), color: claimColor, dashed: true },
    { key: 'running', label: t('sg.growth.series.running'), color: runningColor },
  ];

  return {
    series: allSeries.filter((s) => !hidden.some((h) => h === s.key)),
    references,
    rows,
    download,
    takeaway,
    summary,
    legend,
    sources: cardSources(sources, [
      ...claimed.flatMap((p) => announcements.get(p.id)?.sourceIds ?? []),
      ...growth.observed.flatMap((o) => observations.get(o.id)?.sourceIds ?? []),
    ]),
    uncertain: claimed.some((p) => p.uncertain) || growth.observed.some((o) => o.uncertain),
  };
}
