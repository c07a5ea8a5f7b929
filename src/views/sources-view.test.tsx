import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../app/test-utils';

describe('/sources', () => {
  it('lists sources from both files and filters them by grade and search, in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/sources?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources and methodology' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const allRows = within(table).getAllByRole('row').length - 1;
    expect(allRows).toBeGreaterThan(20);

    await user.click(screen.getByRole('button', { name: 'C' }));
    expect(location().search).toContain('grade=C');
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
});
