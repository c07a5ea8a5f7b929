import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { createI18n } from '../../i18n/i18n-context';
import { slipDownload, slipView } from './slip-model';

const fusion = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);
const en = createI18n('en');

describe('slipView', () => {
  const view = slipView(fusion, ['a', 'b', 'c'], en);

  it('draws one line per ITER milestone, each point a dated promise', () => {
    expect(view.lines.map((l) => [l.key, l.color, l.points.length])).toEqual([
      ['iter-first-plasma', 'a', 3],
      ['iter-sro', 'b', 1],
      ['iter-dt-operation', 'c', 5],
    ]);
    expect(view.rows).toHaveLength(9);
    expect(view.lines[0]?.points[0]?.title).toMatch(/^ITER first plasma · /);
  });

  it('keeps room on the axes for the y = x diagonal', () => {
    expect(view.xDomain).toEqual([2007, 2027]);
    expect(view.yDomain[0]).toBeLessThanOrEqual(view.xDomain[0]);
    expect(view.yDomain).toEqual([2005, 2045]);
  });

  it('states the yearly slip of each milestone with two or more promises', () => {
    expect(view.rates).toEqual([
      'ITER first plasma: the promised date moved 0.9 years for every year that passed.',
      'ITER deuterium–tritium operation: the promised date moved 0.9 years for every year that passed.',
    ]);
    expect(view.summary).toMatch(/^ITER first plasma: forecast in 2008: late 2018; /);
  });

  it('downloads the period each promise named as low/high years', () => {
    const spec = slipDownload(view.rows, en.pick);
    const low = spec.columns.find((c) => c.name === 'forecast_year_low');
    const high = spec.columns.find((c) => c.name === 'forecast_year_high');
    for (const row of spec.rows)
      expect(Number(low?.value(row))).toBeLessThanOrEqual(Number(high?.value(row)));
  });
});
