import type { LocalizedText } from '../../data/common-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import type {
  CostShare,
  FusionDocument,
  FusionMetric,
  IterCost,
  OutlookItem,
  TimePoint,
} from '../../data/fusion-schema';

/*
 * What the /fusion page shows around its charts, shaped from the parsed document: the
 * headline figures and the sections' lists. Plain functions, so the choices (what counts as
 * "best", which plan was the previous one) are tested apart from the drawing. Each chart
 * card has its own model beside it (roadmap-model, records-model, investment-model).
 */

// ——— Headline figures ———

/** `uncertain` by the same rule as the charts' marks: flagged, or backed by C sources only. */
type BestRecord = { value: number; device: LocalizedText; date: string | null; uncertain: boolean };

export type FusionHeadline = {
  /** ITER's Q goal, with its power and pulse goals beside it. */
  iterGoal: { label: LocalizedText; meta: LocalizedText[] } | null;
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

  const target = (id: string) => doc.targets.find((x) => x.id === id);
  const q = target('iter-q');
  const meta = [target('iter-fusion-power'), target('iter-pulse')].flatMap((x) =>
    x ? [x.label] : [],
  );
  const latest = [...doc.investment.fia].sort((a, b) => b.reportYear - a.reportYear)[0];
  return {
    iterGoal: q ? { label: q.label, meta } : null,
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

// ——— Sections ———

/**
 * ITER's cost figures: ITER's own series and its reviewers', and the estimates to show apart.
 * ITER has no official total and most contributions are in kind, so estimators count
 * differently: DOE's $65 bn is a separate estimate, never a step in ITER's own series.
 */
export function iterCostGroups(doc: FusionDocument): { own: IterCost[]; separate: IterCost[] } {
  return {
    own: doc.iterCosts.filter((c) => c.estimator !== 'us-doe'),
    separate: doc.iterCosts.filter((c) => c.estimator === 'us-doe'),
  };
}

/** The members' cost shares as bars scaled to the largest share, Korea's marked. */
export function costShareBars(
  doc: FusionDocument,
): (CostShare & { widthPercent: number; highlight: boolean })[] {
  const shares = doc.iter.costShares.shares;
  const max = Math.max(...shares.map((s) => s.sharePercent));
  return shares.map((s) => ({
    ...s,
    widthPercent: (s.sharePercent / max) * 100,
    highlight: s.id === 'share-korea',
  }));
}

/** Grid-power claims, earliest claimed date first; an undated claim goes last. */
export function outlookByDate(doc: FusionDocument): OutlookItem[] {
  const start = (p: OutlookItem) =>
    p.when?.date
      ? Number(p.when.date.slice(0, 4))
      : (p.when?.earliestYear ?? Number.POSITIVE_INFINITY);
  return [...doc.outlook].sort((a, b) => start(a) - start(b));
}
