import { isUncertain, sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import type { I18n } from '../../i18n/i18n-context';
import '../../i18n/messages/energy';

/*
 * Stargate's side of the slip test, as bars: the target, the latest claim and the flagship
 * site as announced, against what a source has seen running there.
 */

export type AnnouncedBar = {
  key: string;
  label: string;
  gw: number;
  value: string;
  kind: 'announced' | 'running';
  uncertain: boolean;
  sourceIds: string[];
  /** Length against the longest bar, in per cent. */
  widthPercent: number;
};

export function announcedRunningBars(stargate: StargateDocument, i18n: I18n): AnnouncedBar[] {
  const { t, pick, gw, date } = i18n;
  const sources = sourcesById(stargate);
  const target = stargate.targets.find((x) => x.metric === 'capacity' && x.capacityGw !== null);
  const lastClaim = stargate.capacityTimeline.announcements
    .filter((a) => a.capacityGw !== null)
    .at(-1);
  const abilene = stargate.sites.find((s) => s.id === 'abilene');
  const bars: Omit<AnnouncedBar, 'widthPercent'>[] = [];
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
      uncertain: isUncertain(lastClaim, sources),
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
    const when = o.date ? date(o.date) : o.dateNote ? pick(o.dateNote) : '–';
    bars.push({
      key: o.id,
      label: `${t('energy.stargate.observed', { date: when })} (${t(`energy.stargate.measure.${measure}`)})`,
      gw: o.capacityGw,
      value: gw(o.capacityGw),
      kind: 'running',
      uncertain: isUncertain(o, sources),
      sourceIds: o.sourceIds,
    });
  }
  const max = Math.max(...bars.map((b) => b.gw), 1);
  return bars.map((b) => ({ ...b, widthPercent: (b.gw / max) * 100 }));
}
