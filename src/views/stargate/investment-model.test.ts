import { describe, expect, it } from 'vitest';
import { palettes } from '../../charts/palette';
import { createI18n } from '../../i18n/i18n-context';
import { investmentModel } from './investment-model';
import { bundledStargate } from './model-fixtures';

const doc = bundledStargate();
const en = createI18n('en');

describe('investmentModel', () => {
  it('shows the pledges by default, with no filter to name', () => {
    const m = investmentModel(doc, en, palettes.light, 'commitments');
    expect(m.items.length).toBe(
      doc.investment.commitments.length + doc.investment.programmeItems.length,
    );
    expect(m.filters).toEqual([]);
    expect(m.takeaway).toMatch(/^The \$500B is a pledge/);
  });

  it('names another group as a filter and gives reported ranges as such', () => {
    const m = investmentModel(doc, en, palettes.light, 'equity');
    expect(m.filters).toEqual([
      { param: 'invest', values: ['equity'], label: 'Which money: Equity split' },
    ]);
    const ranged = m.data.filter((d) => d.low !== d.high);
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.every((d) => d.valueLabel.endsWith('reported'))).toBe(true);
    expect(m.summary).toMatch(/^Equity split: /);
  });

  it('downloads cost yardsticks in dollars per GW, sorted by their high end', () => {
    const m = investmentModel(doc, en, palettes.light, 'cost');
    expect(m.download.columns.map((c) => c.name)).toContain('cost_usd_bn_per_gw_high');
    const highs = m.items.map((i) => i.high);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    expect(
      m.data.filter((d) => d.outlier).every((d) => d.valueLabel.includes('not comparable')),
    ).toBe(true);
  });

  it('writes both ends of a Korean range in 억', () => {
    const ko = createI18n('ko');
    const m = investmentModel(doc, ko, palettes.light, 'equity');
    expect(m.summary).toMatch(/억–.*억 달러/);
  });
});
