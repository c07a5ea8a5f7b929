import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { ChartCard, type ChartMode } from './chart-card';
import type { TableSpec } from './data-table';

type Row = { name: string; gw: number };
const table: TableSpec<Row> = {
  rowKey: (r) => r.name,
  rows: [{ name: 'Abilene', gw: 1.2 }],
  columns: [
    { key: 'name', label: 'Site', render: (r) => r.name },
    { key: 'gw', label: 'GW', numeric: true, render: (r) => `${r.gw} GW`, value: (r) => r.gw },
  ],
};

const source = (n: number, reliability: 'A' | 'B' | 'C') => ({
  id: `s${n}`,
  publisher: `Publisher ${n}`,
  title: `Page ${n}`,
  url: `https://example.org/${n}`,
  date: `2025-0${(n % 9) + 1}`,
  reliability,
});

function Card({
  mode = 'chart',
  sources = [],
}: {
  mode?: ChartMode;
  sources?: ReturnType<typeof source>[];
}) {
  return (
    <ChartCard
      id="test-chart"
      title="Capacity"
      takeaway="One site"
      sources={sources}
      asOf="2026-06-12"
      mode={mode}
      onModeChange={() => {}}
      table={table}
      summary="Abilene is the largest site at 1.2 GW."
    >
      <svg aria-hidden="true" />
    </ChartCard>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('offers every download from a disclosure button, reachable by role', async () => {
  const user = userEvent.setup();
  render(<Card />);
  const toggle = screen.getByRole('button', { name: 'Download' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('button', { name: 'Data (CSV)' })).toBeNull();
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const group = screen.getByRole('group', { name: 'Download options for Capacity' });
  const names = within(group)
    .getAllByRole('button')
    .map((b) => b.textContent);
  expect(names).toEqual([
    'Data (CSV)',
    'Data (JSON)',
    'Image (SVG)',
    'Image (PNG, 2×)',
    'Copy for slides (16:9 PNG)',
  ]);
  await user.keyboard('{Escape}');
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

it('offers images only while the chart (not the table) is shown', async () => {
  const user = userEvent.setup();
  render(<Card mode="table" />);
  await user.click(screen.getByRole('button', { name: 'Download' }));
  expect(screen.getByRole('button', { name: 'Image (SVG)' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Data (CSV)' })).toBeEnabled();
  expect(screen.getByText('Switch to the chart to download it as an image.')).toBeInTheDocument();
});

it('downloads the CSV and says so in a status line', async () => {
  const user = userEvent.setup();
  const created: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (created.push(b), 'blob:x'),
      revokeObjectURL: () => {},
    }),
  );
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  render(<Card />);
  await user.click(screen.getByRole('button', { name: 'Download' }));
  await user.click(screen.getByRole('button', { name: 'Data (CSV)' }));
  expect(click).toHaveBeenCalledOnce();
  expect(await created[0]?.text()).toContain('Abilene,1.2');
  expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
    'gigawatt-test-chart-2026-06-12.csv downloaded',
  );
});

it('copies the link to the card (its id as the anchor) with a visible confirmation', async () => {
  const user = userEvent.setup();
  const writeText = vi.fn(() => Promise.resolve());
  vi.stubGlobal('isSecureContext', true);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<Card />);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(writeText).toHaveBeenCalledWith(new URL('#test-chart', window.location.href).href);
  expect(screen.getByRole('figure', { name: 'Capacity' })).toHaveAttribute('id', 'test-chart');
  expect(await screen.findByText('Link copied, with the current filters')).toHaveAttribute(
    'role',
    'status',
  );
});

it('carries the data summary inside the figure', () => {
  render(<Card />);
  const figure = screen.getByRole('figure', { name: 'Capacity' });
  expect(within(figure).getByText('Abilene is the largest site at 1.2 GW.')).toHaveAttribute('id');
});

it('leads with the strongest sources and folds the rest away', () => {
  render(
    <Card
      sources={[
        source(1, 'C'),
        source(2, 'B'),
        source(3, 'A'),
        source(4, 'B'),
        source(5, 'C'),
        source(6, 'A'),
      ]}
    />,
  );
  const links = screen.getAllByRole('link').map((link) => link.textContent);
  expect(links.slice(0, 4)).toEqual(['Publisher 6', 'Publisher 3', 'Publisher 4', 'Publisher 2']);
  expect(screen.getAllByRole('link')).toHaveLength(4);
  expect(screen.getByRole('button', { name: 'Show all 6' })).toBeInTheDocument();
});

it('lists a short source list in full', () => {
  render(
    <Card
      sources={[source(1, 'C'), source(2, 'B'), source(3, 'A'), source(4, 'B'), source(5, 'C')]}
    />,
  );
  expect(screen.getAllByRole('link')).toHaveLength(5);
  expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
});
