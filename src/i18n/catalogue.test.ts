import { describe, expect, it } from 'vitest';
import { catalogue, interpolate, translate } from './catalogue';

describe('catalogue', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(catalogue.en).sort();
    const ko = Object.keys(catalogue.ko).sort();
    expect(ko).toEqual(en);
    for (const lang of ['en', 'ko'] as const) {
      for (const [key, value] of Object.entries(catalogue[lang])) {
        expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogue.en) as (keyof typeof catalogue.en)[]) {
      expect(placeholders(catalogue.ko[key]), key).toEqual(placeholders(catalogue.en[key]));
    }
  });

  it('interpolates and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translate('ko', 'chart.asOf', { date: '2026년' })).toBe('2026년 기준');
  });
});
