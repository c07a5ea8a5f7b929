import type { ValidationProblem } from './common-schema';

/**
 * Schema versions of the data files, and how an older file is brought up to the current one.
 *
 * Administrators replace the files by hand, sometimes with a copy kept from an earlier
 * release, and a wall screen may run an old build against a new file. So the version is
 * read before anything else: an older file is migrated step by step, a newer one is refused
 * with a message that says what to do, and neither is half-read.
 *
 * Version history (add a line and a step to `steps` when the format changes):
 *
 * - **0** — the draft format the first hand-edited files used: no `schemaVersion` key, and
 *   the as-of date under `updated` instead of `asOf`. Everything else is as in version 1.
 * - **1** — `schemaVersion: 1`, `asOf`, `sources` (src/data/common-schema.ts `documentHeader`).
 */
export const CURRENT_SCHEMA_VERSION = 1;

/** A JSON object, read without trusting anything about its keys. */
export type JsonObject = { [key: string]: unknown };

/** One step: a document of version `n` in, a document of version `n + 1` out. Never mutates its input. */
type Step = (doc: JsonObject) => JsonObject;

const steps: Record<number, Step> = {
  0: (doc) => {
    const rest: JsonObject = { ...doc };
    delete rest.schemaVersion;
    delete rest.updated;
    delete rest.asOf;
    // `asOf` wins if an editor already added it: the newer key is the one they meant.
    const asOf = doc.asOf ?? doc.updated;
    return { schemaVersion: 1, ...(asOf === undefined ? {} : { asOf }), ...rest };
  },
};

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Migration =
  { ok: true; doc: JsonObject; fromVersion: number } | { ok: false; problems: ValidationProblem[] };

/** What a JSON value is, in the words a reader of a data file uses. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return `a ${typeof value}`;
}

/**
 * Reads the version of a parsed file and migrates it to CURRENT_SCHEMA_VERSION.
 * A `schemaVersion` that is not a version number at all (a string, 1.5, -1) is passed
 * through unchanged, so the schema reports it at `schemaVersion` with the other problems.
 */
export function migrateDocument(json: unknown): Migration {
  if (!isJsonObject(json)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `expected an object at the top level, got ${describeJsonType(json)}`,
        },
      ],
    };
  }
  const declared = json.schemaVersion;
  const version = declared === undefined ? 0 : declared;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: true, doc: json, fromVersion: CURRENT_SCHEMA_VERSION };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `this file is schemaVersion ${version}; this build understands up to ${CURRENT_SCHEMA_VERSION} — update Gigawatt`,
        },
      ],
    };
  }
  let doc = json;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v += 1) {
    const step = steps[v];
    // Every version below the current one has a step; this guards a history edited without one.
    if (!step) {
      return {
        ok: false,
        problems: [
          {
            path: 'schemaVersion',
            message: `schemaVersion ${v} can no longer be read; re-export the file`,
          },
        ],
      };
    }
    doc = step(doc);
  }
  return { ok: true, doc, fromVersion: version };
}
