/*
 * `npm run check-data [file…]`: checks data files before they are deployed, with the same
 * validation the app runs when it loads them (src/data/validate.ts), so a file that passes
 * here cannot raise the data alert on the page.
 *
 * With no arguments it checks public/data/*.json and the named decks, public/decks/*.json. Each
 * file's dataset is chosen by its name (`stargate.json`, `fusion-2026-05.json`), else by its
 * top-level keys; a file in a `decks` folder, or with `slides` and no `sources`, is a deck. Every problem is
 * printed with its JSON path and a hint; the exit code is 1 if any file has a problem,
 * 0 when all are clean. A key the schema does not know is a warning: the page ignores it and
 * loads the file, so it does not change the exit code, but it may be a misspelt field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateDeck } from '../src/app/deck-schema';
import { CURRENT_SCHEMA_VERSION, migrateDocument } from '../src/data/migrate';
import {
  datasetNames,
  detectDataset,
  hintFor,
  parseJson,
  validateDocument,
  type CheckedProblem,
} from '../src/data/validate';
import type { StargateDocument } from '../src/data/stargate-schema';
import { knownPlaceCodes } from './geo-build';

export type CheckIo = {
  read: (file: string) => string;
  out: (line: string) => void;
};

const nodeIo: CheckIo = {
  read: (file) => readFileSync(file, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
};

function jsonFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.relative(process.cwd(), path.join(dir, name)) || name);
}

export function defaultFiles(root: string): string[] {
  return [
    ...jsonFilesIn(path.join(root, 'public', 'data')),
    ...jsonFilesIn(path.join(root, 'public', 'decks')),
  ];
}

/** A deck: it sits in a `decks` folder, or it has slides and no sources (data files always have sources). */
export function isDeckFile(file: string, json: unknown): boolean {
  if (file.split(/[\\/]/).slice(0, -1).includes('decks')) return true;
  return (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    'slides' in json &&
    !('sources' in json)
  );
}

const deckHints: [RegExp, string][] = [
  [/unknown chart id/, 'use one of the chart ids listed (INTERFACE.md, "Chart ids")'],
  [/has no parameter/, 'use a parameter the chart reads, or drop it'],
  [/^schemaVersion/, 'decks are schemaVersion 1'],
  [
    /^slides/,
    'each slide is { "chartId": …, "params"?: {…}, "title"?: { "en", "ko" }, "notes"?: { "en", "ko" } }',
  ],
  [/^title/, 'the deck title is { "en": "…", "ko": "…" }'],
];

function checkDeck(file: string, json: unknown): FileResult {
  const result = validateDeck(json);
  if (result.ok) {
    return {
      summary: `${file}: ok (deck, ${result.deck.slides.length} slides)`,
      problems: [],
      notes: [],
    };
  }
  const problems = result.problems.map((problem) => ({
    ...problem,
    hint:
      deckHints.find(
        ([pattern]) => pattern.test(problem.message) || pattern.test(problem.path),
      )?.[1] ?? 'see INTERFACE.md, "Decks"',
  }));
  return { summary: failed(file, problems, 'deck'), problems, notes: [] };
}

type FileResult = {
  summary: string;
  problems: CheckedProblem[];
  /** Keys the schema does not know: the page ignores them, so they do not fail the check. */
  warnings?: CheckedProblem[];
  notes: string[];
};

export function checkFile(file: string, io: CheckIo): FileResult {
  let text: string;
  try {
    text = io.read(file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? 'no such file'
        : String(error);
    return {
      summary: `${file}: cannot be read (${reason})`,
      problems: [{ path: '(root)', message: reason, hint: 'check the path' }],
      notes: [],
    };
  }
  const parsed = parseJson(text);
  if (!parsed.ok)
    return {
      summary: failed(file, parsed.problems, undefined),
      problems: parsed.problems,
      notes: [],
    };

  if (isDeckFile(file, parsed.json)) return checkDeck(file, parsed.json);
  const name = detectDataset(file, parsed.json);
  if (!name) {
    // An array or a bare string cannot be identified by content; its shape is the problem to report.
    const migration = migrateDocument(parsed.json);
    if (!migration.ok) {
      const problems = migration.problems.map((p) => ({
        ...p,
        hint: hintFor(p, datasetNames[0] ?? 'stargate'),
      }));
      return { summary: failed(file, problems, undefined), problems, notes: [] };
    }
    const problems: CheckedProblem[] = [
      {
        path: '(root)',
        message: 'cannot tell which data file this is',
        hint: `name it ${datasetNames.map((n) => `${n}.json`).join(' or ')} (or ${datasetNames[0]}-<anything>.json)`,
      },
    ];
    return { summary: failed(file, problems, undefined), problems, notes: [] };
  }
  const result = validateDocument(name, parsed.json);
  const warnings = result.warnings ?? [];
  if (!result.ok)
    return {
      summary: failed(file, result.problems, name),
      problems: result.problems,
      warnings,
      notes: [],
    };
  // Only the Stargate file places sites on the map.
  if ('sites' in result.data) {
    const problems = placeProblems(result.data);
    if (problems.length)
      return { summary: failed(file, problems, name), problems, warnings, notes: [] };
  }

  const notes =
    result.fromVersion < CURRENT_SCHEMA_VERSION
      ? [
          `written as schemaVersion ${result.fromVersion}; it loads (migrated on the fly), but save it as ` +
            `schemaVersion ${CURRENT_SCHEMA_VERSION} when you next edit it (see src/data/migrate.ts)`,
        ]
      : [];
  const warned =
    warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  return {
    summary: `${file}: ok (${name}, schemaVersion ${result.fromVersion})${warned}`,
    problems: [],
    warnings,
    notes,
  };
}

let placeCodes: ReturnType<typeof knownPlaceCodes> | null = null;

/**
 * Stricter than the page: the map draws a site whose place code it does not know in a list
 * beside the map, but a file about to be deployed should name a real county, state or country.
 * The codes are those of the geography the map is built from (us-atlas, world-atlas).
 */
export function placeProblems(doc: StargateDocument): CheckedProblem[] {
  placeCodes ??= knownPlaceCodes();
  const { counties, states, countries } = placeCodes;
  const problems: CheckedProblem[] = [];
  doc.sites.forEach((site, i) => {
    const code = site.place?.code;
    if (code === undefined) {
      problems.push({
        path: `sites[${i}].place`,
        message: 'missing: the map cannot place this site',
        hint: 'add "place": { "code": <county FIPS, state FIPS or ISO 3166-1 alpha-2>, "note": null, "sourceIds": [...] }',
      });
      return;
    }
    const known = /^\d{5}$/.test(code)
      ? counties.has(code)
      : /^\d{2}$/.test(code)
        ? states.has(code)
        : countries.has(code);
    if (!known)
      problems.push({
        path: `sites[${i}].place.code`,
        message: `unknown ${/^\d{5}$/.test(code) ? 'county FIPS' : /^\d{2}$/.test(code) ? 'state FIPS' : 'ISO 3166-1'} code "${code}"`,
        hint: 'use the 5-digit county FIPS code (e.g. 48441 for Taylor County, Texas), a 2-digit state code, or a country code on the map',
      });
  });
  return problems;
}

function failed(file: string, problems: CheckedProblem[], name: string | undefined): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${file}: ${count}${name ? ` (${name})` : ''}`;
}

/** Checks every file, prints the report, and returns the exit code. */
export function checkFiles(files: readonly string[], io: CheckIo = nodeIo): number {
  let failures = 0;
  for (const file of files) {
    const { summary, problems, warnings = [], notes } = checkFile(file, io);
    io.out(summary);
    for (const problem of problems) {
      io.out(`  ${problem.path}: ${problem.message}`);
      io.out(`    hint: ${problem.hint}`);
    }
    for (const warning of warnings) {
      io.out(`  warning: ${warning.path}: ${warning.message}`);
      io.out(`    hint: ${warning.hint}`);
    }
    for (const note of notes) io.out(`  note: ${note}`);
    if (problems.length > 0) failures += 1;
  }
  if (files.length > 1) {
    io.out(
      failures === 0
        ? `all ${files.length} files ok`
        : `${failures} of ${files.length} files have problems`,
    );
  }
  return failures === 0 ? 0 : 1;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    nodeIo.out(
      'usage: npm run check-data [file…]   (default: public/data/*.json and public/decks/*.json)',
    );
    return 0;
  }
  const files = argv.length > 0 ? [...argv] : defaultFiles(process.cwd());
  if (files.length === 0) {
    nodeIo.out('no data files to check');
    return 1;
  }
  return checkFiles(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
