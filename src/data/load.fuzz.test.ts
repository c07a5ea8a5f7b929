/*
 * Property-based tests of the loader: whatever an administrator puts in a data file, parseDataset
 * returns parsed data or throws a DataError that names a path — never anything else, because
 * anything else blanks the page on a wall screen.
 *
 * Every property runs twice: with a fixed seed (the same cases every run, so a regression is
 * caught deterministically) and with a fresh random seed, printed, so a failure found by chance
 * can be replayed: FUZZ_SEED=<seed> npx vitest run src/data/load.fuzz.test.ts
 * Runs are few by default (FUZZ_RUNS, 6 per seed) to keep `npm test` fast; each validation of a
 * real file takes 10–30 ms. Raise FUZZ_RUNS for a long local hunt.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { formatPath } from './common-schema';
import { DataError, datasetNames, datasets, type DatasetName } from './datasets';
import { parseDataset, validateText } from './validate';
import { MAX_DEPTH } from './validate';

const FIXED_SEED = 20_261_128;
const randomSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
console.info(
  `[fuzz] seeds ${FIXED_SEED} (fixed) and ${randomSeed} (random); replay with FUZZ_SEED=${randomSeed} npx vitest run src/data/load.fuzz.test.ts`,
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

// Every bundled file of the topic list (src/topics.ts).
const texts = Object.fromEntries(
  datasetNames.map((name) => [
    name,
    readFileSync(resolve(__dirname, '../../public/data', datasets[name].file), 'utf8'),
  ]),
) as Record<DatasetName, string>;
/** A fresh, mutable copy of a bundled file; the JSON.parse boundary is where data enters typed. */
const bundled = (name: DatasetName): Json => JSON.parse(texts[name]) as Json;

/** Every location in a document, with its value, so a corruption can pick one at random. */
type Site = { path: Path; value: Json; key: string | number | undefined };
function locations(doc: Json): Site[] {
  const out: Site[] = [];
  const walk = (value: Json, path: Path) => {
    out.push({ path, value, key: path[path.length - 1] });
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(doc, []);
  return out;
}
const sitesOf = Object.fromEntries(
  datasetNames.map((name) => [name, locations(bundled(name))]),
) as Record<DatasetName, Site[]>;

/** The container at `path` in `doc` (a copy), to set or delete a key in. */
function at(doc: Json, path: Path): Json {
  let node = doc;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part] ?? null;
    else if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      typeof part === 'string'
    )
      node = node[part] ?? null;
    else throw new Error(`no ${formatPath(path)}`);
  }
  return node;
}

/** Sets `path` to `value`, with defineProperty so a key like `__proto__` is an own key, as JSON.parse makes it. */
function setAt(doc: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = at(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    typeof key === 'string'
  ) {
    Object.defineProperty(parent, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else throw new Error(`cannot set ${formatPath(path)}`);
  return doc;
}

type Outcome = { ok: true } | { ok: false; error: DataError };

/** Runs the loader and checks the contract that holds for every input. */
function load(name: DatasetName, text: string): Outcome {
  try {
    parseDataset(name, text);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof DataError))
      throw new Error(`parseDataset threw a non-DataError: ${String(error)}`, { cause: error });
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(problem.path.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
      // A bug in the checker itself must surface here, not hide behind a tidy alert.
      expect(problem.message).not.toMatch(/Maximum call stack|is not a function|Cannot read prop/);
    }
    const first = error.problems[0];
    expect(error.message).toBe(`${datasets[name].file}: ${first?.path}: ${first?.message}`);
    return { ok: false, error };
  }
}

/** The problems of a load that must fail. */
function mustFail(name: DatasetName, text: string) {
  const outcome = load(name, text);
  if (outcome.ok) throw new Error('expected the corrupted file to be rejected');
  return outcome.error.problems;
}

/** `inside` is `path` or below it (`sites[1]` contains `sites[1].id`, not `sites[10]`). */
function within(inside: string, path: string): boolean {
  return (
    path === '(root)' ||
    inside === path ||
    inside.startsWith(`${path}.`) ||
    inside.startsWith(`${path}[`)
  );
}

const dataset = fc.constantFrom<DatasetName>('stargate', 'fusion');
/** One location of a kind, in one of the bundled files. */
const siteIn = (name: DatasetName, keep: (site: Site) => boolean) => {
  const pool = sitesOf[name].filter(keep);
  if (pool.length === 0) throw new Error(`no location of that kind in ${name}`);
  return fc.constantFrom(...pool);
};
const withSite = (keep: (site: Site) => boolean) =>
  dataset.chain((name) => siteIn(name, keep).map((site) => ({ name, site })));

const typeOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const nanLike = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  'null',
  'undefined',
  '1,000',
  '1.2 GW',
  '',
  ' ',
  '0x10',
  'true',
);
const anyValueOtherThan = (value: Json) =>
  fc
    .oneof(
      nanLike,
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.array(fc.jsonValue(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
    )
    .filter((other) => typeOf(other as Json) !== typeOf(value) && other !== null)
    .map((other) => other as Json);

const HUGE = '"__fuzz_huge_number__"';
const SENTINEL = '__fuzz_replace_me__';
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const isDate = (value: Json) => typeof value === 'string' && /^\d{4}(-\d\d(-\d\d)?)?$/.test(value);
const localized = (site: Site) =>
  (site.key === 'en' || site.key === 'ko') && typeof site.value === 'string';

function property<T>(title: string, arb: fc.Arbitrary<T>, check: (value: T) => void, runs = RUNS) {
  for (const [label, seed] of [
    ['fixed', FIXED_SEED],
    ['random', randomSeed],
  ] as const) {
    it(`${title} (${label} seed ${seed})`, () => {
      fc.assert(fc.property(arb, check), { seed, numRuns: runs });
    }, 60_000);
  }
}

describe('parseDataset under fuzzing', () => {
  describe('valid documents always pass', () => {
    property(
      'any text in the localized fields, markup included, is data',
      dataset.chain((name) =>
        fc
          .array(
            fc.tuple(
              siteIn(name, localized),
              fc.oneof(
                fc.string({ minLength: 1 }),
                fc.string({ unit: 'grapheme', minLength: 1 }),
                fc.constantFrom(
                  '<img src=x onerror=alert(1)>',
                  '<script>alert(1)</script>',
                  '{{constructor}}',
                  '‮reversed',
                  '\u0000',
                ),
              ),
            ),
            { minLength: 1, maxLength: 20 },
          )
          .map((edits) => ({ name, edits })),
      ),
      ({ name, edits }) => {
        const doc = bundled(name);
        for (const [site, text] of edits) setAt(doc, site.path, text);
        expect(load(name, JSON.stringify(doc))).toEqual({ ok: true });
      },
    );

    property(
      'the sources may come in any order',
      dataset.chain((name) => fc.tuple(fc.constant(name), fc.nat())),
      ([name, seed]) => {
        const doc = bundled(name);
        const sources = at(doc, ['sources']);
        if (!Array.isArray(sources)) throw new Error('no sources');
        const shuffled = [...sources].sort(
          (a, b) =>
            ((JSON.stringify(a).length * 31 + seed) % 97) -
            ((JSON.stringify(b).length * 31 + seed) % 97),
        );
        setAt(doc, ['sources'], shuffled);
        expect(load(name, JSON.stringify(doc, null, seed % 4))).toEqual({ ok: true });
      },
    );

    property(
      'a version-0 file passes and reads as its version-1 self',
      dataset,
      (name) => {
        const doc = bundled(name);
        if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
          throw new Error('not an object');
        const old = Object.fromEntries(
          Object.entries(doc)
            .map(([key, value]) => [key === 'asOf' ? 'updated' : key, value])
            .filter(([key]) => key !== 'schemaVersion'),
        );
        expect(parseDataset(name, JSON.stringify(old))).toEqual(bundled(name));
      },
      2,
    );

    property(
      'an unknown key on any object is ignored, with a warning (keys like __proto__ included)',
      withSite(
        (s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value),
      ).chain(({ name, site }) =>
        fc
          .oneof(
            fc.string(),
            fc.constantFrom(
              '__proto__',
              'constructor',
              'toString',
              'hasOwnProperty',
              'ID',
              'sourceids',
            ),
          )
          .filter(
            (key) =>
              site.value !== null &&
              typeof site.value === 'object' &&
              !Object.hasOwn(site.value, key),
          )
          .map((key) => ({ name, site, key })),
      ),
      ({ name, site, key }) => {
        const text = JSON.stringify(setAt(bundled(name), [...site.path, key], 'extra'));
        // No effect on the page: the same data as the file without the key.
        expect(parseDataset(name, text)).toEqual(parseDataset(name, texts[name]));
        // check-data names it.
        const result = validateText(name, text);
        expect(result.warnings).toContainEqual(
          expect.objectContaining({
            path: formatPath(site.path),
            message: `unknown key "${key}", ignored`,
          }),
        );
      },
    );
  });

  describe('corruptions always fail and name the path', () => {
    property(
      'a value of the wrong type (NaN-like strings for numbers among them)',
      withSite((s) => s.path.length > 0 && s.value !== null).chain(({ name, site }) =>
        anyValueOtherThan(site.value).map((value) => ({ name, site, value })),
      ),
      ({ name, site, value }) => {
        const problems = mustFail(name, JSON.stringify(setAt(bundled(name), site.path, value)));
        expect(problems.map((p) => p.path)).toContain(formatPath(site.path));
      },
    );

    property(
      'a missing key either was optional or is named',
      withSite((s) => typeof s.key === 'string').map(({ name, site }) => ({ name, site })),
      ({ name, site }) => {
        const doc = bundled(name);
        const parent = at(doc, site.path.slice(0, -1));
        if (
          parent === null ||
          typeof parent !== 'object' ||
          Array.isArray(parent) ||
          typeof site.key !== 'string'
        )
          throw new Error('no parent');
        const key = site.key;
        const without = Object.fromEntries(Object.entries(parent).filter(([k]) => k !== key));
        const outcome = load(name, JSON.stringify(setAt(doc, site.path.slice(0, -1), without)));
        if (!outcome.ok) {
          const parentPath = formatPath(site.path.slice(0, -1));
          expect(
            outcome.error.problems.some(
              (p) => within(p.path, parentPath) || p.message.startsWith('unknown'),
            ),
          ).toBe(true);
        }
      },
    );

    property(
      'a duplicate id within a list',
      withSite(
        (s) =>
          Array.isArray(s.value) &&
          s.value.filter(
            (item) =>
              item !== null &&
              typeof item === 'object' &&
              !Array.isArray(item) &&
              typeof item.id === 'string',
          ).length >= 2,
      ).chain(({ name, site }) => {
        const length = Array.isArray(site.value) ? site.value.length : 0;
        return fc
          .tuple(fc.nat({ max: length - 1 }), fc.nat({ max: length - 1 }))
          .filter(([i, j]) => i < j)
          .map(([i, j]) => ({ name, site, i, j }));
      }),
      ({ name, site, i, j }) => {
        const doc = bundled(name);
        const id = at(doc, [...site.path, i, 'id']);
        setAt(doc, [...site.path, j, 'id'], id);
        const problems = mustFail(name, JSON.stringify(doc));
        expect(problems).toContainEqual(
          expect.objectContaining({
            path: formatPath([...site.path, j, 'id']),
            message: expect.stringMatching(/^duplicate/),
          }),
        );
      },
    );

    property(
      'a source id that names no source',
      withSite((s) => s.path[s.path.length - 2] === 'sourceIds').chain(({ name, site }) =>
        fc
          .stringMatching(/^[a-z][a-z0-9-]{0,24}$/)
          .map((id) => ({ name, site, id: `${id}-nowhere` })),
      ),
      ({ name, site, id }) => {
        const problems = mustFail(name, JSON.stringify(setAt(bundled(name), site.path, id)));
        expect(problems).toContainEqual(
          expect.objectContaining({
            path: formatPath(site.path),
            message: `unknown source id "${id}"`,
          }),
        );
      },
    );

    property(
      'a negative or infinite number',
      withSite((s) => typeof s.value === 'number').chain(({ name, site }) =>
        fc
          .oneof(
            fc.double({ min: -1e308, max: -Number.MIN_VALUE, noNaN: true }),
            fc.constantFrom(HUGE, `-${HUGE}`),
          )
          .map((value) => ({ name, site, value })),
      ),
      ({ name, site, value }) => {
        const text = JSON.stringify(
          setAt(bundled(name), site.path, typeof value === 'number' ? value : HUGE),
        )
          // JSON.stringify cannot write an overflowing literal; the text can, and 1e999 parses to Infinity.
          .replace(HUGE, value === `-${HUGE}` ? '-1e999' : '1e999');
        const problems = mustFail(name, text);
        expect(problems.map((p) => p.path)).toContain(formatPath(site.path));
      },
    );

    property(
      'an implausibly large number anywhere: every number has a range',
      withSite((s) => typeof s.value === 'number' && s.key !== 'schemaVersion').chain(
        ({ name, site }) =>
          fc
            .double({ min: 1e26, max: 1e308, noNaN: true, noDefaultInfinity: true })
            .map((value) => ({ name, site, value })),
      ),
      ({ name, site, value }) => {
        const problems = mustFail(name, JSON.stringify(setAt(bundled(name), site.path, value)));
        expect(problems).toContainEqual(
          expect.objectContaining({
            path: formatPath(site.path),
            message: expect.stringMatching(/ is outside .*; ./),
          }),
        );
      },
    );

    property(
      'an invalid date',
      withSite((s) => isDate(s.value)).chain(({ name, site }) =>
        fc
          .oneof(
            fc.constantFrom(
              '2025-02-30',
              '2023-02-29',
              '2025-13',
              '2025-00',
              '2025-04-31',
              '23 Sep 2025',
              '2025/09/23',
              '2025-9-1',
              '',
              ' 2025',
              '20255',
              'Q3 2026',
            ),
            fc.string().filter((s) => !/^\d{4}(-\d\d(-\d\d)?)?$/.test(s)),
          )
          .map((value) => ({ name, site, value })),
      ),
      ({ name, site, value }) => {
        const problems = mustFail(name, JSON.stringify(setAt(bundled(name), site.path, value)));
        expect(problems.map((p) => p.path)).toContain(formatPath(site.path));
      },
    );

    property(
      'deep nesting anywhere',
      withSite((s) => s.path.length > 0).chain(({ name, site }) =>
        fc
          .tuple(fc.integer({ min: MAX_DEPTH, max: 20_000 }), fc.boolean())
          .map(([depth, arrays]) => ({ name, site, depth, arrays })),
      ),
      ({ name, site, depth, arrays }) => {
        // Written as text: JSON.stringify itself recurses and would overflow first.
        const deep = arrays
          ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
          : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        const text = JSON.stringify(setAt(bundled(name), site.path, SENTINEL)).replace(
          `"${SENTINEL}"`,
          deep,
        );
        const problems = mustFail(name, text);
        expect(problems.some((p) => within(p.path, formatPath(site.path)))).toBe(true);
      },
    );

    property(
      'the wrong top-level type',
      fc.tuple(
        dataset,
        fc.oneof(
          fc.array(fc.jsonValue(), { maxLength: 5 }),
          fc.string(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.constant(null),
        ),
      ),
      ([name, value]) => {
        const problems = mustFail(name, JSON.stringify(value));
        expect(problems[0]?.path).toBe('(root)');
      },
    );

    property(
      'a file cut short anywhere',
      dataset.chain((name) =>
        fc.nat({ max: texts[name].trimEnd().length - 1 }).map((cut) => ({ name, cut })),
      ),
      ({ name, cut }) => {
        const problems = mustFail(name, texts[name].slice(0, cut));
        expect(problems).toEqual([expect.objectContaining({ path: '(root)' })]);
      },
    );
  });

  describe('never anything but data or a DataError', () => {
    property(
      'any text at all',
      fc.tuple(dataset, fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json())),
      ([name, text]) => {
        load(name, text);
      },
      RUNS * 4,
    );

    property(
      'any JSON value in any location',
      withSite(() => true).chain(({ name, site }) =>
        fc.jsonValue().map((value) => ({ name, site, value: value as Json })),
      ),
      ({ name, site, value }) => {
        load(name, JSON.stringify(setAt(bundled(name), site.path, value)));
      },
    );

    property(
      'a 10 MB string in any text location (fails only where text has a format)',
      withSite((s) => typeof s.value === 'string'),
      ({ name, site }) => {
        const outcome = load(name, JSON.stringify(setAt(bundled(name), site.path, TEN_MB)));
        if (localized(site)) expect(outcome).toEqual({ ok: true });
        if (isDate(site.value)) expect(outcome.ok).toBe(false);
      },
      // ~0.5 s a run (10 MB through JSON and the schema), so one per seed.
      1,
    );
  });
});
