import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import glossary from './glossary.json';
import { catalogue, translate, type Lang } from './catalogue';

// Every bundle, so the catalogue below is whole (the app loads them area by area).
import.meta.glob('./messages/*.ts', { eager: true });

type Entry = { term: string; use: string; avoid?: string[]; avoidPatterns?: string[] };

/** Every rule of the glossary for one language, as a test over one string. */
function rules(lang: Lang): { term: string; use: string; test: (text: string) => string | null }[] {
  return (glossary[lang] as Entry[]).flatMap((entry) => [
    ...(entry.avoid ?? []).map((word) => ({
      term: entry.term,
      use: entry.use,
      test: (text: string) => (text.includes(word) ? word : null),
    })),
    ...(entry.avoidPatterns ?? []).map((source) => {
      const pattern = new RegExp(source, 'u');
      return {
        term: entry.term,
        use: entry.use,
        test: (text: string) => pattern.exec(text)?.[0] ?? null,
      };
    }),
  ]);
}

/** Every `"en"`/`"ko"` string of a data file with its JSON path. */
function dataTexts(file: string, lang: Lang): [string, string][] {
  const doc: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8'),
  );
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        if (key === lang && typeof item === 'string') out.push([`${file}: ${path}.${lang}`, item]);
        else walk(item, path ? `${path}.${key}` : key);
      }
  };
  walk(doc, '');
  return out;
}

function violations(lang: Lang, texts: [string, string][]): string[] {
  const found: string[] = [];
  for (const rule of rules(lang))
    for (const [where, text] of texts) {
      const hit = rule.test(text);
      if (hit) found.push(`${where}: “${hit}” (${rule.term}: write ${rule.use})`);
    }
  return found;
}

const catalogueTexts = (lang: Lang): [string, string][] =>
  Object.entries(catalogue[lang]).map(([key, text]) => [`catalogue ${lang}:${key}`, text ?? '']);

describe('the glossary', () => {
  it('has rules that catch what they are written for (the test can fail)', () => {
    const ko = (text: string) => violations('ko', [['sample', text]]);
    expect(ko('ITER 최초 플라즈마')).not.toHaveLength(0);
    expect(ko('시드 기사 기준 1달러=1,380원')).not.toHaveLength(0);
    expect(ko('도시에에 등급이 없어')).not.toHaveLength(0);
    expect(ko('JA-DEMO 원형로')).not.toHaveLength(0);
    expect(ko('{name}은(는) 2035년까지')).not.toHaveLength(0);
    expect(ko('ITER이(가) 늦어졌다')).not.toHaveLength(0);
    expect(ko('연간 14백만 톤 CO₂e')).not.toHaveLength(0);
    expect(ko('100 백만 °C')).not.toHaveLength(0);
    expect(ko('3.8억 달러')).not.toHaveLength(0);
    expect(ko('1.2만갤런')).not.toHaveLength(0);
    expect(ko('직접 입력하라.')).not.toHaveLength(0);
    expect(ko('Nscale과 50:50 합작')).not.toHaveLength(0);
    expect(ko('엔스케일(Nscale)과 합작')).toHaveLength(0);
    // A publisher cited as published is not prose.
    expect(ko('Nscale (PR Newswire)')).toHaveLength(0);
    expect(ko('3억 7,500만 달러, 1만 2,000갤런, 1,400만 톤, 1억 ℃, 수백만 가구')).toHaveLength(0);
    const en = (text: string) => violations('en', [['sample', text]]);
    expect(en("at the seed article's ₩1,380/$")).not.toHaveLength(0);
    expect(en('The dossier gives no grade')).not.toHaveLength(0);
  });

  it('no banned Korean form in the catalogue', () => {
    expect(violations('ko', catalogueTexts('ko'))).toEqual([]);
  });

  it('no banned English form in the catalogue', () => {
    expect(violations('en', catalogueTexts('en'))).toEqual([]);
  });

  for (const file of ['stargate.json', 'fusion.json']) {
    it(`no banned Korean form in ${file}`, () => {
      expect(violations('ko', dataTexts(file, 'ko'))).toEqual([]);
    });
    it(`no banned English form in ${file}`, () => {
      expect(violations('en', dataTexts(file, 'en'))).toEqual([]);
    });
  }

  it('“more than” and “at least” read differently in Korean, as in English', () => {
    const ko = (key: 'qualifier.more-than' | 'qualifier.at-least') =>
      translate('ko', key, { value: '1GW' });
    expect(ko('qualifier.more-than')).toBe('1GW 초과');
    expect(ko('qualifier.at-least')).toBe('1GW 이상');
    expect(translate('ko', 'sg.qualifier.short.more-than', { value: '1GW' })).toBe('1GW 초과');
    expect(translate('ko', 'sg.qualifier.short.at-least', { value: '1GW' })).toBe('1GW 이상');
  });
});
