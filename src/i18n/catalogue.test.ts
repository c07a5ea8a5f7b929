import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, interpolate, translate, type MessageKey } from './catalogue';

// Every bundle, so the checks below see the whole catalogue (the app loads them area by area).
const bundles = import.meta.glob<Record<string, { en: Record<string, string> }>>(
  './messages/*.ts',
  { eager: true },
);

describe('catalogue', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(catalogue.en).sort();
    const ko = Object.keys(catalogue.ko).sort();
    expect(en.length).toBeGreaterThan(500);
    expect(ko).toEqual(en);
    for (const lang of ['en', 'ko'] as const) {
      for (const [key, value] of Object.entries(catalogue[lang])) {
        expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogue.en) as MessageKey[]) {
      expect(placeholders(catalogue.ko[key]), key).toEqual(placeholders(catalogue.en[key]));
    }
  });

  it('interpolates and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translate('ko', 'chart.asOf', { date: '2026년' })).toBe('2026년 기준');
  });
});

describe('bundles load with the code that shows them', () => {
  const src = join(process.cwd(), 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  // The shell's bundles are registered by the catalogue itself.
  const core = new Set(['common', 'share']);
  const areas = Object.entries(bundles)
    .map(([path, module]) => ({
      name: path.replace(/^\.\/messages\/|\.ts$/g, ''),
      keys: Object.values(module).flatMap((bundle) => Object.keys(bundle.en)),
    }))
    .filter((area) => !core.has(area.name));

  it('every file that uses an area’s keys imports that area’s bundle', () => {
    expect(areas.length).toBeGreaterThan(4);
    const missing: string[] = [];
    for (const file of files(src)) {
      if (file.includes(`${join('i18n', 'messages')}`)) continue;
      const text = readFileSync(file, 'utf8');
      for (const area of areas) {
        const keys = new Set(area.keys);
        const prefixes = new Set(area.keys.map((key) => key.split('.')[0]));
        // A literal key of the bundle, or a template literal composing one (`sg.status.${s}`).
        const uses =
          [...text.matchAll(/'([\w.-]+)'/g)].some((m) => keys.has(m[1] as string)) ||
          [...text.matchAll(/`([\w-]+)\.[\w.-]*\$\{/g)].some((m) => prefixes.has(m[1] as string));
        if (!uses) continue;
        let spec = relative(dirname(file), join(src, 'i18n', 'messages', area.name))
          .split('\\')
          .join('/');
        if (!spec.startsWith('.')) spec = `./${spec}`;
        if (!text.includes(`import '${spec}';`))
          missing.push(`${relative(src, file)} needs import '${spec}';`);
      }
    }
    expect(missing).toEqual([]);
  });
});
