import type { LocalizedText } from './common-schema';
import type { FusionDocument } from './fusion-schema';
import { isUncertain, sourcesById } from './sources-derive';
import type { StargateDocument } from './stargate-schema';

/**
 * A headline figure for the overview: derived from the data, never typed in, so a
 * replaced data file updates the overview too.
 */
export type Headline = {
  id: string;
  value: number | null;
  unit: 'gw' | 'usd-bn' | 'ratio' | 'year' | 'seconds' | 'count';
  /** How the source hedges the figure: 'more-than', 'about', 'at-least' … */
  qualifier: string | null;
  /** A second line of context from the data: what it is, what it was before. */
  detail: LocalizedText | null;
  /** Values for a catalogue template when the context is composed rather than quoted. */
  params?: Record<string, number | LocalizedText>;
  date: string | null;
  sourceIds: string[];
  uncertain: boolean;
};

const latest = <T extends { date: string | null }>(items: T[]): T | undefined =>
  items
    .filter((item) => item.date !== null)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .at(-1);

export function stargateHeadlines(doc: StargateDocument): Headline[] {
  const sources = sourcesById(doc);
  const out: Headline[] = [];
  const capacityTarget = doc.targets.find((t) => t.metric === 'capacity' && t.capacityGw !== null);
  if (capacityTarget) {
    out.push({
      id: 'target-capacity',
      value: capacityTarget.capacityGw,
      unit: 'gw',
      qualifier: capacityTarget.qualifier,
      detail: capacityTarget.label,
      date: capacityTarget.setOn,
      sourceIds: capacityTarget.sourceIds,
      uncertain: isUncertain(capacityTarget, sources),
    });
  }
  const pledge = [...doc.targets]
    .filter((t) => t.metric === 'investment' && t.amountUsdBn !== null)
    .sort((a, b) => (b.amountUsdBn ?? 0) - (a.amountUsdBn ?? 0))[0];
  if (pledge) {
    out.push({
      id: 'target-investment',
      value: pledge.amountUsdBn,
      unit: 'usd-bn',
      qualifier: pledge.qualifier,
      detail: pledge.label,
      date: pledge.setOn,
      sourceIds: pledge.sourceIds,
      uncertain: isUncertain(pledge, sources),
    });
  }
  const announced = doc.capacityTimeline.announcements.filter((a) => a.capacityGw !== null);
  const solid = latest(announced.filter((a) => !isUncertain(a, sources)));
  if (solid) {
    out.push({
      id: 'announced',
      value: solid.capacityGw,
      unit: 'gw',
      qualifier: solid.qualifier,
      detail: solid.label,
      date: solid.date,
      sourceIds: solid.sourceIds,
      uncertain: false,
    });
  }
  const claim = latest(announced);
  if (claim && claim !== solid) {
    out.push({
      id: 'latest-claim',
      value: claim.capacityGw,
      unit: 'gw',
      qualifier: claim.qualifier,
      detail: claim.label,
      date: claim.date,
      sourceIds: claim.sourceIds,
      uncertain: isUncertain(claim, sources),
    });
  }
  const running = latest(doc.capacityTimeline.observed);
  if (running) {
    out.push({
      id: 'running',
      value: running.capacityGw,
      unit: 'gw',
      qualifier: running.qualifier,
      detail: running.label,
      date: running.date,
      sourceIds: running.sourceIds,
      uncertain: isUncertain(running, sources),
    });
  }
  const live = doc.sites.filter((s) => s.status !== 'cancelled');
  out.push({
    id: 'sites',
    value: live.length,
    unit: 'count',
    qualifier: null,
    detail: null,
    params: {
      us: live.filter((s) => s.region === 'us').length,
      abroad: live.filter((s) => s.region === 'international').length,
    },
    date: doc.asOf,
    sourceIds: [...new Set(live.flatMap((s) => s.sourceIds.slice(0, 1)))],
    uncertain: false,
  });
  return out;
}

export function fusionHeadlines(doc: FusionDocument): Headline[] {
  const sources = sourcesById(doc);
  const out: Headline[] = [];
  const iterQ =
    doc.targets.find((t) => t.id === 'iter-q') ?? doc.targets.find((t) => t.metric === 'q-physics');
  if (iterQ) {
    out.push({
      id: 'iter-q',
      value: iterQ.low,
      unit: 'ratio',
      qualifier: iterQ.qualifier ?? null,
      detail: iterQ.when?.label ?? null,
      // A target has no as-of date of its own; `when` is when it should be reached.
      date: null,
      sourceIds: iterQ.sourceIds,
      uncertain: isUncertain(iterQ, sources),
    });
  }
  const dt = doc.programmes.flatMap((p) => p.phases).find((p) => p.id === 'iter-dt-operation');
  const dtYear = dt?.start?.date ? Number(dt.start.date.slice(0, 4)) : null;
  if (dt && dtYear !== null) {
    const earlier = dt.forecasts.filter(
      (f) => f.when.date && Number(f.when.date.slice(0, 4)) !== dtYear,
    );
    const first = earlier[0];
    const previous = earlier.at(-1);
    out.push({
      id: 'iter-dt',
      value: dtYear,
      unit: 'year',
      qualifier: null,
      detail: null,
      ...(first?.when.date &&
        previous?.when.date && {
          params: {
            previousPlan: previous.plan,
            previousYear: Number(previous.when.date.slice(0, 4)),
            firstPlan: first.plan,
            firstYear: Number(first.when.date.slice(0, 4)),
          },
        }),
      date: dt.forecasts.at(-1)?.statedIn ?? null,
      sourceIds: dt.sourceIds,
      uncertain: isUncertain(dt, sources),
    });
  }
  const best = (metric: string) =>
    doc.records
      .filter((r) => r.metric === metric && r.value !== null)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const gain = best('target-gain');
  if (gain) {
    out.push({
      id: 'best-target-gain',
      value: gain.value,
      unit: 'ratio',
      qualifier: gain.qualifier ?? null,
      detail: gain.device,
      date: gain.date,
      sourceIds: gain.sourceIds,
      uncertain: isUncertain(gain, sources),
    });
  }
  const pulse = best('pulse-duration');
  if (pulse) {
    out.push({
      id: 'longest-pulse',
      value: pulse.value,
      unit: 'seconds',
      qualifier: pulse.qualifier ?? null,
      detail: pulse.device,
      date: pulse.date,
      sourceIds: pulse.sourceIds,
      uncertain: isUncertain(pulse, sources),
    });
  }
  const fia = [...doc.investment.fia].sort((a, b) => a.reportYear - b.reportYear).at(-1);
  if (fia) {
    out.push({
      id: 'private-investment',
      value: fia.cumulativeUsdBn,
      unit: 'usd-bn',
      qualifier: fia.cumulativeQualifier ?? null,
      detail: null,
      params: { year: fia.reportYear, companies: fia.companiesSurveyed ?? 0 },
      date: fia.released ?? String(fia.reportYear),
      sourceIds: fia.sourceIds,
      uncertain: isUncertain(fia, sources),
    });
  }
  return out;
}
