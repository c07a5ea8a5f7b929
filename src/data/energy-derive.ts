import type { LocalizedText } from './common-schema';
import type { EnergySection, PlantClass } from './energy-schema';
import { forecastHistory, type ForecastPoint } from './fusion-derive';
import type { FusionDocument } from './fusion-schema';
import { isoDateSpan } from './vocabulary';
import { isUncertain, sourcesById } from './sources-derive';
import type { StargateDocument } from './stargate-schema';

/*
 * The arithmetic of the /energy view, as plain functions: what-if sums for the calculator,
 * the series of the energy-gap chart, and the forecast-slip points. Nothing here rounds a
 * figure up or fills a gap; an input that would give NaN or Infinity becomes a named problem
 * the view turns into a sentence.
 */

/** Hours in a 365-day year: GW × h = GWh, so facility GW × 8,760 / 1,000 = TWh a year. */
export const hoursPerYear = 8760;

// ——— What-if ———

/** Bounds a reader can type; outside them the view explains instead of computing. */
export const whatIfLimits = {
  aiGw: { min: 0.001, max: 1000 },
  facilityPerIt: { min: 1, max: 3 },
  unitMw: { min: 0.001, max: 10000 },
  capacityFactorPct: { min: 0.1, max: 100 },
} as const;

export type WhatIfField = keyof typeof whatIfLimits;

/** The inputs in the order the calculator shows them (and names problems). */
export const whatIfFields = [
  'aiGw',
  'facilityPerIt',
  'unitMw',
  'capacityFactorPct',
] as const satisfies readonly WhatIfField[];

export type WhatIfInput = Record<WhatIfField, number>;

export type WhatIfProblem =
  | { field: WhatIfField; kind: 'not-a-number' }
  | { field: WhatIfField; kind: 'zero' }
  | { field: WhatIfField; kind: 'negative' }
  | { field: WhatIfField; kind: 'too-small'; min: number }
  | { field: WhatIfField; kind: 'too-large'; max: number };

export type WhatIfResult = {
  /** IT load × facility ratio: what the grid or the plants must supply, GW. */
  facilityGw: number;
  /** Energy if the campus draws its facility power all year, TWh. */
  annualTwh: number;
  /** One unit's yearly output at its capacity factor, TWh. */
  unitAnnualTwh: number;
  /** Units needed to supply the annual energy at the capacity factor, before rounding up. */
  plantsExact: number;
  /** Whole units: a fraction of a plant cannot be built. */
  plantsNeeded: number;
  /** Units needed just to match the load at nameplate, running flat out. */
  plantsAtNameplate: number;
  /** Facility GW in reactors of the data's yardstick size (1 GW, Ars Technica). */
  reactorsEquivalent: number;
  /**
   * The same load as the source article counts it: "10 GW … 원자력 발전소 7~10기" puts 10 GW at
   * 7 to 10 reactors, i.e. units of 1.0–1.4 GW, so the low end is 7 reactors per 10 GW.
   */
  reactorsArticleLow: number;
  /** Annual energy in average households' yearly use. */
  households: number;
};

/**
 * Parses a number the way a reader types it ("10", "1.3", "1,000", " 60 %"); an empty or
 * unreadable field gives NaN, which `checkWhatIf` names, so it never reaches the arithmetic.
 */
export function parseInputNumber(raw: string): number {
  const cleaned = raw.replace(/[\s,%]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** Every problem with the inputs, in field order; empty when the sums are safe to do. */
export function checkWhatIf(input: WhatIfInput): WhatIfProblem[] {
  const problems: WhatIfProblem[] = [];
  for (const field of whatIfFields) {
    const value = input[field];
    const { min, max } = whatIfLimits[field];
    if (!Number.isFinite(value)) problems.push({ field, kind: 'not-a-number' });
    else if (value === 0) problems.push({ field, kind: 'zero' });
    else if (value < 0) problems.push({ field, kind: 'negative' });
    else if (value < min) problems.push({ field, kind: 'too-small', min });
    else if (value > max) problems.push({ field, kind: 'too-large', max });
  }
  return problems;
}

/**
 * The what-if sums. The yardsticks come from the data (household use, reactor size); the
 * inputs have been checked, so every division is by a positive, finite number.
 *
 *   facility GW  = AI GW × facility-per-IT
 *   annual TWh   = facility GW × 8,760 h ÷ 1,000
 *   unit TWh     = unit MW ÷ 1,000 × capacity factor × 8,760 h ÷ 1,000
 *   plants       = ⌈annual TWh ÷ unit TWh⌉ (= ⌈facility MW ÷ (unit MW × CF)⌉)
 *   households   = annual TWh × 10⁹ kWh/TWh ÷ household kWh a year
 */
/** The source article's "10GW … 원자력 발전소 7~10기": 7 to 10 reactors for every 10 GW. */
export const articleReactorsPer10Gw = { low: 7, high: 10 } as const;

export function computeWhatIf(
  input: WhatIfInput,
  yardsticks: { householdKwhPerYear: number; reactorGw: number },
): { ok: true; result: WhatIfResult } | { ok: false; problems: WhatIfProblem[] } {
  const problems = checkWhatIf(input);
  if (yardsticks.householdKwhPerYear <= 0 || yardsticks.reactorGw <= 0) {
    // The schema already refuses these; guarded so a hand-built call cannot divide by zero.
    throw new RangeError('yardsticks must be positive');
  }
  if (problems.length > 0) return { ok: false, problems };
  const facilityGw = input.aiGw * input.facilityPerIt;
  const annualTwh = (facilityGw * hoursPerYear) / 1000;
  const unitAnnualTwh =
    (((input.unitMw / 1000) * input.capacityFactorPct) / 100) * (hoursPerYear / 1000);
  const plantsExact = annualTwh / unitAnnualTwh;
  return {
    ok: true,
    result: {
      facilityGw,
      annualTwh,
      unitAnnualTwh,
      plantsExact,
      plantsNeeded: wholeUnits(plantsExact),
      plantsAtNameplate: wholeUnits((facilityGw * 1000) / input.unitMw),
      reactorsEquivalent: facilityGw / yardsticks.reactorGw,
      reactorsArticleLow: (facilityGw * articleReactorsPer10Gw.low) / 10,
      households: (annualTwh * 1e9) / yardsticks.householdKwhPerYear,
    },
  };
}

/**
 * Rounds up to whole plants without letting float noise add one: 0.3 / 0.1 is
 * 2.9999999999999996 and 3e12 comes out as 3000000000000.0005. Nine significant digits
 * are far beyond any input's precision, so trimming to them first is safe at every scale.
 */
function wholeUnits(value: number): number {
  return Math.ceil(Number(value.toPrecision(9)));
}

/** The calculator's defaults: the 10 GW target, the data's facility ratio, the plant class's own size and capacity factor. */
export function whatIfDefaults(
  section: EnergySection,
  plant: PlantClass,
  targetGw: number,
): WhatIfInput {
  return {
    aiGw: targetGw,
    facilityPerIt: section.yardsticks.facilityPerIt.value,
    unitMw: plant.unitMw.value,
    capacityFactorPct: plant.capacityFactorPct.value,
  };
}

// ——— Energy gap ———

/** A date as a fractional year at the middle of the period it names ("2025-09" → 2025.7). */
export function yearOf(iso: string): number {
  const span = isoDateSpan(iso);
  return (span.start + span.end) / 2;
}

export type StepPoint = { year: number; gw: number };

export type DemandSeries = {
  /** Announced US programme totals, a step line that runs to the file's as-of date. */
  us: StepPoint[];
  /** The last US claim rests on secondary pages only (drawn dashed). */
  usLastUncertain: boolean;
  /** International Stargates, summed by announcement date (letters of intent included, cancelled sites not). */
  international: StepPoint[];
  internationalUncertain: boolean;
  target: { gw: number; byYear: number | null; label: LocalizedText } | null;
  observed: { id: string; year: number; gw: number; label: LocalizedText; uncertain: boolean }[];
  asOfYear: number;
  sourceIds: string[];
};

/** AI data-centre capacity over time from the Stargate file, shaped for the gap chart. */
export function demandSeries(doc: StargateDocument): DemandSeries {
  const sources = sourcesById(doc);
  const asOfYear = yearOf(doc.asOf);
  const claims = doc.capacityTimeline.announcements
    .filter((a) => a.capacityGw !== null)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const us = claims.map((a) => ({ year: yearOf(a.date), gw: a.capacityGw ?? 0 }));
  const lastUs = us.at(-1);
  if (lastUs && lastUs.year < asOfYear) us.push({ year: asOfYear, gw: lastUs.gw });

  const intl = doc.sites
    .filter(
      (s) => s.region === 'international' && s.capacityGw !== null && s.status !== 'cancelled',
    )
    .sort((a, b) => (a.announced < b.announced ? -1 : 1));
  const international: StepPoint[] = [];
  let sum = 0;
  for (const site of intl) {
    sum = Math.round((sum + (site.capacityGw ?? 0)) * 1000) / 1000;
    const year = yearOf(site.announced);
    const last = international.at(-1);
    if (last && last.year === year) last.gw = sum;
    else international.push({ year, gw: sum });
  }
  const lastIntl = international.at(-1);
  if (lastIntl && lastIntl.year < asOfYear) international.push({ year: asOfYear, gw: lastIntl.gw });

  const capacityTarget = doc.targets.find((t) => t.metric === 'capacity' && t.capacityGw !== null);
  const latestHorizon = capacityTarget?.horizons
    .map((h) => h.by)
    .sort()
    .at(-1);
  const observed = doc.capacityTimeline.observed.flatMap((o) =>
    o.date === null
      ? []
      : [
          {
            id: o.id,
            year: yearOf(o.date),
            gw: o.capacityGw,
            label: o.label,
            uncertain: isUncertain(o, sources),
          },
        ],
  );
  const lastClaim = claims.at(-1);
  return {
    us,
    usLastUncertain: lastClaim ? isUncertain(lastClaim, sources) : false,
    international,
    internationalUncertain: intl.some((s) =>
      isUncertain(
        { uncertain: s.uncertain, sourceIds: s.capacitySourceIds ?? s.sourceIds },
        sources,
      ),
    ),
    target:
      capacityTarget && capacityTarget.capacityGw !== null
        ? {
            gw: capacityTarget.capacityGw,
            byYear: latestHorizon ? isoDateSpan(latestHorizon).start : null,
            label: capacityTarget.label,
          }
        : null,
    observed,
    asOfYear,
    sourceIds: [
      ...new Set([
        ...claims.flatMap((a) => a.sourceIds),
        ...intl.flatMap((s) => s.capacitySourceIds ?? s.sourceIds),
        ...doc.capacityTimeline.observed.flatMap((o) => o.sourceIds),
        ...(capacityTarget?.sourceIds ?? []),
      ]),
    ],
  };
}

export type ScenarioLine = {
  id: string;
  name: LocalizedText;
  assumption: LocalizedText;
  /** Cumulative GW from each plant's date (middle of its window), drawn at the upper end of its output. */
  points: StepPoint[];
  steps: {
    id: string;
    label: LocalizedText;
    year: number;
    when: LocalizedText;
    gwLow: number;
    gwHigh: number;
  }[];
  uncertain: boolean;
  sourceIds: string[];
};

/** Each fusion scenario as a cumulative step line; runs to `endYear` so it reads against demand. */
export function scenarioLines(doc: FusionDocument, endYear: number): ScenarioLine[] {
  if (!doc.energy) return [];
  const sources = sourcesById(doc);
  return doc.energy.scenarios.map((scenario) => {
    const steps = scenario.steps
      .map((step) => ({
        id: step.id,
        label: step.label,
        year: (step.earliestYear + step.latestYear + 1) / 2,
        when: step.when,
        gwLow: step.outputMwLow / 1000,
        gwHigh: step.outputMwHigh / 1000,
      }))
      .sort((a, b) => a.year - b.year);
    const points: StepPoint[] = [];
    let total = 0;
    for (const step of steps) {
      total = Math.round((total + step.gwHigh) * 1e6) / 1e6;
      points.push({ year: step.year, gw: total });
    }
    const last = points.at(-1);
    if (last && last.year < endYear) points.push({ year: endYear, gw: last.gw });
    return {
      id: scenario.id,
      name: scenario.name,
      assumption: scenario.assumption,
      points,
      steps,
      uncertain: scenario.steps.some((s) => isUncertain(s, sources)),
      sourceIds: [...new Set(scenario.steps.flatMap((s) => s.sourceIds))],
    };
  });
}

export type BridgeItem = {
  id: string;
  siteId: string | null;
  title: LocalizedText;
  gw: number;
  /** The source's date, when it has one; undated items are listed, not placed on the time axis. */
  year: number | null;
  uncertain: boolean;
  sourceIds: string[];
};

/** On-site fossil supply bridging the gap today: every on-site-generation item with a MW figure. */
export function bridgingSupply(doc: StargateDocument, ids: readonly string[]): BridgeItem[] {
  const sources = sourcesById(doc);
  return ids.flatMap((id) => {
    const item = doc.power.find((p) => p.id === id);
    if (!item || item.value === null || (item.unit !== 'MW' && item.unit !== 'GW')) return [];
    const dates = item.sourceIds.flatMap((s) => {
      const d = sources.get(s)?.date;
      return d ? [d] : [];
    });
    const first = dates.sort()[0];
    return [
      {
        id: item.id,
        siteId: item.siteId,
        title: item.title,
        gw: item.unit === 'MW' ? item.value / 1000 : item.value,
        year: first ? yearOf(first) : null,
        uncertain: isUncertain(item, sources),
        sourceIds: item.sourceIds,
      },
    ];
  });
}

// ——— Forecast slip ———

export type SlipSeries = { milestoneId: string; points: ForecastPoint[] };

/**
 * The forecast history of each milestone, for the slip chart (x: when the forecast was made,
 * y: the date it promised). Undated plans are left out by forecastHistory: they cannot be placed.
 */
export function slipSeries(doc: FusionDocument, milestoneIds: readonly string[]): SlipSeries[] {
  return milestoneIds
    .map((milestoneId) => ({ milestoneId, points: forecastHistory(doc, milestoneId) }))
    .filter((s) => s.points.length > 0);
}

/** How many years the promised date moved per year of waiting, first forecast to last; null with fewer than two. */
export function slipRate(points: readonly ForecastPoint[]): number | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.statedYear === first.statedYear) return null;
  return (last.forecastYear - first.forecastYear) / (last.statedYear - first.statedYear);
}
