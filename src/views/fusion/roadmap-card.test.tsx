import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadRoute, renderRoute } from '../../test/test-utils';

// Parsing and laying out 10,000 phases in jsdom takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

type Programme = {
  id: string;
  kind: string;
  name: { en: string; ko: string };
  phases: { id: string }[];
};

/** The bundled file with its programmes cloned under new ids to `count` phases (as `npm run bench` does). */
function fusionWithPhases(count: number): string {
  const doc = JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8'),
  ) as { programmes: Programme[] };
  const originals = doc.programmes;
  const programmes: Programme[] = [...originals];
  let phases = originals.reduce((sum, p) => sum + p.phases.length, 0);
  for (let i = originals.length; phases < count; i++) {
    const source = originals[i % originals.length] as Programme;
    const clone: Programme = {
      ...source,
      id: `${source.id}-x${i}`,
      name: { en: `${source.name.en} #${i}`, ko: `${source.name.ko} #${i}` },
      phases: source.phases
        .slice(0, count - phases)
        .map((phase) => ({ ...phase, id: `${phase.id}-x${i}` })),
    };
    phases += clone.phases.length;
    programmes.push(clone);
  }
  doc.programmes = programmes;
  return JSON.stringify(doc);
}

/** Row labels drawn in the card's plot: programme headings and phases. */
function drawnRows(card: HTMLElement): string[] {
  /* eslint-disable testing-library/no-node-access -- a timeline row has no role; each row
     label carries a <title> with its full name, one per row, which is what is counted here. */
  const plot = card.querySelector('.chart-card__plot');
  return [...(plot?.querySelectorAll('svg title') ?? [])]
    .map((title) => title.textContent ?? '')
    .filter(Boolean);
  /* eslint-enable testing-library/no-node-access */
}

const title = 'Roadmap: ITER → DEMO → commercial plants';

// jsdom has no layout: ResponsiveContainer draws nothing in a box of 0 × 0.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 900, height: 2000 }),
  );
});

describe('roadmap at scale', () => {
  beforeAll(() => preloadRoute('/embed/fusion-roadmap'));

  it('draws every bundled programme and no note about undrawn ones', async () => {
    renderRoute('/embed/fusion-roadmap?lang=en');
    const card = await screen.findByRole('figure', { name: title }, { timeout: 30_000 });
    await vi.waitFor(() => expect(drawnRows(card).length).toBeGreaterThan(60), {
      timeout: 10_000,
    });
    expect(drawnRows(card)).toContain('ITER');
    expect(within(card).queryByText(/Too many programmes/)).not.toBeInTheDocument();
  });

  it('draws at most 100 rows of 10,000 phases, every stage among them, and says what is left to the table', async () => {
    const user = userEvent.setup();
    renderRoute('/embed/fusion-roadmap?lang=en', { 'fusion.json': fusionWithPhases(10_000) });
    const card = await screen.findByRole('figure', { name: title }, { timeout: 30_000 });
    await vi.waitFor(() => expect(drawnRows(card).length).toBeGreaterThan(0), { timeout: 30_000 });
    const rows = drawnRows(card);
    expect(rows.length).toBeLessThanOrEqual(100);
    // Every stage is drawn, the commercial plants and developers (last in road order) too.
    for (const programme of ['ITER', 'EU-DEMO', 'STEP', 'ARC', 'TAE Technologies'])
      expect(rows).toContain(programme);

    const note = within(card).getByText(/Too many programmes for one chart/);
    expect(note).toHaveTextContent(/The other [\d,]+ \([\d,]+ phases\) are not drawn/);
    const summary = within(card).getByText(/^Timeline of [\d,]+ programmes/);
    expect(summary).toHaveTextContent(/more programmes \([\d,]+ phases\) are in the table only/);
    expect(summary.textContent?.length ?? 0).toBeLessThan(5_000);

    // The table lists every phase, rendering only those in view.
    await user.click(within(card).getByRole('button', { name: 'Table' }));
    const table = await within(card).findByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(100);
  });
});
