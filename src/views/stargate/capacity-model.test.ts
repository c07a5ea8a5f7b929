import { describe, expect, it } from 'vitest';
import { palettes } from '../../charts/palette';
import { createI18n } from '../../i18n/i18n-context';
import { barRowsFor, capacityModel } from './capacity-model';
import { bundledStargate, noFilters } from './model-fixtures';
import { filterCount, siteFilterEntries } from './site-filters';
import { siteLabels } from './stargate-format';

const doc = bundledStargate();
const en = createI18n('en');
const labels = siteLabels(en, doc);
const model = (input: Partial<Parameters<typeof capacityModel>[4]> = {}) =>
  capacityModel(doc, en, labels, palettes.light, {
    filters: noFilters,
    sort: 'capacity',
    hidden: [],
    barRows: barRowsFor(undefined, false),
    ...input,
  });

describe('barRowsFor', () => {
  it('lets the page grow to 30 bars and the rest, and fits fewer in a fixed box', () => {
    expect(barRowsFor(undefined, false)).toBe(31);
    expect(barRowsFor(360, false)).toBe(14);
    // A slide's rows are taller: fewer fit in the same height.
    expect(barRowsFor(360, true)).toBe(10);
    expect(barRowsFor(100, false)).toBe(6);
  });
});

describe('capacityModel', () => {
  it('draws one bar per bundled site, largest first, undisclosed last', () => {
    const m = model();
    expect(m.bars).toHaveLength(doc.sites.length);
    expect(m.bars.some((b) => b.rest)).toBe(false);
    const values = m.bars.map((b) => b.value).filter((v) => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(m.bars.at(-1)?.valueLabel).toBe('not disclosed');
    const cancelled = m.bars.find((b) => b.struck);
    expect(cancelled?.valueLabel).toMatch(/cancelled/);
  });

  it('counts active sites and their undisclosed figures in the takeaway', () => {
    const active = doc.sites.filter((s) => s.status !== 'cancelled');
    const undisclosed = active.filter((s) => s.capacityGw === null);
    const m = model();
    expect(m.takeaway).toContain(`${active.length} active sites add up to`);
    expect(m.takeaway).toContain(`${undisclosed.length} of them have no disclosed figure`);
    for (const site of undisclosed) expect(m.summary).toContain(site.name.en);
  });

  it('words the takeaway for one site, and for one undisclosed figure', () => {
    const operating = model({ filters: { ...noFilters, status: ['partly-operating'] } });
    expect(operating.rows).toHaveLength(1);
    expect(operating.takeaway).toMatch(/^One active site, with [\d.]+ GW of announced capacity\.$/);

    // SoftBank: Milam County and Lordstown, whose figure is not disclosed.
    const softbank = model({ filters: { ...noFilters, partner: ['softbank'] } });
    expect(softbank.rows.map((r) => r.capacityGw === null)).toEqual([false, true]);
    expect(softbank.takeaway).toContain('2 active sites add up to');
    expect(softbank.takeaway).toContain('1 of them has no disclosed figure.');

    // Samsung and SK: Stargate Korea alone, not disclosed.
    const korea = model({ filters: { ...noFilters, partner: ['samsung-sk'] } });
    expect(korea.rows).toHaveLength(1);
    expect(korea.takeaway).toContain('Its capacity has not been disclosed.');
  });

  it('filters by partner, takes hidden statuses off the bars and the download, not the table', () => {
    const softbank = doc.sites.filter((s) => s.leadPartner === 'softbank');
    const m = model({
      filters: { ...noFilters, partner: ['softbank'] },
      hidden: ['under-construction'],
    });
    expect(m.rows.map((r) => r.siteId).sort()).toEqual(softbank.map((s) => s.id).sort());
    expect(m.bars.every((b) => b.key !== 'milam')).toBe(true);
    expect(m.download.rows.map((r) => r.siteId)).not.toContain('milam');
    expect(m.byPartner).toMatch(/^SoftBank /);
  });

  it('sums the sites past the bars that fit in one bar, and says so', () => {
    const m = model({ barRows: 6 });
    expect(m.bars).toHaveLength(6);
    const rest = m.bars.at(-1);
    expect(rest?.rest).toBe(true);
    expect(rest?.label).toBe(`${doc.sites.length - 5} other sites`);
    expect(m.restNote).toMatch(/draws the 5 largest/);
    expect(m.summary).toMatch(/draws the 5 largest sites one by one/);
  });

  it('downloads one record per site shown, figure apart from its wording', () => {
    const m = model();
    expect(m.download.columns.map((c) => c.name)).toEqual([
      'site_id',
      'site',
      'capacity_gw',
      'qualifier',
      'status',
      'lead_partner',
      'country',
      'announced',
      'status_as_of',
      'uncertain',
      'source_ids',
    ]);
    const lordstown = m.download.rows.find((r) => r.siteId === 'lordstown');
    const qualifier = m.download.columns.find((c) => c.name === 'qualifier');
    expect(lordstown && qualifier?.value(lordstown)).toBeNull();
  });

  it('speaks Korean', () => {
    const ko = createI18n('ko');
    const m = capacityModel(doc, ko, siteLabels(ko, doc), palettes.light, {
      filters: noFilters,
      sort: 'capacity',
      hidden: [],
      barRows: 31,
    });
    expect(m.takeaway).toMatch(/[가-힣]/);
    expect(m.bars.at(-1)?.valueLabel).toBe(ko.t('value.unknown'));
  });
});

describe('site filters', () => {
  it('counts filters on, and names them and the hidden statuses for downloads', () => {
    const filters = { partner: ['oracle' as const], status: [], country: ['US', 'AE'] };
    expect(filterCount(filters)).toBe(3);
    expect(siteFilterEntries(en, labels, filters, ['cancelled'])).toEqual([
      { param: 'partner', values: ['oracle'], label: 'Lead partner: Oracle' },
      {
        param: 'country',
        values: ['US', 'AE'],
        label: 'Country: United States, United Arab Emirates',
      },
      { param: 'hide', values: ['cancelled'], label: 'Hidden: Cancelled' },
    ]);
  });
});
