import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  documentHeader,
  formatPath,
  isAfterDate,
  isoDate,
  listProblems,
  sourceIds,
  withDocumentRules,
} from './common-schema';

describe('isoDate', () => {
  it('accepts dates at year, month and day precision', () => {
    for (const value of ['2025', '2025-09', '2025-09-23', '2024-02-29']) {
      expect(isoDate.safeParse(value).success, value).toBe(true);
    }
  });
  it('rejects malformed and impossible dates', () => {
    for (const value of ['2025-13', '2025-02-30', '23 Sep 2025', '2025-9-1', '', '2023-02-29']) {
      expect(isoDate.safeParse(value).success, value).toBe(false);
    }
  });
});

describe('isAfterDate', () => {
  it('compares at the precision both dates share', () => {
    expect(isAfterDate('2026-05-02', '2026-05-01')).toBe(true);
    expect(isAfterDate('2026-06', '2026-05-31')).toBe(true);
    expect(isAfterDate('2027', '2026-12-31')).toBe(true);
    // "2026" may mean any day of the year, so it is not after a day within it.
    expect(isAfterDate('2026', '2026-05-01')).toBe(false);
    expect(isAfterDate('2026-05-31', '2026-05')).toBe(false);
    expect(isAfterDate('2026-04-30', '2026-05-01')).toBe(false);
  });
});

describe('document rules', () => {
  const schema = withDocumentRules(
    z.strictObject({
      ...documentHeader,
      items: z.array(z.strictObject({ id: z.string(), sourceIds })),
    }),
  );
  const source = {
    id: 's1',
    title: 'T',
    publisher: 'P',
    url: 'https://example.org/',
    date: null,
    reliability: 'A',
  };
  const valid = {
    schemaVersion: 1,
    asOf: '2026-01-01',
    sources: [source],
    items: [{ id: 'a', sourceIds: ['s1'] }],
  };

  it('accepts a consistent document', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it("names a source dated after the file's asOf", () => {
    const result = schema.safeParse({ ...valid, sources: [{ ...source, date: '2026-02' }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(listProblems(result.error)).toEqual([
        { path: 'sources[0].date', message: 'date 2026-02 is after asOf 2026-01-01' },
      ]);
    }
  });

  it('names the path of a dangling source id', () => {
    const result = schema.safeParse({ ...valid, items: [{ id: 'a', sourceIds: ['nope'] }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(listProblems(result.error)).toContainEqual({
        path: 'items[0].sourceIds[0]',
        message: 'unknown source id "nope"',
      });
    }
  });

  it('names the path of a duplicate id', () => {
    const result = schema.safeParse({
      ...valid,
      items: [
        { id: 'a', sourceIds: ['s1'] },
        { id: 'a', sourceIds: ['s1'] },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(listProblems(result.error)[0]?.path).toBe('items[1].id');
  });

  it('describes type errors in plain words', () => {
    const result = schema.safeParse({ ...valid, schemaVersion: '1' });
    expect(result.success).toBe(false);
    if (!result.success) expect(listProblems(result.error)[0]?.path).toBe('schemaVersion');
    const typed = z.strictObject({ n: z.number() }).safeParse({ n: 'x' });
    if (!typed.success)
      expect(listProblems(typed.error)[0]).toEqual({ path: 'n', message: 'expected a number' });
  });

  it('formats paths like a reader writes them', () => {
    expect(formatPath(['sites', 3, 'capacityGw'])).toBe('sites[3].capacityGw');
    expect(formatPath([])).toBe('(root)');
  });
});
