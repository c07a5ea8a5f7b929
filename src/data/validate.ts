import type { z } from 'zod';
import {
  describeIssue,
  documentRuleIssues,
  formatPath,
  ranges,
  type ValidationProblem,
} from './common-schema';
import { DataError, datasetNames, datasets, type Dataset, type DatasetName } from './datasets';
import { schemas } from './schemas';
import { CURRENT_SCHEMA_VERSION, isJsonObject, migrateDocument, type JsonObject } from './migrate';

/*
 * The one place that decides whether a data file is usable, and says why not. The app's
 * loader (load.ts) and the command line (scripts/check-data.ts) both call it, so an
 * administrator's `npm run check-data` and the alert on the page never disagree.
 */

export { datasetNames, datasets, type Dataset, type DatasetName };

/** A problem as the command line prints it: where, what, and what to do about it. */
export type CheckedProblem = ValidationProblem & { hint: string };

/**
 * `warnings` are keys the schema does not know (a typo, a note an editor added, a field from a
 * newer format): the page ignores them and loads the file; check-data lists each one.
 */
export type Validation<N extends DatasetName> =
  | { ok: true; data: Dataset<N>; fromVersion: number; warnings: CheckedProblem[] }
  | { ok: false; problems: CheckedProblem[]; warnings?: CheckedProblem[] };

/**
 * Deeper than any real file nests (the deepest, fusion.json, is under 10 levels). The limit
 * exists because the schema and the cross-field walk recurse: a hand-made file nested a
 * hundred thousand levels deep would otherwise overflow the stack instead of being reported.
 */
export const MAX_DEPTH = 32;

/** A value quoted in a message is cut to this many characters, so a 10 MB id cannot flood the alert. */
const MAX_MESSAGE_CHARS = 300;

/**
 * Parses and validates a data file's text (migrating an older schemaVersion); throws
 * DataError naming the first bad path. Never throws anything else: an administrator's
 * file, however broken, must end in the alert, not a blank page.
 */
export function parseDataset<N extends DatasetName>(name: N, text: string): Dataset<N> {
  const result = validateText(name, text);
  if (!result.ok) throw new DataError(datasets[name].file, result.problems);
  return result.data;
}

/** Validates the text of a data file: empty, not JSON, an HTML page, a wrong version, a schema failure. */
export function validateText<N extends DatasetName>(name: N, text: string): Validation<N> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return validateDocument(name, parsed.json);
}

/**
 * Valid as it is: in the current schema version, with no key left out. The build vouches for
 * such a file by its digest, and a page that fetches the same bytes uses them without checking
 * them again (load.ts); any other file, or any change, is checked in full.
 */
export function validAsIs(name: DatasetName, text: string): boolean {
  const result = validateText(name, text);
  return result.ok && result.fromVersion === CURRENT_SCHEMA_VERSION && result.warnings.length === 0;
}

export type JsonParse = { ok: true; json: unknown } | { ok: false; problems: CheckedProblem[] };

/** JSON.parse, with a plain-language problem (and where to look) instead of a SyntaxError. */
export function parseJson(text: string): JsonParse {
  // Windows editors save UTF-8 with a byte-order mark; fetch strips it, readFileSync does not.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '(root)', message: 'the file is empty', hint: hints.empty }],
    };
  }
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (error) {
    if (/^\s*</.test(body)) {
      return {
        ok: false,
        problems: [
          { path: '(root)', message: 'expected JSON but got an HTML page', hint: hints.html },
        ],
      };
    }
    const reason = error instanceof Error ? error.message : '';
    const at = syntaxLocation(body, reason);
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          // The line and column go in the message too, so the alert on the page gives them
          // as check-data does (the page shows messages, not hints).
          message: `not valid JSON (truncated or malformed)${at ? ` at line ${at.line}, column ${at.column}` : ''}`,
          hint: syntaxHint(body, reason),
        },
      ],
    };
  }
}

/** Validates a parsed data file: its version first, then its shape, then the cross-field rules. */
export function validateDocument<N extends DatasetName>(name: N, json: unknown): Validation<N> {
  const schema = schemas[name];
  const tooDeep = findTooDeep(json);
  if (tooDeep) {
    return {
      ok: false,
      problems: [
        withHint(
          { path: formatPath(tooDeep), message: `nested more than ${MAX_DEPTH} levels deep` },
          name,
        ),
      ],
    };
  }
  const migration = migrateDocument(json);
  if (!migration.ok)
    return { ok: false, problems: migration.problems.map((p) => withHint(p, name)) };

  // Unknown keys are warnings, not problems: the schemas are strict (a stray key in data we
  // write is a bug), so they are read off a first pass, removed, and the file checked again.
  // The page then never sees them, and check-data lists every one.
  let doc = migration.doc;
  const warnings: CheckedProblem[] = [];
  // reportInput tells a missing key (input undefined) from a wrong value.
  let result = schema.safeParse(doc, { reportInput: true });
  for (let pass = 0; !result.success && pass < 3; pass += 1) {
    const unknown = result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    if (unknown.length === 0) break;
    doc = withoutKeys(doc, unknown);
    for (const issue of unknown)
      for (const key of issue.keys)
        warnings.push(
          withHint(
            { path: formatPath(issue.path), message: `unknown key "${key}", ignored` },
            name,
          ),
        );
    result = schema.safeParse(doc, { reportInput: true });
  }
  if (result.success) {
    // The generic index loses the link between N and its schema; the value was just parsed by schemas[N].
    return {
      ok: true,
      data: result.data as Dataset<N>,
      fromVersion: migration.fromVersion,
      warnings,
    };
  }
  const problems = result.error.issues.map(problemFromIssue);
  // zod skips a document's cross-field rules while its shape has errors. The generic rules
  // (dangling source ids, duplicate ids) need no shape, so report them now too: a file
  // with a typo and a wrong type gets both in one pass.
  problems.push(...rawRuleProblems(doc));
  return { ok: false, problems: dedupe(problems).map((p) => withHint(p, name)), warnings };
}

/** A copy of `doc` without the keys zod reported as unrecognized (the input is never changed). */
function withoutKeys(
  doc: JsonObject,
  issues: readonly { path: PropertyKey[]; keys: string[] }[],
): JsonObject {
  const copy = structuredClone(doc);
  for (const { path, keys } of issues) {
    let node: unknown = copy;
    for (const part of path) {
      if (Array.isArray(node) && typeof part === 'number') node = node[part];
      else if (isJsonObject(node) && typeof part === 'string') node = node[part];
      else node = undefined;
    }
    if (isJsonObject(node)) for (const key of keys) Reflect.deleteProperty(node, key);
  }
  return copy;
}

/** Which dataset a file is: by its name (`stargate.json`, `fusion-2026.json`), else by its top-level keys. */
export function detectDataset(fileName: string, json: unknown): DatasetName | undefined {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const byName = datasetNames.find(
    (name) =>
      base === datasets[name].file || base.startsWith(`${name}-`) || base.startsWith(`${name}.`),
  );
  if (byName) return byName;
  if (!isJsonObject(json)) return undefined;
  const header = new Set(['schemaVersion', 'asOf', 'updated', 'sources']);
  let best: { name: DatasetName; score: number } | undefined;
  for (const name of datasetNames) {
    const keys = Object.keys(schemas[name].shape).filter((key) => !header.has(key));
    const score = keys.filter((key) => key in json).length;
    if (score > 0 && (!best || score > best.score)) best = { name, score };
  }
  return best?.name;
}

function problemFromIssue(issue: z.core.$ZodIssue): ValidationProblem {
  const path = formatPath(issue.path);
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    'input' in issue &&
    issue.input === undefined
  ) {
    return { path, message: `missing (${describeIssue(issue)})` };
  }
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'number' &&
    typeof issue.input === 'number'
  ) {
    // JSON has no NaN or Infinity; a literal like 1e999 parses to Infinity.
    return { path, message: 'expected a finite number (this one is too large)' };
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return {
      path,
      message: `expected a number ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`,
    };
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return {
      path,
      message: `expected a number ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`,
    };
  }
  return { path, message: describeIssue(issue) };
}

/** The generic cross-field rules over an unchecked tree, using whatever source ids it has. */
function rawRuleProblems(doc: JsonObject): ValidationProblem[] {
  const { sources } = doc;
  // Without a list of sources every source id would read as dangling: noise, not help.
  if (!Array.isArray(sources)) return [];
  const known = sources.flatMap((s) =>
    isJsonObject(s) && typeof s.id === 'string' ? [{ id: s.id }] : [],
  );
  if (known.length === 0) return [];
  return documentRuleIssues({ ...doc, sources: known }).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

function dedupe(problems: ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The path to the first value nested deeper than MAX_DEPTH, or undefined. Iterative on
 * purpose: the point is to survive depths that would overflow a recursive walk.
 */
function findTooDeep(root: unknown): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const { value, path } = top;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return path;
    if (Array.isArray(value))
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else
      for (const [key, item] of Object.entries(value))
        stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

// ---------------------------------------------------------------- hints

const hints = {
  empty: 'the file has no content: copy the whole file again',
  html: 'the server sent a web page instead of the file: check the file exists under data/ and that the server answers 404, not index.html, for a missing file',
  topLevel: 'a data file is one JSON object, { "schemaVersion": 1, "asOf": …, "sources": […], … }',
  newer: 'deploy a newer build of Gigawatt, or use a file made for this one',
  deep: 'no data file nests this deep: look for brackets opened and never closed',
  fallback: (name: DatasetName) =>
    `fix the value so the rule holds; the rules are described in src/data/${name}-schema.ts`,
};

/** Plain-language advice for a problem, keyed on its message; every problem gets one. */
export function hintFor(problem: ValidationProblem, name: DatasetName): string {
  const { message, path } = problem;
  const table: [RegExp, string][] = [
    [/^unknown source id/, 'add a source with this id to `sources`, or fix the typo'],
    [/^unknown site id/, 'add a site with this id to `sites`, or fix the typo'],
    [/^unknown programme id/, 'add a programme with this id to `programmes`, or fix the typo'],
    [/^unknown target id/, 'add a target with this id to `targets`, or fix the typo'],
    [
      /^unknown id/,
      'use the id of an item in this file (programme, phase, record, target, challenge, …), or fix the typo',
    ],
    [/is not in partners/, 'add this partner to `partners`, or fix the typo'],
    [
      /^duplicate (phase )?id/,
      'give each item its own id: links, filters and embeds find items by id',
    ],
    [/real calendar date/, 'use YYYY, YYYY-MM or YYYY-MM-DD with a day that exists in that month'],
    [/ISO date/, 'use YYYY, YYYY-MM or YYYY-MM-DD'],
    [
      /after asOf/,
      'a date after the file’s asOf cannot have been reported yet: fix the date, or move asOf forward',
    ],
    [/^this file is schemaVersion/, hints.newer],
    [/^expected an object at the top level/, hints.topLevel],
    [/^nested more than/, hints.deep],
    [
      /^missing/,
      'add this key; where a figure is unknown and the field allows it, write null and say why in a note',
    ],
    [/^expected a finite number/, 'write an ordinary number; JSON has no Infinity'],
    [
      new RegExp(` is outside ${ranges.year.min}–${ranges.year.max}`),
      'check the year for a typo (2205 or 1025 for 2025)',
    ],
    [
      / is outside -?[\d,.e]+–/,
      'check the unit (GW, not MW; billions, not millions), the decimal point and the sign; if the figure is right, widen its range in src/data/ and say why',
    ],
    [/^expected a number [≥>] 0/, 'this figure cannot be negative'],
    [
      /^expected a number/,
      'write a plain number without quotes, units or thousands separators, e.g. 1.2 (not "1.2", "1.2 GW" or "NaN")',
    ],
    [/^expected a string/, 'write text in double quotes'],
    [/^expected a boolean/, 'write true or false, without quotes'],
    [/^expected an array/, 'write a list in square brackets, e.g. ["a", "b"]'],
    [/^expected an object/, 'write an object in curly braces with the keys this field needs'],
    [/^expected null/, 'write null'],
    [/^unexpected key/, 'remove it, or check its spelling (keys are case-sensitive)'],
    [
      /^unknown key/,
      `the page ignores it: remove it, or check its spelling against src/data/${name}-schema.ts (keys are case-sensitive)`,
    ],
    [/lowercase id/, 'use lowercase letters, digits and hyphens, e.g. abilene-phase-2'],
    [/at least one source id/, 'name the source(s) the figure comes from in `sourceIds`'],
    [/^Invalid URL/i, 'use a full address starting with https:// or http://'],
    [/alpha-2 country code/, 'use a two-letter upper-case country code, e.g. US, NO, AE'],
  ];
  if (path === 'schemaVersion' && /^expected one of/.test(message)) {
    return `set "schemaVersion" to ${CURRENT_SCHEMA_VERSION} (a number, without quotes)`;
  }
  if (/^expected one of/.test(message))
    return 'use one of the listed values, spelled exactly as shown';
  for (const [pattern, hint] of table) if (pattern.test(message)) return hint;
  return hints.fallback(name);
}

function withHint(problem: ValidationProblem, name: DatasetName): CheckedProblem {
  const message = clip(problem.message);
  return { path: problem.path, message, hint: hintFor({ path: problem.path, message }, name) };
}

function clip(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  const keep = Math.floor((MAX_MESSAGE_CHARS - 1) / 2);
  return `${text.slice(0, keep)}…${text.slice(-keep)}`;
}

/** Line and column (1-based) of a JSON.parse error, from V8's "… at position 345" or "line 12 column 5". */
function syntaxLocation(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** "near line 12, column 5" from V8's "… at position 345" (or "line 12 column 5"), when it says. */
function syntaxHint(text: string, message: string): string {
  const base = 'look for a missing comma, bracket or quote, or a file cut short';
  const at = syntaxLocation(text, message);
  if (at) return `${base}, near line ${at.line}, column ${at.column}`;
  return message.includes('end of JSON') ? `${base}: the file ends too early` : base;
}
