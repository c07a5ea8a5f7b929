import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listProblems } from './common-schema';
import { fusionDocument, type FusionDocument } from './fusion-schema';

const bundledText = readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8');

function problemsAfter(corrupt: (doc: FusionDocument) => void): string[] {
  const doc = fusionDocument.parse(JSON.parse(bundledText));
  corrupt(doc);
  const result = fusionDocument.safeParse(doc);
  return result.success ? [] : listProblems(result.error).map((p) => `${p.path}: ${p.message}`);
}

function energy(doc: FusionDocument) {
  if (!doc.energy) throw new Error('bundled fusion.json has no energy section');
  return doc.energy;
}

describe('fusion.json energy section', () => {
  it('is present in the bundled file and every constant names a source', () => {
    const doc = fusionDocument.parse(JSON.parse(bundledText));
    const section = energy(doc);
    const sourced = [
      ...Object.values(section.yardsticks),
      ...section.plantClasses.flatMap((p) => [p.unitMw, p.capacityFactorPct]),
      ...section.scenarios.flatMap((s) => s.steps),
    ];
    for (const item of sourced) expect(item.sourceIds.length).toBeGreaterThan(0);
    expect(section.plantClasses.map((p) => p.id)).toEqual([
      'demo',
      'arc',
      'helion',
      'fission',
      'gas-turbine',
    ]);
  });

  it('is optional: a file from before the section still loads', () => {
    expect(problemsAfter((doc) => delete doc.energy)).toEqual([]);
  });

  it('refuses a zero unit size, a capacity factor over 100 % and a facility ratio below 1', () => {
    expect(
      problemsAfter((doc) => {
        const section = energy(doc);
        const [first, second] = section.plantClasses;
        if (first) first.unitMw.value = 0;
        if (second) second.capacityFactorPct.value = 120;
        section.yardsticks.facilityPerIt.value = 0.8;
      }),
    ).toEqual(
      [
        'energy.yardsticks.facilityPerIt.value: facility power cannot be below IT power (expected ≥ 1)',
        'energy.plantClasses[0].unitMw.value: a unit must have a positive size',
        'energy.plantClasses[1].capacityFactorPct.value: 120 is outside 0–100 %; a capacity factor is a share of the year; the data has 11.7–92.8 %',
      ].sort(),
    );
  });

  it('names unknown programmes, unknown sources and stray keys by path', () => {
    const problems = problemsAfter((doc) => {
      const section = energy(doc);
      const [plant] = section.plantClasses;
      if (plant) plant.programmeId = 'no-such-programme';
      const [scenario] = section.scenarios;
      const [step] = scenario?.steps ?? [];
      if (step) step.sourceIds = ['no-such-source'];
      Object.assign(section.yardsticks.reactorGw, { extra: 1 });
    });
    expect(problems).toEqual(
      expect.arrayContaining(['energy.yardsticks.reactorGw: unexpected key "extra"']),
    );
    const linked = problemsAfter((doc) => {
      const section = energy(doc);
      const [plant] = section.plantClasses;
      if (plant) plant.programmeId = 'no-such-programme';
      const [step] = section.scenarios[0]?.steps ?? [];
      if (step) step.sourceIds = ['no-such-source'];
    });
    expect(linked).toEqual(
      expect.arrayContaining([
        'energy.plantClasses[0].programmeId: unknown programme id "no-such-programme"',
        'energy.scenarios[0].steps[0].sourceIds[0]: unknown source id "no-such-source"',
      ]),
    );
  });
});
