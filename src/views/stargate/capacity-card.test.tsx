import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadRoute, renderRoute, stargateWithSites } from '../../test/test-utils';

// Parsing and laying out 10,000 sites in jsdom takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

/** Category labels drawn in the card's plot: one per bar. */
function drawnBars(card: HTMLElement): string[] {
  /* eslint-disable testing-library/no-node-access -- an SVG bar has no role; each category
     label carries a <title> with the full name, one per bar, which is what is counted here. */
  const plot = card.querySelector('.chart-card__plot');
  return [...(plot?.querySelectorAll('svg title') ?? [])]
    .map((title) => title.textContent ?? '')
    .filter(Boolean);
  /* eslint-enable testing-library/no-node-access */
}

async function capacityCard(): Promise<HTMLElement> {
  return screen.findByRole('figure', { name: 'Planned capacity by site' }, { timeout: 30_000 });
}

// jsdom has no layout: ResponsiveContainer draws nothing in a box of 0 × 0.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 800, height: 360 }),
  );
});

describe('capacity chart at scale', () => {
  beforeAll(() => preloadRoute('/embed/stargate-capacity'));

  it('draws every bundled site and no aggregation note', async () => {
    renderRoute('/embed/stargate-capacity?lang=en');
    const card = await capacityCard();
    await vi.waitFor(() => expect(drawnBars(card)).toHaveLength(14), { timeout: 10_000 });
    expect(drawnBars(card).some((label) => label.includes('other sites'))).toBe(false);
    expect(within(card).queryByText(/Too many sites for one bar each/)).not.toBeInTheDocument();
  });

  it('draws the largest sites and one bar for the rest of 10,000, and says so', async () => {
    const user = userEvent.setup();
    renderRoute('/embed/stargate-capacity?lang=en', { 'stargate.json': stargateWithSites(10_000) });
    const card = await capacityCard();
    // The embed's plot is 360 px: 13 sites and the rest fit; never thousands of bars.
    await vi.waitFor(() => expect(drawnBars(card).length).toBeGreaterThan(0), { timeout: 30_000 });
    const bars = drawnBars(card);
    expect(bars.length).toBeLessThanOrEqual(14);
    expect(bars.at(-1)).toBe('9,987 other sites · summed in one bar');
    // The largest site (Shackelford County, 1.4 GW) and its clones lead.
    expect(bars[0]).toMatch(/^Shackelford County/);

    expect(
      within(card).getByText(
        /the chart draws the 13 largest and sums the other 9,987 \(.+ GW\) in the last bar/,
      ),
    ).toBeInTheDocument();
    // The screen-reader summary says it too, and lists names only up to a point.
    const plot = within(card).getByText(/The chart draws the 13 largest sites one by one/);
    expect(plot).toHaveTextContent(/sums the other 9,987 in one bar/);
    expect(plot).toHaveTextContent(/and \d{1,3}(,\d{3})* more/);
    expect(plot.textContent?.length ?? 0).toBeLessThan(2_000);

    // The table still carries every site, rendering only those in view.
    await user.click(within(card).getByRole('button', { name: 'Table' }));
    const table = await within(card).findByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(100);
  });
});
