import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadRoute, renderRoute } from '../../test/test-utils';

vi.setConfig({ testTimeout: 60_000 });

const stargateText = readFileSync(
  path.resolve(__dirname, '../../../public/data/stargate.json'),
  'utf8',
);

async function mapCard(): Promise<HTMLElement> {
  return screen.findByRole('figure', { name: 'Where the sites are' }, { timeout: 30_000 });
}

// jsdom has no layout; the map measures its box once.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 960, height: 600 }),
  );
});

describe('stargate-map', () => {
  beforeAll(() => preloadRoute('/embed/stargate-map'));

  it('links every placed site to its page and sums up the map for screen readers', async () => {
    renderRoute('/embed/stargate-map?lang=en');
    const card = await mapCard();
    const marks = within(card).getByRole('list', { name: /Sites on the map/ });
    const links = await within(marks).findAllByRole('link');
    expect(links).toHaveLength(14);
    const milam = within(marks).getByRole('link', {
      name: /^Milam County, SoftBank, 1\.2 GW, Under construction/,
    });
    expect(milam).toHaveAttribute('href', expect.stringContaining('/stargate/sites/milam'));
    expect(
      within(marks).getByRole('link', { name: /^Lordstown, SoftBank, not disclosed/ }),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('7 US sites, 6 abroad. Texas has 3 sites with 3.8 GW.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/Placed in the state as a whole .*: Abilene expansion, Lordstown\./),
    ).toBeInTheDocument();
  });

  it('follows the capacity chart’s filters in the URL', async () => {
    renderRoute('/embed/stargate-map?lang=en&partner=softbank');
    const card = await mapCard();
    const marks = within(card).getByRole('list', { name: /Sites on the map/ });
    const names = (await within(marks).findAllByRole('link')).map(
      (l) => l.getAttribute('aria-label')?.split(',')[0],
    );
    expect(names.sort()).toEqual(['Lordstown', 'Milam County']);
    expect(within(card).getByText(/Filtered in the capacity chart: SoftBank/)).toBeInTheDocument();
  });

  it('lists a site whose place code the map does not know instead of guessing', async () => {
    const doc = JSON.parse(stargateText) as { sites: { id: string; place: { code: string } }[] };
    const milam = doc.sites.find((s) => s.id === 'milam');
    if (!milam) throw new Error('no milam');
    milam.place.code = '48999';
    renderRoute('/embed/stargate-map?lang=en', { 'stargate.json': JSON.stringify(doc) });
    const card = await mapCard();
    const marks = within(card).getByRole('list', { name: /Sites on the map/ });
    expect(await within(marks).findAllByRole('link')).toHaveLength(13);
    expect(
      within(card).getAllByText(/Not on the map \(no known place code\): Milam County\./).length,
    ).toBeGreaterThan(0);
  });

  it('shows a table with one row per site, its place code, state or country and capacity', async () => {
    const user = userEvent.setup();
    renderRoute('/embed/stargate-map?lang=en');
    const card = await mapCard();
    await user.click(within(card).getByRole('button', { name: 'Table' }));
    const table = await within(card).findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(15);
    const milam = within(table).getByRole('row', { name: /Milam County/ });
    expect(within(milam).getByRole('cell', { name: '48331' })).toBeInTheDocument();
    expect(within(milam).getByRole('cell', { name: 'Texas' })).toBeInTheDocument();
    expect(within(milam).getByRole('cell', { name: '1.2 GW' })).toBeInTheDocument();
    const uae = within(table).getByRole('row', { name: /Stargate UAE/ });
    expect(within(uae).getByRole('cell', { name: 'AE' })).toBeInTheDocument();
  });

  function captureBlobs(): Blob[] {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    return blobs;
  }

  async function downloadCsv(card: HTMLElement, blobs: Blob[]): Promise<string[]> {
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Download' }));
    await user.click(within(card).getByRole('button', { name: /CSV/ }));
    const csv = await blobs.at(-1)?.text();
    return (csv ?? '')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
  }

  it('downloads tidy records, one per site: place code, state, country, capacity and its wording, sources', async () => {
    const blobs = captureBlobs();
    renderRoute('/embed/stargate-map?lang=en');
    const card = await mapCard();
    const lines = await downloadCsv(card, blobs);
    expect(lines[0]).toBe(
      'site_id,site,place_code,placed_by,state,country,capacity_gw,qualifier,status,lead_partner,status_as_of,uncertain,source_ids',
    );
    const milam = lines.find((l) => l.startsWith('milam,'))?.split(',');
    expect(milam?.slice(0, 12)).toEqual([
      'milam',
      'Milam County',
      '48331',
      'county',
      'Texas',
      'US',
      '1.2',
      'exact',
      'under-construction',
      'softbank',
      '2026-06-12',
      'false',
    ]);
    // Where the site is and what it holds are both sourced.
    expect(milam?.[12]?.split(' ')).toEqual(
      expect.arrayContaining(['asianet-sb-energy', 'verdict-sb-energy']),
    );
    const uae = lines.find((l) => l.startsWith('uae,'))?.split(',');
    expect(uae?.slice(2, 6)).toEqual(['AE', 'country', '', 'AE']);
    // One record per site, the header aside; no record without its sources.
    expect(lines).toHaveLength(15);
    expect(lines.slice(1).every((l) => !l.endsWith(','))).toBe(true);
  });

  it('downloads only what the URL shows and names the filters in the file name', async () => {
    const blobs = captureBlobs();
    renderRoute('/embed/stargate-map?lang=en&partner=softbank&hide=cancelled');
    const card = await mapCard();
    const lines = await downloadCsv(card, blobs);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids.sort()).toEqual(['lordstown', 'milam']);
    expect(
      within(card).getByText(
        /^gigawatt-stargate-map-[\d-]+-filtered-partner-softbank-hide-cancelled\.csv downloaded$/,
      ),
    ).toBeInTheDocument();
  });
});
