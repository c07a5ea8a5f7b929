import { z } from 'zod';
import {
  id,
  localizedText,
  plausible,
  ranges,
  report,
  sourceIds,
  year,
  type Issue,
  type PlausibleRange,
} from './common-schema';

/*
 * The `energy` section of fusion.json: the constants the /energy view needs that are not
 * facts about one programme — plant classes for the what-if (unit size, capacity factor),
 * the yardsticks that turn GW into TWh, reactors and households, and the fusion delivery
 * scenarios drawn against AI demand. Every number names its sources; where a number is
 * borrowed from a different plant (no source gives ARC's availability), `note` says so.
 *
 * Optional in the document, so a fusion.json written before this section still loads;
 * the energy view then says the section is missing instead of inventing defaults.
 */

/*
 * Plausible ranges (see PlausibleRange in common-schema.ts): each admits the value the file
 * uses with room for any other sourced estimate, and `why` is printed with a value outside.
 */

/**
 * A plant's or a step's output: the largest in the data is a 1,000 MW unit; the what-if
 * calculator (whatIfLimits in energy-derive.ts) takes up to 10,000 MW, so a default above that
 * would be refused there.
 */
const plantMw: PlausibleRange = {
  min: 0,
  max: 10_000,
  unit: 'MW',
  why: 'the largest unit in the data is 1,000 MW; the what-if calculator takes up to 10,000 MW',
};

/** A sourced constant whose value lies in `range`: the value, how a reader sees it, and why. */
function sourcedValueIn(range: PlausibleRange) {
  return z.strictObject({
    value: plausible(range),
    label: localizedText,
    note: localizedText.optional(),
    sourceIds,
    uncertain: z.boolean().optional(),
  });
}
export type SourcedValue = z.infer<ReturnType<typeof sourcedValueIn>>;

/** What kind of supply a plant class is; only fusion and fission count as clean firm supply. */
export const plantKind = z.enum(['fusion', 'fission', 'gas']);
export type PlantKind = z.infer<typeof plantKind>;

export const plantClass = z
  .strictObject({
    id,
    kind: plantKind,
    name: localizedText,
    /** Net electric output of one unit, MW. */
    unitMw: sourcedValueIn(plantMw),
    /** Share of the year's maximum output a unit delivers, in percent (0–100]. */
    capacityFactorPct: sourcedValueIn({
      ...ranges.percent,
      why: 'a capacity factor is a share of the year; the data has 11.7–92.8 %',
    }),
    /** The fusion programme the class is modelled on, if any (checked against `programmes`). */
    programmeId: id.nullable(),
  })
  .superRefine((plant, ctx) => {
    if (plant.unitMw.value <= 0)
      report(ctx, { path: ['unitMw', 'value'], message: 'a unit must have a positive size' });
    // Above 100 % is out of its range (sourcedValueIn); 0 is in range but no plant.
    if (plant.capacityFactorPct.value <= 0)
      report(ctx, {
        path: ['capacityFactorPct', 'value'],
        message: 'a capacity factor is above 0',
      });
  });
export type PlantClass = z.infer<typeof plantClass>;

/** One plant coming online in a scenario: its output range and when (a year window at the source's precision). */
export const scenarioStep = z
  .strictObject({
    id,
    label: localizedText,
    programmeId: id.nullable(),
    outputMwLow: plausible(plantMw),
    outputMwHigh: plausible(plantMw),
    earliestYear: year,
    latestYear: year,
    /** The wording of the date source, e.g. "early 2030s". */
    when: localizedText,
    sourceIds,
    uncertain: z.boolean().optional(),
  })
  .superRefine((step, ctx) => {
    if (step.outputMwLow > step.outputMwHigh)
      report(ctx, { path: ['outputMwHigh'], message: 'high is below low' });
    if (step.earliestYear > step.latestYear)
      report(ctx, { path: ['latestYear'], message: 'latestYear is before earliestYear' });
  });
export type ScenarioStep = z.infer<typeof scenarioStep>;

export const fusionScenario = z.strictObject({
  id,
  name: localizedText,
  /** The assumption stated on the chart, in words a reader can check. */
  assumption: localizedText,
  steps: z.array(scenarioStep).min(1),
});
export type FusionScenario = z.infer<typeof fusionScenario>;

export const energySection = z
  .strictObject({
    yardsticks: z.strictObject({
      /**
       * Facility power per unit of IT power (Epoch: facility ≈ 1.3 × IT). Below 1 is refused by
       * the rule below; above 3 (two watts of cooling and losses per watt computed) the what-if
       * calculator refuses it as a default (whatIfLimits in energy-derive.ts).
       */
      facilityPerIt: sourcedValueIn({
        min: 0,
        max: 3,
        unit: '',
        why: 'the data uses 1.3 (Epoch: facility ≈ 1.3 × IT power); the what-if calculator takes up to 3',
      }),
      /** Average annual electricity use of one household, kWh: 10,715 kWh in the data. */
      householdKwhPerYear: sourcedValueIn({
        min: 0,
        max: 1_000_000,
        unit: 'kWh a year',
        why: 'the data uses 10,715 kWh a year for a US household',
      }),
      /** Output of one large reactor, GW (the "10 GW ≈ 10 reactors" comparison). */
      reactorGw: sourcedValueIn({
        min: 0,
        max: 100,
        unit: 'GW',
        why: 'the data uses about 1 GW for one large reactor',
      }),
    }),
    plantClasses: z.array(plantClass).min(1),
    scenarios: z.array(fusionScenario).min(1),
  })
  .superRefine((section, ctx) => {
    if (section.yardsticks.facilityPerIt.value < 1)
      report(ctx, {
        path: ['yardsticks', 'facilityPerIt', 'value'],
        message: 'facility power cannot be below IT power (expected ≥ 1)',
      });
    for (const key of ['householdKwhPerYear', 'reactorGw'] as const) {
      if (section.yardsticks[key].value <= 0)
        report(ctx, { path: ['yardsticks', key, 'value'], message: 'expected a positive value' });
    }
  });
export type EnergySection = z.infer<typeof energySection>;

/** Programme ids the section refers to that the document does not define. */
export function energyProgrammeIssues(
  section: EnergySection,
  programmeIds: ReadonlySet<string>,
): Issue[] {
  const issues: Issue[] = [];
  section.plantClasses.forEach((plant, i) => {
    if (plant.programmeId !== null && !programmeIds.has(plant.programmeId))
      issues.push({
        path: ['energy', 'plantClasses', i, 'programmeId'],
        message: `unknown programme id "${plant.programmeId}"`,
      });
  });
  section.scenarios.forEach((scenario, i) =>
    scenario.steps.forEach((step, j) => {
      if (step.programmeId !== null && !programmeIds.has(step.programmeId))
        issues.push({
          path: ['energy', 'scenarios', i, 'steps', j, 'programmeId'],
          message: `unknown programme id "${step.programmeId}"`,
        });
    }),
  );
  return issues;
}
