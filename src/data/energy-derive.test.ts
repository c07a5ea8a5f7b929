import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bridgingSupply,
  checkWhatIf,
  computeWhatIf,
  demandSeries,
  parseInputNumber,
  scenarioLines,
  slipRate,
  slipSeries,
  whatIfDefaults,
  type WhatIfInput,
} from './energy-derive';
import { fusionDocument, type FusionDocument } from './fusion-schema';
import { stargateDocument, type StargateDocument } from './stargate-schema';

const read = (file: string) => readFileSync(resolve(process.cwd(), 'public/data', file), 'utf8');
const fusion: FusionDocument = fusionDocument.parse(JSON.parse(read('fusion.json')));
const stargate: StargateDocument = stargateDocument.parse(JSON.parse(read('stargate.json')));

/** Household use and reactor size as in the bundled file (EIA 2020; Ars Technica). */
const yardsticks = { householdKwhPerYear: 10715, reactorGw: 1 };

function ok(input: WhatIfInput) {
  const outcome = computeWhatIf(input, yardsticks);
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.result;
}

describe('computeWhatIf, against sums done by hand', () => {
  it('10 GW of IT load, ×1.3, DEMO-class plants of 500 MW at 60 %', () => {
    const r = ok({ aiGw: 10, facilityPerIt: 1.3, unitMw: 500, capacityFactorPct: 60 });
    expect(r.facilityGw).toBeCloseTo(13, 10); // 10 × 1.3
    expect(r.annualTwh).toBeCloseTo(113.88, 10); // 13 GW × 8,760 h = 113,880 GWh
    expect(r.unitAnnualTwh).toBeCloseTo(2.628, 10); // 0.5 GW × 0.6 × 8,760 h = 2,628 GWh
    expect(r.plantsExact).toBeCloseTo(43.3333, 4); // 113.88 / 2.628
    expect(r.plantsNeeded).toBe(44);
    expect(r.plantsAtNameplate).toBe(26); // 13,000 MW / 500 MW
    expect(r.reactorsEquivalent).toBeCloseTo(13, 10);
    expect(r.households).toBeCloseTo(10_628_091.46, 1); // 113.88e9 kWh / 10,715 kWh
  });

  it('10 GW as facility power, 1 GW reactors at 92.8 %', () => {
    const r = ok({ aiGw: 10, facilityPerIt: 1, unitMw: 1000, capacityFactorPct: 92.8 });
    expect(r.annualTwh).toBeCloseTo(87.6, 10);
    expect(r.unitAnnualTwh).toBeCloseTo(8.12928, 10); // 1 GW × 0.928 × 8,760 h
    expect(r.plantsExact).toBeCloseTo(10.7759, 4);
    expect(r.plantsNeeded).toBe(11);
    expect(r.plantsAtNameplate).toBe(10);
    expect(r.reactorsEquivalent).toBe(10);
    // The source article: 10 GW ≈ 7–10 reactors (units of 1.0–1.4 GW), not 10 of 1 GW only.
    expect(r.reactorsArticleLow).toBeCloseTo(7, 10);
  });

  it('converts units: 1 GW for a year is 8.76 TWh; a 1 MW unit flat out gives 0.00876 TWh', () => {
    const r = ok({ aiGw: 1, facilityPerIt: 1, unitMw: 1, capacityFactorPct: 100 });
    expect(r.annualTwh).toBeCloseTo(8.76, 12);
    expect(r.unitAnnualTwh).toBeCloseTo(0.00876, 12);
    expect(r.plantsNeeded).toBe(1000);
    expect(r.households).toBeCloseTo(8.76e9 / 10715, 6);
  });

  it('does not add a plant for float noise when the load divides exactly', () => {
    const r = ok({ aiGw: 1, facilityPerIt: 1, unitMw: 1000, capacityFactorPct: 100 });
    expect(r.plantsNeeded).toBe(1);
    expect(
      ok({ aiGw: 0.3, facilityPerIt: 1, unitMw: 100, capacityFactorPct: 100 }).plantsNeeded,
    ).toBe(3);
  });

  it('Abilene-size gas turbines at the EIA fleet factor: many more turbines than at nameplate', () => {
    const r = ok({ aiGw: 10, facilityPerIt: 1.3, unitMw: 36.05, capacityFactorPct: 11.7 });
    expect(r.plantsAtNameplate).toBe(361); // 13,000 / 36.05 = 360.6
    expect(r.plantsNeeded).toBe(3083); // 13,000 / (36.05 × 0.117) = 3,082.1
  });

  it('stays finite at the extremes of the allowed range', () => {
    const big = ok({ aiGw: 1000, facilityPerIt: 3, unitMw: 0.001, capacityFactorPct: 0.1 });
    const small = ok({ aiGw: 0.001, facilityPerIt: 1, unitMw: 10000, capacityFactorPct: 100 });
    for (const r of [big, small])
      for (const value of Object.values(r)) expect(Number.isFinite(value)).toBe(true);
    expect(big.plantsNeeded).toBe(3e12);
    expect(small.plantsNeeded).toBe(1);
  });
});

describe('checkWhatIf: zero, negative, unreadable and out-of-range inputs are named, never computed', () => {
  const good: WhatIfInput = { aiGw: 10, facilityPerIt: 1.3, unitMw: 500, capacityFactorPct: 60 };

  it('passes the defaults', () => {
    expect(checkWhatIf(good)).toEqual([]);
  });

  it.each([
    ['aiGw', 0, 'zero'],
    ['unitMw', 0, 'zero'],
    ['capacityFactorPct', 0, 'zero'],
    ['aiGw', -1, 'negative'],
    ['aiGw', Number.NaN, 'not-a-number'],
    ['unitMw', Number.POSITIVE_INFINITY, 'not-a-number'],
    ['facilityPerIt', 0.5, 'too-small'],
    ['aiGw', 1e6, 'too-large'],
    ['capacityFactorPct', 120, 'too-large'],
  ] as const)('%s = %s → %s', (field, value, kind) => {
    const outcome = computeWhatIf({ ...good, [field]: value }, yardsticks);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([expect.objectContaining({ field, kind })]);
  });

  it('lists every bad field, in order', () => {
    const problems = checkWhatIf({ aiGw: 0, facilityPerIt: 1.3, unitMw: -1, capacityFactorPct: 0 });
    expect(problems.map((p) => `${p.field}:${p.kind}`)).toEqual([
      'aiGw:zero',
      'unitMw:negative',
      'capacityFactorPct:zero',
    ]);
  });
});

describe('parseInputNumber', () => {
  it.each([
    ['10', 10],
    [' 1.3 ', 1.3],
    ['1,000', 1000],
    ['60 %', 60],
    ['.5', 0.5],
    ['1e3', 1000],
    ['-5', -5],
  ])('%j → %d', (raw, expected) => expect(parseInputNumber(raw)).toBe(expected));

  it.each(['', 'abc', '1.2.3', '10 GW', '--1'])('%j → NaN', (raw) =>
    expect(parseInputNumber(raw)).toBeNaN(),
  );
});

describe('whatIfDefaults', () => {
  it('uses the 10 GW target, the data’s 1.3 ratio and the plant class’s own figures', () => {
    const section = fusion.energy;
    const demo = section?.plantClasses.find((p) => p.id === 'demo');
    if (!section || !demo) throw new Error('bundled file lacks the energy section');
    expect(whatIfDefaults(section, demo, 10)).toEqual({
      aiGw: 10,
      facilityPerIt: 1.3,
      unitMw: 500,
      capacityFactorPct: 60,
    });
  });
});

describe('demandSeries (bundled stargate.json)', () => {
  const series = demandSeries(stargate);

  it('steps through the announced US totals and runs on to the as-of date', () => {
    expect(series.us.map((p) => p.gw)).toEqual([5, 7, 8, 10, 10]);
    expect(series.us.at(-1)?.year).toBeCloseTo(series.asOfYear, 6);
    expect(series.usLastUncertain).toBe(true); // the >10 GW claim rests on C pages only
  });

  it('sums the international sites by announcement date, leaving out undisclosed ones', () => {
    // UAE 1 (May 2025), Norway 0.23 (Jul), India 1 (Sep), Argentina 0.5 (Oct) = 2.73 GW.
    expect(series.international.map((p) => p.gw)).toEqual([1, 1.23, 2.23, 2.73, 2.73]);
    expect(series.internationalUncertain).toBe(true); // India rests on an uncertain flag
  });

  it('keeps the 10 GW target and its latest deadline', () => {
    expect(series.target?.gw).toBe(10);
    expect(series.target?.byYear).toBe(2029);
  });

  it('places only dated observations on the axis', () => {
    expect(series.observed.map((o) => o.id)).toEqual([
      'epoch-abilene-2026-04',
      'epoch-abilene-2026-05',
    ]);
  });
});

describe('scenarioLines', () => {
  it('accumulates each plant at the middle of its window and the top of its range', () => {
    const doc = structuredClone(fusion);
    if (!doc.energy) throw new Error('no energy section');
    doc.energy.scenarios = [
      {
        id: 'tiny',
        name: { en: 'Tiny', ko: '작은' },
        assumption: { en: 'Two plants', ko: '발전소 2기' },
        steps: [
          {
            id: 'b',
            label: { en: 'B', ko: 'B' },
            programmeId: null,
            outputMwLow: 300,
            outputMwHigh: 500,
            earliestYear: 2030,
            latestYear: 2033,
            when: { en: 'early 2030s', ko: '2030년대 초' },
            sourceIds: ['bic-arc'],
          },
          {
            id: 'a',
            label: { en: 'A', ko: 'A' },
            programmeId: null,
            outputMwLow: 50,
            outputMwHigh: 50,
            earliestYear: 2028,
            latestYear: 2028,
            when: { en: 'by 2028', ko: '2028년까지' },
            sourceIds: ['powertech-helion-ppa'],
          },
        ],
      },
    ];
    const [line] = scenarioLines(doc, 2052);
    expect(line?.points).toEqual([
      { year: 2028.5, gw: 0.05 },
      { year: 2032, gw: 0.55 },
      { year: 2052, gw: 0.55 },
    ]);
    expect(line?.sourceIds).toEqual(['bic-arc', 'powertech-helion-ppa']);
  });

  it('gives nothing for a file without the energy section', () => {
    const doc = structuredClone(fusion);
    delete doc.energy;
    expect(scenarioLines(doc, 2052)).toEqual([]);
  });

  it('draws the bundled scenarios: first-of-a-kind, optimistic, conservative', () => {
    const lines = scenarioLines(fusion, 2052);
    expect(lines.map((l) => [l.id, l.points.at(-1)?.gw])).toEqual([
      ['first-of-a-kind', 0.45],
      ['optimistic', 0.5],
      ['conservative', 0.5],
    ]);
  });
});

describe('bridgingSupply', () => {
  it('converts MW to GW, keeps grades and leaves undated items off the axis', () => {
    const items = bridgingSupply(stargate, [
      'abilene-gas-plant',
      'shackelford-gas',
      'dona-ana-fuel-cells',
      'no-such-item',
    ]);
    expect(items.map((i) => [i.id, i.gw, i.year === null, i.uncertain])).toEqual([
      ['abilene-gas-plant', 0.3605, false, false],
      ['shackelford-gas', 0.7, true, true],
      ['dona-ana-fuel-cells', 2.462, false, true],
    ]);
  });
});

describe('slip', () => {
  it('places ITER’s first-plasma forecasts by the year they were made', () => {
    const [firstPlasma] = slipSeries(fusion, ['iter-first-plasma', 'no-such-milestone']);
    expect(
      firstPlasma?.points.map((p) => [Math.floor(p.statedYear), Math.floor(p.forecastYear)]),
    ).toEqual([
      [2008, 2018],
      [2010, 2019],
      [2016, 2025],
    ]);
  });

  it('gives years of slip per year waited, or null with one forecast', () => {
    const [dt, sro] = slipSeries(fusion, ['iter-dt-operation', 'iter-sro']);
    // D-T: forecast 2026 (stated 2009) → 2039 (stated 2024): 13 years of slip over 15 years.
    expect(slipRate(dt?.points ?? [])).toBeCloseTo(13 / 15, 1);
    expect(slipRate(sro?.points ?? [])).toBeNull();
  });
});
