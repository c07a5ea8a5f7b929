import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { stargateDocument } from '../../data/stargate-schema';
import { createI18n } from '../../i18n/i18n-context';
import { gapDownload, gapView } from './gap-model';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), `public/data/${name}.json`), 'utf8'));
const fusion = fusionDocument.parse(read('fusion'));
const stargate = stargateDocument.parse(read('stargate'));
const en = createI18n('en');
const palette = { series: ['s0', 's1', 's2', 's3', 's4', 's5'], muted: 'm', text: 't' };
const page = { compact: false };
const view = (
  hidden: Parameters<typeof gapView>[2]['hidden'] = [],
  scale: 'linear' | 'log' = 'linear',
) => gapView(stargate, fusion, { hidden, scale }, page, palette, en);

describe('gapView', () => {
  it('compares the latest AI claim with the most any fusion scenario adds', () => {
    expect(view().takeaway).toBe(
      'Announced Stargate capacity reached more than 10 GW by 29 Apr 2026; the most any fusion scenario adds is 500 MW, late 2030s.',
    );
    expect(view().summary).toMatch(/^Announced AI capacity: 10 GW for Stargate in the US/);
  });

  it('draws the weakly sourced last US claim as its own dashed segment, labelled at its end', () => {
    const lines = view().lines;
    expect(lines.map((l) => l.key)).toEqual([
      'us',
      'us-reported',
      'intl',
      'first-of-a-kind',
      'optimistic',
      'conservative',
    ]);
    const reported = lines.find((l) => l.key === 'us-reported');
    expect(reported).toMatchObject({ dashed: true, endLabel: 'more than 10 GW' });
    // One label names the fusion scenarios together, on the one that ends highest.
    expect(lines.filter((l) => l.endLabel?.startsWith('Fusion'))).toHaveLength(1);
  });

  it('hides series from the lines, the zoom and the download, never from the table', () => {
    const all = view();
    const hidden = view(['first-of-a-kind', 'optimistic', 'conservative', 'bridge']);
    expect(hidden.lines.map((l) => l.key)).toEqual(['us', 'us-reported', 'intl']);
    expect(hidden.markers.every((m) => !m.key.includes('gas'))).toBe(true);
    expect(hidden.zoom.shown).toBe(false);
    expect(hidden.plotHeight).toBe(hidden.mainHeight);
    expect(hidden.rows).toHaveLength(all.rows.length);
    const rows = gapDownload(hidden.rows, ['bridge']).rows;
    expect(rows.some((r) => r.seriesKey === 'bridge')).toBe(false);
    expect(rows.length).toBeLessThan(all.rows.length);
  });

  it('zooms the fusion scenarios on a round MW scale under the page chart, not on a slide', () => {
    const { zoom, plotHeight, mainHeight } = view();
    expect(zoom.shown).toBe(true);
    expect(zoom.max).toBeCloseTo(0.6);
    expect(plotHeight).toBe(mainHeight + zoom.height);
    const slide = gapView(
      stargate,
      fusion,
      { hidden: [], scale: 'linear' },
      { compact: false, height: 300 },
      palette,
      en,
    );
    expect(slide.zoom.shown).toBe(false);
    expect(slide.plotHeight).toBe(300);
  });

  it('tops the linear axis a fifth above the target, the log axis at 20 GW', () => {
    expect(view().yMax).toBe(12);
    expect(view([], 'log').yMax).toBe(20);
  });

  it('gives every row the sources of its own file', () => {
    const rows = view().rows;
    expect(rows.filter((r) => r.source === 'fusion').every((r) => r.seriesKey !== 'us')).toBe(true);
    expect(rows.every((r) => r.sourceIds.length > 0)).toBe(true);
  });
});
