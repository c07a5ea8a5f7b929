import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from './fusion-schema';
import { fusionHeadlines, stargateHeadlines } from './headlines';
import { stargateDocument } from './stargate-schema';

const load = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const stargate = stargateDocument.parse(load('stargate.json'));
const fusion = fusionDocument.parse(load('fusion.json'));

describe('stargateHeadlines', () => {
  const byId = Object.fromEntries(stargateHeadlines(stargate).map((h) => [h.id, h]));

  it('takes the targets from the data', () => {
    expect(byId['target-capacity']?.value).toBe(10);
    expect(byId['target-investment']?.value).toBe(500);
  });

  it('keeps the latest well-sourced announcement apart from a newer weak claim', () => {
    expect(byId.announced).toMatchObject({ value: 8, qualifier: 'more-than', uncertain: false });
    expect(byId['latest-claim']).toMatchObject({ value: 10, uncertain: true });
  });

  it('counts live sites by region and leaves the cancelled expansion out', () => {
    expect(byId.sites?.params).toEqual({ us: 7, abroad: 6 });
  });

  it('never presents a weak figure as solid', () => {
    const copy = structuredClone(stargate);
    for (const source of copy.sources) source.reliability = 'C';
    for (const headline of stargateHeadlines(copy)) {
      if (headline.id !== 'sites') expect(headline.uncertain, headline.id).toBe(true);
    }
  });
});

describe('fusionHeadlines', () => {
  const byId = Object.fromEntries(fusionHeadlines(fusion).map((h) => [h.id, h]));

  it('shows the current ITER D-T date with the plans it replaced', () => {
    expect(byId['iter-dt']?.value).toBe(2039);
    expect(byId['iter-dt']?.params).toMatchObject({ previousYear: 2035, firstYear: 2026 });
  });

  it('finds the records by metric, not by position', () => {
    expect(byId['best-target-gain']?.value).toBe(4.13);
    expect(byId['longest-pulse']?.value).toBe(1337);
    expect(byId['private-investment']?.value).toBeCloseTo(9.766);
  });

  it('updates when the data does', () => {
    const copy = structuredClone(fusion);
    const pulse = copy.records.find((r) => r.id === 'west-2025-02-pulse');
    if (pulse) pulse.value = 2000;
    expect(fusionHeadlines(copy).find((h) => h.id === 'longest-pulse')?.value).toBe(2000);
  });
});
