import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { SlipChart } from '../../charts/lazy-charts';
import type { SlipLine } from '../../charts/slip-chart';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { slipRate, slipSeries } from '../../data/energy-derive';
import type { ForecastPoint } from '../../data/fusion-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import type { MessageKey } from '../../i18n/catalogue';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { useChartMode, useTableSort } from '../url-state';
import { cardSources, formatYear, SourceList } from './energy-format';
import '../../i18n/messages/energy';

const chartId = 'energy-slip';
const milestones = ['iter-first-plasma', 'iter-sro', 'iter-dt-operation'] as const;
type Milestone = (typeof milestones)[number];
const milestoneKeys: Record<Milestone, MessageKey> = {
  'iter-first-plasma': 'energy.slip.iter-first-plasma',
  'iter-sro': 'energy.slip.iter-sro',
  'iter-dt-operation': 'energy.slip.iter-dt-operation',
};
const isMilestone = (id: string): id is Milestone => milestones.some((m) => m === id);

/** ITER's promised dates against the year each promise was made, with the y = x diagonal. */
export function SlipCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="fusion" minHeight={height ?? 420}>
      {(fusion) => <SlipBody fusion={fusion} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

type Row = ForecastPoint & { key: string; milestone: Milestone };

function SlipBody({ fusion, headingLevel, height }: ChartProps & { fusion: FusionDocument }) {
  const { t, pick, number, lang } = useI18n();
  const palette = usePalette();
  const compact = useMediaQuery(narrowScreen);
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const plotHeight = height ?? (compact ? 320 : 380);
  const sources = useMemo(() => sourcesById(fusion), [fusion]);
  const series = useMemo(() => slipSeries(fusion, milestones), [fusion]);
  const colors = [palette.series[0], palette.series[5], palette.series[2]];
  const year = (y: number) => formatYear(y, lang);
  const name = (id: string) => (isMilestone(id) ? t(milestoneKeys[id]) : id);

  const lines: SlipLine[] = series.map((s, i) => ({
    key: s.milestoneId,
    label: name(s.milestoneId),
    color: colors[i % colors.length] ?? palette.text,
    points: s.points.map((p) => ({
      x: p.statedYear,
      y: p.forecastYear,
      uncertain: p.uncertain,
      title: `${name(s.milestoneId)} · ${pick(p.plan)}`,
      lines: [
        [t('energy.slip.tooltipStated'), year(p.statedYear)],
        [t('energy.slip.tooltipPromised'), p.label ? pick(p.label) : year(p.forecastYear)],
      ],
    })),
  }));

  const rows: Row[] = series.flatMap((s) =>
    s.points.map((p, i) => ({
      ...p,
      key: `${s.milestoneId}-${i}`,
      milestone: isMilestone(s.milestoneId) ? s.milestoneId : 'iter-sro',
    })),
  );
  const table: TableSpec<Row> = {
    rowKey: (r) => r.key,
    rows,
    columns: [
      {
        key: 'milestone',
        label: t('energy.col.milestone'),
        render: (r) => t(milestoneKeys[r.milestone]),
      },
      { key: 'plan', label: t('energy.col.plan'), render: (r) => pick(r.plan) },
      {
        key: 'stated',
        label: t('energy.col.stated'),
        numeric: true,
        value: (r) => r.statedYear,
        render: (r) => year(r.statedYear),
      },
      {
        key: 'forecast',
        label: t('energy.col.forecast'),
        numeric: true,
        sortValue: (r) => r.forecastYear,
        render: (r) => (
          <>
            {r.label ? pick(r.label) : year(r.forecastYear)}
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
          </>
        ),
      },
      {
        key: 'sources',
        label: t('energy.col.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => <SourceList ids={r.sourceIds} sources={sources} />,
      },
    ],
  };
  // One record per promise: when it was made, the period it named (start/end) and its words.
  const download: ExportSpec<Row> = {
    rows,
    columns: [
      { name: 'milestone', type: 'text', value: (r) => r.milestone },
      { name: 'plan', type: 'text', value: (r) => pick(r.plan) },
      { name: 'stated_year', type: 'number', value: (r) => r.statedYear },
      { name: 'forecast_year', type: 'number', value: (r) => r.forecastYear },
      { name: 'forecast_year_low', type: 'number', value: (r) => r.forecastYearStart },
      { name: 'forecast_year_high', type: 'number', value: (r) => r.forecastYearEnd },
      { name: 'forecast_note', type: 'text', value: (r) => (r.label ? pick(r.label) : null) },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
    ],
  };

  const all = rows;
  const xs = all.map((p) => p.statedYear);
  const ys = all.map((p) => p.forecastYear);
  const xDomain: [number, number] = [
    Math.floor(Math.min(...xs, 2008)) - 1,
    Math.ceil(Math.max(...xs, 2026)) + 1,
  ];
  const yDomain: [number, number] = [
    Math.floor(Math.min(...ys, xDomain[0]) / 5) * 5,
    Math.ceil((Math.max(...ys) + 1) / 5) * 5,
  ];
  const rates = series.flatMap((s) => {
    const rate = slipRate(s.points);
    return rate === null
      ? []
      : [t('energy.slip.rate', { name: name(s.milestoneId), rate: number(rate, 1) })];
  });
  const summary = series
    .map((s) =>
      t('energy.slip.summary', {
        name: name(s.milestoneId),
        points: s.points
          .map((p) =>
            t('energy.slip.point', {
              stated: year(p.statedYear),
              forecast: p.label ? pick(p.label) : year(p.forecastYear),
            }),
          )
          .join('; '),
      }),
    )
    .join(' ');

  return (
    <ChartCard
      id={chartId}
      title={t('energy.slip.title')}
      takeaway={t('energy.slip.takeaway')}
      sources={cardSources(
        sources,
        rows.flatMap((r) => r.sourceIds),
      )}
      asOf={fusion.asOf}
      uncertain={rows.some((r) => r.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      summary={summary}
      height={plotHeight}
      headingLevel={headingLevel}
      legend={
        <ToggleLegend
          label={t('energy.slip.legend')}
          items={[
            ...lines.map((l) => ({ key: l.key, label: l.label, color: l.color })),
            {
              key: 'diagonal',
              label: t('energy.slip.diagonal'),
              color: palette.muted,
              dashed: true,
            },
          ]}
          hidden={[]}
        />
      }
      note={
        <>
          <p className="energy-axes">
            ↔ {t('energy.slip.x')} · ↕ {t('energy.slip.y')}
          </p>
          {rates.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </>
      }
    >
      <SlipChart
        lines={lines}
        xDomain={xDomain}
        yDomain={yDomain}
        height={plotHeight}
        formatYear={(y) => plainNumber(Math.round(y))}
        compact={compact}
      />
    </ChartCard>
  );
}

/** Stargate's side of the same test: what was announced against what a source has seen running. */
export function AnnouncedRunningPanel() {
  return (
    <DatasetGate name="stargate" minHeight={240}>
      {(stargate) => <AnnouncedRunning stargate={stargate} />}
    </DatasetGate>
  );
}

function AnnouncedRunning({ stargate }: { stargate: StargateDocument }) {
  const { t, pick, gw, date } = useI18n();
  const palette = usePalette();
  const sources = useMemo(() => sourcesById(stargate), [stargate]);
  const target = stargate.targets.find((x) => x.metric === 'capacity' && x.capacityGw !== null);
  const lastClaim = stargate.capacityTimeline.announcements
    .filter((a) => a.capacityGw !== null)
    .at(-1);
  const abilene = stargate.sites.find((s) => s.id === 'abilene');
  type Bar = {
    key: string;
    label: string;
    gw: number;
    value: string;
    kind: 'announced' | 'running';
    uncertain: boolean;
    sourceIds: string[];
  };
  const bars: Bar[] = [];
  if (target?.capacityGw != null)
    bars.push({
      key: 'target',
      label: t('energy.stargate.target', { date: date(target.setOn) }),
      gw: target.capacityGw,
      value: gw(target.capacityGw),
      kind: 'announced',
      uncertain: target.uncertain,
      sourceIds: target.sourceIds,
    });
  if (lastClaim?.capacityGw != null)
    bars.push({
      key: 'claim',
      label: t('energy.stargate.claimed', { date: date(lastClaim.date) }),
      gw: lastClaim.capacityGw,
      value: t(`qualifier.${lastClaim.qualifier ?? 'exact'}`, { value: gw(lastClaim.capacityGw) }),
      kind: 'announced',
      uncertain:
        lastClaim.uncertain ||
        lastClaim.sourceIds.every((id) => sources.get(id)?.reliability === 'C'),
      sourceIds: lastClaim.sourceIds,
    });
  if (abilene?.capacityGw != null)
    bars.push({
      key: 'abilene',
      label: t('energy.stargate.site', {
        when: abilene.expectedOnline ? pick(abilene.expectedOnline.label) : '–',
      }),
      gw: abilene.capacityGw,
      value: gw(abilene.capacityGw),
      kind: 'announced',
      uncertain: false,
      sourceIds: abilene.capacitySourceIds ?? abilene.sourceIds,
    });
  for (const o of stargate.capacityTimeline.observed.filter((x) => x.siteId === 'abilene')) {
    const measure = o.measure === 'facility' || o.measure === 'it' ? o.measure : 'other';
    bars.push({
      key: o.id,
      label: `${t('energy.stargate.observed', { date: o.date ? date(o.date) : o.dateNote ? pick(o.dateNote) : '–' })} (${t(`energy.stargate.measure.${measure}`)})`,
      gw: o.capacityGw,
      value: gw(o.capacityGw),
      kind: 'running',
      uncertain: o.uncertain || o.sourceIds.every((id) => sources.get(id)?.reliability === 'C'),
      sourceIds: o.sourceIds,
    });
  }
  const max = Math.max(...bars.map((b) => b.gw), 1);
  return (
    <section className="energy-panel" aria-labelledby="energy-stargate-heading">
      <h2 id="energy-stargate-heading">{t('energy.stargate.title')}</h2>
      <p className="energy-panel__lede">{t('energy.stargate.lede')}</p>
      <ul className="energy-bars" aria-label={t('energy.stargate.label')}>
        {bars.map((b) => (
          <li key={b.key} className={`energy-bars__row energy-bars__row--${b.kind}`}>
            <span className="energy-bars__label">
              {b.label}
              {b.uncertain && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}
            </span>
            <span className="energy-bars__track" aria-hidden="true">
              <span
                className={`energy-bars__bar${b.uncertain ? ' energy-bars__bar--uncertain' : ''}`}
                style={{
                  width: `${(b.gw / max) * 100}%`,
                  background:
                    b.kind === 'running'
                      ? (palette.series[1] ?? palette.text)
                      : (palette.series[0] ?? palette.text),
                  borderColor:
                    b.kind === 'running'
                      ? (palette.series[1] ?? palette.text)
                      : (palette.series[0] ?? palette.text),
                }}
              />
            </span>
            <span className="energy-bars__value">{b.value}</span>
            <span className="energy-bars__sources">
              <SourceList ids={b.sourceIds} sources={sources} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
