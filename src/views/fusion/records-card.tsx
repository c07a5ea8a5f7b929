import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { LogScatterChart } from '../../charts/lazy-charts';
import type { ReferenceMark, ScatterSeries } from '../../charts/log-scatter-chart';
import { logDomain } from '../../charts/log-scale';
import { usePalette } from '../../charts/palette';
import type { LocalizedText } from '../../data/common-schema';
import type { RecordPoint } from '../../data/fusion-derive';
import type {
  FusionDocument,
  FusionMetric,
  FusionRecord,
  FusionTarget,
  MetricUnit,
} from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { MessageKey } from '../../i18n/catalogue';
import { formatKoreanUnits, plainNumber } from '../../i18n/format';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { filterEntry, hiddenEntry } from '../export-filters';
import { enumParam, setParam, useChartMode, useTableSort, useUrlParam } from '../url-state';
import { cardSources, qualified, SourceList } from './fusion-format';
import {
  metricGroups,
  metricsOfGroup,
  headline,
  otherRecords,
  seriesOfGroup,
  type MetricGroup,
} from './fusion-model';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-records';
const metricParam = enumParam(metricGroups, 'gain');

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

const groupKeys: Record<MetricGroup, MessageKey> = {
  gain: 'fusion.group.gain',
  energy: 'fusion.group.energy',
  power: 'fusion.group.power',
  duration: 'fusion.group.duration',
  temperature: 'fusion.group.temperature',
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

const shortName = (text: string) => text.split(/\s*[(（]/)[0] ?? text;
const deviceKey = (device: LocalizedText) =>
  shortName(device.en)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

type TableRow = { type: 'record'; record: FusionRecord } | { type: 'target'; target: FusionTarget };

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

/** Fusion records over time against the ITER, DEMO and power-plant goals, one metric family at a time. */
export function RecordsCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="fusion" minHeight={height ?? 420}>
      {(doc) => <RecordsBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

function RecordsBody({ doc, headingLevel, height = 400 }: ChartProps & { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, date, number } = i18n;
  const palette = usePalette();
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const [group, setGroup] = useUrlParam('metric', metricParam);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const records = useMemo(() => new Map(doc.records.map((r) => [r.id, r])), [doc]);
  const allKeys = useMemo(
    () => [
      ...new Set([
        ...doc.records.map((r) => r.metric),
        ...doc.records.map((r) => deviceKey(r.device)),
      ]),
    ],
    [doc],
  );
  const hiddenParam = useMemo(() => setParam(allKeys), [allKeys]);
  const [hidden, setHidden] = useUrlParam('hidden', hiddenParam);

  const families = seriesOfGroup(doc, group);
  const unit = families[0]?.unit ?? null;

  const pointTooltip = (p: RecordPoint, metric: FusionMetric, u: MetricUnit) => {
    const record = records.get(p.id);
    const lines: [string, string][] = [
      [t('fusion.col.metric'), t(metricKeys[metric])],
      [t('fusion.col.value'), qualified(i18n, valueText(i18n, p.value, u), p.qualifier)],
      [t('fusion.col.date'), date(p.date)],
      ...p.alternativeValues.map((a): [string, string] => [
        t('fusion.records.alternative'),
        a.value !== undefined
          ? `${qualified(i18n, valueText(i18n, a.value, u), a.qualifier)} — ${pick(a.note)}`
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
  };

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
        color: palette.series[series.length % palette.series.length] ?? palette.text,
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
          tooltip: pointTooltip(p, family.metric, family.unit),
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
  const tableRows: TableRow[] = [
    ...groupRecords.map((record): TableRow => ({ type: 'record', record })),
    ...targets.flatMap((tl): TableRow[] => {
      const target = doc.targets.find((x) => x.id === tl.id);
      return target ? [{ type: 'target', target }] : [];
    }),
  ];
  const table: TableSpec<TableRow> = {
    rowKey: (r) => (r.type === 'record' ? r.record.id : r.target.id),
    rows: tableRows,
    columns: [
      {
        key: 'device',
        label: t('fusion.col.device'),
        render: (r) =>
          r.type === 'record'
            ? pick(r.record.device)
            : `${pick(r.target.subject)} (${t('fusion.records.target')})`,
      },
      {
        key: 'metric',
        label: t('fusion.col.metric'),
        render: (r) => t(metricKeys[r.type === 'record' ? r.record.metric : r.target.metric]),
      },
      {
        key: 'value',
        label: t('fusion.col.value'),
        numeric: true,
        sortValue: (r) => (r.type === 'record' ? r.record.value : r.target.high),
        render: (r) =>
          r.type === 'record'
            ? i18n.number(r.record.value ?? Number.NaN, 4)
            : r.target.low === r.target.high
              ? i18n.number(r.target.low, 2)
              : `${i18n.number(r.target.low, 2)}–${i18n.number(r.target.high, 2)}`,
      },
      {
        key: 'unit',
        label: t('fusion.col.unit'),
        render: (r) =>
          unitText(i18n, r.type === 'record' ? r.record.unit : r.target.unit) ||
          t('fusion.unit.ratio'),
      },
      {
        key: 'date',
        label: t('fusion.col.date'),
        sortValue: (r) => (r.type === 'record' ? r.record.date : (r.target.when?.date ?? null)),
        render: (r) =>
          r.type === 'record'
            ? r.record.date
              ? date(r.record.date)
              : r.record.dateNote
                ? pick(r.record.dateNote)
                : t('fusion.date.none')
            : r.target.when?.label
              ? pick(r.target.when.label)
              : r.target.when?.date
                ? date(r.target.when.date)
                : '–',
      },
      {
        key: 'qualifier',
        label: t('fusion.col.qualifier'),
        render: (r) => {
          const item = r.type === 'record' ? r.record : r.target;
          const parts = [
            item.qualifier ? t(`fusion.qual.${item.qualifier}`) : '',
            item.derived ? t('fusion.records.derived') : '',
          ].filter(Boolean);
          const uncertain = isUncertain(item, sources);
          return (
            <>
              {parts.join(', ') || '–'}
              {uncertain && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}
            </>
          );
        },
      },
      {
        key: 'sources',
        label: t('fusion.col.sources'),
        value: (r) => (r.type === 'record' ? r.record.sourceIds : r.target.sourceIds).join(' '),
        render: (r) => (
          <SourceList
            ids={r.type === 'record' ? r.record.sourceIds : r.target.sourceIds}
            sources={sources}
          />
        ),
      },
    ],
  };

  // Records of the series on show (a hidden device or metric is left out) and the targets.
  const seriesKeyOf = (record: FusionRecord) =>
    splitByMetric[group] ? record.metric : deviceKey(record.device);
  const exportRows = tableRows.filter(
    (r) => r.type === 'target' || !hidden.includes(seriesKeyOf(r.record)),
  );
  const units = new Set(
    exportRows
      .map((r) => (r.type === 'record' ? r.record.unit : r.target.unit))
      .filter((x) => x !== null),
  );
  const onlyUnit = units.size === 1 ? [...units][0] : undefined;
  const valueName = onlyUnit ? `value_${onlyUnit.toLowerCase().replace(/-/g, '_')}` : 'value';
  const item = (r: TableRow) => (r.type === 'record' ? r.record : r.target);
  const download: ExportSpec<TableRow> = {
    rows: exportRows,
    columns: [
      { name: 'kind', type: 'text', value: (r) => r.type },
      { name: 'id', type: 'text', value: (r) => item(r).id },
      {
        name: 'device',
        type: 'text',
        value: (r) => pick(r.type === 'record' ? r.record.device : r.target.subject),
      },
      { name: 'programme_id', type: 'text', value: (r) => item(r).programmeId },
      { name: 'metric', type: 'text', value: (r) => item(r).metric },
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
      { name: 'unit', type: 'text', value: (r) => item(r).unit },
      { name: 'qualifier', type: 'text', value: (r) => item(r).qualifier ?? 'exact' },
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
      { name: 'derived', type: 'boolean', value: (r) => item(r).derived ?? false },
      { name: 'uncertain', type: 'boolean', value: (r) => isUncertain(item(r), sources) },
      { name: 'source_ids', type: 'ids', value: (r) => item(r).sourceIds },
    ],
  };
  const seriesLabels = new Map(series.map((s) => [s.key, s.label]));
  const filters = [
    ...filterEntry('metric', group === 'gain' ? [] : [group], t('fusion.records.metric'), (g) =>
      t(groupKeys[g]),
    ),
    ...hiddenEntry(
      'hidden',
      hidden.filter((key) => seriesLabels.has(key)),
      (items) => t('share.hidden', { items }),
      (key) => seriesLabels.get(key) ?? key,
    ),
  ];

  const bestOf = (s: ScatterSeries) => s.points.reduce((a, b) => (b.y > a.y ? b : a));
  const u = unit;
  const summary = [
    t('fusion.records.summaryIntro', {
      group: t(groupKeys[group]),
      log: log ? t('fusion.records.logScale') : '',
    }),
    ...series.map((s) => {
      const best = bestOf(s);
      return t('fusion.records.summarySeries', {
        series: s.label,
        value: valueText(i18n, best.y, u),
        year: String(Math.floor(best.x)),
      });
    }),
    ...targets.map((tg) => `${pick(tg.subject)}: ${pick(tg.label)}`),
  ].join('; ');

  const takeawayKey: Record<MetricGroup, MessageKey> = {
    gain: 'fusion.records.takeaway.gain',
    energy: 'fusion.records.takeaway.energy',
    power: 'fusion.records.takeaway.power',
    duration: 'fusion.records.takeaway.duration',
    temperature: 'fusion.records.takeaway.temperature',
  };
  const top = series
    .flatMap((s) => s.points.map((p) => ({ p, s })))
    .reduce<{ p: ScatterSeries['points'][number]; s: ScatterSeries } | null>(
      (a, b) => (a === null || b.p.y > a.p.y ? b : a),
      null,
    );
  const h = headline(doc);
  const plant = doc.targets.find((x) => x.metric === 'q-physics' && x.programmeId === null);
  const takeaway =
    group === 'gain'
      ? t('fusion.records.takeaway.gain', {
          q: h.bestQ
            ? `${number(h.bestQ.value, 2)} (${shortName(pick(h.bestQ.device))}, ${h.bestQ.date ?? '–'}${h.bestQ.uncertain ? `, ${t('fusion.uncertainShort')}` : ''})`
            : '–',
          gain: h.bestTargetGain
            ? `${number(h.bestTargetGain.value, 2)} (${shortName(pick(h.bestTargetGain.device))}, ${h.bestTargetGain.date?.slice(0, 4) ?? '–'}${h.bestTargetGain.uncertain ? `, ${t('fusion.uncertainShort')}` : ''})`
            : '–',
          plant: plant ? pick(plant.label) : '–',
        })
      : t(takeawayKey[group], {
          best: top ? `${top.p.tooltip.title} ${valueText(i18n, top.p.y, u)}` : '–',
        });

  const others = otherRecords(doc);
  const controls = (
    <fieldset className="filter-group">
      <legend>{t('fusion.records.metric')}</legend>
      {metricGroups.map((g) => (
        <button
          key={g}
          type="button"
          className="chip"
          aria-pressed={group === g}
          onClick={() => setGroup(g)}
        >
          {t(groupKeys[g])}
        </button>
      ))}
    </fieldset>
  );

  const legend = (
    <div className="fu-legends">
      <ToggleLegend
        label={t('fusion.records.series')}
        hidden={hidden}
        onToggle={(key) =>
          setHidden(hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key])
        }
        items={series.map((s) => ({ key: s.key, label: s.label, color: s.color }))}
      />
      <ul className="fu-key" aria-label={t('fusion.roadmap.keyLabel')}>
        <li>
          <span className="fu-key__dot" aria-hidden="true" /> {t('fusion.records.key.record')}
        </li>
        <li>
          <span className="fu-key__dot fu-key__dot--hollow" aria-hidden="true" />{' '}
          {t('fusion.records.key.uncertain')}
        </li>
        <li>
          <span className="fu-key__diamond fu-key__diamond--small" aria-hidden="true" />{' '}
          {t('fusion.records.key.derived')}
        </li>
        <li>
          <span className="fu-key__target" aria-hidden="true" /> {t('fusion.records.key.target')}
        </li>
      </ul>
    </div>
  );

  return (
    <ChartCard
      id={chartId}
      title={t('fusion.records.title')}
      takeaway={takeaway}
      sources={cardSources(
        [...groupRecords.flatMap((r) => r.sourceIds), ...targets.flatMap((tg) => tg.sourceIds)],
        sources,
      )}
      asOf={doc.asOf}
      uncertain={series.some((s) => s.points.some((p) => p.hollow))}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={filters}
      summary={summary}
      height={height}
      controls={controls}
      legend={legend}
      headingLevel={headingLevel}
      note={
        <>
          {group === 'gain' && <p>{t('fusion.records.gainNote')}</p>}
          {log && <p>{t('fusion.records.logNote')}</p>}
          {others.length > 0 && (
            <p>
              {t('fusion.records.others', {
                list: others
                  .map(
                    (r) =>
                      `${pick(r.device)}: ${r.value !== null ? `${valueText(i18n, r.value, r.unit)} ` : ''}${t(metricKeys[r.metric])}${r.date ? ` (${date(r.date)})` : ''}`,
                  )
                  .join('; '),
              })}
            </p>
          )}
        </>
      }
    >
      <LogScatterChart
        series={series}
        hidden={hidden}
        references={references}
        xDomain={xDomain}
        yDomain={yDomain}
        log={log}
        height={height}
        formatX={(x) => plainNumber(x)}
        formatY={(y) => i18n.number(y, y < 1 ? 3 : 0)}
        yLabel={unitText(i18n, u) || t('fusion.unit.ratio')}
      />
    </ChartCard>
  );
}
