import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute, stargateWithSites } from '../../test/test-utils';

// The Stargate page is long; role queries over the whole of it are slow in jsdom.
vi.setConfig({ testTimeout: 30_000 });

/** The capacity card's figure, found by its title; its stable chart id is checked elsewhere. */
async function capacityCard(): Promise<HTMLElement> {
  return screen.findByRole('figure', { name: 'Planned capacity by site' }, { timeout: 10_000 });
}

/** Site names in the first column of the card's table. */
function tableSites(card: HTMLElement): string[] {
  const table = within(card).getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('/stargate', () => {
  it('renders the three charts and the page sections', async () => {
    renderRoute('/stargate?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stargate' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    for (const [id, name] of [
      ['stargate-capacity', 'Planned capacity by site'],
      ['stargate-growth', 'Announced capacity against the 10 GW target'],
      ['stargate-investment', 'Investment: pledges, equity and site financing'],
    ] as const) {
      expect(await screen.findByRole('figure', { name }, { timeout: 10_000 })).toHaveAttribute(
        'data-chart-id',
        id,
      );
    }
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    for (const name of [
      'Planned capacity by site',
      'Announced capacity against the 10 GW target',
      'Investment: pledges, equity and site financing',
      'Partners and their roles',
      'All sites',
      'The power and environment challenge',
      'Announcements timeline',
      'Where sources disagree',
    ]) {
      expect(h2).toContain(name);
    }
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The misattributed water figure is shown as a correction, not as an Abilene fact.
    expect(screen.getByRole('complementary', { name: 'Correction' })).toHaveTextContent(
      '463 million gallons',
    );
    // Every site is listed and links to its page, the cancelled expansion included.
    const sites = screen.getByRole('table', { name: 'All sites' });
    expect(within(sites).getByRole('link', { name: 'Abilene expansion' })).toHaveAttribute(
      'href',
      '/stargate/sites/abilene-expansion?lang=en',
    );
    expect(within(sites).getAllByRole('row')).toHaveLength(15);
  });

  it('filters the capacity table by partner chip and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/stargate?lang=en&table=stargate-capacity');
    const card = await capacityCard();
    await waitFor(() => expect(tableSites(card)).toHaveLength(14));

    const partners = within(card).getByRole('group', { name: 'Lead partner' });
    await user.click(within(partners).getByRole('button', { name: 'SoftBank' }));
    await waitFor(() => expect(location().search).toContain('partner=softbank'));
    expect(within(partners).getByRole('button', { name: 'SoftBank' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(tableSites(card)).toEqual(['Milam County', 'Lordstown']);
  });

  it('reproduces a pasted filtered link on first render, dropping unknown values quietly', async () => {
    renderRoute(
      '/stargate?lang=en&table=stargate-capacity&partner=oracle,nobody&status=under-construction,bogus&sort=name',
    );
    const card = await capacityCard();
    await waitFor(() =>
      expect(tableSites(card)).toEqual([
        'Doña Ana County',
        'Port Washington',
        'Saline Township',
        'Shackelford County',
      ]),
    );
    expect(within(card).getByRole('button', { name: 'Oracle' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('keeps oracle sites, sorted by name, when the status filter is entirely invalid', async () => {
    renderRoute(
      '/stargate?lang=en&table=stargate-capacity&partner=oracle&status=bogus&sort=nonsense',
    );
    const card = await capacityCard();
    await waitFor(() =>
      expect(tableSites(card)).toEqual([
        'Shackelford County',
        'Abilene',
        'Doña Ana County',
        'Port Washington',
        'Saline Township',
        'Abilene expansion',
      ]),
    );
  });

  it('switches the capacity card between chart and table', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/stargate?lang=en');
    const card = await capacityCard();
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Table' }));
    await waitFor(() => expect(location().search).toContain('table=stargate-capacity'));
    expect(await within(card).findByRole('table')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Chart' }));
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
  });

  it('hides a status from the chart through the legend, in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/stargate?lang=en');
    const card = await capacityCard();
    const legend = within(card).getByRole('list', { name: 'Status (select to show or hide)' });
    await user.click(within(legend).getByRole('button', { name: /Cancelled/ }));
    await waitFor(() => expect(location().search).toContain('hide=cancelled'));
    expect(within(legend).getByRole('button', { name: /Cancelled/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('/stargate with thousands of sites', () => {
  it('renders only the sites table rows in view, and tells assistive technology the total', async () => {
    renderRoute('/stargate?lang=en', { 'stargate.json': stargateWithSites(600) });
    const table = await screen.findByRole('table', { name: 'All sites' }, { timeout: 45_000 });
    expect(table).toHaveAttribute('aria-rowcount', '601');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(100);
  }, 60_000);
});

describe('/stargate/sites/:siteId', () => {
  it('shows Abilene with its capacity figures, phases and graded sources', async () => {
    renderRoute('/stargate/sites/abilene?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /Abilene/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Phases' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Money for this site' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: /^Sources \(\d+\)$/ }),
    ).toBeInTheDocument();
    const [capacity] = screen.getAllByRole('region', { name: 'Capacity: every figure reported' });
    if (!capacity) throw new Error('capacity section missing');
    expect(within(capacity).getAllByText('IT (server) power').length).toBeGreaterThan(0);
    expect(within(capacity).getAllByText('Facility power').length).toBeGreaterThan(0);
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Stargate' })).toHaveAttribute(
      'href',
      '/stargate?lang=en',
    );
  });

  it('shows a friendly not-found for an unknown site, with a way back', async () => {
    renderRoute('/stargate/sites/atlantis?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Site not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/atlantis/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all Stargate sites' })).toHaveAttribute(
      'href',
      '/stargate?lang=en',
    );
  });
});
