import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { costShareBars, headline, iterCostGroups, outlookByDate } from './fusion-model';

const doc = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);

describe('headline', () => {
  it('takes the best measured Q, not an extrapolated equivalent', () => {
    const h = headline(doc);
    expect(h.bestQ?.value).toBe(0.67);
    expect(h.bestQ?.device.en).toContain('JET');
    expect(h.bestTargetGain?.value).toBe(4.13);
    expect(h.longestPulse?.value).toBe(1337);
  });

  it('gives ITER D-T operation with the date of the plan before', () => {
    expect(headline(doc).iterDt).toEqual({ current: '2039', previous: '2035' });
  });

  it('takes the latest FIA survey for the investment figure', () => {
    expect(headline(doc).investment).toMatchObject({
      reportYear: 2025,
      cumulativeUsdBn: 9.766,
      companies: 53,
    });
  });
});

describe('headline: ITER goal', () => {
  it('gives ITER’s Q goal with its power and pulse goals', () => {
    const goal = headline(doc).iterGoal;
    expect(goal?.label.en).toMatch(/Q/);
    expect(goal?.meta).toHaveLength(2);
  });
});

describe('sections', () => {
  it('keeps DOE’s estimate apart from ITER’s own cost series', () => {
    const { own, separate } = iterCostGroups(doc);
    expect(separate.map((c) => c.estimator)).toEqual(['us-doe']);
    expect(own.some((c) => c.estimator === 'us-doe')).toBe(false);
    expect(own.length + separate.length).toBe(doc.iterCosts.length);
  });

  it('scales cost shares to the largest and marks Korea', () => {
    const bars = costShareBars(doc);
    expect(Math.max(...bars.map((b) => b.widthPercent))).toBe(100);
    expect(bars.filter((b) => b.highlight).map((b) => b.id)).toEqual(['share-korea']);
  });

  it('orders grid-power claims by the year claimed', () => {
    const years = outlookByDate(doc).map(
      (o) => (o.when?.date ? Number(o.when.date.slice(0, 4)) : o.when?.earliestYear) ?? Infinity,
    );
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});
