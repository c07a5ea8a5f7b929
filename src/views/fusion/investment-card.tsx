import { useMemo } from 'react';
import { AreaBarChart } from '../../charts/lazy-charts';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { investmentSeries, type InvestmentPoint } from '../../data/fusion-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import { formatKoreanUnits } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { useChartMode, useTableSort } from '../url-state';
import { cardSources, qualified, SourceList } from './fusion-format';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-investment';

/** Money for fusion: the FIA survey's private funding by report year, and Korea's public budget. */
export function FusionInvestmentCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="fusion" minHeight={height ?? 360}>
      {(doc) => <InvestmentBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

function InvestmentBody({ doc, headingLevel, height = 240 }: ChartProps & { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, usdBn, number, pick, date } = i18n;
  const palette = usePalette();
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const series = useMemo(() => investmentSeries(doc), [doc]);
  // Won in 억/조 for Korean readers, in billions for everyone else.
  const krw = (bn: number) =>
    i18n.lang === 'ko' ? formatKoreanUnits(bn * 1e9, 'ko') : number(bn, 1);
  const latest = series.at(-1);
  const first = series[0];
  const areaColor = palette.series[0] ?? palette.text;
  const barColor = palette.series[1] ?? palette.text;
  const newText = (p: InvestmentPoint) =>
    p.newUsdBn === null ? t('fusion.notGiven') : qualified(i18n, usdBn(p.newUsdBn), p.newQualifier);

  const table: TableSpec<InvestmentPoint> = {
    rowKey: (p) => p.id,
    rows: series,
    columns: [
      {
        key: 'year',
        label: t('fusion.investment.year'),
        render: (p) => p.reportYear,
        value: (p) => p.reportYear,
      },
      {
        key: 'total',
        label: t('fusion.investment.col.total'),
        numeric: true,
        value: (p) => p.cumulativeUsdBn,
        render: (p) => qualified(i18n, usdBn(p.cumulativeUsdBn), p.cumulativeQualifier),
      },
      {
        key: 'new',
        label: t('fusion.investment.col.new'),
        numeric: true,
        value: (p) => p.newUsdBn,
        render: newText,
      },
      {
        key: 'companies',
        label: t('fusion.investment.col.companies'),
        numeric: true,
        value: (p) => p.companiesSurveyed,
        render: (p) => (p.companiesSurveyed === null ? '–' : number(p.companiesSurveyed)),
      },
      {
        key: 'sources',
        label: t('chart.sources'),
        value: (p) => p.sourceIds.join(' '),
        render: (p) => <SourceList ids={p.sourceIds} sources={sources} />,
      },
    ],
  };

  // One record per FIA report: the running total and the year's new money, each with its wording.
  const download: ExportSpec<InvestmentPoint> = {
    rows: series,
    columns: [
      { name: 'report_year', type: 'number', value: (p) => p.reportYear },
      { name: 'cumulative_usd_bn', type: 'number', value: (p) => p.cumulativeUsdBn },
      {
        name: 'cumulative_qualifier',
        type: 'text',
        value: (p) => p.cumulativeQualifier ?? 'exact',
      },
      { name: 'new_usd_bn', type: 'number', value: (p) => p.newUsdBn },
      {
        name: 'new_qualifier',
        type: 'text',
        value: (p) => (p.newUsdBn === null ? null : (p.newQualifier ?? 'exact')),
      },
      { name: 'companies_surveyed', type: 'number', value: (p) => p.companiesSurveyed },
      { name: 'public_funding_usd_m', type: 'number', value: (p) => p.publicFundingUsdM },
      { name: 'uncertain', type: 'boolean', value: (p) => p.uncertain },
      { name: 'source_ids', type: 'ids', value: (p) => p.sourceIds },
    ],
  };

  const takeaway =
    latest && first
      ? t('fusion.investment.takeaway', {
          from: usdBn(first.cumulativeUsdBn),
          fromYear: first.reportYear,
          to: usdBn(latest.cumulativeUsdBn),
          toYear: latest.reportYear,
          companies: latest.companiesSurveyed ?? '–',
        })
      : '';

  return (
    <ChartCard
      id={chartId}
      title={t('fusion.investment.title')}
      takeaway={takeaway}
      sources={cardSources(
        series.flatMap((p) => p.sourceIds),
        sources,
      )}
      asOf={doc.asOf}
      uncertain={series.some((p) => p.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      summary={t('fusion.investment.summary', {
        list: series.map((p) => `${p.reportYear}: ${usdBn(p.cumulativeUsdBn)}`).join('; '),
      })}
      height={height}
      headingLevel={headingLevel}
      legend={
        <ToggleLegend
          label={t('fusion.investment.title')}
          hidden={[]}
          items={[
            { key: 'cumulative', label: t('fusion.investment.cumulative'), color: areaColor },
            { key: 'new', label: t('fusion.investment.new'), color: barColor },
          ]}
        />
      }
      note={
        doc.investment.korea.length > 0 && (
          <>
            <p>
              <strong>{t('fusion.investment.korea')}</strong>
            </p>
            <ul className="fu-list">
              {doc.investment.korea.map((k) => (
                <li key={k.id}>
                  <strong>{pick(k.label)}</strong>: {t('fusion.krw', { value: krw(k.amountKrwBn) })}
                  {k.previousAmountKrwBn !== undefined &&
                    ` (${t('fusion.investment.previous', { value: krw(k.previousAmountKrwBn) })})`}
                  {k.announced && ` · ${date(k.announced)}`}{' '}
                  <SourceList ids={k.sourceIds} sources={sources} />
                </li>
              ))}
            </ul>
          </>
        )
      }
    >
      <AreaBarChart
        height={height}
        areaColor={areaColor}
        barColor={barColor}
        formatValue={(v) => (v === 0 ? '0' : usdBn(v))}
        data={series.map((p) => ({
          key: p.id,
          label: String(p.reportYear),
          area: p.cumulativeUsdBn,
          bar: p.newUsdBn,
          tooltip: {
            title: t('fusion.investment.report', { year: p.reportYear }),
            lines: [
              [
                t('fusion.investment.cumulative'),
                qualified(i18n, usdBn(p.cumulativeUsdBn), p.cumulativeQualifier),
              ],
              [t('fusion.investment.new'), newText(p)],
              [
                t('fusion.investment.companies'),
                p.companiesSurveyed === null ? '–' : number(p.companiesSurveyed),
              ],
            ],
            note: p.uncertain ? t('chart.uncertain.note') : undefined,
          },
        }))}
      />
    </ChartCard>
  );
}
