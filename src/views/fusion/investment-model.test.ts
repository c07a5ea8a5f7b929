import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { createI18n } from '../../i18n/i18n-context';
import { investmentDownload, investmentView, newMoneyText } from './investment-model';

const doc = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);
const en = createI18n('en');

describe('investmentView', () => {
  it('tells the growth from the first survey to the latest', () => {
    const view = investmentView(doc, en);
    expect(view.series.map((p) => p.reportYear)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(view.takeaway).toBe(
      'Money raised by private fusion companies grew from $1.87B (2021) to $9.77B (2025); the 2025 survey counted 53 companies.',
    );
    expect(view.summary).toContain('2021: $1.87B; 2022: $4.8B');
  });

  it('says "not given" for a year with no new money, never zero', () => {
    const [first] = investmentView(doc, en).series;
    if (!first) throw new Error('no FIA report');
    expect(newMoneyText(en, { ...first, newUsdBn: null })).toBe('not given');
    expect(newMoneyText(en, { ...first, newUsdBn: 2.5, newQualifier: 'more-than' })).toMatch(
      /2\.5/,
    );
  });

  it('downloads one record per report with the wording in its own column', () => {
    const spec = investmentDownload(investmentView(doc, en).series);
    expect(spec.rows).toHaveLength(5);
    const col = spec.columns.find((c) => c.name === 'cumulative_usd_bn');
    expect(spec.rows.map((r) => col?.value(r))).toEqual([1.87, 4.8, 6.21, 7.1, 9.766]);
  });
});
