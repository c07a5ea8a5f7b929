import type { FusionDocument } from '../../data/fusion-schema';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { useI18n } from '../../i18n/i18n-context';
import { headline } from './fusion-model';
import '../../i18n/messages/fusion';

/** The figures at the top of /fusion: ITER's goal and dates, the best records, the money. */
export function FusionHeadlines({ doc }: { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, date, number, usdBn } = i18n;
  const h = headline(doc);

  return (
    <section aria-labelledby="fusion-kpis-title">
      <h2 id="fusion-kpis-title" className="visually-hidden">
        {t('fusion.kpis.title')}
      </h2>
      <p className="fu-asof">{t('chart.asOf', { date: date(doc.asOf) })}</p>
      <ul className="kpis" aria-label={t('fusion.kpis.title')}>
        {h.iterGoal && (
          <li className="kpi">
            <span className="kpi__value">{pick(h.iterGoal.label)}</span>
            <span className="kpi__label">{t('fusion.kpi.iterGoal')}</span>
            <span className="kpi__meta">{h.iterGoal.meta.map(pick).join(' · ')}</span>
          </li>
        )}
        {h.iterDt.current && (
          <li className="kpi">
            <span className="kpi__value">{h.iterDt.current}</span>
            <span className="kpi__label">{t('fusion.kpi.iterDt')}</span>
            {h.iterDt.previous && (
              <span className="kpi__meta">
                {t('fusion.kpi.iterDtWas', { year: h.iterDt.previous })}
              </span>
            )}
          </li>
        )}
        {h.bestQ && (
          <li className="kpi" data-uncertain={h.bestQ.uncertain || undefined}>
            <span className="kpi__value">Q ≈ {number(h.bestQ.value, 2)}</span>
            <span className="kpi__label">{t('fusion.kpi.bestQ')}</span>
            <UncertainBadge shown={h.bestQ.uncertain} note />
            <span className="kpi__meta">
              {pick(h.bestQ.device)}
              {h.bestQ.date && `, ${date(h.bestQ.date)}`}
            </span>
          </li>
        )}
        {h.bestTargetGain && (
          <li className="kpi" data-uncertain={h.bestTargetGain.uncertain || undefined}>
            <span className="kpi__value">{number(h.bestTargetGain.value, 2)}</span>
            <span className="kpi__label">{t('fusion.kpi.targetGain')}</span>
            <UncertainBadge shown={h.bestTargetGain.uncertain} note />
            <span className="kpi__meta">
              {pick(h.bestTargetGain.device)}
              {h.bestTargetGain.date && `, ${date(h.bestTargetGain.date)}`} ·{' '}
              {t('fusion.kpi.targetGainMeta')}
            </span>
          </li>
        )}
        {h.longestPulse && (
          <li className="kpi" data-uncertain={h.longestPulse.uncertain || undefined}>
            <span className="kpi__value">
              {t('fusion.seconds', { value: number(h.longestPulse.value, 0) })}
            </span>
            <span className="kpi__label">{t('fusion.kpi.pulse')}</span>
            <UncertainBadge shown={h.longestPulse.uncertain} note />
            <span className="kpi__meta">
              {pick(h.longestPulse.device)}
              {h.longestPulse.date && `, ${date(h.longestPulse.date)}`}
            </span>
          </li>
        )}
        {h.investment && (
          <li className="kpi" data-uncertain={h.investment.uncertain || undefined}>
            <span className="kpi__value">{usdBn(h.investment.cumulativeUsdBn)}</span>
            <span className="kpi__label">{t('fusion.kpi.investment')}</span>
            <UncertainBadge shown={h.investment.uncertain} note />
            <span className="kpi__meta">{i18n.krw(h.investment.cumulativeUsdBn)}</span>
            <span className="kpi__meta">
              {t('fusion.kpi.investmentMeta', {
                year: h.investment.reportYear,
                companies: h.investment.companies ?? '–',
              })}
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}
