import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import type { GapBand, GapLine, GapMarker } from '../../charts/gap-chart';
import { GapChart } from '../../charts/lazy-charts';
import { ToggleLegend, type LegendItem } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import type { LocalizedText } from '../../data/common-schema';
import { bridgingSupply, demandSeries, scenarioLines, yearOf } from '../../data/energy-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { hiddenEntry } from '../export-filters';
import { enumParam, setParam, useChartMode, useTableSort, useUrlParam } from '../url-state';
import { cardSources, formatYear, SourceList } from './energy-format';
import './energy.css';
import '../../i18n/messages/energy';

const chartId = 'energy-gap';
const endYear = 2052;
/** The on-site plants the source article's "power problem" is about (stargate.json `power`). */
const bridgeIds = ['abilene-gas-plant', 'shackelford-gas', 'dona-ana-fuel-cells'] as const;
/** The source article's two dates get a shaded band: its optimistic and conservative cases. */
const bandScenarios = new Set(['optimistic', 'conservative']);
const seriesKeys = [
  'us',
  'intl',
  'observed',
  'first-of-a-kind',
  'optimistic',
  'conservative',
  'bridge',
] as const;
type SeriesKey = (typeof seriesKeys)[number];
const hideParam = setParam(seriesKeys);
const scaleParam = enumParam(['linear', 'log'] as const, 'linear');
/** Fixed heights of the zoom's title and panel names (CSS holds them to one or two lines). */
const zoomHeadHeight = 44;
const panelHeadHeight = 24;

/** AI data-centre capacity over time against what fusion could deliver under the roadmap's scenarios. */
export function EnergyGapCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 440}>
      {(stargate) => (
        <DatasetGate name="fusion" minHeight={height ?? 440}>
          {(fusion) => (
            <GapCardBody
              stargate={stargate}
              fusion={fusion}
              headingLevel={headingLevel}
              height={height}
            />
          )}
        </DatasetGate>
      )}
    </DatasetGate>
  );
}

type Row = {
  key: string;
  series: string;
  date: string;
  value: string;
  note: string;
  sourceIds: string[];
  uncertain: boolean;
  source: 'stargate' | 'fusion';
  /** Raw values for downloads. */
  seriesKey: SeriesKey;
  isoDate: string | null;
  dateNote: string | null;
  yearLow: number | null;
  yearHigh: number | null;
  gwLow: number;
  gwHigh: number;
  qualifier: string;
};

const calendarYear = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

function GapCardBody({
  stargate,
  fusion,
  headingLevel,
  height,
}: ChartProps & { stargate: StargateDocument; fusion: FusionDocument }) {
  const { t, pick, gw, date, lang } = useI18n();
  const palette = usePalette();
  const compact = useMediaQuery(narrowScreen);
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const [hidden, setHidden] = useUrlParam('gap-hide', hideParam);
  const [scale, setScale] = useUrlParam('gap-scale', scaleParam);

  const demand = useMemo(() => demandSeries(stargate), [stargate]);
  const scenarios = useMemo(() => scenarioLines(fusion, endYear), [fusion]);
  const bridge = useMemo(() => bridgingSupply(stargate, bridgeIds), [stargate]);
  const stargateSources = useMemo(() => sourcesById(stargate), [stargate]);
  const fusionSources = useMemo(() => sourcesById(fusion), [fusion]);

  const scenarioColor: Record<string, string> = {
    'first-of-a-kind': palette.series[2] ?? palette.text,
    optimistic: palette.series[3] ?? palette.text,
    conservative: palette.muted,
  };
  const colors: Record<SeriesKey, string> = {
    us: palette.series[0] ?? palette.text,
    intl: palette.series[4] ?? palette.text,
    observed: palette.series[1] ?? palette.text,
    'first-of-a-kind': scenarioColor['first-of-a-kind'] ?? palette.text,
    optimistic: scenarioColor.optimistic ?? palette.text,
    conservative: palette.muted,
    bridge: palette.series[5] ?? palette.text,
  };
  const visible = (key: string) => !hidden.some((h) => h === key);
  const toPoints = (points: { year: number; gw: number }[]) =>
    points.map((p) => ({ x: p.year, y: p.gw }));

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
  for (const s of shownScenarios) {
    const last = s.points.at(-1);
    lines.push({
      key: s.id,
      label: pick(s.name),
      color: scenarioColor[s.id] ?? palette.text,
      points: toPoints(s.points),
      dashed: true,
      endLabel:
        last &&
        last.gw === fusionTop &&
        s === shownScenarios.find((x) => x.points.at(-1)?.gw === fusionTop)
          ? t('energy.gap.fusionEnd', { value: gw(fusionTop) })
          : undefined,
      endLabelSide: 'above',
      endLabelAnchor: 'end',
    });
  }

  const markers: GapMarker[] = [];
  if (visible('observed'))
    for (const o of demand.observed)
      markers.push({
        key: o.id,
        x: o.year,
        y: o.gw,
        color: colors.observed,
        shape: 'circle',
        open: o.uncertain,
        label: pick(o.label),
      });
  if (visible('bridge'))
    for (const b of bridge)
      if (b.year !== null)
        markers.push({
          key: b.id,
          x: b.year,
          y: b.gw,
          color: colors.bridge,
          shape: 'triangle',
          open: b.uncertain,
          label: pick(b.title),
        });

  const bands: GapBand[] = fusion.energy
    ? fusion.energy.scenarios
        .filter((s) => bandScenarios.has(s.id) && visible(s.id))
        .flatMap((s) =>
          s.steps.map((step) => ({
            key: `${s.id}-${step.id}`,
            x1: step.earliestYear,
            x2: step.latestYear + 1,
            label: pick(step.when),
          })),
        )
    : [];

  // The most any scenario adds, and the earliest it gets there: the headline's fair comparison.
  const best = scenarios
    .flatMap((s) =>
      s.steps.map((step) => ({
        scenario: s,
        step,
        total: s.points.find((p) => p.year === step.year)?.gw ?? 0,
      })),
    )
    .sort((a, b) => b.total - a.total || a.step.year - b.step.year)[0];

  const label = (text: LocalizedText) => pick(text);
  const rows: Row[] = [
    ...stargate.capacityTimeline.announcements
      .filter((a) => a.capacityGw !== null)
      .map((a): Row => ({
        key: a.id,
        series: t('energy.gap.us'),
        date: date(a.date),
        value: t(`qualifier.${a.qualifier ?? 'exact'}`, { value: gw(a.capacityGw ?? 0) }),
        note: label(a.label),
        sourceIds: a.sourceIds,
        uncertain: isUncertain(a, stargateSources),
        source: 'stargate',
        seriesKey: 'us',
        isoDate: a.date,
        dateNote: null,
        yearLow: calendarYear(a.date),
        yearHigh: calendarYear(a.date),
        gwLow: a.capacityGw ?? 0,
        gwHigh: a.capacityGw ?? 0,
        qualifier: a.qualifier ?? 'exact',
      })),
    ...stargate.sites
      .filter(
        (s) => s.region === 'international' && s.capacityGw !== null && s.status !== 'cancelled',
      )
      .map((s): Row => ({
        key: s.id,
        series: t('energy.gap.intl'),
        date: date(s.announced),
        value: t(`qualifier.${s.capacityQualifier ?? 'exact'}`, { value: gw(s.capacityGw ?? 0) }),
        note: label(s.name),
        sourceIds: s.capacitySourceIds ?? s.sourceIds,
        uncertain: isUncertain(
          { uncertain: s.uncertain, sourceIds: s.capacitySourceIds ?? s.sourceIds },
          stargateSources,
        ),
        source: 'stargate',
        seriesKey: 'intl',
        isoDate: s.announced,
        dateNote: null,
        yearLow: calendarYear(s.announced),
        yearHigh: calendarYear(s.announced),
        gwLow: s.capacityGw ?? 0,
        gwHigh: s.capacityGw ?? 0,
        qualifier: s.capacityQualifier ?? 'exact',
      })),
    ...stargate.capacityTimeline.observed.map((o): Row => ({
      key: o.id,
      series: t('energy.gap.observed'),
      date: o.date ? date(o.date) : o.dateNote ? label(o.dateNote) : '',
      value: gw(o.capacityGw),
      note: label(o.label),
      sourceIds: o.sourceIds,
      uncertain: isUncertain(o, stargateSources),
      source: 'stargate',
      seriesKey: 'observed',
      isoDate: o.date,
      dateNote: o.dateNote ? label(o.dateNote) : null,
      yearLow: calendarYear(o.date),
      yearHigh: calendarYear(o.date),
      gwLow: o.capacityGw,
      gwHigh: o.capacityGw,
      qualifier: 'exact',
    })),
    ...scenarios.flatMap((s) =>
      s.steps.map((step): Row => {
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
          seriesKey: seriesKeys.find((k) => k === s.id) ?? 'conservative',
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
    ...bridge.map((b): Row => ({
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

  // The records of the series on show; a scenario's range as low/high, its timing as a year window.
  const download: ExportSpec<Row> = {
    rows: rows.filter((r) => visible(r.seriesKey)),
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

  const table: TableSpec<Row> = {
    rowKey: (r) => r.key,
    rows,
    columns: [
      { key: 'series', label: t('energy.col.series'), render: (r) => r.series },
      {
        key: 'date',
        label: t('energy.col.date'),
        sortValue: (r) => r.isoDate ?? r.yearLow,
        render: (r) => r.date,
      },
      {
        key: 'value',
        label: t('energy.col.value'),
        numeric: true,
        sortValue: (r) => r.gwHigh,
        render: (r) => (
          <>
            {r.value}
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
          </>
        ),
      },
      { key: 'note', label: t('energy.col.note'), render: (r) => r.note },
      {
        key: 'sources',
        label: t('energy.col.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => (
          <SourceList
            ids={r.sourceIds}
            sources={r.source === 'stargate' ? stargateSources : fusionSources}
          />
        ),
      },
    ],
  };

  const legendItems: LegendItem[] = seriesKeys.flatMap((key): LegendItem[] => {
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
  const legend = (
    <ToggleLegend
      label={t('energy.gap.legend')}
      items={legendItems}
      hidden={hidden}
      onToggle={(key) => {
        const k = seriesKeys.find((s) => s === key);
        if (k) setHidden(hidden.includes(k) ? hidden.filter((h) => h !== k) : [...hidden, k]);
      }}
    />
  );

  const controls = (
    <div className="segmented" role="group" aria-label={t('energy.gap.scale')}>
      {(['linear', 'log'] as const).map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={scale === value}
          onClick={() => setScale(value)}
        >
          {t(`energy.gap.scale.${value}`)}
        </button>
      ))}
    </div>
  );

  const assumptions = fusion.energy?.scenarios ?? [];
  const note = (
    <>
      <p className="energy-note__title">{t('energy.gap.assumptions')}</p>
      <ul className="energy-assumptions">
        {assumptions.map((s) => (
          <li key={s.id}>
            <span
              className="energy-swatch"
              style={{ borderColor: scenarioColor[s.id] ?? palette.text }}
              aria-hidden="true"
            />
            <strong>{pick(s.name)}.</strong> {pick(s.assumption)}
          </li>
        ))}
      </ul>
      <p>{t('energy.gap.drawnAt')}</p>
      <p>{t('energy.gap.demandNote')}</p>
      <p className="energy-note__title">{t('energy.gap.bridgeTitle')}</p>
      <ul className="energy-bridge">
        {bridge.map((b) => (
          <li key={b.id}>
            <strong>{gw(b.gw)}</strong> — {pick(b.title)}
            {b.year === null && <> ({t('energy.gap.undated')})</>}
            {b.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}{' '}
            <SourceList ids={b.sourceIds} sources={stargateSources} />
          </li>
        ))}
      </ul>
    </>
  );

  const target = demand.target;
  const summary = t('energy.gap.summary', {
    us: usLast ? gw(usLast.y) : '–',
    intl: intlLast ? gw(intlLast.gw) : '–',
    date: date(stargate.asOf),
    scenarios: scenarios
      .map((s) =>
        t('energy.gap.summaryScenario', {
          name: pick(s.name),
          value: gw(s.points.at(-1)?.gw ?? 0),
          year: formatYear(s.steps.at(-1)?.year ?? endYear, 'en'),
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
  const plotHeight = mainHeight + zoomHeight;
  const yMax =
    scale === 'log'
      ? 20
      : Math.ceil(Math.max(target?.gw ?? 0, ...demand.us.map((p) => p.gw)) * 1.2);
  const sources = [
    ...cardSources(stargateSources, [...demand.sourceIds, ...bridge.flatMap((b) => b.sourceIds)]),
    ...cardSources(
      fusionSources,
      scenarios.flatMap((s) => s.sourceIds),
    ),
  ];

  return (
    <ChartCard
      id={chartId}
      title={t('energy.gap.title')}
      takeaway={takeaway}
      sources={sources}
      asOf={stargate.asOf > fusion.asOf ? stargate.asOf : fusion.asOf}
      uncertain={rows.some((r) => r.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={hiddenEntry(
        'gap-hide',
        hidden,
        (items) => t('share.hidden', { items }),
        (key) => legendItems.find((item) => item.key === key)?.label ?? key,
      )}
      summary={summary}
      height={plotHeight}
      controls={controls}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      {lines.length === 0 && markers.length === 0 ? (
        <p className="chart-card__empty">{t('energy.gap.allHidden')}</p>
      ) : (
        <>
          <div style={{ height: mainHeight }}>
            <GapChart
              lines={lines}
              markers={markers}
              bands={bands}
              target={
                target
                  ? {
                      y: target.gw,
                      label: t('energy.gap.target', {
                        value: gw(target.gw),
                        year: target.byYear === null ? '–' : plainNumber(target.byYear),
                      }),
                    }
                  : null
              }
              today={{
                x: yearOf(stargate.asOf),
                label: t('energy.gap.today', { date: date(stargate.asOf) }),
              }}
              // Starts a little before 2025 so a January 2025 marker is not cut in half by the axis.
              xDomain={[2024.8, endYear]}
              xTicks={compact ? [2025, 2035, 2045] : [2025, 2030, 2035, 2040, 2045, 2050]}
              scale={scale}
              yMax={yMax}
              height={mainHeight}
              formatX={(x) => formatYear(x, lang)}
              formatY={(y) => gw(y)}
              compact={compact}
            />
          </div>
          {zoomShown && (
            <div className="energy-zoom" style={{ height: zoomHeight }}>
              <p className="energy-zoom__title">
                {t('energy.gap.zoom', { value: gw(zoomMax), top: gw(yMax) })}
              </p>
              <div className="energy-zoom__panels">
                {shownScenarios.map((s) => {
                  const last = s.points.at(-1);
                  const color = scenarioColor[s.id] ?? palette.text;
                  return (
                    <div key={s.id} className="energy-zoom__panel">
                      <p className="energy-zoom__name" style={{ borderColor: color }}>
                        {pick(s.name)}
                      </p>
                      <div style={{ height: panelHeight }}>
                        <GapChart
                          lines={[
                            {
                              key: s.id,
                              label: pick(s.name),
                              color,
                              points: toPoints(s.points),
                              dashed: true,
                              width: 2.5,
                              endLabel: last
                                ? t('energy.gap.zoomEnd', {
                                    value: gw(last.gw),
                                    year: formatYear(s.steps.at(-1)?.year ?? endYear, lang),
                                  })
                                : undefined,
                              endLabelOnPhone: true,
                              endLabelAnchor: 'end',
                            },
                          ]}
                          markers={[]}
                          bands={[]}
                          target={null}
                          today={null}
                          xDomain={[2024.8, endYear]}
                          xTicks={[2030, 2040, 2050]}
                          scale="linear"
                          yMax={zoomMax}
                          height={panelHeight}
                          formatX={(x) => formatYear(x, lang)}
                          formatY={(y) => gw(y)}
                          compact
                        />
                      </div>
                    </div>
                  );
                })}
              </div>
            </div>
          )}
        </>
      )}
    </ChartCard>
  );
}
