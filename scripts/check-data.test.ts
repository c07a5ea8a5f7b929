import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetNames, datasets } from '../src/data/datasets';
import { checkFiles, defaultFiles } from './check-data';
import { runScript } from './run-script';

const root = path.resolve(__dirname, '..');
const stargateText = readFileSync(path.join(root, 'public/data/stargate.json'), 'utf8');

/** Runs the checker over in-memory files and returns its exit code and printed lines. */
function run(files: Record<string, string | undefined>) {
  const lines: string[] = [];
  const code = checkFiles(Object.keys(files), {
    read: (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    out: (line) => lines.push(line),
  });
  return { code, lines };
}

function broken(
  edit: (doc: { sites: Record<string, unknown>[] } & Record<string, unknown>) => void,
): string {
  const doc = JSON.parse(stargateText) as { sites: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;
  edit(doc);
  return JSON.stringify(doc);
}

describe('check-data', () => {
  it('finds the bundled files and passes them with a one-line summary each', () => {
    const files = defaultFiles(root).map((f) => path.resolve(root, f));
    // Every topic's data file (src/topics.ts), by file name, then the named decks.
    const data = [...datasetNames].sort((a, b) => datasets[a].file.localeCompare(datasets[b].file));
    expect(files.map((f) => path.basename(f))).toEqual([
      ...data.map((name) => datasets[name].file),
      'briefing.json',
    ]);
    const lines: string[] = [];
    expect(
      checkFiles(files, { read: (f) => readFileSync(f, 'utf8'), out: (l) => lines.push(l) }),
    ).toBe(0);
    expect(lines).toEqual([
      ...data.map((name, i) => `${files[i]}: ok (${name}, schemaVersion 1)`),
      `${files[data.length]}: ok (deck, 5 slides)`,
      `all ${data.length + 1} files ok`,
    ]);
  });

  it('prints every problem with its path and a hint, and exits 1', () => {
    const { code, lines } = run({
      'stargate.json': broken((doc) => {
        const [first, second] = doc.sites;
        if (!first || !second) throw new Error('need two sites');
        first.sourceIds = ['typo-source'];
        second.announced = 'March 2025';
      }),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'stargate.json: 2 problems (stargate)',
      '  sites[1].announced: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      '    hint: use YYYY, YYYY-MM or YYYY-MM-DD',
      '  sites[0].sourceIds[0]: unknown source id "typo-source"',
      '    hint: add a source with this id to `sources`, or fix the typo',
    ]);
  });

  it('refuses a well-formed but implausible figure with its path, range, reason and hint', () => {
    const { code, lines } = run({
      'stargate.json': broken((doc) => {
        const site = doc.sites[3];
        if (!site) throw new Error('need four sites');
        site.capacityGw = 123_456;
      }),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'stargate.json: 1 problem (stargate)',
      '  sites[3].capacityGw: 123456 is outside 0–100 GW; one site; the largest campus in the sources is 10 GW (Piketon, Ohio)',
      '    hint: check the unit (GW, not MW; billions, not millions), the decimal point and the sign; if the figure is right, widen its range in src/data/ and say why',
    ]);
  });

  it('warns about keys it does not know, which the page ignores, and still exits 0', () => {
    const { code, lines } = run({
      'stargate.json': broken((doc) => {
        const site = doc.sites[1];
        if (!site) throw new Error('need two sites');
        site.capacityMW = 1000;
      }),
    });
    expect(code).toBe(0);
    expect(lines).toEqual([
      'stargate.json: ok (stargate, schemaVersion 1), 1 warning',
      '  warning: sites[1]: unknown key "capacityMW", ignored',
      '    hint: the page ignores it: remove it, or check its spelling against src/data/stargate-schema.ts (keys are case-sensitive)',
    ]);
  });

  it('picks the schema by content when the name does not say, and reports version and file-level problems', () => {
    const { code, lines } = run({
      'upload.json': stargateText,
      'fusion-next.json': '{"schemaVersion": 2, "asOf": "2030"}',
      'page.json': '<!doctype html><h1>Not found</h1>',
      'list.json': '[]',
      'missing.json': undefined,
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'upload.json: ok (stargate, schemaVersion 1)',
      'fusion-next.json: 1 problem (fusion)',
      '  schemaVersion: this file is schemaVersion 2; this build understands up to 1 — update Gigawatt',
      '    hint: deploy a newer build of Gigawatt, or use a file made for this one',
      'page.json: 1 problem',
      '  (root): expected JSON but got an HTML page',
      expect.stringMatching(/^ {4}hint: the server sent a web page/),
      'list.json: 1 problem',
      '  (root): expected an object at the top level, got an array',
      expect.stringMatching(/^ {4}hint: a data file is one JSON object/),
      'missing.json: cannot be read (no such file)',
      '  (root): no such file',
      '    hint: check the path',
      '4 of 5 files have problems',
    ]);
  });

  it('checks decks too, naming the path of each bad field', () => {
    const deck = JSON.parse(
      readFileSync(path.join(root, 'public/decks/briefing.json'), 'utf8'),
    ) as {
      slides: Record<string, unknown>[];
      title: Record<string, unknown>;
    };
    const [first, second] = deck.slides;
    if (!first || !second) throw new Error('need two slides');
    first.chartId = 'stargate-capacityy';
    second.params = { nope: 'x' };
    delete deck.title.ko;
    const { code, lines } = run({
      'decks/team.json': JSON.stringify(deck),
      'decks/empty.json': '{"schemaVersion": 1, "title": {"en": "a", "ko": "b"}, "slides": []}',
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      'decks/team.json: 3 problems (deck)',
      '  title.ko: expected a string',
      '    hint: the deck title is { "en": "…", "ko": "…" }',
      expect.stringMatching(
        /^ {2}slides\[0\]\.chartId: unknown chart id "stargate-capacityy" \(known: stargate-capacity, /,
      ),
      '    hint: use one of the chart ids listed (INTERFACE.md, "Chart ids")',
      '  slides[1].params.nope: "stargate-growth" has no parameter "nope" (it reads: growth-hide)',
      '    hint: use a parameter the chart reads, or drop it',
      'decks/empty.json: 1 problem (deck)',
      '  slides: expected at least one slide',
      expect.stringMatching(/^ {4}hint: each slide is/),
      '2 of 2 files have problems',
    ]);
  });

  it('accepts a version-0 file and says how to bring it up to date', () => {
    const doc = JSON.parse(stargateText) as Record<string, unknown>;
    doc.updated = doc.asOf;
    delete doc.asOf;
    delete doc.schemaVersion;
    const { code, lines } = run({ 'stargate.json': JSON.stringify(doc) });
    expect(code).toBe(0);
    expect(lines[0]).toBe('stargate.json: ok (stargate, schemaVersion 0)');
    expect(lines[1]).toMatch(/^ {2}note: written as schemaVersion 0; it loads/);
  });

  it('exits 1 from the command line on a broken file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
    const bad = path.join(dir, 'fusion.json');
    writeFileSync(bad, '{"schemaVersion": 1');
    const { status, stdout } = runScript('scripts/check-data.ts', [bad]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${bad}: 1 problem`);
    expect(stdout).toContain('(root): not valid JSON (truncated or malformed)');
  }, 30_000);

  it('names an unknown county FIPS code by its path', () => {
    const { code, lines } = run({
      'stargate.json': broken((doc) => {
        const site = doc.sites.find((s) => s.id === 'milam') as { place: { code: string } };
        site.place.code = '48999';
      }),
    });
    expect(code).toBe(1);
    const index = doc().sites.findIndex((s) => s.id === 'milam');
    expect(lines).toContain(`  sites[${index}].place.code: unknown county FIPS code "48999"`);
  });

  it('names a missing place and an unknown country by their paths, and passes a real county', () => {
    const moved = run({
      'stargate.json': broken((doc) => {
        const site = doc.sites.find((s) => s.id === 'milam') as { place: { code: string } };
        site.place.code = '48001';
      }),
    });
    expect(moved.code).toBe(0);
    const { code, lines } = run({
      'stargate.json': broken((doc) => {
        delete doc.sites[0]?.place;
        const uk = doc.sites.find((s) => s.id === 'uk') as {
          place: { code: string };
          country: string;
        };
        uk.place.code = 'QQ';
        uk.country = 'QQ';
      }),
    });
    expect(code).toBe(1);
    const index = doc().sites.findIndex((s) => s.id === 'uk');
    expect(lines).toContain('  sites[0].place: missing: the map cannot place this site');
    expect(lines).toContain(`  sites[${index}].place.code: unknown ISO 3166-1 code "QQ"`);
  });
});

function doc(): { sites: { id: string }[] } {
  return JSON.parse(stargateText) as { sites: { id: string }[] };
}
