import { UncertainBadge } from '../../charts/uncertain-badge';
import { isUncertain } from '../../data/sources-derive';
import { useI18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import { pointText, type FusionSectionProps } from './fusion-format';
import { outlookByDate } from './fusion-model';
import '../../i18n/messages/fusion';

/** When fusion power reaches the grid, as each source claims it, earliest claim first. */
export function OutlookSection({ doc, sources }: FusionSectionProps) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  return (
    <section className="panel fu-section skip-offscreen" aria-labelledby="fusion-outlook-title">
      <h2 id="fusion-outlook-title">{t('fusion.outlook.title')}</h2>
      <p className="fu-section__lede">{t('fusion.outlook.lede')}</p>
      <ol className="fu-outlook">
        {outlookByDate(doc).map((o) => (
          <li key={o.id}>
            <span className="fu-outlook__when">{pointText(i18n, o.when)}</span>
            <span className="fu-outlook__claim">
              <strong>{pick(o.who)}</strong>: {pick(o.claim)}
              {o.statedIn && (
                <span className="fu-muted">
                  {' '}
                  · {t('fusion.outlook.stated', { date: date(o.statedIn) })}
                </span>
              )}
              <UncertainBadge shown={isUncertain(o, sources)} />{' '}
              <FactSources ids={o.sourceIds} sources={sources} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
