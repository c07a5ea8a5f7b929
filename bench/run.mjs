// `npm run bench`: builds the optimised app and a baseline (one JS chunk, no prerendering, no
// preload hints; BENCH_BASELINE=1 in vite.config.ts) in the same run, serves each as the README
// deploys it (nginx with the README's block and gzip on; bench/host.mjs), measures both the same
// way, and prints issue 11's targets with their figures and marks, then every figure of both
// builds with the optimised/baseline ratio:
//
//   lighthouse 12.2.3, mobile (median of 3) on /, /stargate, /fusion, /energy and on /stargate
//              and /fusion in Korean (?lang=ko, Chromium started with --lang=ko and sending
//              Accept-Language: ko); desktop on the four English pages; runs interleaved
//              between the two builds
//   bytes      per route, in a phone-sized page: gzip JS+CSS whose request started before the
//              first contentful paint, and the whole visit until the network is idle (data files
//              apart), from Resource Timing (bench/network.mjs)
//   timing     navigation → first chart on /stargate, and filter click → updated chart on the
//              desktop: a real click's Event Timing duration to the next paint (median, p95),
//              beside the first definition (to the frame after the one that drew the change)
//   scale      the capacity and roadmap charts with 10…10,000 synthetic sites/phases: time to
//              drawn, JS heap, longest main-thread task
//
// Writes bench/results/latest.json and latest.md (the tables, for the README).
// Flags: --quick (1 Lighthouse run, 5 timing and 10 filter runs), --pages /stargate,/fusion?lang=ko
// (measure these pages only), --skip-build, --no-lighthouse, --no-scale, --no-baseline,
// --no-nginx (the Node server even where nginx is installed).
// The machine is shared and noisy: compare the two builds within one run, not across runs.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTEXT_DEFAULTS, launchBrowser } from '../tests/e2e/browser.mjs';
import { BENCH_BASE, GZIP_LEVEL, startHost } from './host.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { onPageClock, visitBytes } from './network.mjs';
import { comparisonRows, fmt, kb, markdown, median, quantile, targetReport } from './report.mjs';
import { bundledData, fusionWithPhases, stargateWithSites } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const LH_RUNS = quick ? 1 : 3;
const TIMING_RUNS = quick ? 5 : 20;
const FILTER_RUNS = quick ? 10 : 40;
const SIZES = [10, 100, 1000, 10000];

/** Issue 11's pages: Lighthouse (mobile) on each, desktop on the English ones. */
const LIGHTHOUSE_PAGES = [
  '/',
  '/stargate',
  '/fusion',
  '/energy',
  '/stargate?lang=ko',
  '/fusion?lang=ko',
];
/** Bytes before the first paint on every kind of route the app answers. */
const BYTE_PAGES = [
  ...LIGHTHOUSE_PAGES,
  '/sources',
  '/faq',
  '/stargate/sites/abilene',
  '/embed/stargate-capacity',
  '/present/3',
];
/** Topic routes: the whole-visit target applies to these. */
const VISIT_PAGES = ['/stargate', '/fusion', '/energy', '/stargate?lang=ko', '/fusion?lang=ko'];

/** `--pages a,b` or `--pages a --pages b`: measure these pages only. */
function selectedPages() {
  /** @type {string[]} */
  const out = [];
  argv.forEach((arg, i) => {
    if (arg === '--pages') out.push(...(argv[i + 1] ?? '').split(','));
    else if (arg.startsWith('--pages=')) out.push(...arg.slice(8).split(','));
  });
  return out.map((p) => p.trim()).filter((p) => p.startsWith('/'));
}
const only = selectedPages();
const isKorean = (/** @type {string} */ page) => /[?&]lang=ko\b/.test(page);
const PAGES = only.length
  ? {
      lighthousePages: only,
      desktopPages: only.filter((p) => !isKorean(p)),
      bytePages: only,
      visitPages: only.filter((p) => VISIT_PAGES.includes(p)),
      sizes: SIZES,
    }
  : {
      lighthousePages: LIGHTHOUSE_PAGES,
      desktopPages: LIGHTHOUSE_PAGES.filter((p) => !isKorean(p)),
      bytePages: BYTE_PAGES,
      visitPages: VISIT_PAGES,
      sizes: SIZES,
    };

const started = Date.now();

/** @param {string} message */
function log(message) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

const BUILDS = [
  { name: 'optimised', dir: path.join(ROOT, 'bench', 'dist-opt'), env: {} },
  { name: 'baseline', dir: path.join(ROOT, 'bench', 'dist-base'), env: { BENCH_BASELINE: '1' } },
].filter((b) => b.name === 'optimised' || !args.has('--no-baseline'));

/**
 * @param {string} outDir
 * @param {Record<string, string>} env
 */
async function build(outDir, env) {
  const rel = path.relative(ROOT, outDir);
  const code = await new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        '--no',
        '--',
        'vite',
        'build',
        `--base=${BENCH_BASE}`,
        `--outDir=${rel}`,
        '--emptyOutDir',
        '--logLevel=warn',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, ...env, NODE_ENV: 'production' },
      },
    );
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`vite build --outDir=${rel} failed (exit ${code})`);
}

/** @type {Map<string, number>} */
const gzipSizes = new Map();
/** Gzip size of a build file at the level the host uses. @param {string} file */
function gzipSize(file) {
  const hit = gzipSizes.get(file);
  if (hit !== undefined) return hit;
  const size = gzipSync(readFileSync(file), { level: GZIP_LEVEL }).length;
  gzipSizes.set(file, size);
  return size;
}

// ——— measurements ———

/**
 * Runs in the page: resolves with performance.now() once a chart (any, or `chartId`) has drawn a
 * mark — a path or rect with a box, outside grid, axes and legend — checked every frame.
 * @param {string | null} chartId
 */
function chartDrawnAt(chartId) {
  return new Promise((resolve) => {
    const skip =
      '.recharts-cartesian-grid, .recharts-cartesian-axis, .recharts-legend-wrapper, defs, clipPath';
    const check = () => {
      const hosts = chartId
        ? document.querySelectorAll(`[data-chart-id="${chartId}"]`)
        : document.querySelectorAll('[data-chart-id]');
      for (const host of hosts) {
        for (const svg of host.querySelectorAll('svg.recharts-surface, svg.chart-svg')) {
          for (const mark of svg.querySelectorAll('path, rect')) {
            if (mark.closest(skip)) continue;
            const box = mark.getBoundingClientRect();
            if (box.width > 0 || box.height > 0) return resolve(performance.now());
          }
        }
      }
      requestAnimationFrame(check);
    };
    check();
  });
}

/** Records long tasks from the start, so a frozen page shows as one huge task. */
function watchLongTasks() {
  /** @type {number[]} */
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task API: the figure stays empty.
  }
}

/** A phone, as Lighthouse's mobile preset emulates one (Moto G Power), in the reader's language. */
const phone = (/** @type {string} */ page) => ({
  ...CONTEXT_DEFAULTS,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: isKorean(page) ? 'ko-KR' : 'en-US',
});

/** Runs in the page before anything else: room for every request in the Resource Timing buffer. */
function roomForEntries() {
  performance.setResourceTimingBufferSize(5000);
}

/** Runs in the page or a worker: its timeline's origin and resource entries. */
function timeline() {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = /** @type {PerformanceResourceTiming[]} */ ([
    ...(nav ? [nav] : []),
    ...performance.getEntriesByType('resource'),
  ]).map((e) => ({
    url: e.name,
    startTime: e.startTime,
    encodedBodySize: e.encodedBodySize,
  }));
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { origin: performance.timeOrigin, entries, fcp: fcp ? fcp.startTime : Number.NaN };
}

/**
 * One cold visit in a phone-sized page: what was requested before the first contentful paint,
 * and everything until the network was idle (the page's and its workers' requests).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} page
 */
async function pageBytes(browser, url, page) {
  const context = await browser.newContext(phone(page));
  try {
    await context.addInitScript(roomForEntries);
    const tab = await context.newPage();
    await tab.goto(url + page.slice(1), { waitUntil: 'networkidle', timeout: 120_000 });
    const main = await tab.evaluate(timeline);
    let entries = main.entries;
    for (const worker of tab.workers()) {
      try {
        const w = await worker.evaluate(timeline);
        // The worker's own script is already in the page's list (its fetch starts there).
        entries = entries.concat(onPageClock(w.entries, w.origin, main.origin));
      } catch {
        // A worker that ended before it was asked has nothing more to say.
      }
    }
    return { ...visitBytes(entries, main.fcp, BENCH_BASE), fcp: main.fcp };
  } finally {
    await context.close();
  }
}

/** Static imports of an ES module chunk, as rolldown writes them (`import … from "./x.js"`). */
function staticImports(code) {
  return [
    ...code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g,
    ),
  ].map((m) => m[1]);
}

/** @param {string} dir */
function entryBytes(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="[^"]*?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(path.join(dir, rel), 'utf8');
    for (const dep of staticImports(code)) visit(path.posix.join(path.posix.dirname(rel), dep));
  };
  if (src) {
    visit(src);
    // main.tsx starts the app with one dynamic import once the page has painted: that chunk and
    // its imports are part of the entry too, just evaluated a frame later.
    const code = readFileSync(path.join(dir, src), 'utf8');
    for (const m of code.matchAll(/import\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g))
      visit(path.posix.join(path.posix.dirname(src), m[1]));
  }
  const js = [...seen].reduce((sum, rel) => sum + gzipSize(path.join(dir, rel)), 0);
  const css = readdirSync(path.join(dir, 'assets'))
    .filter((f) => /^index-.*\.css$/.test(f))
    .reduce((sum, f) => sum + gzipSize(path.join(dir, 'assets', f)), 0);
  const all = readdirSync(path.join(dir, 'assets'));
  const total = (ext) =>
    all
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSize(path.join(dir, 'assets', f)), 0);
  return {
    entryJs: js,
    entryCss: css,
    entryChunks: seen.size,
    totalJs: total('.js'),
    totalCss: total('.css'),
  };
}

/**
 * Runs in the page before anything else: the capacity chart's marks as one string (to see them
 * change), and the Event Timing entries of the reader's input (durationThreshold 16 ms, the least
 * the API reports).
 */
function watchFilter() {
  /** @type {PerformanceEventTiming[]} */
  const events = [];
  Object.defineProperty(window, '__benchEvents', { value: events });
  Object.defineProperty(window, '__benchSignature', {
    value: () => {
      const host = document.querySelector('[data-chart-id="stargate-capacity"]');
      return [
        ...(host?.querySelectorAll(':is(svg.recharts-surface, svg.chart-svg) :is(path, rect)') ??
          []),
      ]
        .map(
          (e) =>
            `${e.getAttribute('d') ?? ''}${e.getAttribute('y') ?? ''}${e.getAttribute('width') ?? ''}`,
        )
        .join('|');
    },
  });
  try {
    new PerformanceObserver((list) => {
      events.push(.../** @type {PerformanceEventTiming[]} */ (list.getEntries()));
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: the next-paint figure stays empty.
  }
}

/**
 * Runs in the page: clicks the capacity card's first status chip from script and resolves once
 * the chart's marks changed (used to wait until the page answers clicks).
 * @param {number} timeoutMs
 */
function scriptedFilterClick(timeoutMs) {
  return new Promise((resolve, reject) => {
    const host = document.querySelector('[data-chart-id="stargate-capacity"]');
    const chip = host?.querySelectorAll('fieldset.filter-group')[1]?.querySelector('button.chip');
    if (!host || !(chip instanceof HTMLElement))
      return reject(new Error('no status filter chip in the capacity card'));
    const signature = /** @type {() => string} */ (/** @type {any} */ (window).__benchSignature);
    const before = signature();
    const t0 = performance.now();
    chip.click();
    const wait = () => {
      if (signature() !== before) resolve(performance.now() - t0);
      else if (performance.now() - t0 > timeoutMs)
        reject(new Error(`the chart did not change within ${timeoutMs / 1000} s`));
      else requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  });
}

/** Runs in the page before a timed click: the marks to compare with, no events yet. */
function armFilter() {
  const w = /** @type {any} */ (window);
  w.__benchBefore = w.__benchSignature();
  w.__benchEvents.length = 0;
}

/**
 * Runs in the page after a real (trusted) click on the chip: once the marks changed, the two
 * figures of that click, both from the click event's own timestamp —
 * `nextPaint`: the Event Timing duration of the interaction (its longest pointer or click event),
 * from the input to the next paint after its handlers ran, as INP counts it (8 ms granularity);
 * `frameAfter`: to the start of the frame after the one that drew the change (the bench's first
 * definition, kept for comparison: it adds up to a frame by construction).
 * @param {number} timeoutMs
 */
function filterSettled(timeoutMs) {
  const w = /** @type {any} */ (window);
  /** @type {PerformanceEventTiming[]} */
  const events = w.__benchEvents;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const changed = () => {
      if (w.__benchSignature() !== w.__benchBefore) requestAnimationFrame(settle);
      else if (performance.now() - start > timeoutMs)
        reject(new Error(`the chart did not change within ${timeoutMs / 1000} s`));
      else requestAnimationFrame(changed);
    };
    const settle = () => {
      const frame = performance.now();
      // Event Timing entries arrive after the paint they measure.
      const read = () => {
        const click = events.find((e) => e.name === 'click');
        if (!click && performance.now() - frame < 2000) return void setTimeout(read, 20);
        const interaction = events.filter((e) =>
          ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name),
        );
        resolve({
          nextPaint: click ? Math.max(...interaction.map((e) => e.duration)) : Number.NaN,
          frameAfter: click ? frame - click.startTime : Number.NaN,
        });
      };
      read();
    };
    requestAnimationFrame(changed);
  });
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function timings(browser, url) {
  /** @type {number[]} */
  const firstChart = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const context = await browser.newContext(CONTEXT_DEFAULTS);
    const page = await context.newPage();
    await page.goto(url + 'stargate', { waitUntil: 'commit' });
    firstChart.push(Number(await page.evaluate(chartDrawnAt, 'stargate-capacity')));
    await context.close();
  }
  // Filter changes on one page, as a reader clicks: a status chip on, then off again.
  const context = await browser.newContext(CONTEXT_DEFAULTS);
  await context.addInitScript(watchFilter);
  const page = await context.newPage();
  await page.goto(url + 'stargate', { waitUntil: 'networkidle', timeout: 120_000 });
  await page.evaluate(chartDrawnAt, 'stargate-capacity');
  // The first picture may come before the code that answers a click (a prerendered chart):
  // click until the chart answers, then put the filter back, before timing anything.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.evaluate(scriptedFilterClick, 2_000);
      break;
    } catch (error) {
      if (attempt >= 15) throw error;
    }
  }
  await page.evaluate(scriptedFilterClick, 10_000);
  await page.waitForTimeout(500);
  const chip = page
    .locator('[data-chart-id="stargate-capacity"] fieldset.filter-group')
    .nth(1)
    .locator('button.chip')
    .first();
  await chip.scrollIntoViewIfNeeded();
  /** @type {number[]} */
  const nextPaint = [];
  /** @type {number[]} */
  const frameAfter = [];
  for (let i = 0; i < FILTER_RUNS; i++) {
    const box = await chip.boundingBox();
    if (!box) throw new Error('the status chip has no box');
    await page.evaluate(armFilter);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const r = /** @type {{ nextPaint: number, frameAfter: number }} */ (
      await page.evaluate(filterSettled, 10_000)
    );
    nextPaint.push(r.nextPaint);
    frameAfter.push(r.frameAfter);
    await page.waitForTimeout(150);
  }
  await context.close();
  return {
    firstChartMedian: median(firstChart),
    firstChartP95: quantile(firstChart, 0.95),
    filterMedian: median(nextPaint),
    filterP95: quantile(nextPaint, 0.95),
    filterFrameMedian: median(frameAfter),
    filterFrameP95: quantile(frameAfter, 0.95),
    filterRuns: nextPaint,
    filterFrameRuns: frameAfter,
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./host.mjs').Host} host
 */
async function scale(browser, host) {
  const base = bundledData(ROOT);
  /** @type {Record<string, Record<string, { ms: number, heapMb: number, longestTaskMs: number }>>} */
  const out = { capacity: {}, roadmap: {} };
  try {
    for (const size of SIZES) {
      host.setData('stargate.json', stargateWithSites(base.stargate, size));
      host.setData('fusion.json', fusionWithPhases(base.fusion, size));
      for (const [view, chartId] of [
        ['capacity', 'stargate-capacity'],
        ['roadmap', 'fusion-roadmap'],
      ]) {
        const context = await browser.newContext(CONTEXT_DEFAULTS);
        await context.addInitScript(watchLongTasks);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        try {
          // The embed route draws the one chart card alone, so its growth is the chart's own.
          await page.goto(`${host.url}embed/${chartId}`, { waitUntil: 'commit' });
          const ms = Number(
            await Promise.race([
              page.evaluate(chartDrawnAt, chartId),
              new Promise((resolve) => setTimeout(() => resolve(Number.NaN), 90_000)),
            ]),
          );
          await cdp.send('HeapProfiler.collectGarbage');
          const { metrics } = await cdp.send('Performance.getMetrics');
          const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
          const tasks = await page.evaluate(
            () => /** @type {number[]} */ (/** @type {unknown} */ (window).__benchLongTasks ?? []),
          );
          out[view][size] = { ms, heapMb: heap / 2 ** 20, longestTaskMs: Math.max(0, ...tasks) };
          log(
            `  scale ${view} ${size}: ${ms.toFixed(0)} ms, ${(heap / 2 ** 20).toFixed(1)} MB, longest task ${Math.max(0, ...tasks).toFixed(0)} ms`,
          );
        } catch (error) {
          out[view][size] = { ms: Number.NaN, heapMb: Number.NaN, longestTaskMs: Number.NaN };
          log(
            `  scale ${view} ${size}: failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    host.setData('stargate.json', null);
    host.setData('fusion.json', null);
  }
  return out;
}

const LH_KEYS = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcp',
  'lcp',
  'tbt',
  'cls',
];

/**
 * Lighthouse on every page and preset, the builds' runs interleaved (run 1 of each build, then
 * run 2 …) so a burst of load on the shared machine falls on both.
 * @param {Array<{ name: string, host: import('./host.mjs').Host }>} served
 * @param {Record<string, Record<string, any>>} results
 */
async function lighthouse(served, results) {
  for (const s of served) results[s.name].lighthouse = {};
  for (const page of PAGES.lighthousePages) {
    const korean = isKorean(page);
    const presets = PAGES.desktopPages.includes(page) ? ['mobile', 'desktop'] : ['mobile'];
    for (const preset of /** @type {Array<'mobile' | 'desktop'>} */ (presets)) {
      /** @type {Record<string, Array<Record<string, number>>>} */
      const runs = Object.fromEntries(served.map((s) => [s.name, []]));
      for (let i = 0; i < LH_RUNS; i++) {
        for (const s of served) {
          try {
            const r = await runLighthouse(s.host.url + page.slice(1), preset, {
              lang: korean ? 'ko' : undefined,
            });
            runs[s.name].push(/** @type {Record<string, any>} */ (r));
            log(
              `  lighthouse ${s.name} ${preset} ${page} #${i + 1}: perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} FCP ${Math.round(r.fcp)} LCP ${Math.round(r.lcp)} TBT ${Math.round(r.tbt)} CLS ${r.cls.toFixed(3)}${r.failing.length ? ` (below 0.9: ${r.failing.join(', ')})` : ''}`,
            );
          } catch (error) {
            log(
              `  lighthouse ${s.name} ${preset} ${page} #${i + 1}: failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
      }
      for (const s of served) {
        /** @type {Record<string, number>} */
        const med = { runs: runs[s.name].length };
        for (const key of LH_KEYS) med[key] = median(runs[s.name].map((r) => r[key]));
        results[s.name].lighthouse[page] ??= {};
        results[s.name].lighthouse[page][preset] = med;
      }
    }
  }
}

/** Writes the synthetic files once and validates them with the app's own checker. */
async function checkSynthetic() {
  const base = bundledData(ROOT);
  const dir = path.join(ROOT, 'bench', 'results', 'synthetic');
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const size of SIZES) {
    files.push(path.join(dir, `stargate-${size}.json`), path.join(dir, `fusion-${size}.json`));
    writeFileSync(files.at(-2) ?? '', stargateWithSites(base.stargate, size));
    writeFileSync(files.at(-1) ?? '', fusionWithPhases(base.fusion, size));
  }
  const code = await new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no', '--', 'tsx', 'scripts/check-data.ts', ...files], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (c) => {
      if (c !== 0) console.log(out);
      resolve(c ?? 1);
    });
  });
  if (code !== 0) throw new Error('a synthetic data file does not pass check-data');
  log('synthetic data files pass check-data');
}

async function main() {
  if (!args.has('--no-scale')) await checkSynthetic();
  if (!args.has('--skip-build')) {
    for (const b of BUILDS) {
      log(`building ${b.name} into ${path.relative(ROOT, b.dir)}`);
      await build(b.dir, b.env);
    }
  }
  /** @type {Record<string, any>} */
  const results = {
    startedAt: new Date(started).toISOString(),
    quick,
    pages: PAGES,
    lighthouseRuns: LH_RUNS,
    timingRuns: TIMING_RUNS,
    filterRuns: FILTER_RUNS,
    cores: os.availableParallelism(),
    loadAverageAtStart: os.loadavg(),
  };
  const browser = await launchBrowser();
  /** @type {Array<{ name: string, host: import('./host.mjs').Host }>} */
  const served = [];
  try {
    for (const b of BUILDS) {
      const host = await startHost({ dir: b.dir, nginx: !args.has('--no-nginx') });
      served.push({ name: b.name, host });
      results.host = host.kind;
      results[b.name] = { entry: entryBytes(b.dir), bytes: {} };
    }
    log(
      `serving with ${results.host === 'nginx' ? "nginx (the README's block, gzip level " : 'the Node server (no nginx; gzip level '}${GZIP_LEVEL})`,
    );
    for (const { name, host } of served) {
      const r = results[name];
      log(`${name}: bytes per page`);
      for (const page of PAGES.bytePages) {
        try {
          r.bytes[page] = await pageBytes(browser, host.url, page);
          const b = r.bytes[page];
          log(
            `  ${page}: JS+CSS before first paint ${kb(b.beforePaint.jsCss)} KB, whole visit ${kb(b.visit.total)} KB (+ data ${kb(b.visit.data)} KB), FCP ${fmt(b.fcp)} ms, ${b.visit.requests} requests`,
          );
        } catch (error) {
          log(`  ${page}: failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      log(`${name}: timing (${TIMING_RUNS} loads, ${FILTER_RUNS} filter clicks)`);
      try {
        r.timing = await timings(browser, host.url);
        log(
          `  first chart ${fmt(r.timing.firstChartMedian)} / ${fmt(r.timing.firstChartP95)} ms; filter click → next paint ${fmt(r.timing.filterMedian, 1)} / ${fmt(r.timing.filterP95, 1)} ms, → frame after the change ${fmt(r.timing.filterFrameMedian, 1)} / ${fmt(r.timing.filterFrameP95, 1)} ms (median / p95)`,
        );
      } catch (error) {
        log(`  timing failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!args.has('--no-scale')) {
        log(`${name}: scale`);
        r.scale = await scale(browser, host);
      }
    }
    if (!args.has('--no-lighthouse')) {
      log(`lighthouse (${LH_RUNS} run(s) per page, preset and build, interleaved)`);
      await lighthouse(served, results);
    }
  } finally {
    await browser.close();
    for (const { host } of served) await host.close();
  }
  results.loadAverageAtEnd = os.loadavg();
  const minutes = (Date.now() - started) / 60000;
  const targets = targetReport(results, PAGES);
  const rows = comparisonRows(results, PAGES);
  const load = (/** @type {number[]} */ l) => l.map((v) => v.toFixed(1)).join(' / ');
  const md = [
    `Run ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${fmt(minutes, 0)} min, ${results.cores} cores, load average (1 / 5 / 15 min) ${load(results.loadAverageAtStart)} at the start and ${load(results.loadAverageAtEnd)} at the end; ${quick ? 'quick (1 Lighthouse run, ' : `${LH_RUNS} Lighthouse runs, `}${TIMING_RUNS} loads, ${FILTER_RUNS} filter clicks${quick ? ')' : ''}; served by ${results.host === 'nginx' ? 'nginx' : 'the Node server'} with gzip level ${GZIP_LEVEL}.`,
    '### Targets',
    targets.markdown,
    '### Optimised and baseline',
    markdown(rows),
  ].join('\n\n');
  console.log(`\n${md}\n`);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'latest.json'),
    `${JSON.stringify({ ...results, targets, table: rows }, null, 2)}\n`,
  );
  writeFileSync(path.join(dir, 'latest.md'), `${md}\n`);
  log(`wrote bench/results/latest.json and latest.md in ${minutes.toFixed(1)} min`);
}

await main();
