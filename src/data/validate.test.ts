import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectDataset, MAX_DEPTH, validateDocument, validateText } from './validate';

const stargateText = readFileSync(resolve(__dirname, '../../public/data/stargate.json'), 'utf8');

/** A mutable copy of the bundled Stargate file, read through JSON like any file. */
function stargate(): Record<string, unknown> & {
  sites: Record<string, unknown>[];
  sources: Record<string, unknown>[];
} {
  return JSON.parse(stargateText) as Record<string, unknown> & {
    sites: Record<string, unknown>[];
    sources: Record<string, unknown>[];
  };
}

function problemsOf(json: unknown) {
  const result = validateDocument('stargate', json);
  if (result.ok) throw new Error('expected the document to fail');
  return result.problems;
}

describe('validateText', () => {
  it('accepts the bundled file, with or without a byte-order mark', () => {
    expect(validateText('stargate', stargateText).ok).toBe(true);
    expect(validateText('stargate', `\uFEFF${stargateText}`).ok).toBe(true);
  });

  it('tells an empty file, an HTML page and broken JSON apart, each with a hint', () => {
    const first = (text: string) => {
      const result = validateText('stargate', text);
      if (result.ok) throw new Error('expected a failure');
      return result.problems[0];
    };
    expect(first(' \n')).toMatchObject({ path: '(root)', message: 'the file is empty' });
    expect(first('<!doctype html><title>404</title>')).toMatchObject({
      message: 'expected JSON but got an HTML page',
    });
    const truncated = first(stargateText.slice(0, 500));
    expect(truncated?.message).toMatch(/^not valid JSON \(truncated or malformed\)/);
    expect(truncated?.hint).toMatch(/missing comma, bracket or quote/);
    expect(first('{\n  "a": 1,\n  "b" 2\n}')?.hint).toMatch(/near line 3, column/);
    // The message carries the place too: the page's alert shows messages, as check-data does.
    expect(first('{\n  "a": 1,\n  "b" 2\n}')?.message).toBe(
      'not valid JSON (truncated or malformed) at line 3, column 7',
    );
  });
});

describe('validateDocument', () => {
  it('reports every problem, not just the first, each with a path and a hint', () => {
    const doc = stargate();
    const site = doc.sites[0];
    if (!site) throw new Error('no site');
    site.capacityGw = '1.2 GW';
    site.announced = '2025-02-30';
    site.sourceIds = ['no-such-source'];
    site.colour = 'red';
    delete site.name;
    const problems = problemsOf(doc);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'sites[0].capacityGw', message: 'expected a number' }),
        expect.objectContaining({
          path: 'sites[0].announced',
          hint: expect.stringMatching(/YYYY, YYYY-MM or YYYY-MM-DD/),
        }),
        expect.objectContaining({
          path: 'sites[0].sourceIds[0]',
          hint: 'add a source with this id to `sources`, or fix the typo',
        }),
        expect.objectContaining({ path: 'sites[0].name', message: 'missing (expected an object)' }),
      ]),
    );
    for (const problem of problems) expect(problem.hint.length).toBeGreaterThan(0);
    // The unknown key is a warning beside the problems, not one of them.
    expect(problems.map((p) => p.message)).not.toContainEqual(expect.stringMatching(/colour/));
    const result = validateDocument(
      'stargate',
      (() => {
        const again = stargate();
        Object.assign(again.sites[0] ?? {}, { colour: 'red', capacityGw: '1.2 GW' });
        return again;
      })(),
    );
    expect(result.warnings).toEqual([
      {
        path: 'sites[0]',
        message: 'unknown key "colour", ignored',
        hint: expect.stringMatching(/^the page ignores it/),
      },
    ]);
  });

  it('ignores keys it does not know, with a warning for each, and leaves the input alone', () => {
    const doc = stargate();
    Object.assign(doc, { editorNote: 'checked by A. on 2026-06-12' });
    const site = doc.sites[0];
    if (!site) throw new Error('no site');
    Object.assign(site, { capacityGW: 1.4 });
    Object.assign((site.name ?? {}) as object, { ja: 'アビリーン' });
    const before = JSON.stringify(doc);
    const result = validateDocument('stargate', doc);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`).sort()).toEqual([
      '(root): unknown key "editorNote", ignored',
      'sites[0].name: unknown key "ja", ignored',
      'sites[0]: unknown key "capacityGW", ignored',
    ]);
    // No effect on the data: the same as the file without them.
    const clean = validateDocument('stargate', stargate());
    if (!clean.ok) throw new Error('bundled file fails');
    expect(result.data).toEqual(clean.data);
    expect(clean.warnings).toEqual([]);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('says a negative or infinite figure is out of range, in words', () => {
    const doc = stargate();
    const [first, second] = doc.sites;
    if (!first || !second) throw new Error('need two sites');
    first.capacityGw = -3;
    second.capacityGw = Number.POSITIVE_INFINITY;
    const problems = problemsOf(doc);
    expect(problems).toContainEqual({
      path: 'sites[0].capacityGw',
      message:
        '-3 is outside 0–100 GW; one site; the largest campus in the sources is 10 GW (Piketon, Ohio)',
      hint: expect.stringMatching(/^check the unit .* and the sign/),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'sites[1].capacityGw',
        message: expect.stringMatching(/finite/),
      }),
    );
  });

  it('reports a file nested absurdly deep instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const doc = stargate();
    doc.conflicts = deep;
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(`nested more than ${MAX_DEPTH} levels deep`);
    expect(problems[0]?.path.startsWith('conflicts[0][0]')).toBe(true);
  });

  it('cuts a huge quoted value in a message down to size', () => {
    const doc = stargate();
    const site = doc.sites[0];
    if (!site) throw new Error('no site');
    site.sourceIds = ['x'.repeat(1_000_000)];
    const problem = problemsOf(doc).find((p) => p.path === 'sites[0].sourceIds[0]');
    expect(problem?.message.length).toBeLessThanOrEqual(300);
  });
});

describe('detectDataset', () => {
  it('goes by the file name first, then by the top-level keys', () => {
    expect(detectDataset('public/data/stargate.json', null)).toBe('stargate');
    expect(detectDataset('C:\\backup\\fusion-2026-05.json', null)).toBe('fusion');
    expect(detectDataset('/tmp/upload.json', { schemaVersion: 1, programmes: [] })).toBe('fusion');
    expect(detectDataset('/tmp/upload.json', { sites: [], partners: [] })).toBe('stargate');
    expect(detectDataset('/tmp/upload.json', { schemaVersion: 1 })).toBeUndefined();
    expect(detectDataset('/tmp/upload.json', [])).toBeUndefined();
  });
});
