import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/test-utils';

const roadmapTable = 'Data behind the chart: Roadmap: ITER → DEMO → commercial plants';
const recordsTable = 'Data behind the chart: Records against the ITER and power-plant goals';

/** The first cell of every body row of a table region: the row's name. */
function rowNames(regionName: string): string[] {
  const region = screen.getByRole('region', { name: regionName });
  return within(region)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent ?? '');
}

// The page is heavy for jsdom (two charts, five sections) and loads lazy chunks cold; on a
// busy machine running the whole suite in parallel it takes many seconds, not one.
configure({ asyncUtilTimeout: 30_000 });

describe('/fusion', { timeout: 60_000 }, () => {
  it('renders both charts, the headline figures and every section under its heading', async () => {
    renderRoute('/fusion?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The road to fusion power' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Roadmap: ITER → DEMO → commercial plants',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Records against the ITER and power-plant goals',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Roadmap: ITER → DEMO → commercial plants' }),
    ).toHaveAttribute('data-chart-id', 'fusion-roadmap');
    expect(
      screen.getByRole('figure', { name: 'Records against the ITER and power-plant goals' }),
    ).toHaveAttribute('data-chart-id', 'fusion-records');
    for (const name of [
      'What stands in the way',
      'Private investment',
      'ITER’s cost: estimates over time',
      'Korea in ITER',
      'When will fusion power reach the grid?',
      'Where sources disagree',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('ITER deuterium–tritium operation')).toBeInTheDocument();
    expect(screen.getByText('was 2035 in the previous baseline')).toBeInTheDocument();
    expect(screen.getByText('Q ≈ 0.67')).toBeInTheDocument();
  });

  it('filters the roadmap by stage, in the URL and the table', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/fusion?lang=en&table=fusion-roadmap');
    await screen.findByRole('region', { name: roadmapTable });
    const all = rowNames(roadmapTable);
    expect(all).toContain('ITER');

    await user.click(screen.getByRole('button', { name: 'DEMO plants' }));
    await waitFor(() => expect(location().search).toContain('kind=demo'));
    const demos = rowNames(roadmapTable);
    expect(demos.length).toBeLessThan(all.length);
    expect(new Set(demos)).toEqual(new Set(['EU-DEMO', 'K-DEMO', 'JA-DEMO', 'CFETR']));

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(location().search).not.toContain('kind='));
    expect(rowNames(roadmapTable)).toHaveLength(all.length);
  });

  it('reproduces a pasted link: measure, stage filter and tables', async () => {
    renderRoute('/fusion?lang=en&metric=duration&kind=pilot&table=fusion-records,fusion-roadmap');
    await screen.findByRole('region', { name: recordsTable });
    expect(screen.getByRole('button', { name: 'Pulse duration' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Pilot plants' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(rowNames(recordsTable)).toEqual(
      expect.arrayContaining(['WEST (France, CEA)', 'EAST (China)']),
    );
    expect(new Set(rowNames(roadmapTable))).toEqual(new Set(['STEP', 'Tokamak Energy']));
  });

  it('falls back quietly on values it does not know', async () => {
    renderRoute('/fusion?lang=en&metric=bogus&kind=nope,demo&table=fusion-roadmap');
    await screen.findByRole('region', { name: roadmapTable });
    expect(screen.getByRole('button', { name: 'Gain (Q)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'DEMO plants' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(new Set(rowNames(roadmapTable))).toEqual(
      new Set(['EU-DEMO', 'K-DEMO', 'JA-DEMO', 'CFETR']),
    );
  });

  it('switches the records chart to its table and keeps Q and target gain apart', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/fusion?lang=en');
    const card = await screen.findByRole('figure', {
      name: 'Records against the ITER and power-plant goals',
    });
    await user.click(within(card).getByRole('button', { name: 'Table' }));
    await waitFor(() => expect(location().search).toContain('table=fusion-records'));
    const table = within(card).getByRole('region', { name: recordsTable });
    expect(within(table).getAllByText('Q, magnetic confinement').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Target gain, laser (NIF)').length).toBeGreaterThan(0);
    expect(within(table).getByText('Facility gain, laser (NIF)')).toBeInTheDocument();
  });

  it('hides a records series from the legend, in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute('/fusion?lang=en');
    const button = await screen.findByRole('button', { name: 'Target gain, laser (NIF)' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    await waitFor(() => expect(location().search).toContain('hidden=target-gain'));
    expect(screen.getByRole('button', { name: 'Target gain, laser (NIF)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('marks JET’s Q 0.67 and NIF’s 4.13 uncertain in the headline figures, as the charts do (C sources only)', async () => {
    renderRoute('/fusion?lang=en');
    const list = await screen.findByRole('list', { name: 'Headline figures' });
    const item = (label: string) =>
      within(list)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(label));
    const bestQ = item('Best measured magnetic-confinement Q');
    expect(bestQ).toHaveTextContent('Q ≈ 0.67');
    expect(bestQ).toHaveTextContent('Uncertain');
    const gain = item('Best laser target gain');
    expect(gain).toHaveTextContent('4.13');
    expect(gain).toHaveTextContent('Uncertain');
    // An A-graded figure stays plain: the mark means something.
    expect(item('Raised by private fusion companies')).not.toHaveTextContent('Uncertain');
    // The records chart's takeaway says so too.
    expect(
      await screen.findByText(
        /Best measured magnetic-confinement Q: 0\.67 \(JET, 1997, uncertain\)/,
      ),
    ).toBeInTheDocument();
  });

  it('speaks Korean', async () => {
    renderRoute('/fusion?lang=ko');
    expect(
      await screen.findByRole('heading', { level: 1, name: '인공태양, 핵융합 발전으로 가는 길' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'ITER 속의 한국' }),
    ).toBeInTheDocument();
  });
});
