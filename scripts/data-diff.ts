/*
 * `npm run data-diff -- old.json new.json`: what replacing a data file changes for a reader,
 * before it ships. Both files are checked first, with the same validation the page runs
 * (src/data/validate.ts); the report compares what the page would show, so layout, key order,
 * number spelling (1.0 vs 1), schemaVersion 0 vs 1 and keys the page ignores are no change.
 *
 * It lists, under the part of the file they belong to: items added, removed, renamed (a new
 * name, or a new id for the same name); every field whose value, qualifier, status or sources
 * changed, old → new, followed by the item's sources in the new file; sources added, dropped
 * (with what cited them) or edited; conflicts added or resolved; and the as-of date.
 *
 * Exit status, as diff(1): 0 nothing a reader sees changed, 1 something did, 2 a file could not
 * be read or checked (its problems are printed, as check-data prints them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  datasets,
  detectDataset,
  parseJson,
  validateDocument,
  type CheckedProblem,
  type DatasetName,
} from '../src/data/validate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One segment of a path: a key, an array index, or an item named by its id. */
type Segment = string | number | { id: string };

export type Change =
  | { kind: 'as-of'; old: string; new: string }
  | { kind: 'source-added'; source: JsonObject }
  | { kind: 'source-dropped'; source: JsonObject; citedBy: string[] }
  | { kind: 'source-changed'; id: string; field: string; old: Json; new: Json }
  | { kind: 'added'; at: Segment[]; item: JsonObject }
  | { kind: 'removed'; at: Segment[]; item: JsonObject }
  | { kind: 'id-changed'; at: Segment[]; oldId: string; item: JsonObject }
  | { kind: 'order'; at: Segment[] }
  | {
      kind: 'changed';
      /** The item the field belongs to (the nearest object with an id), or the section. */
      at: Segment[];
      field: Segment[];
      old: Json | undefined;
      new: Json | undefined;
      /** The sources of the changed figure in the new file. */
      sourceIds: string[];
      /** The item as it is in the new file (or the old, if gone), for its title. */
      item: JsonObject | undefined;
    };

// ---------------------------------------------------------------- comparing

function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

const hasId = (value: Json): value is JsonObject & { id: string } =>
  isObject(value) && typeof value.id === 'string';

/** Text a reader sees in both languages: compared and shown as one value. */
const isLocalized = (value: Json | undefined): value is { en: string; ko: string } =>
  isObject(value) &&
  Object.keys(value).length === 2 &&
  typeof value.en === 'string' &&
  typeof value.ko === 'string';

const isSourceList = (key: Segment | undefined) =>
  typeof key === 'string' && /(^s|S)ourceIds$/.test(key);

/** What names an item for a reader: its name, title or label, in English. */
export function titleOf(item: JsonObject | undefined): string | undefined {
  if (!item) return undefined;
  for (const key of [
    'name',
    'title',
    'label',
    'device',
    'subject',
    'topic',
    'who',
    'member',
    'plan',
  ]) {
    const value = item[key];
    if (typeof value === 'string') return value;
    if (isLocalized(value)) return value.en;
  }
  return undefined;
}

/** Compares two parsed files of the same dataset. */
export function diffDocuments(oldDoc: JsonObject, newDoc: JsonObject): Change[] {
  const changes: Change[] = [];
  if (oldDoc.asOf !== newDoc.asOf)
    changes.push({ kind: 'as-of', old: String(oldDoc.asOf), new: String(newDoc.asOf) });

  // Sources first: a dropped source is one change, not one per figure that cited it.
  const oldSources = new Map(
    (Array.isArray(oldDoc.sources) ? oldDoc.sources : []).filter(hasId).map((s) => [s.id, s]),
  );
  const newSources = new Map(
    (Array.isArray(newDoc.sources) ? newDoc.sources : []).filter(hasId).map((s) => [s.id, s]),
  );
  const dropped = new Set([...oldSources.keys()].filter((id) => !newSources.has(id)));
  const citedBy = new Map<string, string[]>([...dropped].map((id) => [id, []]));

  const walk = (
    a: Json | undefined,
    b: Json | undefined,
    at: Segment[],
    field: Segment[],
    item: { old?: JsonObject; new?: JsonObject },
  ): void => {
    if (same(a, b)) return;
    const key = field.length > 0 ? field[field.length - 1] : at[at.length - 1];
    if (isSourceList(key) && Array.isArray(a) && Array.isArray(b)) {
      const kept = a.filter((id) => typeof id !== 'string' || !dropped.has(id));
      for (const id of a)
        if (typeof id === 'string' && dropped.has(id) && !b.includes(id))
          citedBy.get(id)?.push(render([...at, ...field.slice(0, -1)]));
      if (same(kept, b)) return;
    }
    if (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.every(hasId) &&
      b.every(hasId) &&
      (a.length > 0 || b.length > 0)
    ) {
      diffById(a, b, [...at, ...field]);
      return;
    }
    if (isObject(a) && isObject(b) && !isLocalized(a) && !isLocalized(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
        walk(a[k], b[k], at, [...field, k], item);
      return;
    }
    if (
      Array.isArray(a) &&
      Array.isArray(b) &&
      [...a, ...b].some((x) => isObject(x) || Array.isArray(x))
    ) {
      for (let i = 0; i < Math.max(a.length, b.length); i += 1)
        walk(a[i], b[i], at, [...field, i], item);
      return;
    }
    changes.push({
      kind: 'changed',
      at,
      field,
      old: a,
      new: b,
      sourceIds: sourcesOf(newDoc, [...at, ...field], b),
      item: item.new ?? item.old,
    });
  };

  const diffById = (
    a: (JsonObject & { id: string })[],
    b: (JsonObject & { id: string })[],
    at: Segment[],
  ) => {
    const before = new Map(a.map((x) => [x.id, x]));
    const after = new Map(b.map((x) => [x.id, x]));
    const removed = a.filter((x) => !after.has(x.id));
    const added = b.filter((x) => !before.has(x.id));
    // The same name under a new id: links to the old id break, so say so rather than add + remove.
    const renamedFrom = new Map<string, JsonObject & { id: string }>();
    for (const gone of removed) {
      const title = titleOf(gone);
      const match = added.find(
        (x) => title !== undefined && titleOf(x) === title && !renamedFrom.has(x.id),
      );
      if (match) renamedFrom.set(match.id, gone);
    }
    const renamedIds = new Set([...renamedFrom.values()].map((x) => x.id));
    for (const gone of removed)
      if (!renamedIds.has(gone.id))
        changes.push({ kind: 'removed', at: [...at, { id: gone.id }], item: gone });
    for (const next of b) {
      const here: Segment[] = [...at, { id: next.id }];
      const previous = before.get(next.id) ?? renamedFrom.get(next.id);
      if (!previous) {
        changes.push({ kind: 'added', at: here, item: next });
        continue;
      }
      if (previous.id !== next.id)
        changes.push({ kind: 'id-changed', at: here, oldId: previous.id, item: next });
      const { id: _oldId, ...oldRest } = previous;
      const { id: _newId, ...newRest } = next;
      void _oldId;
      void _newId;
      walk(oldRest, newRest, here, [], { old: previous, new: next });
    }
    const common = (ids: string[], other: Map<string, unknown>) =>
      ids.filter((id) => other.has(id));
    if (
      !same(
        common(
          a.map((x) => x.id),
          after,
        ),
        common(
          b.map((x) => x.id),
          before,
        ),
      )
    )
      changes.push({ kind: 'order', at });
  };

  for (const key of new Set([...Object.keys(oldDoc), ...Object.keys(newDoc)])) {
    if (key === 'schemaVersion' || key === 'asOf' || key === 'sources') continue;
    walk(oldDoc[key], newDoc[key], [key], [], {});
  }

  for (const id of [...newSources.keys()].filter((x) => !oldSources.has(x))) {
    const source = newSources.get(id);
    if (source) changes.push({ kind: 'source-added', source });
  }
  for (const id of dropped) {
    const source = oldSources.get(id);
    if (source) changes.push({ kind: 'source-dropped', source, citedBy: citedBy.get(id) ?? [] });
  }
  for (const [id, next] of newSources) {
    const previous = oldSources.get(id);
    if (!previous) continue;
    for (const field of new Set([...Object.keys(previous), ...Object.keys(next)]))
      if (!same(previous[field], next[field]))
        changes.push({
          kind: 'source-changed',
          id,
          field,
          old: previous[field] ?? null,
          new: next[field] ?? null,
        });
  }
  return changes;
}

/**
 * The sources a changed field rests on in the new file: the nearest `sourceIds` on the way down
 * to it, or, for a site's headline capacity, its own `capacitySourceIds`.
 */
function sourcesOf(root: JsonObject, at: readonly Segment[], value: Json | undefined): string[] {
  const ids = (list: Json | undefined) =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  const last = at[at.length - 1];
  if (isSourceList(last)) return ids(value ?? null);
  let best: string[] = [];
  let node: Json | undefined = root;
  for (const part of at) {
    if (isObject(node) && Array.isArray(node.sourceIds)) best = ids(node.sourceIds);
    if (
      isObject(node) &&
      typeof part === 'string' &&
      part.startsWith('capacity') &&
      Array.isArray(node.capacitySourceIds)
    )
      return ids(node.capacitySourceIds);
    if (Array.isArray(node) && typeof part === 'number') node = node[part];
    else if (Array.isArray(node) && typeof part === 'object')
      node = node.find((x) => hasId(x) && x.id === part.id);
    else if (isObject(node) && typeof part === 'string') node = node[part];
    else break;
  }
  if (isObject(node) && Array.isArray(node.sourceIds)) best = ids(node.sourceIds);
  return best;
}

// ---------------------------------------------------------------- the report

/** `sites[abilene].phases[phase-1]`, `investment.equity[oracle]`, `alternativeCapacities[0].valueGw`. */
export function render(segments: readonly Segment[]): string {
  let out = '';
  for (const part of segments) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'object') out += `[${part.id}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A value as the report shows it: numbers plain, text quoted (English), lists joined. */
function show(value: Json | undefined): string {
  if (value === undefined) return '(none)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isLocalized(value)) return JSON.stringify(clip(value.en));
  if (Array.isArray(value) && value.every((x) => typeof x !== 'object' || x === null))
    return value.length === 0 ? '(none)' : value.map((x) => String(x)).join(', ');
  return clip(JSON.stringify(value));
}

/** A localized text whose English is unchanged: show the Korean, which is what changed. */
function showPair(a: Json | undefined, b: Json | undefined): [string, string] {
  if (isLocalized(a) && isLocalized(b) && a.en === b.en)
    return [`(ko) ${JSON.stringify(clip(a.ko))}`, `(ko) ${JSON.stringify(clip(b.ko))}`];
  return [show(a), show(b)];
}

/** "; no longer cited by a, b, c and 12 more": what lost a source when it was dropped. */
function citedByText(citedBy: readonly string[]): string {
  const unique = [...new Set(citedBy)];
  if (unique.length === 0) return '';
  const shown = unique.slice(0, 6).join(', ');
  const more = unique.length > 6 ? ` and ${unique.length - 6} more` : '';
  return `; no longer cited by ${shown}${more}`;
}

function describeSource(source: JsonObject): string {
  const date = typeof source.date === 'string' ? source.date : 'undated';
  return `${String(source.id)} (${String(source.publisher)}, ${date}, ${String(source.reliability)})`;
}

/** The top-level figures of an added item, so a reader of the report sees what it claims. */
function summary(item: JsonObject): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (typeof value === 'number') parts.push(`${key} ${value}`);
    else if (['status', 'kind', 'metric'].includes(key) && typeof value === 'string')
      parts.push(`${key} ${value}`);
  }
  return parts.join(', ');
}

export type Report = { lines: string[]; changed: boolean };

export function renderReport(
  name: DatasetName,
  files: { old: string; new: string },
  oldDoc: JsonObject,
  newDoc: JsonObject,
  changes: readonly Change[],
): Report {
  const newSources = new Map(
    (Array.isArray(newDoc.sources) ? newDoc.sources : []).filter(hasId).map((s) => [s.id, s]),
  );
  const sourceLine = (ids: readonly string[]) =>
    ids.length === 0
      ? '(none)'
      : ids
          .map((id) => {
            const s = newSources.get(id);
            return s ? describeSource(s) : id;
          })
          .join('; ');
  const label = (at: readonly Segment[], item: JsonObject | undefined) => {
    const title = titleOf(item);
    return title ? `${render(at)} "${clip(title, 60)}"` : render(at);
  };

  const lines = [`${datasets[name].file}: ${files.old} → ${files.new}`];
  const asOf = changes.find((c) => c.kind === 'as-of');
  lines.push(
    asOf ? `as of: ${asOf.old} → ${asOf.new}` : `as of: ${String(newDoc.asOf)} (unchanged)`,
  );

  let section = '';
  let lastItem = '';
  const heading = (title: string) => {
    if (title === section) return;
    section = title;
    lastItem = '';
    lines.push('', title);
  };
  const count = changes.filter((c) => c.kind !== 'as-of').length;
  /** The sources line after an item's changed fields: printed once, after the last of them. */
  let pending: string | undefined;
  const flushSources = () => {
    if (pending !== undefined) lines.push(`      sources now: ${pending}`);
    pending = undefined;
  };

  for (const change of changes) {
    switch (change.kind) {
      case 'as-of':
        break;
      case 'source-added':
        flushSources();
        heading('sources');
        lines.push(
          `  + added ${describeSource(change.source)}: ${JSON.stringify(clip(String(change.source.title)))}`,
        );
        break;
      case 'source-dropped':
        flushSources();
        heading('sources');
        lines.push(
          `  - dropped ${describeSource(change.source)}: ${JSON.stringify(clip(String(change.source.title)))}` +
            citedByText(change.citedBy),
        );
        break;
      case 'source-changed': {
        flushSources();
        heading('sources');
        lines.push(`  ~ ${change.id} ${change.field}: ${show(change.old)} → ${show(change.new)}`);
        break;
      }
      case 'added': {
        flushSources();
        heading(String(change.at[0]));
        const verb = change.at[0] === 'conflicts' ? 'new conflict' : 'added';
        const figures = summary(change.item);
        lines.push(`  + ${verb} ${label(change.at, change.item)}${figures ? `: ${figures}` : ''}`);
        const ids = Array.isArray(change.item.sourceIds)
          ? change.item.sourceIds.filter((x): x is string => typeof x === 'string')
          : [];
        lines.push(`      sources: ${sourceLine(ids)}`);
        break;
      }
      case 'removed': {
        flushSources();
        heading(String(change.at[0]));
        const verb = change.at[0] === 'conflicts' ? 'resolved (removed)' : 'removed';
        lines.push(`  - ${verb} ${label(change.at, change.item)}`);
        break;
      }
      case 'id-changed':
        flushSources();
        heading(String(change.at[0]));
        lines.push(
          `  ~ renamed id ${change.oldId} → ${change.item.id as string} (${label(change.at, change.item)}): links to the old id stop working`,
        );
        break;
      case 'order':
        flushSources();
        heading(String(change.at[0]));
        lines.push(`  ~ ${render(change.at)}: same items in a new order`);
        break;
      case 'changed': {
        const itemKey = render(change.at);
        if (itemKey !== lastItem) flushSources();
        heading(String(change.at[0]));
        lastItem = itemKey;
        const [before, after] = showPair(change.old, change.new);
        const fieldName = render(change.field);
        const what = fieldName === 'name' && change.item ? 'renamed' : fieldName || '(value)';
        lines.push(`  ~ ${label(change.at, change.item)} ${what}: ${before} → ${after}`);
        pending = sourceLine(change.sourceIds);
        break;
      }
    }
  }
  flushSources();
  void oldDoc;
  const changed = changes.length > 0;
  lines.push('');
  lines.push(
    changed
      ? `${count + (asOf ? 1 : 0)} change${count + (asOf ? 1 : 0) === 1 ? '' : 's'} a reader will see`
      : 'no change a reader will see',
  );
  return { lines, changed };
}

// ---------------------------------------------------------------- the command

type Io = { read: (file: string) => string; out: (line: string) => void };

const nodeIo: Io = {
  read: (file) => readFileSync(file, 'utf8'),
  out: (line) => process.stdout.write(`${line}\n`),
};

type Loaded =
  | { ok: true; name: DatasetName; doc: JsonObject; warnings: CheckedProblem[] }
  | { ok: false; problems: CheckedProblem[] };

function load(file: string, io: Io, expected: DatasetName | undefined): Loaded {
  let text: string;
  try {
    text = io.read(file);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `cannot be read (${error instanceof Error ? error.message : String(error)})`,
          hint: 'check the path',
        },
      ],
    };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const name = expected ?? detectDataset(file, parsed.json);
  if (!name)
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: 'cannot tell which data file this is',
          hint: 'name it stargate.json or fusion.json',
        },
      ],
    };
  const result = validateDocument(name, parsed.json);
  if (!result.ok) return { ok: false, problems: result.problems };
  // Parsed data is plain JSON: objects, arrays, strings, numbers, booleans and null.
  return { ok: true, name, doc: result.data as unknown as JsonObject, warnings: result.warnings };
}

/** Compares two files, prints the report, and returns the exit status (0 same, 1 changed, 2 trouble). */
export function dataDiff(oldFile: string, newFile: string, io: Io = nodeIo): number {
  const next = load(newFile, io, undefined);
  const previous = load(oldFile, io, undefined);
  let trouble = false;
  for (const [file, loaded] of [
    [oldFile, previous],
    [newFile, next],
  ] as const) {
    if (loaded.ok) continue;
    trouble = true;
    io.out(
      `${file}: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}; run npm run check-data -- ${file}`,
    );
    for (const problem of loaded.problems.slice(0, 5)) {
      io.out(`  ${problem.path}: ${problem.message}`);
      io.out(`    hint: ${problem.hint}`);
    }
  }
  if (trouble || !previous.ok || !next.ok) return 2;
  if (previous.name !== next.name) {
    io.out(
      `${oldFile} is ${datasets[previous.name].file} and ${newFile} is ${datasets[next.name].file}: compare a file with its own kind`,
    );
    return 2;
  }
  const { lines, changed } = renderReport(
    next.name,
    { old: oldFile, new: newFile },
    previous.doc,
    next.doc,
    diffDocuments(previous.doc, next.doc),
  );
  for (const line of lines) io.out(line);
  if (next.warnings.length > 0)
    io.out(
      `note: ${newFile} has ${next.warnings.length} key(s) the page ignores; npm run check-data -- ${newFile} lists them`,
    );
  return changed ? 1 : 0;
}

function main(argv: readonly string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h') || files.length !== 2) {
    nodeIo.out('usage: npm run data-diff -- old.json new.json');
    nodeIo.out(
      'exit status: 0 no change a reader will see, 1 changes, 2 a file could not be checked',
    );
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const [oldFile = '', newFile = ''] = files;
  return dataDiff(oldFile, newFile);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
