import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatYear } from './energy-format';

const UNREADABLE = /NaN|Infinity|∞|\d[eE][+-]?\d/;
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_VALUE, 1e21, 1e-7),
);

describe('energy formatters', () => {
  it('never print NaN, Infinity or an exponent, whatever the number', () => {
    fc.assert(
      fc.property(anyNumber, fc.constantFrom<'en' | 'ko'>('en', 'ko'), (value, lang) => {
        expect(formatCompact(value, lang)).not.toMatch(UNREADABLE);
        expect(formatYear(value, lang)).not.toMatch(UNREADABLE);
      }),
      { numRuns: 1000 },
    );
  });

  it('keep ordinary values as before', () => {
    expect(formatYear(2038.7, 'en')).toBe('2038');
    expect(formatYear(2038.7, 'ko')).toBe('2038년');
    expect(formatYear(Number.NaN, 'ko')).toBe('–');
    expect(formatCompact(10_600_000, 'en')).toBe('10.6 million');
  });
});
