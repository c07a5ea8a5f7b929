import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import {
  fractionalYear,
  headline,
  otherRecords,
  roadmapGroups,
  seriesOfGroup,
  spanOf,
} from './fusion-model';

const doc = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);

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

describe('seriesOfGroup', () => {
  it('keeps Q, target gain and facility gain as separate series', () => {
    expect(seriesOfGroup(doc, 'gain').map((s) => s.metric)).toEqual([
      'q-physics',
      'target-gain',
      'facility-gain',
    ]);
  });

  it('keeps the goals of a metric that has no record yet', () => {
    const power = seriesOfGroup(doc, 'power');
    const electric = power.find((s) => s.metric === 'net-electric-power');
    expect(electric?.points).toEqual([]);
    expect(electric?.targets.map((t) => t.id)).toContain('eu-demo-net-electric');
  });

  it('leaves records of no option (field, first plasma) for the note', () => {
    expect(otherRecords(doc).map((r) => r.metric)).toEqual(
      expect.arrayContaining(['magnetic-field', 'first-plasma']),
    );
  });
});

describe('headline', () => {
  it('takes the best measured Q, not an extrapolated equivalent', () => {
    const h = headline(doc);
    expect(h.bestQ?.value).toBe(0.67);
    expect(h.bestQ?.device.en).toContain('JET');
    expect(h.bestTargetGain?.value).toBe(4.13);
    expect(h.longestPulse?.value).toBe(1337);
  });

  it('gives ITER D-T operation with the date of the plan before', () => {
    expect(headline(doc).iterDt).toEqual({ current: '2039', previous: '2035' });
  });

  it('takes the latest FIA survey for the investment figure', () => {
    expect(headline(doc).investment).toMatchObject({
      reportYear: 2025,
      cumulativeUsdBn: 9.766,
      companies: 53,
    });
  });
});
