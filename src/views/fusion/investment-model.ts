import type { ExportSpec } from '../../charts/chart-export';
import { investmentSeries, type InvestmentPoint } from '../../data/fusion-derive';
import type { FusionDocument, KoreaBudget } from '../../data/fusion-schema';
import { formatKoreanUnits } from '../../i18n/format';
import type { I18n } from '../../i18n/i18n-context';
import { qualified } from './fusion-format';
import '../../i18n/messages/fusion';

/*
 * The fusion-investment card's state apart from its drawing: the FIA series, the figures as
 * the survey worded them, Korea's budget lines, and the takeaway and summary sentences.
 */

/** A year's new money as the survey worded it, or "not given". */
export function newMoneyText(i18n: I18n, p: InvestmentPoint): string {
  return p.newUsdBn === null
    ? i18n.t('fusion.notGiven')
    : qualified(i18n, i18n.usdBn(p.newUsdBn), p.newQualifier);
}

/** The running total as the survey worded it ("more than $9.7 bn"). */
export function totalText(i18n: I18n, p: InvestmentPoint): string {
  return qualified(i18n, i18n.usdBn(p.cumulativeUsdBn), p.cumulativeQualifier);
}

/** Won in 억/조 for Korean readers, in billions for everyone else. */
function krwText(i18n: I18n, bn: number): string {
  return i18n.lang === 'ko' ? formatKoreanUnits(bn * 1e9, 'ko') : i18n.number(bn, 1);
}

/** What follows a Korean budget line's name: ": ₩1,200 bn (was ₩…) · 2024". */
export function koreaBudgetDetail(i18n: I18n, k: KoreaBudget): string {
  const { t, date } = i18n;
  return [
    `: ${t('fusion.krw', { value: krwText(i18n, k.amountKrwBn) })}`,
    k.previousAmountKrwBn !== undefined
      ? ` (${t('fusion.investment.previous', { value: krwText(i18n, k.previousAmountKrwBn) })})`
      : '',
    k.announced ? ` · ${date(k.announced)}` : '',
  ].join('');
}

export type InvestmentView = {
  series: InvestmentPoint[];
  takeaway: string;
  summary: string;
  uncertain: boolean;
  sourceIds: string[];
};

export function investmentView(doc: FusionDocument, i18n: I18n): InvestmentView {
  const { t, usdBn } = i18n;
  const series = investmentSeries(doc);
  const first = series[0];
  const latest = series.at(-1);
  return {
    series,
    takeaway:
      latest && first
        ? t('fusion.investment.takeaway', {
            from: usdBn(first.cumulativeUsdBn),
            fromYear: first.reportYear,
            to: usdBn(latest.cumulativeUsdBn),
            toYear: latest.reportYear,
            companies: latest.companiesSurveyed ?? '–',
          })
        : '',
    summary: t('fusion.investment.summary', {
      list: series.map((p) => `${p.reportYear}: ${usdBn(p.cumulativeUsdBn)}`).join('; '),
    }),
    uncertain: series.some((p) => p.uncertain),
    sourceIds: series.flatMap((p) => p.sourceIds),
  };
}

/** One record per FIA report: the running total and the year's new money, each with its wording. */
export const investmentDownload = (series: InvestmentPoint[]): ExportSpec<InvestmentPoint> => ({
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
});
