import { useMemo } from 'react';
import { AreaBarChart } from '../../charts/lazy-charts';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/toggle-legend';
import { usePalette } from '../../charts/palette';
import type { InvestmentPoint } from '../../data/fusion-derive';
import type { FusionDocument } from '../../data/fusion-schema';
import { sourcesById } from '../../data/sources-derive';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { useCardState } from '../url-state';
import { cardSources } from '../shared/card-sources';
import { FactSources, sourcesColumn } from '../shared/fact-sources';
import {
  investmentDownload,
  investmentView,
  koreaBudgetDetail,
  newMoneyText,
  totalText,
} from './investment-model';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-investment';

/** Money for fusion: the FIA survey's private funding by report year, and Korea's public budget. */
export const FusionInvestmentCard = datasetCard('fusion', 360, InvestmentBody);

function InvestmentBody({ doc, headingLevel, height = 240 }: ChartProps & { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, usdBn, number, pick } = i18n;
  const palette = usePalette();
  const cardState = useCardState(chartId);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const view = useMemo(() => investmentView(doc, i18n), [doc, i18n]);
  const { series } = view;
  const areaColor = palette.series[0] ?? palette.text;
  const barColor = palette.series[1] ?? palette.text;
  const companies = (p: InvestmentPoint) =>
    p.companiesSurveyed === null ? '–' : number(p.companiesSurveyed);

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
        render: (p) => totalText(i18n, p),
      },
      {
        key: 'new',
        label: t('fusion.investment.col.new'),
        numeric: true,
        value: (p) => p.newUsdBn,
        render: (p) => newMoneyText(i18n, p),
      },
      {
        key: 'companies',
        label: t('fusion.investment.col.companies'),
        numeric: true,
        value: (p) => p.companiesSurveyed,
        render: companies,
      },
      sourcesColumn(t('chart.sources'), sources, (p) => p.sourceIds),
    ],
  };

  return (
    <ChartCard
      {...cardState}
      title={t('fusion.investment.title')}
      takeaway={view.takeaway}
      sources={cardSources(sources, view.sourceIds)}
      asOf={doc.asOf}
      uncertain={view.uncertain}
      table={table}
      download={investmentDownload(series)}
      summary={view.summary}
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
                  <strong>{pick(k.label)}</strong>
                  {koreaBudgetDetail(i18n, k)} <FactSources ids={k.sourceIds} sources={sources} />
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
              [t('fusion.investment.cumulative'), totalText(i18n, p)],
              [t('fusion.investment.new'), newMoneyText(i18n, p)],
              [t('fusion.investment.companies'), companies(p)],
            ],
            note: p.uncertain ? t('chart.uncertain.note') : undefined,
          },
        }))}
      />
    </ChartCard>
  );
}
