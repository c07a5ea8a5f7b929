import { useMemo } from 'react';
import { usePalette } from '../../charts/palette';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { SourceList } from './energy-format';
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
  const { t, pick, gw, date } = useI18n();
  const palette = usePalette();
  const sources = useMemo(() => sourcesById(stargate), [stargate]);
  const target = stargate.targets.find((x) => x.metric === 'capacity' && x.capacityGw !== null);
  const lastClaim = stargate.capacityTimeline.announcements
    .filter((a) => a.capacityGw !== null)
    .at(-1);
  const abilene = stargate.sites.find((s) => s.id === 'abilene');
  type Bar = {
    key: string;
    label: string;
    gw: number;
    value: string;
    kind: 'announced' | 'running';
    uncertain: boolean;
    sourceIds: string[];
  };
  const bars: Bar[] = [];
  if (target?.capacityGw != null)
    bars.push({
      key: 'target',
      label: t('energy.stargate.target', { date: date(target.setOn) }),
      gw: target.capacityGw,
      value: gw(target.capacityGw),
      kind: 'announced',
      uncertain: target.uncertain,
      sourceIds: target.sourceIds,
    });
  if (lastClaim?.capacityGw != null)
    bars.push({
      key: 'claim',
      label: t('energy.stargate.claimed', { date: date(lastClaim.date) }),
      gw: lastClaim.capacityGw,
      value: t(`qualifier.${lastClaim.qualifier ?? 'exact'}`, { value: gw(lastClaim.capacityGw) }),
      kind: 'announced',
      uncertain:
        lastClaim.uncertain ||
        lastClaim.sourceIds.every((id) => sources.get(id)?.reliability === 'C'),
      sourceIds: lastClaim.sourceIds,
    });
  if (abilene?.capacityGw != null)
    bars.push({
      key: 'abilene',
      label: t('energy.stargate.site', {
        when: abilene.expectedOnline ? pick(abilene.expectedOnline.label) : '–',
      }),
      gw: abilene.capacityGw,
      value: gw(abilene.capacityGw),
      kind: 'announced',
      uncertain: false,
      sourceIds: abilene.capacitySourceIds ?? abilene.sourceIds,
    });
  for (const o of stargate.capacityTimeline.observed.filter((x) => x.siteId === 'abilene')) {
    const measure = o.measure === 'facility' || o.measure === 'it' ? o.measure : 'other';
    bars.push({
      key: o.id,
      label: `${t('energy.stargate.observed', { date: o.date ? date(o.date) : o.dateNote ? pick(o.dateNote) : '–' })} (${t(`energy.stargate.measure.${measure}`)})`,
      gw: o.capacityGw,
      value: gw(o.capacityGw),
      kind: 'running',
      uncertain: o.uncertain || o.sourceIds.every((id) => sources.get(id)?.reliability === 'C'),
      sourceIds: o.sourceIds,
    });
  }
  const max = Math.max(...bars.map((b) => b.gw), 1);
  return (
    <section className="energy-panel" aria-labelledby="energy-stargate-heading">
      <h2 id="energy-stargate-heading">{t('energy.stargate.title')}</h2>
      <p className="energy-panel__lede">{t('energy.stargate.lede')}</p>
      <ul className="energy-bars" aria-label={t('energy.stargate.label')}>
        {bars.map((b) => (
          <li key={b.key} className={`energy-bars__row energy-bars__row--${b.kind}`}>
            <span className="energy-bars__label">
              {b.label}
              {b.uncertain && (
                <>
                  {' '}
                  <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
                </>
              )}
            </span>
            <span className="energy-bars__track" aria-hidden="true">
              <span
                className={`energy-bars__bar${b.uncertain ? ' energy-bars__bar--uncertain' : ''}`}
                style={{
                  width: `${(b.gw / max) * 100}%`,
                  background:
                    b.kind === 'running'
                      ? (palette.series[1] ?? palette.text)
                      : (palette.series[0] ?? palette.text),
                  borderColor:
                    b.kind === 'running'
                      ? (palette.series[1] ?? palette.text)
                      : (palette.series[0] ?? palette.text),
                }}
              />
            </span>
            <span className="energy-bars__value">{b.value}</span>
            <span className="energy-bars__sources">
              <SourceList ids={b.sourceIds} sources={sources} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
