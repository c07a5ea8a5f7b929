import { UncertainBadge } from '../../charts/uncertain-badge';
import type { Challenge } from '../../data/fusion-schema';
import { isUncertain } from '../../data/sources-derive';
import { useI18n } from '../../i18n/i18n-context';
import { FactSources } from '../shared/fact-sources';
import type { FusionSectionProps } from './fusion-format';
import '../../i18n/messages/fusion';

/** What stands in the way: each hurdle with its measured markers and the gaps left open. */
export function ChallengesSection({ doc, sources }: FusionSectionProps) {
  const { t } = useI18n();
  return (
    <section className="fu-section skip-offscreen" aria-labelledby="fusion-challenges-title">
      <h2 id="fusion-challenges-title">{t('fusion.challenges.title')}</h2>
      <p className="fu-section__lede">{t('fusion.challenges.lede')}</p>
      <ul className="fu-challenges">
        {doc.challenges.map((c) => (
          <ChallengeCard key={c.id} challenge={c} sources={sources} />
        ))}
      </ul>
    </section>
  );
}

function ChallengeCard({
  challenge,
  sources,
}: {
  challenge: Challenge;
  sources: FusionSectionProps['sources'];
}) {
  const { t, pick } = useI18n();
  return (
    <li className="fu-challenge panel">
      <h3>{pick(challenge.title)}</h3>
      <p className="fu-challenge__summary">{pick(challenge.summary)}</p>
      <dl className="fu-markers">
        {challenge.markers.map((m) => (
          <div key={m.id} className="fu-marker">
            <dt>{pick(m.label)}</dt>
            <dd>
              <strong>{pick(m.valueLabel)}</strong>
              {m.derived && (
                <span className="badge fu-badge--derived">{t('fusion.records.derived')}</span>
              )}
              <UncertainBadge shown={isUncertain(m, sources)} />
              <span className="fu-marker__sources">
                <FactSources ids={m.sourceIds} sources={sources} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {challenge.gaps.length > 0 && (
        <div className="fu-gaps">
          <p className="fu-gaps__title">{t('fusion.challenges.gaps')}</p>
          <ul>
            {challenge.gaps.map((g) => (
              <li key={g.en}>{pick(g)}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
