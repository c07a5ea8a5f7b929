import { describe, expect, it } from 'vitest';
import { palettes } from '../../charts/palette';
import { createI18n } from '../../i18n/i18n-context';
import { mapModel } from './map-model';
import { bundledStargate, noFilters } from './model-fixtures';
import { siteLabels } from './stargate-format';

const en = createI18n('en');
const map = (doc = bundledStargate(), input: Partial<Parameters<typeof mapModel>[4]> = {}) =>
  mapModel(doc, en, siteLabels(en, doc), palettes.light, {
    filters: noFilters,
    hidden: [],
    ...input,
  });

describe('mapModel', () => {
  it('places every site with a place code, the US apart from the rest, and says so', () => {
    const doc = bundledStargate();
    const m = map(doc);
    expect(m.placed).toHaveLength(doc.sites.filter((s) => s.place).length);
    const active = doc.sites.filter((s) => s.status !== 'cancelled');
    const us = active.filter((s) => s.country === 'US').length;
    expect(m.summary).toContain(`${us} US sites, ${active.length - us} abroad.`);
    expect(m.takeaway).toContain(`${us} sites in the United States`);
  });

  it('names a region per row: the state for a US site, the country abroad', () => {
    const m = map();
    expect(m.rows.find((r) => r.siteId === 'milam')?.regionName).toBe('Texas');
    expect(m.rows.find((r) => r.siteId === 'uae')?.regionName).toBe('United Arab Emirates');
  });

  it('lists a site whose place code is unknown instead of guessing where it is', () => {
    const doc = bundledStargate();
    const milam = doc.sites.find((s) => s.id === 'milam');
    if (!milam?.place) throw new Error('no milam');
    milam.place = { ...milam.place, code: '48999' };
    const m = map(doc);
    expect(m.placed.map((p) => p.key)).not.toContain('milam');
    expect(m.notes).toContain('Not on the map (no known place code): Milam County.');
  });

  it('follows the capacity chart’s filters and hidden statuses', () => {
    const doc = bundledStargate();
    const status = doc.sites.find((s) => s.id === 'milam')?.status ?? 'planned';
    const m = map(doc, { filters: { ...noFilters, partner: ['softbank'] }, hidden: [status] });
    expect(m.rows.map((r) => r.siteId).sort()).toEqual(['lordstown', 'milam']);
    const shown = m.rows.filter((r) => r.status !== status).map((r) => r.siteId);
    expect(m.placed.map((p) => p.key)).toEqual(shown);
    expect(m.download.rows.map((r) => r.siteId)).toEqual(shown);
    expect(m.notes[0]).toBe('Filtered in the capacity chart: SoftBank');
  });

  it('downloads where each site is beside its figure, with both kinds of source', () => {
    const doc = bundledStargate();
    const m = map(doc);
    expect(m.download.columns.map((c) => c.name)).toEqual([
      'site_id',
      'site',
      'place_code',
      'placed_by',
      'state',
      'country',
      'capacity_gw',
      'qualifier',
      'status',
      'lead_partner',
      'status_as_of',
      'uncertain',
      'source_ids',
    ]);
    const milam = m.download.rows.find((r) => r.siteId === 'milam');
    const ids = m.download.columns.find((c) => c.name === 'source_ids');
    const site = doc.sites.find((s) => s.id === 'milam');
    expect(milam && ids?.value(milam)).toEqual(
      expect.arrayContaining([
        ...(site?.place?.sourceIds ?? []),
        ...(site?.capacitySourceIds ?? []),
      ]),
    );
  });
});
