import { useI18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import type { FusionSectionProps } from './fusion-format';
import '../../i18n/messages/fusion';

/** Where sources disagree: each conflict folded, with the sources on both sides. */
export function ConflictsSection({ doc, sources }: FusionSectionProps) {
  const { t, pick } = useI18n();
  return (
    <section className="panel fu-section skip-offscreen" aria-labelledby="fusion-conflicts-title">
      <h2 id="fusion-conflicts-title">{t('fusion.conflicts.title')}</h2>
      <p className="fu-section__lede">{t('fusion.conflicts.lede')}</p>
      <div className="fu-conflicts">
        {doc.conflicts.map((c) => (
          <details key={c.id}>
            <summary>{pick(c.topic)}</summary>
            <p>{pick(c.summary)}</p>
            <p className="fu-muted">
              {t('chart.sources')}: <FactSources ids={c.sourceIds} sources={sources} />
            </p>
          </details>
        ))}
      </div>
    </section>
  );
}
