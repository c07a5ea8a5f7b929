import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  cell,
  comparisonRows,
  markdown,
  median,
  meets,
  pageLabel,
  quantile,
  targetReport,
} from './report.mjs';

describe('median and quantile', () => {
  it('take the middle and the nearest rank, ignoring missing runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(quantile(twenty, 0.95)).toBe(19);
    expect(quantile([7], 0.95)).toBe(7);
  });
});

describe('meets and cell', () => {
  it('marks a figure against its target, on the right side of the limit', () => {
    expect(meets(95, TARGETS.performance)).toBe(true);
    expect(meets(94, TARGETS.performance)).toBe(false);
    expect(meets(150, TARGETS.tbt)).toBe(true);
    expect(meets(151, TARGETS.tbt)).toBe(false);
    expect(meets(Number.NaN, TARGETS.tbt)).toBeNull();
    expect(cell(1830, TARGETS.lcp)).toBe('1.83 ✓');
    expect(cell(0.02, TARGETS.cls)).toBe('0.020 ✗');
    expect(cell(61 * 1024, TARGETS.beforePaint)).toBe('61.0 ✗');
    expect(cell(Number.NaN, TARGETS.seo)).toBe('–');
  });
});

describe('pageLabel and markdown', () => {
  it('name Korean pages and align figures right', () => {
    expect(pageLabel('/fusion?lang=ko')).toBe('`/fusion` (Korean)');
    expect(pageLabel('/')).toBe('`/`');
    expect(
      markdown([
        ['a', 'b'],
        ['x', '1'],
      ]),
    ).toBe('| a | b |\n| --- | ---: |\n| x | 1 |');
  });
});

const pages = {
  lighthousePages: ['/stargate', '/stargate?lang=ko'],
  desktopPages: ['/stargate'],
  bytePages: ['/stargate', '/sources'],
  visitPages: ['/stargate'],
  sizes: [10],
};
const lh = (performance, tbt) => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 900,
  lcp: 1500,
  tbt,
  cls: 0,
});
const bytes = (jsCss, total) => ({
  beforePaint: { jsCss },
  visit: { total, data: 50_000 },
  fcp: 400,
});
const results = {
  lighthouseRuns: 3,
  optimised: {
    lighthouse: {
      '/stargate': { mobile: lh(97, 120), desktop: lh(100, 0) },
      '/stargate?lang=ko': { mobile: lh(90, 400) },
    },
    bytes: { '/stargate': bytes(50 * 1024, 300 * 1024), '/sources': bytes(40 * 1024, 100_000) },
    timing: {
      filterMedian: 30,
      filterP95: 48,
      filterFrameMedian: 45,
      filterFrameP95: 60,
      firstChartMedian: 900,
      firstChartP95: 1000,
    },
  },
  baseline: {
    lighthouse: { '/stargate': { mobile: lh(60, 2000), desktop: lh(90, 300) } },
    bytes: { '/stargate': bytes(100 * 1024, 400 * 1024) },
    timing: {
      filterMedian: 40,
      filterP95: 96,
      filterFrameMedian: 55,
      filterFrameP95: 110,
      firstChartMedian: 1000,
      firstChartP95: 1100,
    },
  },
};

describe('targetReport', () => {
  const report = targetReport(results, pages);

  it('marks every target of every page and counts those met', () => {
    // Lighthouse: 2 pages × 7 mobile + 1 desktop; bytes: 2 before paint + 1 visit; filter: 1.
    expect(report.total).toBe(2 * 7 + 1 + 3 + 1);
    // Not met: Korean performance and TBT, the /stargate whole visit.
    expect(report.met).toBe(report.total - 3);
    expect(report.markdown).toContain(`${report.met} of ${report.total} targets met`);
  });

  it('prints a row per page with its figures and marks', () => {
    const lines = report.markdown.split('\n');
    expect(lines.find((l) => l.startsWith('| `/stargate` (Korean)'))).toBe(
      '| `/stargate` (Korean) | 90 ✗ | 400 ✗ | 1.50 ✓ | 0.000 ✓ | 100 ✓ | 100 ✓ | 100 ✓ | not run |',
    );
    expect(lines.find((l) => l.startsWith('| `/stargate` | 50.0'))).toBe(
      '| `/stargate` | 50.0 ✓ | 300.0 ✗ | 48.8 |',
    );
    // /sources is not a topic route: its visit has a figure and no target.
    expect(lines.find((l) => l.startsWith('| `/sources`'))).toBe(
      '| `/sources` | 40.0 ✓ | 97.7 | 48.8 |',
    );
    expect(lines.find((l) => l.startsWith('| filter change → updated'))).toBe(
      '| filter change → updated chart on screen (Event Timing: input to next paint), ms | 30.0 | 48.0 ✓ |',
    );
    // The first definition is shown for comparison, without a mark.
    expect(lines.find((l) => l.startsWith('| filter change → the frame'))).toBe(
      '| filter change → the frame after the one that drew it (first definition), ms | 45.0 | 60.0 |',
    );
  });

  it('says when a target has no figure', () => {
    const partial = targetReport(
      { optimised: { timing: { filterMedian: 1, filterP95: Number.NaN } } },
      pages,
    );
    expect(partial.total).toBe(1);
    expect(partial.measured).toBe(0);
    expect(partial.markdown).toContain('1 without a figure');
  });
});

describe('comparisonRows', () => {
  it('sets each figure of the optimised build beside the baseline with their ratio', () => {
    const rows = comparisonRows(results, pages);
    expect(rows[0]).toEqual(['figure', 'optimised', 'baseline', 'ratio']);
    expect(rows).toContainEqual([
      '/stargate JS+CSS before first paint, KB gzip',
      '50.0',
      '100.0',
      '0.50',
    ]);
    expect(rows).toContainEqual([
      '/stargate filter → frame after the change, p95 ms',
      '60.0',
      '110.0',
      '0.55',
    ]);
    expect(rows).toContainEqual(['/stargate filter → next paint, p95 ms', '48.0', '96.0', '0.50']);
    expect(rows).toContainEqual(['Lighthouse mobile /stargate TBT ms', '120', '2000', '0.06']);
    // Measured for one build only: the other column and the ratio stay empty.
    expect(rows).toContainEqual([
      'Lighthouse mobile /stargate (Korean) performance',
      '90',
      '–',
      '–',
    ]);
  });
});
