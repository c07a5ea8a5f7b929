import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import {
  fillFromPictures,
  serialisePicture,
  type ChartPicture,
} from '../../scripts/chart-snapshots';
import type { BarDatum } from './horizontal-bar-chart';
import { ChartCard } from './chart-card';
import { chartDigest } from './chart-slot';
import type { TableSpec } from './data-table';
import { HorizontalBarChart } from './lazy-charts';

/* eslint-disable testing-library/no-node-access, testing-library/no-container --
   the slot's markup (its picture, its digest) is what these tests are about; an SVG drawing
   has no role. */

type Row = { name: string; gw: number };

const bar = (key: string, label: string, value: number): BarDatum => ({
  key,
  label,
  value,
  valueLabel: `${value} GW`,
  color: '#0072B2',
  tooltip: { title: label, lines: [] },
});

function Card({ second = 'Quiet site' }: { second?: string }) {
  const rows: Row[] = [
    { name: 'Known site', gw: 1.2 },
    { name: second, gw: 0.6 },
  ];
  const table: TableSpec<Row> = {
    rowKey: (r) => r.name,
    rows,
    columns: [{ key: 'name', label: 'Site', render: (r) => r.name }],
  };
  return (
    <ChartCard
      id="test-chart"
      title="Capacity"
      takeaway="Two sites"
      sources={[]}
      asOf="2026-06-12"
      mode="chart"
      onModeChange={() => {}}
      table={table}
      summary="Known site is the largest at 1.2 GW."
      height={200}
    >
      <HorizontalBarChart
        height={200}
        unknownLabel="not disclosed"
        formatTick={String}
        data={rows.map((r) => bar(r.name, r.name, r.gw))}
      />
    </ChartCard>
  );
}

beforeEach(() => {
  // Bars and labels draw at once, without animation.
  const matchMedia = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query) =>
    query.includes('prefers-reduced-motion')
      ? { ...matchMedia(query), matches: true }
      : matchMedia(query),
  );
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** What the build does: draws the card live in jsdom and keeps its plot as a picture. */
async function drawPicture(): Promise<ChartPicture> {
  const { container, unmount } = render(<Card />);
  await screen.findByText('1.2 GW', undefined, { timeout: 10_000 });
  const slot = container.querySelector<HTMLElement>('[data-chart-slot="test-chart"]');
  if (!slot) throw new Error('no chart slot');
  const picture: ChartPicture = {
    chartId: 'test-chart',
    route: '/',
    lang: 'en',
    variant: 'wide',
    digest: slot.dataset.chartDigest ?? '',
    ...serialisePicture(slot),
  };
  unmount();
  return picture;
}

/** The server's markup with the build's picture filled in, as a page arrives. */
function serverPage(picture: ChartPicture): { page: HTMLElement; html: string } {
  const html = fillFromPictures(renderToString(<Card />), [picture], new Map());
  const page = document.createElement('div');
  page.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(page);
  return { page, html };
}

it('hydrates a filled slot without a mismatch and keeps the picture until the reader points at it', async () => {
  const picture = await drawPicture();
  expect(picture.markup).toContain('Known site');
  expect(picture.markup).toContain('1.2 GW');
  expect(picture.markup).not.toMatch(/\sstyle=|<script/);

  const { page, html } = serverPage(picture);
  expect(html).toContain(`data-chart-digest="${picture.digest}"`);
  const errors = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  await act(async () => {
    root = hydrateRoot(page, <Card />, { onRecoverableError: recoverable });
  });

  expect(errors).not.toHaveBeenCalled();
  expect(recoverable).not.toHaveBeenCalled();
  const figure = within(page).getByRole('figure', { name: 'Capacity' });
  const slot = figure.querySelector<HTMLElement>('[data-chart-slot]');
  // Still the build's picture: no live chart (its slot would carry the digest it drew).
  expect(slot?.querySelector('.chart-picture svg')).not.toBeNull();
  expect(slot?.dataset.chartDigest).toBeUndefined();
  expect(within(figure).getByText('1.2 GW')).toBeInTheDocument();

  // Looked at, not used: the picture stays and no chart code is asked for.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(slot?.querySelector('.chart-picture svg')).not.toBeNull();
  expect(slot?.dataset.chartDigest).toBeUndefined();

  fireEvent.pointerOver(within(figure).getByText('1.2 GW'));
  await waitFor(() => expect(slot?.dataset.chartDigest).toBe(picture.digest), { timeout: 10_000 });
  await waitFor(() => expect(slot?.querySelector('.chart-picture')).toBeNull(), {
    timeout: 10_000,
  });
  expect(await within(figure).findByText('1.2 GW')).toBeInTheDocument();
  expect(errors).not.toHaveBeenCalled();
});

it('draws the live chart at once when the reader’s state is not the one pictured', async () => {
  const picture = await drawPicture();
  const { page } = serverPage(picture);
  await act(async () => {
    // The page shows other figures than the build drew (a replaced data file, say).
    root = hydrateRoot(page, <Card second="Other site" />);
  });
  const figure = within(page).getByRole('figure', { name: 'Capacity' });
  expect(
    await within(figure).findAllByText('Other site', {}, { timeout: 10_000 }),
  ).not.toHaveLength(0);
  await waitFor(() => expect(figure.querySelector('.chart-picture')).toBeNull(), {
    timeout: 10_000,
  });
});

it('files a chart under the same digest on the server and in the browser', () => {
  const element = <HorizontalBarChart height={10} unknownLabel="" formatTick={String} data={[]} />;
  expect(chartDigest(element)).toBe(chartDigest(<HorizontalBarChart {...element.props} />));
  expect(chartDigest(element)).not.toBe(chartDigest({ ...element, props: { height: 11 } }));
});
