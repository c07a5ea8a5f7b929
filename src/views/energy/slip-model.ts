import type { ExportSpec } from '../../charts/chart-export';
import type { SlipLine } from '../../charts/slip-chart';
import { slipRate, slipSeries } from '../../data/energy-derive';
import type { ForecastPoint } from '../../data/fusion-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import type { MessageKey } from '../../i18n/catalogue';
import type { I18n } from '../../i18n/i18n-context';
import { formatYear } from './energy-format';
import '../../i18n/messages/energy';

/*
 * The forecast-slip card's state apart from its drawing: ITER's promised dates against the year
 * each promise was made, the axes (with room for the y = x diagonal), the yearly slip rates and
 * the summary sentence.
 */

const milestones = ['iter-first-plasma', 'iter-sro', 'iter-dt-operation'] as const;
type Milestone = (typeof milestones)[number];
export const milestoneKeys: Record<Milestone, MessageKey> = {
  'iter-first-plasma': 'energy.slip.iter-first-plasma',
  'iter-sro': 'energy.slip.iter-sro',
  'iter-dt-operation': 'energy.slip.iter-dt-operation',
};
const isMilestone = (id: string): id is Milestone => milestones.some((m) => m === id);

export type SlipRow = ForecastPoint & { key: string; milestone: Milestone };

export type SlipView = {
  lines: SlipLine[];
  rows: SlipRow[];
  xDomain: [number, number];
  yDomain: [number, number];
  /** "First plasma moved 1.2 years for every year that passed", one a milestone. */
  rates: string[];
  summary: string;
};

/** The lines, rows and axes of the slip chart; `colors` go to the milestones in order. */
export function slipView(fusion: FusionDocument, colors: readonly string[], i18n: I18n): SlipView {
  const { t, pick, number, lang } = i18n;
  const series = slipSeries(fusion, milestones);
  const year = (y: number) => formatYear(y, lang);
  const name = (id: string) => (isMilestone(id) ? t(milestoneKeys[id]) : id);
  const promised = (p: ForecastPoint) => (p.label ? pick(p.label) : year(p.forecastYear));

  const lines: SlipLine[] = series.map((s, i) => ({
    key: s.milestoneId,
    label: name(s.milestoneId),
    color: colors[i % colors.length] ?? '',
    points: s.points.map((p) => ({
      x: p.statedYear,
      y: p.forecastYear,
      uncertain: p.uncertain,
      title: `${name(s.milestoneId)} · ${pick(p.plan)}`,
      lines: [
        [t('energy.slip.tooltipStated'), year(p.statedYear)],
        [t('energy.slip.tooltipPromised'), promised(p)],
      ],
    })),
  }));
  const rows: SlipRow[] = series.flatMap((s) =>
    s.points.map((p, i) => ({
      ...p,
      key: `${s.milestoneId}-${i}`,
      milestone: isMilestone(s.milestoneId) ? s.milestoneId : 'iter-sro',
    })),
  );
  const xs = rows.map((p) => p.statedYear);
  const ys = rows.map((p) => p.forecastYear);
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
          .map((p) => t('energy.slip.point', { stated: year(p.statedYear), forecast: promised(p) }))
          .join('; '),
      }),
    )
    .join(' ');
  return { lines, rows, xDomain, yDomain, rates, summary };
}

/** One record per promise: when it was made, the period it named (start/end) and its words. */
export function slipDownload(rows: SlipRow[], pick: I18n['pick']): ExportSpec<SlipRow> {
  return {
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
}
