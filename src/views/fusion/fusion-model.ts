import type { LocalizedText } from '../../data/common-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import {
  roadmapRows,
  recordSeries,
  type RecordSeries,
  type RoadmapRow,
} from '../../data/fusion-derive';
import type {
  FusionDocument,
  FusionMetric,
  Phase,
  ProgrammeKind,
  TimePoint,
} from '../../data/fusion-schema';
import { timePointSpan } from '../../data/vocabulary';

/*
 * What the fusion view shows, shaped from the parsed document: the roadmap rows grouped
 * ITER → DEMO → pilot → commercial, the metric groups of the records chart and the
 * headline figures. Plain functions, so the choices (what counts as "best", which plan
 * was the previous one) are tested apart from the drawing.
 */

/** The order of the road: experiments, then DEMOs, pilots, commercial plants, companies. */
export const kindOrder: readonly ProgrammeKind[] = [
  'experiment',
  'demo',
  'pilot',
  'commercial',
  'developer',
];

/** The axis of the roadmap: from the ITER agreement era to past mid-century. */
export const roadmapDomain: [number, number] = [2005, 2060];

/** A date as a fractional year, for the "today" line. */
export function fractionalYear(date: Date): number {
  const y = date.getUTCFullYear();
  const from = Date.UTC(y, 0, 1);
  return y + (date.getTime() - from) / (Date.UTC(y + 1, 0, 1) - from);
}

export type Span = { start: number; end: number; shape: 'point' | 'span' | 'window' };

/** A milestone dated to a year or finer is a point; a phrase ("the 2030s") is a window. */
export function spanOf(point: TimePoint, type: Phase['type'], end?: TimePoint | null): Span {
  const s = timePointSpan(point);
  if (type === 'phase') {
    return { start: s.start, end: end ? timePointSpan(end).end : s.end, shape: 'span' };
  }
  return { ...s, shape: point.date === undefined && s.end - s.start > 1 ? 'window' : 'point' };
}

export type PlanMark = Span & {
  plan: LocalizedText;
  statedIn: string | null;
  label: LocalizedText | null;
};

export type RoadmapItem = RoadmapRow & {
  phase: Phase;
  current: Span | null;
  /** The phase is under way and has no end date: it runs on past today. */
  openEnded: boolean;
  /** Dates earlier plans gave, oldest first, leaving out any that match the current plan. */
  earlier: PlanMark[];
};

export type RoadmapGroup = {
  programmeId: string;
  name: LocalizedText;
  kind: ProgrammeKind;
  items: RoadmapItem[];
};

const middle = (s: { start: number; end: number }) => (s.start + s.end) / 2;

/** Roadmap rows grouped by programme, programmes in road order (file order within a kind). */
export function roadmapGroups(
  doc: FusionDocument,
  filters: { kind?: readonly string[]; programme?: readonly string[] },
  today: number,
): RoadmapGroup[] {
  const phases = new Map(doc.programmes.flatMap((p) => p.phases.map((ph) => [ph.id, ph] as const)));
  const groups = new Map<string, RoadmapGroup>();
  for (const row of roadmapRows(doc, filters)) {
    const phase = phases.get(row.phaseId);
    if (!phase) continue;
    const current = phase.start ? spanOf(phase.start, phase.type, phase.end) : null;
    const openEnded =
      phase.type === 'phase' && phase.end === null && phase.status === 'in-progress';
    if (current && openEnded) current.end = Math.max(current.end, today);
    const earlier = phase.forecasts.flatMap((f): PlanMark[] => {
      const span = spanOf(f.when, 'milestone');
      if (current && Math.abs(middle(span) - middle(current)) < 0.01 && phase.type === 'milestone')
        return [];
      return [{ ...span, plan: f.plan, statedIn: f.statedIn, label: f.when.label ?? null }];
    });
    const group = groups.get(row.programmeId) ?? {
      programmeId: row.programmeId,
      name: row.programmeName,
      kind: row.kind,
      items: [],
    };
    group.items.push({ ...row, phase, current, openEnded, earlier });
    groups.set(row.programmeId, group);
  }
  return [...groups.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

// ——— Records ———

export const metricGroups = ['gain', 'energy', 'power', 'duration', 'temperature'] as const;
export type MetricGroup = (typeof metricGroups)[number];

/** Which stored metrics each selector option shows; each metric stays its own series. */
export const metricsOfGroup: Record<MetricGroup, readonly FusionMetric[]> = {
  gain: ['q-physics', 'target-gain', 'facility-gain'],
  energy: ['fusion-energy'],
  power: ['fusion-power', 'net-electric-power'],
  duration: ['pulse-duration', 'h-mode-duration', 'temperature-hold', 'triple-product-duration'],
  temperature: ['ion-temperature'],
};

/** The record series (and their targets) of one selector option. */
export function seriesOfGroup(doc: FusionDocument, group: MetricGroup): RecordSeries[] {
  const wanted = metricsOfGroup[group];
  const all = recordSeries(doc);
  const withRecords = all.filter((s) => wanted.includes(s.metric));
  // Targets of a metric with no record yet (net electricity) still belong on the chart.
  const targetOnly = wanted
    .filter((m) => !withRecords.some((s) => s.metric === m))
    .flatMap((metric): RecordSeries[] => {
      const targets = doc.targets.filter((t) => t.metric === metric);
      const first = targets[0];
      if (!first) return [];
      return [
        {
          metric,
          unit: first.unit,
          points: [],
          targets: targets.map((t) => ({
            id: t.id,
            programmeId: t.programmeId,
            subject: t.subject,
            label: t.label,
            low: t.low,
            high: t.high,
            qualifier: t.qualifier ?? null,
            uncertain: t.uncertain ?? false,
            sourceIds: t.sourceIds,
          })),
        },
      ];
    });
  return [...withRecords, ...targetOnly];
}

/** Records that fall in no selector option (a field strength, first-plasma events), for a note. */
export function otherRecords(doc: FusionDocument) {
  const shown = new Set(metricGroups.flatMap((g) => metricsOfGroup[g]));
  return doc.records.filter((r) => !shown.has(r.metric));
}

// ——— Headline figures ———

/** `uncertain` by the same rule as the charts' marks: flagged, or backed by C sources only. */
type BestRecord = { value: number; device: LocalizedText; date: string | null; uncertain: boolean };

export type FusionHeadline = {
  iterDt: { current: string | null; previous: string | null };
  bestQ: BestRecord | null;
  bestTargetGain: BestRecord | null;
  longestPulse: BestRecord | null;
  investment: {
    cumulativeUsdBn: number;
    reportYear: number;
    companies: number | null;
    uncertain: boolean;
  } | null;
};

const yearText = (point: TimePoint | null | undefined): string | null =>
  point?.date ?? (point?.earliestYear !== undefined ? String(point.earliestYear) : null);

/**
 * The figures at the top of the page. "Best Q" is a measured magnetic-confinement Q:
 * an extrapolated "equivalent" value (JT-60U's Q ≈ 1) is not a measurement and does not
 * win; NIF's target gain is a different quantity and gets its own figure.
 */
export function headline(doc: FusionDocument): FusionHeadline {
  const sources = sourcesById(doc);
  const dt = doc.programmes.flatMap((p) => p.phases).find((ph) => ph.id === 'iter-dt-operation');
  const plans = dt?.forecasts ?? [];
  const currentYear = yearText(dt?.start);
  const previous = [...plans].reverse().find((f) => yearText(f.when) !== currentYear);

  const best = (metric: FusionMetric, accept: (q: string | undefined) => boolean) => {
    const candidates = doc.records.filter(
      (r): r is typeof r & { value: number } =>
        r.metric === metric && r.value !== null && accept(r.qualifier),
    );
    const top = candidates.reduce<(typeof candidates)[number] | null>(
      (acc, r) => (acc === null || r.value > acc.value ? r : acc),
      null,
    );
    return top
      ? {
          value: top.value,
          device: top.device,
          date: top.date,
          uncertain: isUncertain(top, sources),
        }
      : null;
  };

  const latest = [...doc.investment.fia].sort((a, b) => b.reportYear - a.reportYear)[0];
  return {
    iterDt: { current: currentYear, previous: previous ? yearText(previous.when) : null },
    bestQ: best('q-physics', (q) => q !== 'equivalent' && q !== 'simulated'),
    bestTargetGain: best('target-gain', (q) => q !== 'simulated'),
    longestPulse: best('pulse-duration', () => true),
    investment: latest
      ? {
          cumulativeUsdBn: latest.cumulativeUsdBn,
          reportYear: latest.reportYear,
          companies: latest.companiesSurveyed,
          uncertain: isUncertain(latest, sources),
        }
      : null,
  };
}
