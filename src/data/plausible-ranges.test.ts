/*
 * Every kind of reader-visible number has a plausible range: a well-formed but absurd value is
 * refused with its path, the range and why, and a hint, exactly as the page's alert and
 * `npm run check-data` show it (both go through validateText).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rangeProblem } from './common-schema';
import { DataError, datasetNames, datasets, type DatasetName } from './datasets';
import { parseDataset, validateText } from './validate';

type Json = Record<string, unknown>;

// Every bundled file of the topic list (src/topics.ts).
const texts = Object.fromEntries(
  datasetNames.map((name) => [
    name,
    readFileSync(resolve(__dirname, '../../public/data', datasets[name].file), 'utf8'),
  ]),
) as Record<DatasetName, string>;

/** Follows a path of keys, and of `{ key: value }` finders for the first array item that matches. */
type Step = string | number | Json;
function locate(doc: unknown, steps: Step[]): { parent: Json; key: string | number; path: string } {
  let node = doc;
  let path = '';
  let parent: Json = {};
  let key: string | number = '';
  for (const step of steps) {
    let resolved: string | number;
    if (typeof step === 'object') {
      if (!Array.isArray(node)) throw new Error(`not an array at ${path}`);
      const index = node.findIndex((item: Json) =>
        Object.entries(step).every(([k, v]) => item[k] === v),
      );
      if (index < 0) throw new Error(`no item like ${JSON.stringify(step)} at ${path}`);
      resolved = index;
    } else resolved = step;
    path += typeof resolved === 'number' ? `[${resolved}]` : path ? `.${resolved}` : resolved;
    parent = node as Json;
    key = resolved;
    node = (node as Record<string | number, unknown>)[resolved];
    if (node === undefined) throw new Error(`nothing at ${path}`);
  }
  return { parent, key, path };
}

type Case = { kind: string; name: DatasetName; at: Step[]; value: string; range: string };

/** A kind of field, where it is, the absurd value (as JSON text, so 1e308 stays 1e308), and the range named. */
type Row = [kind: string, at: Step[], value: string, range: string];

const rows: Record<DatasetName, Row[]> = {
  stargate: [
    ['a site capacity', ['sites', 3, 'capacityGw'], '1e308', '0–100 GW'],
    ['a phase capacity', ['sites', 0, 'phases', 1, 'capacityGw'], '-0.5', '0–100 GW'],
    [
      'an alternative site capacity',
      ['sites', 0, 'alternativeCapacities', 0, 'valueGw'],
      '900',
      '0–100 GW',
    ],
    ['an observed capacity', ['capacityTimeline', 'observed', 0, 'capacityGw'], '421', '0–100 GW'],
    [
      'the programme target',
      ['targets', { metric: 'capacity' }, 'capacityGw'],
      '10000',
      '0–1000 GW',
    ],
    [
      'an announced total',
      ['capacityTimeline', 'announcements', 0, 'targetGw'],
      '1e6',
      '0–1000 GW',
    ],
    [
      'a money target',
      ['targets', { metric: 'investment' }, 'amountUsdBn'],
      '500000',
      '0–10,000 US$ bn',
    ],
    [
      'site financing',
      ['investment', 'siteFinancing', 0, 'amountUsdBn'],
      '1e12',
      '0–10,000 US$ bn',
    ],
    [
      'a cost per GW',
      ['investment', 'costPerGw', 0, 'highUsdBnPerGw'],
      '80000',
      '0–1000 US$ bn per GW',
    ],
    ['an equity share', ['investment', 'equity', { sharePct: 40 }, 'sharePct'], '140', '0–100 %'],
    ['a power figure in homes', ['power', { id: 'homes-10gw' }, 'value'], '8e12', '0–1e9 US homes'],
    [
      'a power figure in MW',
      ['power', { id: 'shackelford-gas' }, 'value'],
      '700000',
      '0–100,000 MW',
    ],
    ['a date', ['sites', 0, 'announced'], '"2205-01"', '1950–2100'],
    ['the as-of date', ['asOf'], '"1026-06-12"', '1950–2100'],
  ],
  fusion: [
    ['a Q record', ['records', { metric: 'q-physics' }, 'value'], '6700', '0–1000'],
    ['a target gain', ['targets', { metric: 'target-gain' }, 'high'], '1e5', '0–1000'],
    [
      'a fusion energy',
      ['records', { metric: 'fusion-energy' }, 'value'],
      '6.9e10',
      '0–10,000,000 MJ',
    ],
    [
      'an input energy',
      ['records', { metric: 'target-gain' }, 'inputEnergyMj'],
      '-2',
      '0–10,000,000 MJ',
    ],
    [
      'a pulse duration',
      ['records', { metric: 'pulse-duration' }, 'value'],
      '1e9',
      '0–31,536,000 s',
    ],
    [
      'a temperature',
      ['records', { metric: 'ion-temperature' }, 'value'],
      '1e8',
      '0–10,000 million °C',
    ],
    [
      'a fusion-power target',
      ['targets', { metric: 'fusion-power' }, 'high'],
      '5e6',
      '0–100,000 MW',
    ],
    [
      'a planned output',
      ['programmes', 0, 'targetOutput', 'fusionPowerMw', 'high'],
      '5e6',
      '0–100,000 MW',
    ],
    ['an ITER cost', ['iterCosts', 0, 'amountBn', 'high'], '2e5', '0–10,000 bn (EUR or US$)'],
    ['private funding', ['investment', 'fia', 0, 'cumulativeUsdBn'], '97660', '0–10,000 US$ bn'],
    ['a Korean budget', ['investment', 'korea', 0, 'amountKrwBn'], '1.5e9', '0–1,000,000 KRW bn'],
    ['a cost share', ['iter', 'costShares', 'shares', 0, 'sharePercent'], '456', '0–100 %'],
    [
      'a challenge marker',
      ['challenges', { id: 'fuel-self-sufficiency' }, 'markers', { unit: 'kg' }, 'high'],
      '3e7',
      '0–1,000,000 kg',
    ],
    ['a forecast year', ['outlook', 2, 'when', 'latestYear'], '20330', '1950–2100'],
    [
      'a capacity factor',
      ['energy', 'plantClasses', 0, 'capacityFactorPct', 'value'],
      '928',
      '0–100 %',
    ],
    ['a plant size', ['energy', 'plantClasses', 0, 'unitMw', 'value'], '1e9', '0–10,000 MW'],
    [
      'a household yardstick',
      ['energy', 'yardsticks', 'householdKwhPerYear', 'value'],
      '1e7',
      '0–1,000,000 kWh a year',
    ],
  ],
};

const cases: Case[] = Object.entries(rows).flatMap(([name, list]) =>
  list.map(([kind, at, value, range]) => ({ kind, name: name as DatasetName, at, value, range })),
);

/** The file's text with the value at `at` replaced by `value`, written as JSON text. */
function withValue({ name, at, value }: Case): { text: string; path: string } {
  const doc = JSON.parse(texts[name]) as unknown;
  const { parent, key, path } = locate(doc, at);
  const marker = '__out_of_range__';
  (parent as Record<string | number, unknown>)[key] = marker;
  return { text: JSON.stringify(doc).replace(`"${marker}"`, value), path };
}

describe('plausible ranges', () => {
  it.each(cases)('refuse $kind out of range, with its path, range, reason and hint', (c) => {
    const { text, path } = withValue(c);
    const result = validateText(c.name, text);
    if (result.ok) throw new Error(`${c.kind}: ${c.value} at ${path} was accepted`);
    const shown = JSON.parse(c.value) as unknown;
    const problem = result.problems.find(
      (p) => p.path === path && p.message.includes(` is outside ${c.range}; `),
    );
    expect(problem, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect(problem?.message.startsWith(`${String(shown).replace('e+', 'e')} is outside`)).toBe(
      true,
    );
    // The reason after the range, and a hint on what to check.
    expect(problem?.message.slice(problem.message.indexOf('; ') + 2).length).toBeGreaterThan(10);
    expect(problem?.hint).toMatch(/^check the (unit|year)/);
  });

  it('name the path, the value, the range and why in the page alert', () => {
    const c = cases[0];
    if (!c) throw new Error('no cases');
    const { text } = withValue(c);
    let error: unknown;
    try {
      parseDataset('stargate', text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'stargate.json: sites[3].capacityGw: 1e308 is outside 0–100 GW; one site; the largest campus in the sources is 10 GW (Piketon, Ohio)',
    );
    // The hint travels with the problem (from the worker too: it is plain data).
    expect((error as DataError).problems[0]).toMatchObject({
      hint: expect.stringMatching(/^check the unit/),
    });
  });

  it.each(['stargate', 'fusion'] as const)(
    'cover every number in %s.json: all of them at 1e300 at once, each refused at its path',
    (name) => {
      const doc = JSON.parse(texts[name]) as unknown;
      const paths: string[] = [];
      const walk = (node: unknown, path: string) => {
        if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if (node && typeof node === 'object')
          for (const [key, value] of Object.entries(node)) {
            const at = path ? `${path}.${key}` : key;
            if (typeof value === 'number' && key !== 'schemaVersion') {
              (node as Json)[key] = 1e300;
              paths.push(at);
            } else walk(value, at);
          }
      };
      walk(doc, '');
      expect(paths.length).toBeGreaterThan(50);
      const result = validateText(name, JSON.stringify(doc));
      if (result.ok) throw new Error('accepted');
      const refused = new Set(
        result.problems.filter((p) => / is outside /.test(p.message)).map((p) => p.path),
      );
      expect(paths.filter((path) => !refused.has(path))).toEqual([]);
    },
  );

  it('admit every bundled value', () => {
    expect(validateText('stargate', texts.stargate).ok).toBe(true);
    expect(validateText('fusion', texts.fusion).ok).toBe(true);
  });

  it('print bounds a reader can take in, and the value as it was typed', () => {
    const range = { min: 0, max: 1e25, unit: 'n', why: 'why' };
    expect(rangeProblem(1e30, range)).toBe('1e30 is outside 0–1e25 n; why');
    expect(rangeProblem(-1, { ...range, max: 2100, min: 1950 })).toBe(
      '-1 is outside 1950–2100 n; why',
    );
    expect(rangeProblem(12_345, { ...range, max: 10_000 })).toBe(
      '12345 is outside 0–10,000 n; why',
    );
    expect(rangeProblem(5, range)).toBeUndefined();
    expect(rangeProblem(0, range)).toBeUndefined();
    expect(rangeProblem(1e25, range)).toBeUndefined();
  });
});
