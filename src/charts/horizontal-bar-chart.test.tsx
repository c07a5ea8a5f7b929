import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fitTicks } from './category-bars';
import { labelWidth12 } from './category-label';
import { HorizontalBarChart, type BarDatum } from './horizontal-bar-chart';
import { keepLargest } from './keep-largest';

// jsdom has no layout: every element measures 0 × 0, and ResponsiveContainer then draws nothing.
// The reader also prefers reduced motion, so the bars and their labels draw at once.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 640, height: 200 }),
  );
  const matchMedia = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query) =>
    query.includes('prefers-reduced-motion')
      ? { ...matchMedia(query), matches: true }
      : matchMedia(query),
  );
  return () => vi.restoreAllMocks();
});

const datum = (overrides: Partial<BarDatum> & Pick<BarDatum, 'key'>): BarDatum => ({
  label: overrides.key,
  value: 1,
  valueLabel: '1 GW',
  color: '#0072B2',
  tooltip: { title: overrides.key, lines: [] },
  ...overrides,
});

/** Draws `data` at plot height `height`, an unknown value labelled "not disclosed". */
const renderBars = (data: BarDatum[], height = 200) =>
  render(
    <HorizontalBarChart
      height={height}
      unknownLabel="not disclosed"
      formatTick={String}
      data={data}
    />,
  );

it('labels a null value as not disclosed instead of drawing a zero bar', async () => {
  renderBars([
    datum({ key: 'known', label: 'Known site', value: 1.2, valueLabel: '1.2 GW' }),
    datum({ key: 'quiet', label: 'Quiet site', value: null, valueLabel: 'not disclosed' }),
  ]);
  expect(await screen.findByText('not disclosed')).toBeInTheDocument();
  expect(await screen.findByText('1.2 GW', undefined, { timeout: 4000 })).toBeInTheDocument();
  expect(screen.getAllByText('Quiet site').length).toBeGreaterThan(0);
});

it('keeps the hatch pattern for an uncertain bar inside the chart', async () => {
  const { container } = renderBars([datum({ key: 'shaky', value: 1, uncertain: true })], 160);
  await screen.findByText('1 GW', undefined, { timeout: 4000 });
  /* eslint-disable testing-library/no-container, testing-library/no-node-access --
     an SVG pattern has no role, and the hatch is what this test is about. */
  const pattern = container.querySelector('svg pattern');
  expect(pattern).not.toBeNull();
  expect(container.querySelector(`svg [fill="url(#${pattern?.id ?? ''})"]`)).not.toBeNull();
});

describe('keepLargest', () => {
  const rows = [
    { id: 'a', gw: 1 },
    { id: 'b', gw: null },
    { id: 'c', gw: 3 },
    { id: 'd', gw: 2 },
    { id: 'e', gw: 3 },
  ];
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('keeps the largest in their given order, unknown sizes last, and returns the rest', () => {
    const { kept, rest } = keepLargest(rows, 3, (r) => r.gw);
    expect(ids(kept)).toEqual(['c', 'd', 'e']);
    expect(ids(rest)).toEqual(['a', 'b']);
  });

  it('keeps everything when it fits', () => {
    expect(keepLargest(rows, 5, (r) => r.gw)).toEqual({ kept: rows, rest: [] });
  });
});

it('draws a bar of many summed categories without letting it set the axis', async () => {
  renderBars([
    datum({ key: 'big', value: 1.4, valueLabel: '1.4 GW' }),
    datum({ key: 'small', value: 0.5, valueLabel: '0.5 GW' }),
    datum({
      key: 'rest',
      label: '9,998 other sites',
      value: 9000,
      valueLabel: '9,000 GW',
      rest: true,
    }),
  ]);
  // Its full figure is in its label; the axis still ends just past the largest single bar.
  expect(await screen.findByText('9,000 GW', undefined, { timeout: 4000 })).toBeInTheDocument();
  expect(screen.getAllByText('1.5').length).toBeGreaterThan(0);
  expect(screen.queryByText('10000')).not.toBeInTheDocument();
  expect(screen.getAllByText('9,998 other sites').length).toBeGreaterThan(0);
});

it('labels the categories of the rows it is given now, after its rows change (a filter)', async () => {
  const rows = [
    datum({ key: 'a', label: 'Alpha site', value: 2, valueLabel: '2 GW' }),
    datum({ key: 'b', label: 'Beta site', value: 1, valueLabel: '1 GW' }),
  ];
  const { rerender } = renderBars(rows);
  expect(await screen.findAllByText('Beta site', undefined, { timeout: 4000 })).not.toHaveLength(0);

  // The same number of rows, others in their places: each tick must name its new row.
  const next = [
    datum({ key: 'c', label: 'Gamma site', value: 3, valueLabel: '3 GW' }),
    datum({ key: 'd', label: 'Delta site', value: 0.5, valueLabel: '0.5 GW' }),
  ];
  rerender(
    <HorizontalBarChart
      height={200}
      unknownLabel="not disclosed"
      formatTick={String}
      data={next}
    />,
  );
  expect(await screen.findAllByText('Delta site', undefined, { timeout: 4000 })).not.toHaveLength(
    0,
  );
  expect(screen.getAllByText('Gamma site')).not.toHaveLength(0);
  expect(screen.queryAllByText('Alpha site')).toHaveLength(0);
  expect(screen.queryAllByText('Beta site')).toHaveLength(0);
});

it('shows a row’s tooltip under the pointer and steps through the rows by keyboard', async () => {
  const user = userEvent.setup();
  renderBars([
    datum({ key: 'a', label: 'Alpha site', tooltip: { title: 'Alpha tip', lines: [] } }),
    datum({ key: 'b', label: 'Beta site', tooltip: { title: 'Beta tip', lines: [] } }),
  ]);
  const plot = await screen.findByRole('application');
  expect(screen.queryByText('Alpha tip')).not.toBeInTheDocument();

  // The plot spans y 4 to 166 (200 px less the margins and the value axis): two bands of 81 px.
  fireEvent.pointerMove(plot, { clientX: 300, clientY: 130 });
  expect(screen.getByText('Beta tip')).toBeInTheDocument();
  fireEvent.pointerLeave(plot);
  expect(screen.queryByText('Beta tip')).not.toBeInTheDocument();

  await user.click(plot);
  await user.keyboard('{ArrowDown}');
  expect(screen.getByText('Alpha tip')).toBeInTheDocument();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByText('Beta tip')).toBeInTheDocument();
  expect(screen.queryByText('Alpha tip')).not.toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByText('Beta tip')).not.toBeInTheDocument();
});

describe('fitTicks', () => {
  const x = (value: number) => value;
  it('keeps every label where there is room, moving the ones at the edges inside', () => {
    const kept = fitTicks([0, 100, 200], x, 200, (v) => `${v}`);
    expect(kept.map((t) => t.label)).toEqual(['0', '100', '200']);
    expect(kept[0]?.at).toBeGreaterThan(0);
    expect(kept[2]?.at).toBeLessThan(200);
  });

  it('drops labels that would overlap, keeping the last', () => {
    // About 80 px each, 60 px apart: every other one goes, and none is cut at the right edge.
    const format = (v: number) => `${v},000억 달러`;
    const kept = fitTicks([0, 60, 120, 180, 240], x, 240, format);
    expect(kept.map((t) => t.value)).toEqual([60, 240]);
    expect((kept[1]?.at ?? 0) + labelWidth12(format(240)) / 2).toBeLessThanOrEqual(240);
    expect((kept[1]?.at ?? 0) - (kept[0]?.at ?? 0)).toBeGreaterThan(labelWidth12(format(60)));
  });
});
