import type { ExportSpec } from '../../charts/chart-export';
import type { ReferenceMark, ScatterSeries } from '../../charts/log-scatter-chart';
import { logDomain } from '../../charts/log-scale';
import type { LocalizedText } from '../../data/common-schema';
import {
  recordSeries,
  targetLines,
  type RecordPoint,
  type RecordSeries,
} from '../../data/fusion-derive';
import type {
  FusionDocument,
  FusionMetric,
  FusionRecord,
  FusionTarget,
  MetricUnit,
} from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { MessageKey } from '../../i18n/catalogue';
import { formatKoreanUnits } from '../../i18n/format';
import type { I18n } from '../../i18n/i18n-context';
import { qualified } from './fusion-format';
import { headline } from './fusion-model';
import '../../i18n/messages/fusion';

/*
 * The records card's state apart from its drawing: which metrics a selector option shows, the
 * scatter series (one per metric, or one per device), the goals drawn as lines, the axes, the
 * table and download rows, and the takeaway and summary sentences.
 */

export const metricGroups = ['gain', 'energy', 'power', 'duration', 'temperature'] as const;
export type MetricGroup = (typeof metricGroups)[number];

/** Which stored metrics each selector option shows; each metric stays its own series. */
export const metricsOfGroup: Record<MetricGroup, readonly FusionMetric[]> = {
  gain: ['q-physics', 'target-gain', 'facility-gain'],
  energy: ['fusion-energy'],
  power: ['fusion-power', 'net-electric-power'],
  duration: ['pulse-duration', 'h-mode-duration', 'temperature-hold', 'triple-product-duration'],
  temperature: ['ion-temperature'],
};

/** The record series (and their targets) of one selector option. */
export function seriesOfGroup(doc: FusionDocument, group: MetricGroup): RecordSeries[] {
  const wanted = metricsOfGroup[group];
  const all = recordSeries(doc);
  const withRecords = all.filter((s) => wanted.includes(s.metric));
  // Targets of a metric with no record yet (net electricity) still belong on the chart.
  const targetOnly = wanted
    .filter((m) => !withRecords.some((s) => s.metric === m))
    .flatMap((metric): RecordSeries[] => {
      const unit = doc.targets.find((t) => t.metric === metric)?.unit;
      return unit ? [{ metric, unit, points: [], targets: targetLines(doc, metric) }] : [];
    });
  return [...withRecords, ...targetOnly];
}

/** Records that fall in no selector option (a field strength, first-plasma events), for a note. */
export function otherRecords(doc: FusionDocument) {
  const shown = new Set(metricGroups.flatMap((g) => metricsOfGroup[g]));
  return doc.records.filter((r) => !shown.has(r.metric));
}

export const metricKeys: Record<FusionMetric, MessageKey> = {
  'q-physics': 'fusion.metric.q-physics',
  'target-gain': 'fusion.metric.target-gain',
  'facility-gain': 'fusion.metric.facility-gain',
  'fusion-power': 'fusion.metric.fusion-power',
  'fusion-energy': 'fusion.metric.fusion-energy',
  'heating-power': 'fusion.metric.heating-power',
  'net-electric-power': 'fusion.metric.net-electric-power',
  'pulse-duration': 'fusion.metric.pulse-duration',
  'h-mode-duration': 'fusion.metric.h-mode-duration',
  'temperature-hold': 'fusion.metric.temperature-hold',
  'triple-product-duration': 'fusion.metric.triple-product-duration',
  'ion-temperature': 'fusion.metric.ion-temperature',
  'magnetic-field': 'fusion.metric.magnetic-field',
  'first-plasma': 'fusion.metric.first-plasma',
};

export const groupKeys: Record<MetricGroup, MessageKey> = {
  gain: 'fusion.group.gain',
  energy: 'fusion.group.energy',
  power: 'fusion.group.power',
  duration: 'fusion.group.duration',
  temperature: 'fusion.group.temperature',
};

const takeawayKeys: Record<MetricGroup, MessageKey> = {
  gain: 'fusion.records.takeaway.gain',
  energy: 'fusion.records.takeaway.energy',
  power: 'fusion.records.takeaway.power',
  duration: 'fusion.records.takeaway.duration',
  temperature: 'fusion.records.takeaway.temperature',
};

/**
 * The goals drawn as lines, per option: the ones the story turns on (ITER Q ≥ 10, a power
 * plant's Q 10–50, SPARC Q > 1). The rest are in the table; drawing every goal would
 * stack labels on top of each other (Q 10 and 11.5 sit a hair apart on a log axis).
 */
const featuredTargets: Record<MetricGroup, readonly string[]> = {
  gain: ['power-plant-q', 'iter-q', 'sparc-q-goal'],
  energy: ['nif-eyc-yield'],
  power: ['iter-fusion-power', 'sparc-fusion-power', 'eu-demo-net-electric'],
  duration: ['iter-pulse', 'w7x-30-min-goal'],
  temperature: [],
};

/** Metrics split into one series per metric; the others split per device (JET against NIF). */
const splitByMetric: Record<MetricGroup, boolean> = {
  gain: true,
  energy: false,
  power: false,
  duration: true,
  temperature: false,
};

export function unitText(i18n: I18n, unit: MetricUnit | null): string {
  if (unit === null || unit === 'ratio') return '';
  return unit === 'million-celsius' ? i18n.t('fusion.unit.millionC') : unit;
}

export function valueText(i18n: I18n, value: number | null, unit: MetricUnit | null): string {
  if (value === null) return '–';
  // Korean counts degrees in 만/억: 100 million °C is 1억 ℃.
  if (unit === 'million-celsius' && i18n.lang === 'ko')
    return `${formatKoreanUnits(value * 1e6)} ℃`;
  const digits = value < 0.1 ? 4 : value < 10 ? 2 : 0;
  const u = unitText(i18n, unit);
  return u ? `${i18n.number(value, digits)} ${u}` : i18n.number(value, digits);
}

/** A device's name without its parenthesis: "JET (EU)" → "JET". */
export const shortName = (text: string) => text.split(/\s*[(（]/)[0] ?? text;
const deviceKey = (device: LocalizedText) =>
  shortName(device.en)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** Every key a "hidden" parameter may name: the metrics and the devices of the records. */
export function seriesKeys(doc: FusionDocument): string[] {
  return [
    ...new Set([
      ...doc.records.map((r) => r.metric),
      ...doc.records.map((r) => deviceKey(r.device)),
    ]),
  ];
}

export type RecordsRow =
  { type: 'record'; record: FusionRecord } | { type: 'target'; target: FusionTarget };

/**
 * Sides for the notes beside the markers, so two named points close together do not write over
 * each other: of two neighbours (within three years and a factor of three) the higher one's note
 * goes above it; a point in the last quarter of the axis has its note on its left, inside the plot.
 */
function placeNotes(series: ScatterSeries[], [x0, x1]: [number, number]): void {
  const named = series.flatMap((s) => s.points.filter((p) => p.note));
  for (const p of named) {
    const crowdedBelow = named.some(
      (q) =>
        q !== p && Math.abs(q.x - p.x) <= 3 && q.y > 0 && p.y > 0 && q.y < p.y && p.y / q.y < 3,
    );
    p.notePosition = crowdedBelow ? 'top' : p.x > x0 + (x1 - x0) * 0.75 ? 'left' : 'right';
  }
}

function pointTooltip(
  i18n: I18n,
  p: RecordPoint,
  metric: FusionMetric,
  unit: MetricUnit,
  record: FusionRecord | undefined,
) {
  const { t, pick, date } = i18n;
  const lines: [string, string][] = [
    [t('fusion.col.metric'), t(metricKeys[metric])],
    [t('fusion.col.value'), qualified(i18n, valueText(i18n, p.value, unit), p.qualifier)],
    [t('fusion.col.date'), date(p.date)],
    ...p.alternativeValues.map((a): [string, string] => [
      t('fusion.records.alternative'),
      a.value !== undefined
        ? `${qualified(i18n, valueText(i18n, a.value, unit), a.qualifier)} — ${pick(a.note)}`
        : pick(a.note),
    ]),
    ...(record?.derivation
      ? [[t('fusion.records.derived'), pick(record.derivation)] as [string, string]]
      : []),
  ];
  return {
    title: pick(p.device),
    lines,
    note: p.uncertain ? t('chart.uncertain.note') : record ? pick(record.description) : undefined,
  };
}

export type RecordsView = {
  series: ScatterSeries[];
  references: ReferenceMark[];
  log: boolean;
  xDomain: [number, number];
  yDomain: [number, number];
  unit: MetricUnit | null;
  /** The option's records and every goal of its metrics: the table. */
  tableRows: RecordsRow[];
  /** The table's rows less the records of hidden series: the download. */
  exportRows: RecordsRow[];
  takeaway: string;
  summary: string;
  /** Records in no option, in one sentence for the note; empty when there are none. */
  others: string;
  sourceIds: string[];
};

/** Everything the records card draws for one selector option, with some series hidden. */
export function recordsView(
  doc: FusionDocument,
  state: { group: MetricGroup; hidden: readonly string[] },
  colors: readonly string[],
  i18n: I18n,
): RecordsView {
  const { t, pick, number, date } = i18n;
  const { group, hidden } = state;
  const records = new Map(doc.records.map((r) => [r.id, r]));
  const families = seriesOfGroup(doc, group);
  const unit = families[0]?.unit ?? null;

  // One series per metric where a family mixes definitions (gain), else one per device.
  const series: ScatterSeries[] = [];
  for (const family of families) {
    const buckets = new Map<string, { label: string; points: RecordPoint[] }>();
    for (const p of family.points) {
      const key = splitByMetric[group] ? family.metric : deviceKey(p.device);
      const label = splitByMetric[group] ? t(metricKeys[family.metric]) : shortName(pick(p.device));
      const bucket = buckets.get(key) ?? { label, points: [] };
      bucket.points.push(p);
      buckets.set(key, bucket);
    }
    for (const [key, bucket] of buckets) {
      // The label goes on the best measured point: an extrapolated "equivalent" does not count.
      const measured = bucket.points.filter((p) => p.qualifier !== 'equivalent');
      const best = (measured.length > 0 ? measured : bucket.points).reduce((a, b) =>
        b.value > a.value ? b : a,
      );
      // One device's records form a line named once, at its best point. Where a series mixes
      // devices, every point is a different machine and is named beside its marker.
      const joined = new Set(bucket.points.map((p) => p.device.en)).size === 1;
      series.push({
        key,
        label: bucket.label,
        color: colors[series.length % colors.length] ?? '',
        // Joined only within one device: a line from JT-60U to JET would read as progress.
        joined,
        points: bucket.points.map((p) => ({
          key: p.id,
          x: p.year,
          y: p.value,
          hollow: p.uncertain,
          derived: p.derived,
          note:
            p === best || !joined
              ? `${shortName(pick(p.device))} ${valueText(i18n, p.value, family.unit)}`
              : undefined,
          tooltip: pointTooltip(i18n, p, family.metric, family.unit, records.get(p.id)),
        })),
      });
    }
  }
  const shown = series.filter((s) => !hidden.includes(s.key));
  const targets = families.flatMap((f) => f.targets);
  const featured = targets.filter((tg) => featuredTargets[group].includes(tg.id));
  const references: ReferenceMark[] = (featured.length > 0 ? featured : targets).map((tg) => ({
    key: tg.id,
    // A general requirement's label says what it is for; a programme's goal needs its name.
    label:
      tg.programmeId === null ? pick(tg.label) : `${shortName(pick(tg.subject))} ${pick(tg.label)}`,
    low: tg.low,
    high: tg.high,
    dashed: tg.uncertain || tg.qualifier === 'simulated',
  }));

  const values = [
    ...shown.flatMap((s) => s.points.map((p) => p.y)),
    ...references.flatMap((r) => [r.low, r.high]),
  ];
  const positive = values.filter((v) => v > 0);
  const log = positive.length > 0 && Math.max(...positive) / Math.min(...positive) > 20;
  const yDomain: [number, number] = log
    ? logDomain(positive)
    : [0, Math.ceil((Math.max(1, ...positive) * 1.25) / 10) * 10];
  const years = series.flatMap((s) => s.points.map((p) => p.x));
  const asOfYear = Number(doc.asOf.slice(0, 4));
  const xDomain: [number, number] = [
    Math.floor((Math.min(asOfYear - 5, ...years) - 1) / 5) * 5,
    Math.ceil((Math.max(asOfYear, ...years) + 1) / 5) * 5,
  ];
  placeNotes(series, xDomain);

  const groupRecords = doc.records.filter((r) => metricsOfGroup[group].includes(r.metric));
  const tableRows: RecordsRow[] = [
    ...groupRecords.map((record): RecordsRow => ({ type: 'record', record })),
    ...targets.flatMap((tl): RecordsRow[] => {
      const target = doc.targets.find((x) => x.id === tl.id);
      return target ? [{ type: 'target', target }] : [];
    }),
  ];
  // Records of the series on show (a hidden device or metric is left out) and the targets.
  const seriesKeyOf = (record: FusionRecord) =>
    splitByMetric[group] ? record.metric : deviceKey(record.device);
  const exportRows = tableRows.filter(
    (r) => r.type === 'target' || !hidden.includes(seriesKeyOf(r.record)),
  );

  const bestOf = (s: ScatterSeries) => s.points.reduce((a, b) => (b.y > a.y ? b : a));
  const summary = [
    t('fusion.records.summaryIntro', {
      group: t(groupKeys[group]),
      log: log ? t('fusion.records.logScale') : '',
    }),
    ...series.map((s) => {
      const best = bestOf(s);
      return t('fusion.records.summarySeries', {
        series: s.label,
        value: valueText(i18n, best.y, unit),
        year: String(Math.floor(best.x)),
      });
    }),
    ...targets.map((tg) => `${pick(tg.subject)}: ${pick(tg.label)}`),
  ].join('; ');

  const top = series
    .flatMap((s) => s.points)
    .reduce<ScatterSeries['points'][number] | null>(
      (a, b) => (a === null || b.y > a.y ? b : a),
      null,
    );
  const uncertainShort = (uncertain: boolean) =>
    uncertain ? `, ${t('fusion.uncertainShort')}` : '';
  const h = headline(doc);
  const plant = doc.targets.find((x) => x.metric === 'q-physics' && x.programmeId === null);
  const takeaway =
    group === 'gain'
      ? t('fusion.records.takeaway.gain', {
          q: h.bestQ
            ? `${number(h.bestQ.value, 2)} (${shortName(pick(h.bestQ.device))}, ${h.bestQ.date ?? '–'}${uncertainShort(h.bestQ.uncertain)})`
            : '–',
          gain: h.bestTargetGain
            ? `${number(h.bestTargetGain.value, 2)} (${shortName(pick(h.bestTargetGain.device))}, ${h.bestTargetGain.date?.slice(0, 4) ?? '–'}${uncertainShort(h.bestTargetGain.uncertain)})`
            : '–',
          plant: plant ? pick(plant.label) : '–',
        })
      : t(takeawayKeys[group], {
          best: top ? `${top.tooltip.title} ${valueText(i18n, top.y, unit)}` : '–',
        });

  const others = otherRecords(doc)
    .map(
      (r) =>
        `${pick(r.device)}: ${r.value !== null ? `${valueText(i18n, r.value, r.unit)} ` : ''}${t(metricKeys[r.metric])}${r.date ? ` (${date(r.date)})` : ''}`,
    )
    .join('; ');

  return {
    series,
    references,
    log,
    xDomain,
    yDomain,
    unit,
    tableRows,
    exportRows,
    takeaway,
    summary,
    others,
    sourceIds: [
      ...groupRecords.flatMap((r) => r.sourceIds),
      ...targets.flatMap((tg) => tg.sourceIds),
    ],
  };
}

const itemOf = (r: RecordsRow) => (r.type === 'record' ? r.record : r.target);

/** One record per record or goal shown; a goal's range as low/high, the unit in the column name when one. */
export function recordsDownload(
  doc: FusionDocument,
  rows: RecordsRow[],
  pick: (text: LocalizedText) => string,
): ExportSpec<RecordsRow> {
  const sources = sourcesById(doc);
  const units = new Set(rows.map((r) => itemOf(r).unit).filter((x) => x !== null));
  const onlyUnit = units.size === 1 ? [...units][0] : undefined;
  const valueName = onlyUnit ? `value_${onlyUnit.toLowerCase().replace(/-/g, '_')}` : 'value';
  return {
    rows,
    columns: [
      { name: 'kind', type: 'text', value: (r) => r.type },
      { name: 'id', type: 'text', value: (r) => itemOf(r).id },
      {
        name: 'device',
        type: 'text',
        value: (r) => pick(r.type === 'record' ? r.record.device : r.target.subject),
      },
      { name: 'programme_id', type: 'text', value: (r) => itemOf(r).programmeId },
      { name: 'metric', type: 'text', value: (r) => itemOf(r).metric },
      {
        name: valueName,
        type: 'number',
        value: (r) =>
          r.type === 'record'
            ? r.record.value
            : r.target.low === r.target.high
              ? r.target.low
              : null,
      },
      {
        name: `${valueName}_low`,
        type: 'number',
        value: (r) => (r.type === 'record' ? r.record.value : r.target.low),
      },
      {
        name: `${valueName}_high`,
        type: 'number',
        value: (r) => (r.type === 'record' ? r.record.value : r.target.high),
      },
      { name: 'unit', type: 'text', value: (r) => itemOf(r).unit },
      { name: 'qualifier', type: 'text', value: (r) => itemOf(r).qualifier ?? 'exact' },
      {
        name: 'date',
        type: 'date',
        value: (r) => (r.type === 'record' ? r.record.date : (r.target.when?.date ?? null)),
      },
      {
        name: 'date_note',
        type: 'text',
        value: (r) => {
          const note = r.type === 'record' ? r.record.dateNote : r.target.when?.label;
          return note ? pick(note) : null;
        },
      },
      { name: 'derived', type: 'boolean', value: (r) => itemOf(r).derived ?? false },
      { name: 'uncertain', type: 'boolean', value: (r) => isUncertain(itemOf(r), sources) },
      { name: 'source_ids', type: 'ids', value: (r) => itemOf(r).sourceIds },
    ],
  };
}
