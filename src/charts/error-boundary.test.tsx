import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import { ChartCard, type ChartMode } from './chart-card';

type Row = { label: string; value: number };
const rows: Row[] = [{ label: 'a', value: 1 }];
const table = {
  columns: [
    { key: 'label', label: 'Label', render: (r: Row) => r.label },
    { key: 'value', label: 'Value', render: (r: Row) => r.value, numeric: true },
  ],
  rows,
  rowKey: (r: Row) => r.label,
};

/** A chart whose drawing throws, as a Recharts bug or an unforeseen value would. */
function BrokenChart({ broken }: { broken: { current: boolean } }): React.ReactNode {
  if (broken.current) throw new Error('cannot draw');
  return <p>drawn</p>;
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const [mode, setMode] = useState<ChartMode>('chart');
  return (
    <ChartCard
      id={id}
      title={title}
      takeaway=""
      sources={[]}
      asOf="2026-01-01"
      mode={mode}
      onModeChange={setMode}
      table={table}
      summary=""
    >
      {children}
    </ChartCard>
  );
}

describe('a chart that throws', () => {
  it('is contained by its card; the table, the retry and the other cards keep working', async () => {
    // React reports a caught render error on the console; the containment is what is under test.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const user = userEvent.setup();
    const broken = { current: true };
    render(
      <I18nProvider lang="en">
        <Card id="broken-chart" title="Broken">
          <BrokenChart broken={broken} />
        </Card>
        <Card id="healthy-chart" title="Healthy">
          <p>healthy drawn</p>
        </Card>
      </I18nProvider>,
    );

    const brokenCard = screen.getByRole('figure', { name: 'Broken' });
    expect(within(brokenCard).getByRole('alert')).toHaveTextContent(
      'This chart could not be drawn.',
    );
    expect(within(brokenCard).getByRole('heading', { name: 'Broken' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('figure', { name: 'Healthy' })).getByText('healthy drawn'),
    ).toBeInTheDocument();

    // The same numbers stay readable as a table.
    await user.click(within(brokenCard).getByRole('button', { name: 'Table' }));
    expect(await within(brokenCard).findByRole('table')).toBeInTheDocument();
    expect(within(brokenCard).queryByRole('alert')).not.toBeInTheDocument();

    // Back to the chart, still broken; once it can draw, retry brings it back.
    await user.click(within(brokenCard).getByRole('button', { name: 'Chart' }));
    expect(within(brokenCard).getByRole('alert')).toBeInTheDocument();
    broken.current = false;
    await user.click(within(brokenCard).getByRole('button', { name: 'Retry' }));
    expect(within(brokenCard).getByText('drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
