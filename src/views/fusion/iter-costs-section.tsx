import { UncertainBadge } from '../../charts/uncertain-badge';
import type { IterCost } from '../../data/fusion-schema';
import { isUncertain } from '../../data/sources-derive';
import { formatKoreanUnits } from '../../i18n/format';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import { qualified, type FusionSectionProps } from './fusion-format';
import { iterCostGroups } from './fusion-model';
import '../../i18n/messages/fusion';

const estimatorKey = {
  iter: 'fusion.estimator.iter',
  'us-doe': 'fusion.estimator.us-doe',
  'independent-review': 'fusion.estimator.independent-review',
  reported: 'fusion.estimator.reported',
} as const;

function costText(i18n: I18n, c: IterCost): string {
  const { number, t, lang } = i18n;
  // Korean readers count in 억 and 조: €4.6 bn is 46억 유로.
  const one = (bn: number) => (lang === 'ko' ? formatKoreanUnits(bn * 1e9, lang) : number(bn, 1));
  const amount =
    c.amountBn.low === c.amountBn.high
      ? one(c.amountBn.low)
      : `${one(c.amountBn.low)}–${one(c.amountBn.high)}`;
  const money = t(c.currency === 'EUR' ? 'fusion.eurBn' : 'fusion.usdBn', { value: amount });
  const withSign = c.kind === 'increase' ? `+${money}` : money;
  return qualified(i18n, withSign, c.amountBn.qualifier);
}

/** ITER's cost as ITER and its reviewers stated it over time, with DOE's own estimate apart. */
export function IterCostsSection({ doc, sources }: FusionSectionProps) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  const { own, separate } = iterCostGroups(doc);
  return (
    <section className="panel fu-section skip-offscreen" aria-labelledby="fusion-costs-title">
      <h2 id="fusion-costs-title">{t('fusion.costs.title')}</h2>
      <p className="fu-section__lede">{t('fusion.costs.lede')}</p>
      <ol className="fu-costs">
        {own.map((c) => (
          <li
            key={c.id}
            className={c.kind === 'increase' ? 'fu-cost fu-cost--increase' : 'fu-cost'}
          >
            <span className="fu-cost__year">{date(c.statedIn)}</span>
            <span className="fu-cost__amount">{costText(i18n, c)}</span>
            <span className="fu-cost__scope">
              {pick(c.scope)} · {t(estimatorKey[c.estimator])}
              <UncertainBadge shown={isUncertain(c, sources)} />
            </span>
          </li>
        ))}
      </ol>
      {separate.map((c) => (
        <div key={c.id} className="fu-callout">
          <p className="fu-callout__amount">
            {costText(i18n, c)} <span className="fu-cost__year">({date(c.statedIn)})</span>
          </p>
          <p>{pick(c.scope)}</p>
          {c.note && <p className="fu-muted">{pick(c.note)}</p>}
        </div>
      ))}
      <p className="fu-source-line">
        {t('chart.sources')}:{' '}
        <FactSources ids={doc.iterCosts.flatMap((c) => c.sourceIds)} sources={sources} />
      </p>
    </section>
  );
}
