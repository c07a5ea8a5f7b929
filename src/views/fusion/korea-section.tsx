import { UncertainBadge } from '../../charts/uncertain-badge';
import { isUncertain } from '../../data/sources-derive';
import { useI18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import type { FusionSectionProps } from './fusion-format';
import { costShareBars } from './fusion-model';
import '../../i18n/messages/fusion';

/** Korea in ITER: its facts and the members' cost shares, Korea's highlighted. */
export function KoreaSection({ doc, sources }: FusionSectionProps) {
  const { t, pick, number } = useI18n();
  const shares = doc.iter.costShares;
  return (
    <section className="panel fu-section skip-offscreen" aria-labelledby="fusion-korea-title">
      <h2 id="fusion-korea-title">{t('fusion.korea.title')}</h2>
      <p className="fu-section__lede">{t('fusion.korea.lede')}</p>
      <dl className="fu-facts">
        {doc.iter.korea.map((f) => (
          <div key={f.id}>
            <dt>{pick(f.label)}</dt>
            <dd>
              {pick(f.value)}
              <UncertainBadge shown={isUncertain(f, sources)} />{' '}
              <FactSources ids={f.sourceIds} sources={sources} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('fusion.korea.shares')}</h3>
      <ul className="fu-shares">
        {costShareBars(doc).map((s) => (
          <li key={s.id} className={s.highlight ? 'fu-share fu-share--highlight' : 'fu-share'}>
            <span className="fu-share__name">{pick(s.member)}</span>
            <span className="fu-share__track" aria-hidden="true">
              <span className="fu-share__bar" style={{ width: `${s.widthPercent}%` }} />
            </span>
            <span className="fu-share__value">{number(s.sharePercent, 1)} %</span>
          </li>
        ))}
      </ul>
      <p className="fu-muted">
        {pick(shares.note)} <FactSources ids={shares.sourceIds} sources={sources} />
      </p>
    </section>
  );
}
