import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CURRENT_SCHEMA_VERSION, migrateDocument } from './migrate';
import { validateDocument } from './validate';

const bundled = (file: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data', file), 'utf8'));

/** The bundled file written back in the version-0 format: no schemaVersion, `updated` for `asOf`. */
function asVersion0(file: string): Record<string, unknown> {
  const doc = bundled(file);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new Error(`${file} is not an object`);
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(doc));
  copy.updated = copy.asOf;
  delete copy.asOf;
  delete copy.schemaVersion;
  return copy;
}

describe('migrateDocument', () => {
  it('reads a version-0 file as the version-1 file it stands for', () => {
    for (const [name, file] of [
      ['stargate', 'stargate.json'],
      ['fusion', 'fusion.json'],
    ] as const) {
      const result = validateDocument(name, asVersion0(file));
      expect(result.ok, file).toBe(true);
      if (result.ok) {
        expect(result.fromVersion).toBe(0);
        expect(result.data).toEqual(bundled(file));
      }
    }
  });

  it('accepts an explicit schemaVersion 0 and keeps an asOf an editor already added', () => {
    const result = migrateDocument({
      schemaVersion: 0,
      updated: '2025',
      asOf: '2026-01',
      sources: [],
    });
    expect(result).toEqual({
      ok: true,
      fromVersion: 0,
      doc: { schemaVersion: 1, asOf: '2026-01', sources: [] },
    });
  });

  it('does not mutate the file it was given', () => {
    const doc = { updated: '2025', sources: [] };
    migrateDocument(doc);
    expect(doc).toEqual({ updated: '2025', sources: [] });
  });

  it('passes a current file through untouched', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, asOf: '2026' };
    expect(migrateDocument(doc)).toEqual({ ok: true, doc, fromVersion: CURRENT_SCHEMA_VERSION });
  });

  it('refuses a newer version with a message that says what to do, at schemaVersion', () => {
    expect(migrateDocument({ schemaVersion: 7, asOf: '2030' })).toEqual({
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: 'this file is schemaVersion 7; this build understands up to 1 — update Gigawatt',
        },
      ],
    });
  });

  it('names the top-level type when the file is not an object', () => {
    for (const [value, got] of [
      [[], 'an array'],
      ['x', 'a string'],
      [3, 'a number'],
      [null, 'null'],
    ] as const) {
      const result = migrateDocument(value);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]?.message).toBe(`expected an object at the top level, got ${got}`);
    }
  });

  it('leaves a schemaVersion that is no version number for the schema to report', () => {
    const result = validateDocument('stargate', {
      ...asVersion0('stargate.json'),
      schemaVersion: '1',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({
        path: 'schemaVersion',
        hint: 'set "schemaVersion" to 1 (a number, without quotes)',
      });
    }
  });
});
