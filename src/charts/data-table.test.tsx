import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable, virtualRowsAbove, type TableSort, type TableSpec } from './data-table';

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

describe('sortable headers', () => {
  const table: TableSpec<{ id: number; name: string; gw: number | null }> = {
    rowKey: (r) => String(r.id),
    rows: [
      { id: 1, name: 'Abilene', gw: 1.2 },
      { id: 2, name: 'Milam', gw: null },
      { id: 3, name: 'Doña Ana', gw: 10 },
      { id: 4, name: 'Lordstown', gw: 2 },
    ],
    columns: [
      { key: 'site', label: 'Site', render: (r) => r.name },
      {
        key: 'gw',
        label: 'GW',
        numeric: true,
        render: (r) => (r.gw === null ? '–' : `${r.gw} GW`),
        value: (r) => r.gw,
      },
    ],
  };

  function Sortable() {
    const [sort, setSort] = useState<TableSort | null>(null);
    return <DataTable caption="Capacity" table={table} sort={sort} onSortChange={setSort} />;
  }
  const order = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

  it('sorts numbers as numbers (largest first), then the other way, then back; blanks stay last', () => {
    render(<Sortable />);
    const header = screen.getByRole('columnheader', { name: /GW/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(order()).toEqual(['Doña Ana', 'Lordstown', 'Abilene', 'Milam']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(order()).toEqual(['Abilene', 'Lordstown', 'Doña Ana', 'Milam']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(order()).toEqual(['Abilene', 'Milam', 'Doña Ana', 'Lordstown']);
  });

  it('sorts text A to Z first, by keyboard too (the header is a button)', () => {
    render(<Sortable />);
    const button = within(screen.getByRole('columnheader', { name: /Site/ })).getByRole('button', {
      name: /Site/,
    });
    button.focus();
    expect(button).toHaveFocus();
    fireEvent.click(button);
    expect(order()).toEqual(['Abilene', 'Doña Ana', 'Lordstown', 'Milam']);
  });

  it('has plain headers when nobody keeps the sort', () => {
    render(<DataTable caption="Capacity" table={table} />);
    expect(screen.getByRole('columnheader', { name: 'Site' })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('DataTable for a view’s own list', () => {
  it('names its scroll box by a heading, and gives rows their class and id', () => {
    render(
      <section>
        <h2 id="sites-title">All sites</h2>
        <DataTable
          caption="Sites"
          labelledBy="sites-title"
          className="sites"
          table={{
            ...tableOf(3),
            rowAttributes: (r) => ({
              id: `site-${r.id}`,
              className: r.id === 1 ? 'cancelled' : undefined,
            }),
          }}
        />
      </section>,
    );
    const region = screen.getByRole('region', { name: 'All sites' });
    const table = within(region).getByRole('table', { name: 'Sites' });
    expect(table).toHaveClass('data-table', 'sites');
    const row = within(table).getAllByRole('row')[2];
    expect(row).toHaveTextContent('Site 1');
    expect(row).toHaveAttribute('id', 'site-1');
    expect(row).toHaveClass('cancelled');
  });

  it('takes a name for its scroll box apart from the caption, and keeps it when virtual', () => {
    render(<DataTable caption="Sources" label="List of sources" table={tableOf(10_000)} />);
    const region = screen.getByRole('region', { name: 'List of sources' });
    const table = within(region).getByRole('table', { name: 'Sources' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const second = within(table).getAllByRole('row')[1];
    expect(second).toHaveAttribute('aria-rowindex', '2');
  });
});
