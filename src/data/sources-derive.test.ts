import { describe, expect, it } from 'vitest';
import type { Source } from './common-schema';
import { isUncertain, sourcesById } from './sources-derive';

const source = (id: string, reliability: Source['reliability']): Source => ({
  id,
  title: `Page ${id}`,
  publisher: 'Publisher',
  url: `https://example.org/${id}`,
  date: null,
  reliability,
});

describe('sourcesById', () => {
  it('indexes every source by its id', () => {
    const map = sourcesById({ sources: [source('a', 'A'), source('c', 'C')] });
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect(map.get('c')?.reliability).toBe('C');
  });
});

describe('isUncertain', () => {
  const sources = sourcesById({
    sources: [source('a', 'A'), source('b', 'B'), source('c1', 'C'), source('c2', 'C')],
  });

  it('is false when at least one A or B source backs the fact', () => {
    expect(isUncertain({ sourceIds: ['a'] }, sources)).toBe(false);
    expect(isUncertain({ sourceIds: ['c1', 'b'] }, sources)).toBe(false);
  });

  it('is true when every source is graded C', () => {
    expect(isUncertain({ sourceIds: ['c1', 'c2'] }, sources)).toBe(true);
  });

  it('is true when the data flags the fact, whatever its sources', () => {
    expect(isUncertain({ uncertain: true, sourceIds: ['a'] }, sources)).toBe(true);
  });

  it('does not let an unresolved id make a fact look solid', () => {
    expect(isUncertain({ sourceIds: ['missing'] }, sources)).toBe(true);
    expect(isUncertain({ uncertain: false, sourceIds: ['missing', 'b'] }, sources)).toBe(false);
  });
});
