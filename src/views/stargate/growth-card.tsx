import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { StepChart } from '../../charts/lazy-charts';
import type { MarkerKind, Reference, StepPoint, StepSeries } from '../../charts/step-chart';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import type { FigureQualifier, StargateDocument } from '../../data/stargate-schema';
import { sourcesById, isUncertain } from '../../data/sources-derive';
import { growthSeries } from '../../data/stargate-derive';
import { isoToYear } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { hiddenEntry } from '../export-filters';
import { setParam, useChartMode, useTableSort, useUrlParam } from '../url-state';
import { SourceLinks } from './source-links';
import { cardSources, figureShort, figureText, toggled } from './stargate-format';
import './stargate.css';
import '../../i18n/messages/stargate';

const chartId = 'stargate-growth';
const seriesKeys = ['announced', 'claimed', 'running'] as const;
type SeriesKey = (typeof seriesKeys)[number];
/** Own parameter name: `hide` belongs to the capacity card and would drop these keys. */
const hideParam = setParam(seriesKeys);

function markerOf(qualifier: FigureQualifier | null): MarkerKind {
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'lower-bound';
  if (qualifier === 'up-to') return 'upper-bound';
  if (qualifier === 'about' || qualifier === 'nearly') return 'approx';
  return 'exact';
}

type TableRow = {
  id: string;
  date: string | null;
  series: SeriesKey | 'target';
  figure: string;
  what: string;
  uncertain: boolean;
  sourceIds: string[];
  /** The raw figure for downloads: null where no figure was claimed. */
  capacityGw: number | null;
  qualifier: string | null;
  measure: string | null;
  dateNote: string | null;
};

/** Announced capacity over time against the 10 GW target, with the capacity actually running. */
export function GrowthCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 380}>
      {(doc) => <GrowthCardBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

function GrowthCardBody({
  doc,
  headingLevel,
  height = 380,
}: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick, gw, date } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const [hidden, setHidden] = useUrlParam('growth-hide', hideParam);
  const growth = useMemo(() => growthSeries(doc), [doc]);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const announcements = useMemo(
    () => new Map(doc.capacityTimeline.announcements.map((a) => [a.id, a])),
    [doc],
  );
  const observations = useMemo(
    () => new Map(doc.capacityTimeline.observed.map((o) => [o.id, o])),
    [doc],
  );

  const claimed = growth.points.filter((p) => p.capacityGw !== null);
  const solid = claimed.filter((p) => !p.uncertain);
  const shaky = claimed.filter((p) => p.uncertain);
  const launch = growth.points.find((p) => p.kind === 'launch');
  const datedObserved = growth.observed.filter((o) => o.date !== null);

  const lastSolid = solid.at(-1);
  const toPoint = (p: (typeof claimed)[number], withLabel = true): StepPoint => ({
    key: p.id,
    x: isoToYear(p.date),
    value: p.capacityGw ?? 0,
    marker: markerOf(p.qualifier),
    uncertain: p.uncertain,
    pointLabel: withLabel ? figureShort(i18n, gw(p.capacityGw ?? 0), p.qualifier) : undefined,
    tooltip: {
      title: date(p.date),
      lines: [
        [t('sg.growth.tip.claim'), figureText(i18n, gw(p.capacityGw ?? 0), p.qualifier)],
        [t('sg.growth.tip.kind'), t(`sg.kind.${p.kind}`)],
      ],
      note: `${pick(p.label)}${p.uncertain ? ` ${t('sg.growth.uncertainNote')}` : ''}`,
    },
  });

  const observedLabel = datedObserved
    .map(
      (o) =>
        `${figureShort(i18n, gw(o.capacityGw), observations.get(o.id)?.qualifier ?? 'exact')} ${t(`sg.measure.short.${o.measure}`)}`,
    )
    .join(' · ');

  const allSeries: StepSeries[] = [
    {
      key: 'announced',
      color: palette.series[0] ?? palette.text,
      connect: 'step',
      labelSide: narrow ? 'above' : 'left',
      // On a phone the claims sit a few pixels apart: label only the latest, the table has the rest.
      points: solid.map((p) => toPoint(p, !narrow || p === lastSolid)),
    },
    {
      key: 'claimed',
      color: palette.series[0] ?? palette.text,
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
      color: palette.series[1] ?? palette.text,
      connect: 'none',
      labelAnchor: 'start',
      points: datedObserved.map((o, index) => ({
        key: o.id,
        x: isoToYear(o.date ?? doc.asOf),
        value: o.capacityGw,
        marker: markerOf(observations.get(o.id)?.qualifier ?? 'exact'),
        uncertain: o.uncertain,
        // One label for the cluster: the snapshots sit a month apart and would overprint.
        pointLabel:
          index === 0
            ? `${t('sg.growth.runningLabel')} ${narrow ? figureShort(i18n, gw(o.capacityGw), observations.get(o.id)?.qualifier ?? 'exact') : observedLabel}`
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
  const series = allSeries.filter((s) => !hidden.some((h) => h === s.key));

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
  const now = new Date();
  references.push({
    key: 'today',
    axis: 'x',
    at: isoToYear(now.toISOString().slice(0, 10)),
    label: t('sg.growth.today', { year: String(now.getUTCFullYear()) }),
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

  const rows: TableRow[] = [
    ...growth.points.map((p) => ({
      id: p.id,
      date: p.date,
      series: p.uncertain ? ('claimed' as const) : ('announced' as const),
      figure:
        p.capacityGw === null
          ? t('sg.growth.noClaim', { target: gw(p.targetGw ?? 0) })
          : figureText(i18n, gw(p.capacityGw), p.qualifier),
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
      figure: `${figureText(i18n, gw(o.capacityGw), observations.get(o.id)?.qualifier ?? 'exact')} (${t(`sg.measure.${o.measure}`)})`,
      what: pick(o.label) + (o.dateNote ? ` — ${pick(o.dateNote)}` : ''),
      uncertain: o.uncertain,
      sourceIds: observations.get(o.id)?.sourceIds ?? [],
      capacityGw: o.capacityGw,
      qualifier: observations.get(o.id)?.qualifier ?? 'exact',
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
  const download: ExportSpec<TableRow> = {
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
  const filters = hiddenEntry(
    'growth-hide',
    hidden,
    (items) => t('share.hidden', { items }),
    (k) => t(`sg.growth.series.${k}`),
  );

  const table: TableSpec<TableRow> = {
    rows,
    rowKey: (r) => r.id,
    columns: [
      {
        key: 'date',
        label: t('sg.col.date'),
        sortValue: (r) => r.date,
        render: (r) => (r.date ? date(r.date) : t('date.none')),
      },
      {
        key: 'series',
        label: t('sg.col.series'),
        render: (r) => t(`sg.growth.series.${r.series}`),
      },
      {
        key: 'figure',
        label: t('sg.col.figure'),
        numeric: true,
        sortValue: (r) => r.capacityGw,
        render: (r) => (
          <>
            {r.figure}
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
          </>
        ),
      },
      { key: 'what', label: t('sg.col.what'), render: (r) => r.what },
      {
        key: 'sources',
        label: t('chart.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => <SourceLinks ids={r.sourceIds} sources={sources} />,
      },
    ],
  };

  const first = solid[0];
  const running = datedObserved.at(-1);
  const takeaway = [
    first && lastSolid
      ? t('sg.growth.takeaway', {
          from: figureText(i18n, gw(first.capacityGw ?? 0), first.qualifier),
          fromDate: date(first.date),
          to: figureText(i18n, gw(lastSolid.capacityGw ?? 0), lastSolid.qualifier),
          toDate: date(lastSolid.date),
        })
      : '',
    shaky[0]
      ? t('sg.growth.takeaway.claim', {
          value: figureText(i18n, gw(shaky[0].capacityGw ?? 0), shaky[0].qualifier),
          date: date(shaky[0].date),
        })
      : '',
    running ? t('sg.growth.takeaway.running', { value: observedLabel }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const summary = [
    ...claimed.map((p) =>
      t('sg.growth.summary.point', {
        date: date(p.date),
        value: figureText(i18n, gw(p.capacityGw ?? 0), p.qualifier),
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

  const legend = (
    <ToggleLegend
      label={t('sg.growth.legend')}
      items={[
        {
          key: 'announced',
          label: t('sg.growth.series.announced'),
          color: palette.series[0] ?? palette.text,
        },
        {
          key: 'claimed',
          label: t('sg.growth.series.claimed'),
          color: palette.series[0] ?? palette.text,
          dashed: true,
        },
        {
          key: 'running',
          label: t('sg.growth.series.running'),
          color: palette.series[1] ?? palette.text,
        },
      ]}
      hidden={hidden}
      onToggle={(key) => setHidden(toggled(hidden, hideParam.parse(key)[0] ?? 'announced'))}
    />
  );

  const note = (
    <>
      <p className="sg-key">
        <span className="sg-key__item sg-key__item--triangle">{t('sg.key.lowerBound')}</span>
        <span className="sg-key__item sg-key__item--circle">{t('sg.key.approx')}</span>
        <span className="sg-key__item sg-key__item--dashed">{t('sg.key.uncertainClaim')}</span>
      </p>
      <p>{t('sg.growth.note')}</p>
    </>
  );

  const allIds = [
    ...claimed.flatMap((p) => announcements.get(p.id)?.sourceIds ?? []),
    ...growth.observed.flatMap((o) => observations.get(o.id)?.sourceIds ?? []),
  ];

  return (
    <ChartCard
      id={chartId}
      title={t('sg.growth.title')}
      takeaway={takeaway}
      sources={cardSources(sources, allIds)}
      asOf={doc.asOf}
      uncertain={claimed.some((p) => p.uncertain) || growth.observed.some((o) => o.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={filters}
      summary={summary}
      height={height}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      <StepChart
        series={series}
        references={references}
        height={height}
        xDomain={[2025, 2030.05]}
        xTicks={[2025, 2026, 2027, 2028, 2029, 2030]}
        formatX={(x) => date(String(Math.round(x)))}
        yDomain={[0, 12]}
        formatY={(y) => i18n.gw(y)}
      />
    </ChartCard>
  );
}
