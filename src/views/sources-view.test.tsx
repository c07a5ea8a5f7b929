import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/test-utils';

/** The bundled stargate.json with `count` more sources, none of them cited. */
function stargateWithSources(count: number): string {
  const doc = JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/data/stargate.json'), 'utf8'),
  ) as { sources: { id: string; title: string; publisher: string }[] };
  const model = doc.sources[0];
  if (!model) throw new Error('stargate.json has no source');
  for (let i = 0; i < count; i++)
    doc.sources.push({
      ...model,
      id: `extra-${i}`,
      title: `Extra page ${i}`,
      publisher: `Zz publisher ${String(i).padStart(5, '0')}`,
    });
  return JSON.stringify(doc);
}

describe('/sources', () => {
  it('lists sources from both files and filters them by grade and search, in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/sources?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources and methodology' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const allRows = within(table).getAllByRole('row').length - 1;
    expect(allRows).toBeGreaterThan(20);

    await user.click(screen.getByRole('button', { name: 'C' }));
    await waitFor(() => expect(location().search).toContain('grade=C'));
    const cRows = within(screen.getByRole('table')).getAllByRole('row').length - 1;
    expect(cRows).toBeLessThan(allRows);
    expect(within(screen.getByRole('table')).queryAllByText('A')).toHaveLength(0);

    await user.type(screen.getByRole('searchbox', { name: 'Search sources' }), 'zzqx');
    expect(await screen.findByText('No source matches.')).toBeInTheDocument();
  });

  it('reads its filters from a pasted link', async () => {
    renderRoute('/sources?grade=A&topic=fusion');
    const table = await screen.findByRole('table');
    const grades = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent);
    expect(grades.length).toBeGreaterThan(0);
    expect(new Set(grades)).toEqual(new Set(['A']));
  });

  it('shows the alert for a broken file and still lists the other topic', async () => {
    renderRoute('/sources?lang=en', { 'stargate.json': '{"schemaVersion":1' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('stargate.json: (root): not valid JSON');
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('renders only the rows in view of 10,000 sources, and counts them all', async () => {
    const user = userEvent.setup();
    renderRoute('/sources?lang=en', { 'stargate.json': stargateWithSources(10_000) });
    const list = await screen.findByRole(
      'region',
      { name: 'List of sources' },
      { timeout: 30_000 },
    );
    const table = within(list).getByRole('table');
    const total = Number(table.getAttribute('aria-rowcount')) - 1;
    expect(total).toBeGreaterThan(10_000);
    const count = total.toLocaleString('en');
    expect(screen.getByText(`${count} of ${count} sources`)).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeLessThan(100);

    // Searching down to a few rows gives the plain table back.
    await user.type(
      screen.getByRole('searchbox', { name: 'Search sources' }),
      'Zz publisher 09990',
    );
    await vi.waitFor(() =>
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2),
    );
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
  });
});
