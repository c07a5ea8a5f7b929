/*
 * Whatever number reaches a formatter, a reader never sees "NaN", "Infinity" or exponent
 * notation (property-based: every double, including NaN, ±Infinity, -0, subnormals and 1e308).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate, type Lang } from './catalogue';
import { formatGw, formatNumber, formatUsdBn, plainNumber } from './format';
import { createI18n } from './i18n-context';
import { formatKrwFromUsdBn } from './krw';

/** "NaN", "Infinity", "∞", or a digit followed by an exponent ("1e+21", "1E21", "5e-324"). */
const UNREADABLE = /NaN|Infinity|∞|\d[eE][+-]?\d/;

/** Every double, with the awkward ones drawn often. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    1e-7,
    1e308,
    123456789.12345679,
  ),
);
const lang = fc.constantFrom<Lang>('en', 'ko');

describe('number formatters', () => {
  it('never print NaN, Infinity or an exponent, whatever the number', () => {
    fc.assert(
      fc.property(anyNumber, lang, fc.integer({ min: -5, max: 200 }), (value, l, digits) => {
        const i18n = createI18n(l);
        const shown = [
          formatNumber(value, l),
          formatNumber(value, l, digits),
          formatGw(value, l),
          formatUsdBn(value, l),
          formatKrwFromUsdBn(value, l),
          plainNumber(value),
          interpolate('{value} GW', { value }),
          i18n.number(value),
          i18n.gw(value),
          i18n.usdBn(value),
          i18n.krw(value),
        ];
        for (const text of shown) expect(text).not.toMatch(UNREADABLE);
      }),
      { numRuns: 2000 },
    );
  });

  it('show a dash for what cannot be shown, and write big and small numbers out in full', () => {
    expect(formatGw(Number.NaN, 'en')).toBe('–');
    expect(formatUsdBn(Number.POSITIVE_INFINITY, 'ko')).toBe('–');
    expect(formatKrwFromUsdBn(1e300, 'ko')).toBe('–');
    expect(formatKrwFromUsdBn(1e300, 'en')).toBe('–');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-0)).toBe('0');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(interpolate('{n} sites', { n: Number.NaN })).toBe('– sites');
    expect(interpolate('{year}', { year: 2030 })).toBe('2030');
  });
});
