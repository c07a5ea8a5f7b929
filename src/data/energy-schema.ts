import { z } from 'zod';
import { localizedText, nonNegative, sourceIds } from './common-schema';

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

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id (a-z, 0-9, -)');
const year = nonNegative
  .int()
  .min(1900, 'expected a year after 1900')
  .max(2200, 'expected a year before 2200');

type Issue = { path: PropertyKey[]; message: string };
const report = (ctx: z.RefinementCtx, issue: Issue) => ctx.addIssue({ code: 'custom', ...issue });

/** A sourced constant: the value, how a reader should see it, and why it is what it is. */
export const sourcedValue = z.strictObject({
  value: nonNegative,
  label: localizedText,
  note: localizedText.optional(),
  sourceIds,
  uncertain: z.boolean().optional(),
});
export type SourcedValue = z.infer<typeof sourcedValue>;

/** What kind of supply a plant class is; only fusion and fission count as clean firm supply. */
export const plantKind = z.enum(['fusion', 'fission', 'gas']);
export type PlantKind = z.infer<typeof plantKind>;

export const plantClass = z
  .strictObject({
    id,
    kind: plantKind,
    name: localizedText,
    /** Net electric output of one unit, MW. */
    unitMw: sourcedValue,
    /** Share of the year's maximum output a unit delivers, in percent (0–100]. */
    capacityFactorPct: sourcedValue,
    /** The fusion programme the class is modelled on, if any (checked against `programmes`). */
    programmeId: id.nullable(),
  })
  .superRefine((plant, ctx) => {
    if (plant.unitMw.value <= 0)
      report(ctx, { path: ['unitMw', 'value'], message: 'a unit must have a positive size' });
    const cf = plant.capacityFactorPct.value;
    if (cf <= 0 || cf > 100)
      report(ctx, {
        path: ['capacityFactorPct', 'value'],
        message: 'a capacity factor is above 0 and at most 100 %',
      });
  });
export type PlantClass = z.infer<typeof plantClass>;

/** One plant coming online in a scenario: its output range and when (a year window at the source's precision). */
export const scenarioStep = z
  .strictObject({
    id,
    label: localizedText,
    programmeId: id.nullable(),
    outputMwLow: nonNegative,
    outputMwHigh: nonNegative,
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
      /** Facility power per unit of IT power (Epoch: facility ≈ 1.3 × IT). */
      facilityPerIt: sourcedValue,
      /** Average annual electricity use of one household, kWh. */
      householdKwhPerYear: sourcedValue,
      /** Output of one large reactor, GW (the "10 GW ≈ 10 reactors" comparison). */
      reactorGw: sourcedValue,
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
