import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n-context';
import { bundledStargate } from './model-fixtures';
import { gwRange, siteModel, stargateHeadline } from './site-model';

const doc = bundledStargate();
const en = createI18n('en');

describe('gwRange', () => {
  it('says a range, a bound or that nothing was disclosed', () => {
    expect(gwRange(en, 1, 1.4, null)).toBe('1–1.4 GW');
    expect(gwRange(en, 1, null, 'more-than')).toBe('more than 1 GW');
    expect(gwRange(en, null, null, null)).toBe('not disclosed');
  });
});

describe('stargateHeadline', () => {
  it('counts active sites and their countries, and leads with the last solid claim', () => {
    const h = stargateHeadline(doc);
    const active = doc.sites.filter((s) => s.status !== 'cancelled');
    expect(h.activeSites).toBe(active.length);
    expect(h.countries).toBe(new Set(active.map((s) => s.country)).size);
    expect(h.cancelledSites).toBe(doc.sites.length - active.length);
    expect(h.pledge?.amountUsdBn).toBe(500);
    expect(h.solid?.uncertain).toBe(false);
    expect(h.solid?.capacityGw).not.toBeNull();
  });
});

describe('siteModel', () => {
  it('is undefined for a site the file does not have', () => {
    expect(siteModel(doc, 'atlantis', en)).toBeUndefined();
  });

  it('lists the headline figure first, then the other measures and what runs', () => {
    const m = siteModel(doc, 'abilene', en);
    const site = doc.sites.find((s) => s.id === 'abilene');
    expect(m?.capacity[0]).toMatchObject({ key: 'headline', aside: 'headline', detail: null });
    expect(m?.capacity.length).toBe(
      1 + (site?.alternativeCapacities.length ?? 0) + (m?.observed.length ?? 0),
    );
    expect(m?.capacity.some((c) => c.figure.endsWith(' running'))).toBe(true);
  });

  it('gathers every source the page cites once, strongest first', () => {
    const m = siteModel(doc, 'abilene', en);
    const grades = m?.sources.map((s) => s.reliability) ?? [];
    expect(grades.length).toBeGreaterThan(5);
    expect(grades).toEqual([...grades].sort());
    expect(new Set(m?.sources.map((s) => s.id)).size).toBe(grades.length);
    for (const id of m?.site.sourceIds ?? []) expect(m?.sources.map((s) => s.id)).toContain(id);
  });

  it('words a site’s financing with its qualifier, date and flag', () => {
    const withMoney = doc.investment.siteFinancing[0];
    const m = withMoney ? siteModel(doc, withMoney.siteId, en) : undefined;
    const row = m?.financing.find((f) => f.id === withMoney?.id);
    expect(row?.amount).toMatch(/\$/);
    expect(row?.sourceIds).toEqual(withMoney?.sourceIds);
  });
});
