import { z } from 'zod';
import {
  checkRange,
  documentHeader,
  id,
  isoDate,
  localizedText,
  notAfterAsOf,
  plausible,
  ranges,
  report,
  sourceIds,
  withDocumentRules,
  year,
  type Issue,
  type PlausibleRange,
} from './common-schema';
import { energyProgrammeIssues, energySection } from './energy-schema';
import {
  fusionMetrics,
  isoDateSpan,
  metricUnits,
  programmeKinds,
  timePointSpan,
  unitOfMetric,
} from './vocabulary';

export { isoDateSpan, timePointSpan, unitOfMetric };

/*
 * The fusion data file: the road from ITER through DEMO to compact and commercial plants,
 * the gain and long-pulse records, the targets they are measured against, the challenges
 * and the money. Every figure names its sources.
 *
 * Two conventions run through the file:
 * - A gap is `null` plus a note saying what is missing, never 0 and never a guess.
 * - A source that gives only a phrase ("early 2030s", "mid-century") is stored as a year
 *   window with the phrase as its label, never as a made-up exact date. Windows used:
 *   "early Xs" = X0–X3, "mid Xs" = X4–X6, "late Xs" = X7–X9, "the Xs" = X0–X9,
 *   "mid-century" = 2045–2055.
 */

const flag = z.boolean().optional();

// ——— Plausible ranges ———

/*
 * How large a fusion figure can plausibly be (see PlausibleRange in common-schema.ts). Each
 * bound is ten times or more the largest value of its kind in the sources, named in `why`,
 * which is printed with a value that falls outside.
 */

/** A pulse or hold, in seconds: the longest in the data is 1,800 s; a year is 31,536,000 s. */
const secondsRange: PlausibleRange = {
  min: 0,
  max: 31_536_000,
  unit: 's',
  why: 'the longest time in the data is 1,800 s; the bound is one year',
};

/** Power of a device or plant: plant targets reach 1,000 MW; 100,000 MW is a hundred times that. */
const powerMwRange: PlausibleRange = {
  min: 0,
  max: 100_000,
  unit: 'MW',
  why: 'the largest power in the data is a 1,000 MW plant target',
};

/**
 * Energy of a shot or pulse: JET's 69 MJ (2023) is the record; ITER's goal, 500 MW for about
 * 400 s, is 200,000 MJ. Ten million MJ leaves room for longer pulses.
 */
const energyMjRange: PlausibleRange = {
  min: 0,
  max: 10_000_000,
  unit: 'MJ',
  why: "JET's record is 69 MJ; ITER's 500 MW for 400 s is 200,000 MJ",
};

/** Plasma ion temperature: the records hold about 100 million °C. */
const ionTemperatureRange: PlausibleRange = {
  min: 0,
  max: 10_000,
  unit: 'million °C',
  why: 'the records hold about 100 million °C',
};

/** Energy a pulse injected or turned over, in GJ: the largest in the data is 2.6 GJ. */
const energyGjRange: PlausibleRange = {
  min: 0,
  max: 10_000,
  unit: 'GJ',
  why: 'the largest pulse energy in the data is 2.6 GJ',
};

/** The range of each metric, in the unit `unitOfMetric` stores it in; first plasma has no value. */
const metricRanges: Record<FusionMetric, PlausibleRange | null> = {
  /** Records in the data reach about 1 (JET, JT-60); the highest target is 50. */
  'q-physics': {
    min: 0,
    max: 1000,
    unit: '',
    why: 'records reach about Q 1; the highest target is 50',
  },
  /** NIF's record target gain is 4.13; the highest target is 11.5. */
  'target-gain': {
    min: 0,
    max: 1000,
    unit: '',
    why: "NIF's record is 4.13; the highest target is 11.5",
  },
  /** Counting the whole facility's consumption, NIF's gain is about 0.01. */
  'facility-gain': { min: 0, max: 1000, unit: '', why: "NIF's facility gain is about 0.01" },
  'fusion-power': powerMwRange,
  'fusion-energy': energyMjRange,
  /** ITER's 50 MW of heating is the largest. */
  'heating-power': {
    min: 0,
    max: 10_000,
    unit: 'MW',
    why: "ITER's 50 MW of heating is the largest",
  },
  'net-electric-power': powerMwRange,
  'pulse-duration': secondsRange,
  'h-mode-duration': secondsRange,
  'temperature-hold': secondsRange,
  'triple-product-duration': secondsRange,
  'ion-temperature': ionTemperatureRange,
  /** The strongest field in the data is 20 T. */
  'magnetic-field': {
    min: 0,
    max: 1000,
    unit: 'T',
    why: 'the strongest field in the data is 20 T',
  },
  'first-plasma': null,
};

/** Plant-sized power (a programme's target output, a scenario step, a plant class). */
const powerMw = plausible(powerMwRange);
const energyMj = plausible(energyMjRange);
const usdBn = plausible(ranges.usdBn);
const usdM = plausible(ranges.usdM);
const count = plausible(ranges.count).int('expected a whole number');

/** Korean budgets in billions of won: the largest in the data is ₩1,500 bn (1.5조 원). */
const krwBn = plausible({
  min: 0,
  max: 1_000_000,
  unit: 'KRW bn',
  why: 'the largest Korean budget in the data is ₩1,500 bn (1.5조 원)',
});

/** ITER's cost estimates in billions of euros or dollars: the largest is the US DOE's $65B. */
const costBn = plausible({
  min: 0,
  max: 10_000,
  unit: 'bn (EUR or US$)',
  why: "the largest ITER estimate in the data is the US DOE's $65B",
});

// ——— Dates on a numeric axis ———

// ——— Shared pieces ———

/** How a stated figure is bounded or how firm it is ("≥ 500 MW", "about 400 s", "estimated 5.2 MJ"). */
export const valueQualifier = z.enum([
  'about',
  'at-least',
  'more-than',
  'less-than',
  'up-to',
  'estimated',
  'equivalent',
  'simulated',
]);
export type ValueQualifier = z.infer<typeof valueQualifier>;

/**
 * When something happened or is planned: an ISO date at the source's precision, or, where
 * the source only gives a phrase, a year window with that phrase as its label.
 */
export const timePoint = z
  .strictObject({
    date: isoDate.optional(),
    earliestYear: year.optional(),
    latestYear: year.optional(),
    /** What the source said, e.g. "early 2030s", "by 2027", "about 2035 (unchanged)". */
    label: localizedText.optional(),
  })
  .superRefine((point, ctx) => {
    const hasWindow = point.earliestYear !== undefined || point.latestYear !== undefined;
    if (point.date !== undefined && hasWindow) {
      report(ctx, {
        path: ['earliestYear'],
        message: 'give either a date or a year window, not both',
      });
    } else if (point.date === undefined) {
      if (point.earliestYear === undefined)
        report(ctx, { path: ['earliestYear'], message: 'expected a date or a year window' });
      if (point.latestYear === undefined)
        report(ctx, { path: ['latestYear'], message: 'expected a date or a year window' });
      if (
        point.earliestYear !== undefined &&
        point.latestYear !== undefined &&
        point.earliestYear > point.latestYear
      ) {
        report(ctx, { path: ['latestYear'], message: 'latestYear is before earliestYear' });
      }
      if (hasWindow && point.label === undefined) {
        report(ctx, {
          path: ['label'],
          message: 'a year window needs a label saying what the source said',
        });
      }
    }
  });
export type TimePoint = z.infer<typeof timePoint>;

/** A stated figure or range; a single figure has low = high, and `qualifier` says how it is bounded. */
function valueRangeOf(bounds: z.ZodNumber) {
  return z
    .strictObject({ low: bounds, high: bounds, qualifier: valueQualifier.optional() })
    .superRefine((range, ctx) => {
      if (range.low > range.high) report(ctx, { path: ['high'], message: 'high is below low' });
    });
}
export type ValueRange = z.infer<ReturnType<typeof valueRangeOf>>;

/** A value or date another source gives for the same fact: conflicts are kept, not resolved. */
export const alternativeValue = z
  .strictObject({
    /** Checked against the range of the figure it is an alternative to, by its parent. */
    value: z.number().optional(),
    qualifier: valueQualifier.optional(),
    date: isoDate.optional(),
    note: localizedText,
    sourceIds,
  })
  .superRefine((alt, ctx) => {
    if (alt.value === undefined && alt.date === undefined) {
      report(ctx, { path: ['value'], message: 'an alternative needs a value or a date' });
    }
  });
export type AlternativeValue = z.infer<typeof alternativeValue>;

// ——— Programmes, phases and the history of their planned dates ———

/** ITER → DEMO → pilot → commercial; `developer` is a company with no plant named in the sources. */
export const programmeKind = z.enum(programmeKinds);
export type ProgrammeKind = z.infer<typeof programmeKind>;

export const fusionConcept = z.enum([
  'tokamak',
  'spherical-tokamak',
  'stellarator',
  'laser',
  'other',
  'undisclosed',
]);
export type FusionConcept = z.infer<typeof fusionConcept>;

export const sector = z.enum(['public', 'private']);
export type Sector = z.infer<typeof sector>;

export const phaseStatus = z.enum(['done', 'in-progress', 'planned', 'superseded']);
export type PhaseStatus = z.infer<typeof phaseStatus>;

/** A phase spans time (start–end); a milestone is a point (end is always null). */
export const phaseType = z.enum(['phase', 'milestone']);
export type PhaseType = z.infer<typeof phaseType>;

/**
 * One plan's date for a milestone (or a phase's start). The list of them is the slip: when
 * the plan was made (`statedIn`) against what it promised (`when`).
 */
export const forecast = z
  .strictObject({
    /** Which plan, e.g. "2016 baseline". */
    plan: localizedText,
    /** When the forecast was made; null where the sources do not say (then `note` says so). */
    statedIn: isoDate.nullable(),
    statedInInferred: flag,
    when: timePoint,
    note: localizedText.optional(),
    sourceIds,
    uncertain: flag,
  })
  .superRefine((f, ctx) => {
    if (f.statedIn === null && f.note === undefined) {
      report(ctx, {
        path: ['note'],
        message: 'a forecast without statedIn needs a note saying why',
      });
    }
  });
export type Forecast = z.infer<typeof forecast>;

export const phase = z
  .strictObject({
    id,
    name: localizedText,
    type: phaseType,
    status: phaseStatus,
    /** Current plan or actual date; for a superseded milestone, the last date planned for it. */
    start: timePoint.nullable(),
    end: timePoint.nullable(),
    /** Oldest plan first. Forecasts are about `start` (a milestone's date, a phase's beginning). */
    forecasts: z.array(forecast),
    note: localizedText.optional(),
    sourceIds,
    uncertain: flag,
  })
  .superRefine((p, ctx) => {
    if (p.type === 'milestone' && p.end !== null) {
      report(ctx, { path: ['end'], message: 'a milestone has no end (use type "phase")' });
    }
    if (p.start === null && p.note === undefined) {
      report(ctx, {
        path: ['start'],
        message: 'a missing date needs a note saying what is missing',
      });
    }
    if (p.start && p.end && timePointSpan(p.start).start >= timePointSpan(p.end).end) {
      report(ctx, { path: ['end'], message: 'the phase ends before it starts' });
    }
    let previous = Number.NEGATIVE_INFINITY;
    p.forecasts.forEach((f, index) => {
      if (f.statedIn === null) return;
      const stated = isoDateSpan(f.statedIn).start;
      if (stated < previous) {
        report(ctx, {
          path: ['forecasts', index, 'statedIn'],
          message: 'forecasts must be listed oldest first',
        });
      }
      previous = Math.max(previous, stated);
    });
  });
export type Phase = z.infer<typeof phase>;

/** What a programme is meant to deliver; null figures where the sources give none. */
export const targetOutput = z.strictObject({
  netElectricMw: valueRangeOf(powerMw).nullable(),
  fusionPowerMw: valueRangeOf(powerMw).nullable(),
  /** The figure as a reader should see it, e.g. "300–500 MW net electricity". */
  label: localizedText,
  sourceIds,
  uncertain: flag,
});
export type TargetOutput = z.infer<typeof targetOutput>;

export const programme = z.strictObject({
  id,
  name: localizedText,
  country: localizedText,
  owner: localizedText,
  site: localizedText.nullable(),
  kind: programmeKind,
  concept: fusionConcept,
  conceptNote: localizedText.optional(),
  sector,
  targetOutput,
  /** Where it stands according to the newest source. */
  status: localizedText,
  sourceIds,
  uncertain: flag,
  phases: z.array(phase).min(1),
});
export type Programme = z.infer<typeof programme>;

// ——— ITER cost history ———

export const costKind = z.enum(['total', 'increase']);
export type CostKind = z.infer<typeof costKind>;

/** Who put the number out: DOE's estimate is a different estimate, not a later growth of ITER's. */
export const costEstimator = z.enum(['iter', 'us-doe', 'independent-review', 'reported']);
export type CostEstimator = z.infer<typeof costEstimator>;

export const iterCost = z.strictObject({
  id,
  statedIn: isoDate,
  statedInInferred: flag,
  kind: costKind,
  estimator: costEstimator,
  amountBn: valueRangeOf(costBn),
  currency: z.enum(['EUR', 'USD']),
  /** A dollar figure the same source gives beside a euro one. */
  usdEquivalentBn: costBn.optional(),
  /** What the figure covers, e.g. "construction to first plasma". */
  scope: localizedText,
  note: localizedText.optional(),
  sourceIds,
  uncertain: flag,
});
export type IterCost = z.infer<typeof iterCost>;

// ——— Records and targets ———

/**
 * What a record or target measures. Magnetic-confinement Q (`q-physics`: fusion power over
 * heating power) and NIF's `target-gain` (fusion energy over laser energy on target) are
 * different quantities and are never plotted as one series; neither counts the facility's
 * own consumption, which `facility-gain` does.
 */
export const fusionMetric = z.enum(fusionMetrics);
export type FusionMetric = z.infer<typeof fusionMetric>;

export const metricUnit = z.enum(metricUnits);
export type MetricUnit = z.infer<typeof metricUnit>;

/** A value of `metric` against that metric's range; negative values too. */
const checkMetric = (
  ctx: z.RefinementCtx,
  metric: FusionMetric,
  path: PropertyKey[],
  value: number | null | undefined,
) => {
  const range = metricRanges[metric];
  if (range) checkRange(ctx, path, value, range);
  else if (value !== null && value !== undefined && value < 0)
    report(ctx, { path, message: 'expected a number ≥ 0' });
};

const checkUnit = (metric: FusionMetric, unit: MetricUnit | null, ctx: z.RefinementCtx) => {
  const expected = unitOfMetric[metric];
  if (unit !== expected) {
    report(ctx, {
      path: ['unit'],
      message: `metric "${metric}" is stored in ${expected === null ? 'no unit (null)' : `"${expected}"`}`,
    });
  }
};

export const fusionRecord = z
  .strictObject({
    id,
    /** Row id in the research notes the figure was traced from (Q1–Q11, P1–P18). */
    ref: z.string().min(1),
    device: localizedText,
    programmeId: id.nullable(),
    /** When it was achieved; null where the sources give no date (then `dateNote` says what they do give). */
    date: isoDate.nullable(),
    dateNote: localizedText.optional(),
    metric: fusionMetric,
    /** Null only for `first-plasma`, an event rather than a quantity. */
    /** Checked against the range of its metric (metricRanges). */
    value: z.number().nullable(),
    unit: metricUnit.nullable(),
    qualifier: valueQualifier.optional(),
    inputEnergyMj: energyMj.nullable().optional(),
    inputPowerMw: powerMw.nullable().optional(),
    fusionEnergyMj: energyMj.optional(),
    fusionPowerMw: powerMw.optional(),
    durationS: plausible(secondsRange).optional(),
    ionTemperatureMillionC: plausible(ionTemperatureRange).optional(),
    /** Energy injected or turned over in the pulse, as the source names it (see `note`). */
    energyGj: plausible(energyGjRange).optional(),
    /** True where the value was calculated here from sourced inputs; `derivation` shows how. */
    derived: flag,
    derivation: localizedText.optional(),
    alternativeValues: z.array(alternativeValue).optional(),
    description: localizedText,
    note: localizedText.optional(),
    sourceIds,
    uncertain: flag,
  })
  .superRefine((r, ctx) => {
    checkUnit(r.metric, r.unit, ctx);
    checkMetric(ctx, r.metric, ['value'], r.value);
    r.alternativeValues?.forEach((alt, i) =>
      checkMetric(ctx, r.metric, ['alternativeValues', i, 'value'], alt.value),
    );
    if ((r.value === null) !== (r.metric === 'first-plasma')) {
      report(ctx, {
        path: ['value'],
        message:
          r.value === null
            ? 'expected a number (only first-plasma events have no value)'
            : 'a first-plasma event has no value (null)',
      });
    }
    if (r.derived && r.derivation === undefined)
      report(ctx, { path: ['derivation'], message: 'a derived value must show its calculation' });
    if (r.date === null && r.dateNote === undefined)
      report(ctx, { path: ['dateNote'], message: 'a missing date needs a note' });
    if (r.inputEnergyMj === null && r.note === undefined)
      report(ctx, { path: ['note'], message: 'a missing input needs a note' });
  });
export type FusionRecord = z.infer<typeof fusionRecord>;

/** A goal or requirement, drawn as a reference line against the records of the same metric. */
export const fusionTarget = z
  .strictObject({
    id,
    ref: z.string().min(1),
    /** The programme it belongs to; null for a general requirement (e.g. a power plant's Q). */
    programmeId: id.nullable(),
    subject: localizedText,
    metric: fusionMetric,
    /** low and high are checked against the range of their metric (metricRanges). */
    low: z.number(),
    high: z.number(),
    qualifier: valueQualifier.optional(),
    unit: metricUnit,
    /** The target as a reader should see it, e.g. "Q ≥ 10". */
    label: localizedText,
    when: timePoint.nullable(),
    derived: flag,
    derivation: localizedText.optional(),
    alternativeValues: z.array(alternativeValue).optional(),
    note: localizedText.optional(),
    sourceIds,
    uncertain: flag,
  })
  .superRefine((t, ctx) => {
    checkUnit(t.metric, t.unit, ctx);
    checkMetric(ctx, t.metric, ['low'], t.low);
    checkMetric(ctx, t.metric, ['high'], t.high);
    t.alternativeValues?.forEach((alt, i) =>
      checkMetric(ctx, t.metric, ['alternativeValues', i, 'value'], alt.value),
    );
    if (t.low > t.high) report(ctx, { path: ['high'], message: 'high is below low' });
    if (t.derived && t.derivation === undefined)
      report(ctx, { path: ['derivation'], message: 'a derived value must show its calculation' });
  });
export type FusionTarget = z.infer<typeof fusionTarget>;

// ——— Challenges ———

export const markerUnit = z.enum([
  'ratio',
  'kg',
  'kg-per-year-per-gwe',
  'g-per-year',
  'usd-per-g',
  'years',
  'mev',
  'dpa',
  'mw-year-per-m2',
  'neutrons-per-m2-s',
  'celsius',
  'kelvin',
  'tesla',
  'mj',
  'usd-bn',
  'usd-m',
  'seconds',
  'percent',
  'one-in',
]);
export type MarkerUnit = z.infer<typeof markerUnit>;

/** The range of a challenge marker, by its unit: far above the largest of each in the data. */
const markerRanges: Record<MarkerUnit, PlausibleRange> = {
  ratio: { min: 0, max: 10_000, unit: '', why: 'the largest ratio in the data is 50' },
  kg: {
    min: 0,
    max: 1_000_000,
    unit: 'kg',
    why: 'the largest mass in the data is 30 kg of tritium',
  },
  'kg-per-year-per-gwe': {
    min: 0,
    max: 10_000,
    unit: 'kg a year per GWe',
    why: 'the data has 55 kg a year per GWe',
  },
  'g-per-year': { min: 0, max: 1e9, unit: 'g a year', why: 'the data has 100 g a year' },
  'usd-per-g': { min: 0, max: 1e9, unit: 'US$ per g', why: 'the data has up to $30,000 a gram' },
  years: { min: 0, max: 10_000, unit: 'years', why: "the data has tritium's 12.3-year half-life" },
  mev: { min: 0, max: 10_000, unit: 'MeV', why: 'the largest energy in the data is 17.6 MeV' },
  dpa: { min: 0, max: 10_000, unit: 'dpa', why: 'the data has 20 dpa' },
  'mw-year-per-m2': { min: 0, max: 1000, unit: 'MW·yr/m²', why: 'the data has up to 5 MW·yr/m²' },
  'neutrons-per-m2-s': {
    min: 0,
    max: 1e25,
    unit: 'neutrons/m²/s',
    why: 'the data has 1e18 neutrons/m²/s',
  },
  /** Blanket steels run at 290–650 °C; a plasma runs at about 100 million °C. */
  celsius: { min: 0, max: 1e10, unit: '°C', why: 'the data has 290–650 °C for blanket steels' },
  kelvin: { min: 0, max: 1e10, unit: 'K', why: 'the data has 20 K for superconducting magnets' },
  tesla: { min: 0, max: 1000, unit: 'T', why: 'the strongest field in the data is 20 T' },
  mj: energyMjRange,
  seconds: secondsRange,
  'usd-bn': ranges.usdBn,
  'usd-m': ranges.usdM,
  percent: ranges.percent,
  /** Deuterium: about one in 5,000–6,500 hydrogen atoms. */
  'one-in': { min: 0, max: 1e9, unit: '', why: 'the data has one in 5,000–6,500' },
};

/** A number (or date) that shows how hard a challenge is. */
export const challengeMarker = z
  .strictObject({
    id,
    label: localizedText,
    /** Null for a marker that is a date or a statement rather than a quantity. */
    /** low and high are checked against the range of their unit (markerRanges). */
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: valueQualifier.optional(),
    unit: markerUnit.nullable(),
    date: isoDate.optional(),
    /** The marker as a reader should see it, e.g. "20–30 kg (2026)". */
    valueLabel: localizedText,
    derived: flag,
    derivation: localizedText.optional(),
    note: localizedText.optional(),
    sourceIds,
    uncertain: flag,
  })
  .superRefine((m, ctx) => {
    if (m.unit !== null) {
      checkRange(ctx, ['low'], m.low, markerRanges[m.unit]);
      checkRange(ctx, ['high'], m.high, markerRanges[m.unit]);
    }
    if ((m.low === null) !== (m.high === null))
      report(ctx, { path: ['high'], message: 'give both low and high, or neither' });
    if (m.low !== null && m.high !== null && m.low > m.high)
      report(ctx, { path: ['high'], message: 'high is below low' });
    if ((m.low === null) !== (m.unit === null))
      report(ctx, { path: ['unit'], message: 'a quantity needs a unit, and only a quantity' });
    if (m.derived && m.derivation === undefined)
      report(ctx, { path: ['derivation'], message: 'a derived value must show its calculation' });
  });
export type ChallengeMarker = z.infer<typeof challengeMarker>;

export const challenge = z.strictObject({
  id,
  title: localizedText,
  summary: localizedText,
  markers: z.array(challengeMarker).min(1),
  /** What the sources do not give; shown as a gap, not filled in. */
  gaps: z.array(localizedText),
});
export type Challenge = z.infer<typeof challenge>;

// ——— Money ———

/** One Fusion Industry Association annual survey: self-reported, public grants to companies included. */
export const fiaReport = z
  .strictObject({
    id,
    reportYear: year,
    released: isoDate.nullable(),
    releasedInferred: flag,
    cumulativeUsdBn: usdBn,
    cumulativeQualifier: valueQualifier.optional(),
    /** New money in the ~12 months before the report; null where the report gives none. */
    newUsdBn: usdBn.nullable(),
    newQualifier: valueQualifier.optional(),
    companiesSurveyed: count.nullable(),
    companiesNote: localizedText.optional(),
    publicFundingUsdM: usdM.nullable(),
    alternativeValues: z.array(alternativeValue).optional(),
    note: localizedText,
    sourceIds,
    uncertain: flag,
  })
  .superRefine((report, ctx) =>
    report.alternativeValues?.forEach((alt, i) =>
      checkRange(ctx, ['alternativeValues', i, 'value'], alt.value, ranges.usdBn),
    ),
  );
export type FiaReport = z.infer<typeof fiaReport>;

export const koreaBudget = z.strictObject({
  id,
  label: localizedText,
  amountKrwBn: krwBn,
  /** The budget year, where the figure is one year's budget. */
  budgetYear: year.nullable(),
  previousAmountKrwBn: krwBn.optional(),
  announced: isoDate.nullable(),
  announcedInferred: flag,
  note: localizedText.optional(),
  sourceIds,
  uncertain: flag,
});
export type KoreaBudget = z.infer<typeof koreaBudget>;

export const publicProgramme = z.strictObject({
  id,
  name: localizedText,
  amountUsdM: usdM,
  recipients: count.nullable(),
  note: localizedText,
  sourceIds,
  uncertain: flag,
});
export type PublicProgramme = z.infer<typeof publicProgramme>;

export const investment = z.strictObject({
  fia: z.array(fiaReport).min(1),
  korea: z.array(koreaBudget),
  publicProgrammes: z.array(publicProgramme),
});
export type Investment = z.infer<typeof investment>;

// ——— ITER card, outlook, conflicts ———

export const fact = z.strictObject({
  id,
  label: localizedText,
  value: localizedText,
  sourceIds,
  uncertain: flag,
});
export type Fact = z.infer<typeof fact>;

export const costShare = z.strictObject({
  id,
  member: localizedText,
  sharePercent: plausible(ranges.percent),
});
export type CostShare = z.infer<typeof costShare>;

export const costShares = z.strictObject({
  shares: z.array(costShare),
  note: localizedText,
  sourceIds,
});
export type CostShares = z.infer<typeof costShares>;

export const iterCard = z.strictObject({
  facts: z.array(fact).min(1),
  /** Korea's part in ITER, for the Korean audience. */
  korea: z.array(fact),
  costShares,
});
export type IterCard = z.infer<typeof iterCard>;

/** When fusion power is expected on the grid, by whom: the seed's "around 2050" against "late 2030s". */
export const outlookItem = z.strictObject({
  id,
  who: localizedText,
  claim: localizedText,
  when: timePoint.nullable(),
  statedIn: isoDate.nullable(),
  statedInInferred: flag,
  note: localizedText.optional(),
  sourceIds,
  uncertain: flag,
});
export type OutlookItem = z.infer<typeof outlookItem>;

export const conflict = z.strictObject({
  id,
  topic: localizedText,
  summary: localizedText,
  /** Ids of the programmes, phases, records, targets, costs, markers or reports it concerns. */
  relatedIds: z.array(id),
  sourceIds,
});
export type Conflict = z.infer<typeof conflict>;

// ——— The document ———

const fusionShape = z.strictObject({
  ...documentHeader,
  programmes: z.array(programme).min(1),
  iterCosts: z.array(iterCost),
  records: z.array(fusionRecord),
  targets: z.array(fusionTarget),
  challenges: z.array(challenge),
  investment,
  iter: iterCard,
  outlook: z.array(outlookItem),
  conflicts: z.array(conflict),
  /** Constants for the /energy view (plant classes, yardsticks, scenarios); see energy-schema.ts. */
  energy: energySection.optional(),
});

type FusionShape = z.infer<typeof fusionShape>;

/** Rules that need more than one field of the document. */
function fusionRuleIssues(doc: FusionShape): Issue[] {
  const issues: Issue[] = [];
  const checkDate = notAfterAsOf(doc.asOf, issues);

  const programmeIds = new Set(doc.programmes.map((p) => p.id));
  const phaseIds = new Map<string, string>();
  doc.programmes.forEach((p, i) =>
    p.phases.forEach((ph, j) => {
      // Phase ids are looked up document-wide (forecast history, conflicts), so they must be unique across programmes.
      const owner = phaseIds.get(ph.id);
      if (owner !== undefined && owner !== p.id) {
        issues.push({
          path: ['programmes', i, 'phases', j, 'id'],
          message: `duplicate phase id "${ph.id}" (also in "${owner}")`,
        });
      } else phaseIds.set(ph.id, p.id);
      ph.forecasts.forEach((f, k) =>
        checkDate(
          ['programmes', i, 'phases', j, 'forecasts', k, 'statedIn'],
          f.statedIn,
          'the forecast date',
        ),
      );
    }),
  );

  doc.records.forEach((r, i) => {
    checkDate(['records', i, 'date'], r.date, 'the record date');
    if (r.programmeId !== null && !programmeIds.has(r.programmeId)) {
      issues.push({
        path: ['records', i, 'programmeId'],
        message: `unknown programme id "${r.programmeId}"`,
      });
    }
  });
  doc.targets.forEach((t, i) => {
    if (t.programmeId !== null && !programmeIds.has(t.programmeId)) {
      issues.push({
        path: ['targets', i, 'programmeId'],
        message: `unknown programme id "${t.programmeId}"`,
      });
    }
  });
  doc.iterCosts.forEach((c, i) =>
    checkDate(['iterCosts', i, 'statedIn'], c.statedIn, 'the estimate date'),
  );
  doc.outlook.forEach((o, i) =>
    checkDate(['outlook', i, 'statedIn'], o.statedIn, 'the statement date'),
  );

  const known = new Set<string>([
    ...programmeIds,
    ...phaseIds.keys(),
    ...doc.iterCosts.map((c) => c.id),
    ...doc.records.map((r) => r.id),
    ...doc.targets.map((t) => t.id),
    ...doc.challenges.flatMap((c) => [c.id, ...c.markers.map((m) => m.id)]),
    ...doc.investment.fia.map((f) => f.id),
    ...doc.investment.korea.map((k) => k.id),
    ...doc.iter.facts.map((f) => f.id),
    ...doc.iter.korea.map((f) => f.id),
    ...doc.outlook.map((o) => o.id),
  ]);
  doc.conflicts.forEach((c, i) =>
    c.relatedIds.forEach((related, j) => {
      if (!known.has(related))
        issues.push({
          path: ['conflicts', i, 'relatedIds', j],
          message: `unknown id "${related}"`,
        });
    }),
  );
  if (doc.energy) issues.push(...energyProgrammeIssues(doc.energy, programmeIds));
  return issues;
}

export const fusionDocument = withDocumentRules(fusionShape, fusionRuleIssues);
export type FusionDocument = z.infer<typeof fusionDocument>;
