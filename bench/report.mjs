// The bench's report: issue 11's targets with their figures and a met / not-met mark, then every
// figure of the optimised build beside the baseline's with their ratio. Pure functions over the
// results object bench/run.mjs builds, so the tables are tested without a browser.

/** @param {number[]} values */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Nearest-rank quantile: the value at rank ceil(q·n), so p95 of 20 runs is the 19th.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
}

/** @param {number} v @param {number} [digits] */
export const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
/** @param {number} a @param {number} b */
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '–';
/** Bytes as KB (1,024 bytes), one decimal. @param {number} v */
export const kb = (v) => fmt(v / 1024, 1);

/**
 * @typedef {object} Target
 * @property {string} label
 * @property {'<=' | '>='} op
 * @property {number} limit
 * @property {(v: number) => string} show
 */

/** Issue 11's targets. @type {Record<string, Target>} */
export const TARGETS = {
  performance: { label: 'performance ≥ 95', op: '>=', limit: 95, show: (v) => fmt(v) },
  tbt: { label: 'TBT ≤ 150 ms', op: '<=', limit: 150, show: (v) => fmt(v) },
  lcp: { label: 'LCP ≤ 2.0 s', op: '<=', limit: 2000, show: (v) => fmt(v / 1000, 2) },
  cls: { label: 'CLS ≤ 0.01', op: '<=', limit: 0.01, show: (v) => fmt(v, 3) },
  accessibility: { label: 'accessibility 100', op: '>=', limit: 100, show: (v) => fmt(v) },
  bestPractices: { label: 'best practices 100', op: '>=', limit: 100, show: (v) => fmt(v) },
  seo: { label: 'SEO 100', op: '>=', limit: 100, show: (v) => fmt(v) },
  desktopPerformance: { label: 'desktop perf. 100', op: '>=', limit: 100, show: (v) => fmt(v) },
  beforePaint: {
    label: 'JS+CSS before first paint ≤ 60 KB',
    op: '<=',
    limit: 60 * 1024,
    show: kb,
  },
  visit: { label: 'whole visit ≤ 250 KB', op: '<=', limit: 250 * 1024, show: kb },
  filterP95: { label: 'p95 ≤ 50 ms', op: '<=', limit: 50, show: (v) => fmt(v, 1) },
};

/**
 * Whether a figure meets its target; null when there is no figure (not measured or failed).
 * @param {number} value
 * @param {Target} target
 * @returns {boolean | null}
 */
export function meets(value, target) {
  if (!Number.isFinite(value)) return null;
  return target.op === '<=' ? value <= target.limit : value >= target.limit;
}

/**
 * One table cell: the figure and its mark (✓ met, ✗ not met; – not measured).
 * @param {number} value
 * @param {Target} target
 */
export function cell(value, target) {
  const ok = meets(value, target);
  return ok === null ? '–' : `${target.show(value)} ${ok ? '✓' : '✗'}`;
}

/** How a page key reads in a table: `/stargate?lang=ko` → `/stargate (Korean)`. @param {string} page */
export function pageLabel(page) {
  const [route, query] = page.split('?');
  return query === 'lang=ko' ? `\`${route}\` (Korean)` : `\`${page}\``;
}

/** @param {string[][]} rows first row the header; first column left-aligned, the rest right */
export function markdown(rows) {
  const [head, ...body] = rows;
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * @typedef {object} TargetReport
 * @property {string} markdown the targets' tables and a count of those met
 * @property {number} met
 * @property {number} measured targets with a figure
 * @property {number} total
 */

/**
 * The targets of issue 11, for the optimised build (`results.optimised`).
 * @param {Record<string, any>} results
 * @param {{ lighthousePages: string[], desktopPages: string[], bytePages: string[], visitPages: string[] }} pages
 * @returns {TargetReport}
 */
export function targetReport(results, pages) {
  const o = results.optimised ?? {};
  let met = 0;
  let measured = 0;
  let total = 0;
  /** @param {number} value @param {Target} target */
  const mark = (value, target) => {
    total += 1;
    const ok = meets(value, target);
    if (ok !== null) measured += 1;
    if (ok) met += 1;
    return cell(value, target);
  };
  const parts = [];

  if (o.lighthouse) {
    const keys = /** @type {const} */ ([
      'performance',
      'tbt',
      'lcp',
      'cls',
      'accessibility',
      'bestPractices',
      'seo',
    ]);
    /** @type {string[][]} */
    const rows = [
      [
        `page (Lighthouse mobile, median of ${results.lighthouseRuns ?? '?'})`,
        ...keys.map((k) => TARGETS[k].label),
        TARGETS.desktopPerformance.label,
      ],
    ];
    for (const page of pages.lighthousePages) {
      const mobile = o.lighthouse[page]?.mobile;
      const desktop = o.lighthouse[page]?.desktop;
      rows.push([
        pageLabel(page),
        ...keys.map((k) => mark(mobile?.[k] ?? Number.NaN, TARGETS[k])),
        pages.desktopPages.includes(page)
          ? mark(desktop?.performance ?? Number.NaN, TARGETS.desktopPerformance)
          : 'not run',
      ]);
    }
    parts.push(markdown(rows));
  }

  if (o.bytes) {
    /** @type {string[][]} */
    const rows = [
      [
        'route (gzip bytes, phone viewport)',
        TARGETS.beforePaint.label,
        TARGETS.visit.label,
        'data files (not counted)',
      ],
    ];
    for (const page of pages.bytePages) {
      const b = o.bytes[page];
      rows.push([
        pageLabel(page),
        mark(b?.beforePaint?.jsCss ?? Number.NaN, TARGETS.beforePaint),
        pages.visitPages.includes(page)
          ? mark(b?.visit?.total ?? Number.NaN, TARGETS.visit)
          : b
            ? `${kb(b.visit.total)}`
            : '–',
        b ? kb(b.visit.data) : '–',
      ]);
    }
    parts.push(markdown(rows));
  }

  if (o.timing) {
    parts.push(
      markdown([
        ['/stargate, desktop (1280×900), a status chip clicked', 'median', TARGETS.filterP95.label],
        [
          'filter change → updated chart on screen (Event Timing: input to next paint), ms',
          fmt(o.timing.filterMedian, 1),
          mark(o.timing.filterP95, TARGETS.filterP95),
        ],
        [
          'filter change → the frame after the one that drew it (first definition), ms',
          fmt(o.timing.filterFrameMedian, 1),
          fmt(o.timing.filterFrameP95, 1),
        ],
      ]),
    );
  }

  parts.push(
    `${met} of ${total} targets met (✓ met, ✗ not met, – not measured${
      measured < total ? `: ${total - measured} without a figure` : ''
    }; a figure without a mark has no target).`,
  );
  return { markdown: parts.join('\n\n'), met, measured, total };
}

/**
 * Every figure of both builds with its ratio, for comparing within one run.
 * @param {Record<string, any>} results
 * @param {{ lighthousePages: string[], desktopPages: string[], bytePages: string[], sizes: number[] }} pages
 * @returns {string[][]}
 */
export function comparisonRows(results, pages) {
  const o = results.optimised ?? {};
  const b = results.baseline ?? {};
  /** @type {string[][]} */
  const rows = [['figure', 'optimised', 'baseline', 'ratio']];
  /**
   * @param {string} label
   * @param {number | undefined} x
   * @param {number | undefined} y
   * @param {(v: number) => string} [f]
   */
  const add = (label, x, y, f = (v) => fmt(v)) => {
    const a = x ?? Number.NaN;
    const c = y ?? Number.NaN;
    rows.push([label, f(a), f(c), ratio(a, c)]);
  };
  if (o.entry) {
    add(
      "entry JS, KB gzip (index.html's script, its imports and the app chunk it starts)",
      o.entry.entryJs,
      b.entry?.entryJs,
      kb,
    );
    add('entry CSS, KB gzip', o.entry.entryCss, b.entry?.entryCss, kb);
    add('all JS, KB gzip', o.entry.totalJs, b.entry?.totalJs, kb);
    add('all CSS, KB gzip', o.entry.totalCss, b.entry?.totalCss, kb);
  }
  for (const page of pages.bytePages) {
    const x = o.bytes?.[page];
    const y = b.bytes?.[page];
    if (!x && !y) continue;
    const label = page.replace('?lang=ko', ' (Korean)');
    add(
      `${label} JS+CSS before first paint, KB gzip`,
      x?.beforePaint.jsCss,
      y?.beforePaint.jsCss,
      kb,
    );
    add(`${label} whole visit (data excluded), KB gzip`, x?.visit.total, y?.visit.total, kb);
    add(`${label} first contentful paint, ms`, x?.fcp, y?.fcp);
  }
  if (o.timing) {
    add(
      '/stargate navigation → first chart, median ms',
      o.timing.firstChartMedian,
      b.timing?.firstChartMedian,
    );
    add(
      '/stargate navigation → first chart, p95 ms',
      o.timing.firstChartP95,
      b.timing?.firstChartP95,
    );
    for (const [key, label] of [
      ['filterMedian', 'filter → next paint, median ms'],
      ['filterP95', 'filter → next paint, p95 ms'],
      ['filterFrameMedian', 'filter → frame after the change, median ms'],
      ['filterFrameP95', 'filter → frame after the change, p95 ms'],
    ])
      add(`/stargate ${label}`, o.timing[key], b.timing?.[key], (v) => fmt(v, 1));
  }
  if (o.lighthouse) {
    for (const page of pages.lighthousePages) {
      for (const preset of ['mobile', 'desktop']) {
        const x = o.lighthouse[page]?.[preset];
        const y = b.lighthouse?.[page]?.[preset];
        if (!x && !y) continue;
        const label = page.replace('?lang=ko', ' (Korean)');
        for (const [key, name, digits] of /** @type {const} */ ([
          ['performance', 'performance', 0],
          ['accessibility', 'accessibility', 0],
          ['bestPractices', 'best practices', 0],
          ['seo', 'SEO', 0],
          ['fcp', 'FCP ms', 0],
          ['lcp', 'LCP ms', 0],
          ['tbt', 'TBT ms', 0],
          ['cls', 'CLS', 3],
        ])) {
          add(`Lighthouse ${preset} ${label} ${name}`, x?.[key], y?.[key], (v) => fmt(v, digits));
        }
      }
    }
  }
  if (o.scale) {
    for (const view of ['capacity', 'roadmap']) {
      for (const size of pages.sizes) {
        const x = o.scale[view]?.[size];
        const y = b.scale?.[view]?.[size];
        const n = size.toLocaleString('en');
        add(`scale ${view} ${n}: time to drawn, ms`, x?.ms, y?.ms);
        add(`scale ${view} ${n}: JS heap, MB`, x?.heapMb, y?.heapMb, (v) => fmt(v, 1));
        add(`scale ${view} ${n}: longest task, ms`, x?.longestTaskMs, y?.longestTaskMs);
      }
      const growth = (/** @type {any} */ s) =>
        s?.[10000] && s?.[100] ? s[10000].ms / s[100].ms : Number.NaN;
      add(`scale ${view}: 10,000 / 100 time`, growth(o.scale[view]), growth(b.scale?.[view]), (v) =>
        fmt(v, 2),
      );
    }
  }
  return rows;
}
