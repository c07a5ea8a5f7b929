import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { createI18n } from '../../i18n/i18n-context';
import {
  fractionalYear,
  programmesToDraw,
  roadmapDownload,
  roadmapGroups,
  roadmapView,
  spanOf,
} from './roadmap-model';

const doc = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);
const en = createI18n('en');
const page = { today: 2026.3, narrow: false, colorOf: () => '#000' };
const all = { kind: [], programme: [], showEarlier: true };

describe('spanOf', () => {
  it('draws a dated milestone as a point and a phrase as a window', () => {
    expect(spanOf({ date: '2039' }, 'milestone')).toEqual({
      start: 2039,
      end: 2040,
      shape: 'point',
    });
    expect(
      spanOf(
        { earliestYear: 2030, latestYear: 2039, label: { en: 'the 2030s', ko: '2030년대' } },
        'milestone',
      ),
    ).toEqual({ start: 2030, end: 2040, shape: 'window' });
  });

  it('runs a phase from its start to the end of its end date', () => {
    expect(spanOf({ date: '2022-07-05' }, 'phase', { date: '2027' })).toMatchObject({
      end: 2028,
      shape: 'span',
    });
  });
});

describe('fractionalYear', () => {
  it('places 1 July about half way through the year', () => {
    expect(fractionalYear(new Date(Date.UTC(2026, 6, 2)))).toBeCloseTo(2026.5, 2);
  });
});

describe('roadmapGroups', () => {
  it('orders programmes ITER → DEMO → pilot → commercial and filters by kind', () => {
    const kinds = roadmapGroups(doc, {}, 2026.3).map((g) => g.kind);
    expect(kinds[0]).toBe('experiment');
    expect(kinds.indexOf('demo')).toBeLessThan(kinds.indexOf('pilot'));
    expect(kinds.indexOf('pilot')).toBeLessThan(kinds.indexOf('commercial'));
    const demos = roadmapGroups(doc, { kind: ['demo'] }, 2026.3);
    expect(demos.map((g) => g.programmeId)).toEqual(
      expect.arrayContaining(['eu-demo', 'k-demo', 'ja-demo']),
    );
    expect(demos.every((g) => g.kind === 'demo')).toBe(true);
  });

  it('keeps earlier plans apart from the current one, so a pulled-forward goal shows both', () => {
    const korea = roadmapGroups(doc, { programme: ['k-demo'] }, 2026.3)[0];
    const demo = korea?.items.find((i) => i.phaseId === 'kr-power-demo');
    expect(demo?.current).toMatchObject({ start: 2030, end: 2040, shape: 'window' });
    expect(demo?.earlier.map((e) => e.start)).toEqual([2050]);
    expect(demo?.slipYears).toBe(-20);
  });

  it('runs an open-ended phase on to today', () => {
    const iter = roadmapGroups(doc, { programme: ['iter'] }, 2026.3)[0];
    const assembly = iter?.items.find((i) => i.phaseId === 'iter-assembly');
    expect(assembly?.openEnded).toBe(true);
    expect(assembly?.current?.end).toBeGreaterThanOrEqual(2026.3);
  });
});

describe('programmesToDraw', () => {
  it('takes all when they fit, else whole programmes a stage at a time', () => {
    const groups = [
      { id: 'iter', kind: 'experiment' as const, rows: 5 },
      { id: 'jet', kind: 'experiment' as const, rows: 5 },
      { id: 'demo', kind: 'demo' as const, rows: 4 },
      { id: 'arc', kind: 'commercial' as const, rows: 3 },
      { id: 'empty', kind: 'pilot' as const, rows: 0 },
    ];
    expect(programmesToDraw(groups, 20).size).toBe(5);
    expect([...programmesToDraw(groups, 12)].sort()).toEqual(['arc', 'demo', 'empty', 'iter']);
  });
});

describe('roadmapView', () => {
  it('draws every programme on a page, a heading row before each', () => {
    const view = roadmapView(doc, all, page, en);
    expect(view.groups).toHaveLength(13);
    const headers = view.data.filter((d) => d.header).map((d) => d.label);
    expect(headers[0]).toBe('ITER');
    expect(headers).toHaveLength(13);
    expect(view.undrawn).toEqual({ programmes: 0, phases: 0 });
    expect(view.trimmedPhases).toBe(0);
  });

  it('says in the takeaway which date moved most and who pulled theirs forward', () => {
    const view = roadmapView(doc, all, page, en);
    expect(view.takeaway).toContain('ITER Start of D-T');
    expect(view.takeaway).toContain('13 years later');
    expect(view.takeaway).toMatch(/K-DEMO and JA-DEMO brought their goals forward/);
    expect(view.summary).toMatch(/^Timeline of 13 programmes; ITER: next, /);
  });

  it('fits a slide: fewer phases a programme, filling the height it is given', () => {
    const view = roadmapView(doc, all, { ...page, fixedHeight: 400 }, en);
    expect(view.height).toBe(400);
    expect(view.phasesShown).toBeLessThanOrEqual(2);
    expect(view.trimmedPhases).toBeGreaterThan(0);
    expect(view.data.length).toBeLessThan(roadmapView(doc, all, page, en).data.length);
    expect(view.layout.bandHeight).toBeGreaterThanOrEqual(20);
  });

  it('filters by kind and leaves the rest out of the rows, table and sources alike', () => {
    const view = roadmapView(doc, { ...all, kind: ['demo'] }, page, en);
    expect(view.items.every((i) => i.kind === 'demo')).toBe(true);
    expect(view.data.filter((d) => d.header).map((d) => d.label)).not.toContain('ITER');
    expect(view.sourceIds.length).toBeGreaterThan(0);
  });

  it('puts labels above the bars on a phone, in shorter bands', () => {
    const view = roadmapView(doc, all, { ...page, narrow: true }, en);
    expect(view.layout).toMatchObject({ labelsAbove: true, bandHeight: 17 });
  });
});

describe('roadmapDownload', () => {
  it('gives one record per row with the slip and the first plan beside the dates', () => {
    const view = roadmapView(doc, { ...all, programme: ['iter'] }, page, en);
    const spec = roadmapDownload(view.items, en.pick);
    const names = spec.columns.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['phase_id', 'start_date', 'first_plan', 'slip_years']),
    );
    const dt = spec.rows.find((r) => r.phaseId === 'iter-dt-operation');
    const slip = spec.columns.find((c) => c.name === 'slip_years');
    expect(dt && slip?.value(dt)).toBe(13);
  });
});
