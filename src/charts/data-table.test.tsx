import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, virtualRowsAbove, type TableSpec } from './data-table';

type Row = { id: number; gw: number };

const tableOf = (count: number): TableSpec<Row> => ({
  rowKey: (r) => String(r.id),
  rows: Array.from({ length: count }, (_, id) => ({ id, gw: id / 10 })),
  columns: [
    { key: 'site', label: 'Site', render: (r) => `Site ${r.id}` },
    { key: 'gw', label: 'GW', numeric: true, render: (r) => `${r.gw} GW`, value: (r) => r.gw },
  ],
});

describe('DataTable', () => {
  it('renders a short table whole, as a plain table', () => {
    render(<DataTable caption="Capacity" table={tableOf(14)} />);
    const table = screen.getByRole('table', { name: 'Capacity' });
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    expect(table).not.toHaveAttribute('aria-rowcount');
    expect(within(table).getByRole('rowheader', { name: 'Site 13' })).toBeInTheDocument();
  });

  it('still renders every row at the threshold', () => {
    render(<DataTable caption="Capacity" table={tableOf(virtualRowsAbove)} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(
      virtualRowsAbove + 1,
    );
  });

  it('renders only the rows in view of a long table, and tells assistive technology the total', () => {
    render(<DataTable caption="Capacity" table={tableOf(10_000)} />);
    const region = screen.getByRole('region', { name: 'Capacity' });
    const table = within(region).getByRole('table', { name: 'Capacity' });
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(100);
    // 10,000 rows and the header.
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '1');
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Site 0');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Site', 'GW']);
  });

  it('brings the rows scrolled to into the document', () => {
    render(<DataTable caption="Capacity" table={tableOf(10_000)} />);
    const region = screen.getByRole('region', { name: 'Capacity' });
    // jsdom has no layout: give the box a height and a scroll position by hand.
    Object.defineProperty(region, 'clientHeight', { configurable: true, value: 600 });
    Object.defineProperty(region, 'scrollTop', { configurable: true, value: 37 * 5000 });
    fireEvent.scroll(region);
    const table = within(region).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Site 5000' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: 'Site 0' })).not.toBeInTheDocument();
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader', { name: 'Site 5000' }));
    expect(row).toHaveAttribute('aria-rowindex', '5002');
    expect(within(table).getAllByRole('row').length).toBeLessThan(100);
  });

  it('prints every row of a long table', () => {
    const count = virtualRowsAbove + 100;
    render(<DataTable caption="Capacity" table={tableOf(count)} />);
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(100);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(count + 1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(100);
  });
});
