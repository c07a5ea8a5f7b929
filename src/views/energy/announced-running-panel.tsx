import { useMemo } from 'react';
import { usePalette } from '../../charts/palette';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { FactSources } from '../shared/fact-sources';
import { announcedRunningBars } from './announced-running-model';
import '../../i18n/messages/energy';

/** Stargate's side of the same test: what was announced against what a source has seen running. */
export function AnnouncedRunningPanel() {
  return (
    <DatasetGate name="stargate" minHeight={240}>
      {(stargate) => <AnnouncedRunning stargate={stargate} />}
    </DatasetGate>
  );
}

function AnnouncedRunning({ stargate }: { stargate: StargateDocument }) {
  const i18n = useI18n();
  const { t } = i18n;
  const palette = usePalette();
  const sources = useMemo(() => sourcesById(stargate), [stargate]);
  const colorOf = (kind: 'announced' | 'running') =>
    (kind === 'running' ? palette.series[1] : palette.series[0]) ?? palette.text;
  return (
    <section className="energy-panel" aria-labelledby="energy-stargate-heading">
      <h2 id="energy-stargate-heading">{t('energy.stargate.title')}</h2>
      <p className="energy-panel__lede">{t('energy.stargate.lede')}</p>
      <ul className="energy-bars" aria-label={t('energy.stargate.label')}>
        {announcedRunningBars(stargate, i18n).map((b) => (
          <li key={b.key} className={`energy-bars__row energy-bars__row--${b.kind}`}>
            <span className="energy-bars__label">
              {b.label}
              <UncertainBadge shown={b.uncertain} />
            </span>
            <span className="energy-bars__track" aria-hidden="true">
              <span
                className={`energy-bars__bar${b.uncertain ? ' energy-bars__bar--uncertain' : ''}`}
                style={{
                  width: `${b.widthPercent}%`,
                  background: colorOf(b.kind),
                  borderColor: colorOf(b.kind),
                }}
              />
            </span>
            <span className="energy-bars__value">{b.value}</span>
            <span className="energy-bars__sources">
              <FactSources ids={b.sourceIds} sources={sources} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
