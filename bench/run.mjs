// `npm run bench`: builds the optimised app and a baseline (one JS chunk, no prerendering, no
// preload hints; BENCH_BASELINE=1 in vite.config.ts) in the same run, serves each with the
// e2e server (strict CSP, gzip as any real host would send it), and measures both the same way:
//
//   bytes     gzip JS and CSS each route requested before its first chart drew; the entry; totals
//   lighthouse 12.2.3, mobile and desktop presets, median of 3, for /, /stargate, /fusion
//   timing    navigation → first chart on /stargate, and filter click → updated chart (median, p95)
//   scale     the capacity and roadmap charts with 10…10,000 synthetic sites/phases: time to drawn,
//             JS heap, longest main-thread task
//
// Prints a table with optimised/baseline ratios and writes bench/results/latest.json and .md.
// Flags: --quick (1 Lighthouse run, 5 timing runs), --skip-build, --no-lighthouse, --no-scale.
// The machine is shared and noisy: compare the two builds within one run, not across runs.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CONTEXT_DEFAULTS, launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { bundledData, fusionWithPhases, stargateWithSites } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const LH_RUNS = quick ? 1 : 3;
const TIMING_RUNS = quick ? 5 : 20;
const SIZES = [10, 100, 1000, 10000];
const ROUTES = ['/', '/stargate', '/fusion', '/energy', '/sources'];
const LH_ROUTES = ['/', '/stargate', '/fusion'];
const started = Date.now();

/** @param {string} message */
function log(message) {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

const BUILDS = [
  { name: 'optimised', dir: path.join(ROOT, 'bench', 'dist-opt'), env: {} },
  { name: 'baseline', dir: path.join(ROOT, 'bench', 'dist-base'), env: { BENCH_BASELINE: '1' } },
];

/**
 * @param {string} outDir
 * @param {Record<string, string>} env
 */
async function build(outDir, env) {
  const rel = path.relative(ROOT, outDir);
  const code = await new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['--no', '--', 'vite', 'build', `--outDir=${rel}`, '--emptyOutDir', '--logLevel=warn'],
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

// ——— serving: gzip, folder index pages, synthetic data ———

/** @type {Map<string, Buffer>} */
const gzipCache = new Map();
/** @param {string} file */
function gzipFile(file) {
  const hit = gzipCache.get(file);
  if (hit) return hit;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipCache.set(file, body);
  return body;
}

/** @param {string} file */
const isFile = (file) => existsSync(file) && statSync(file).isFile();

/**
 * An override hook for tests/e2e/server.mjs that answers as a gzip-enabled static host would
 * (nginx `gzip on; try_files $uri $uri/ /index.html`), and serves synthetic data when asked.
 * @param {string} dir
 * @param {{ data: Record<string, Buffer> | null }} state gzipped data bodies by relPath
 * @returns {import('../tests/e2e/server.mjs').OverrideHook}
 */
function hostLike(dir, state) {
  return ({ relPath }) => {
    if (state.data && state.data[relPath]) {
      return {
        body: state.data[relPath],
        headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
      };
    }
    if (relPath.split('/').some((s) => s.startsWith('.'))) return undefined;
    let file = path.join(dir, ...relPath.split('/'));
    if (!relPath || !isFile(file)) {
      const folderIndex = path.join(file, 'index.html');
      if (relPath && isFile(folderIndex)) file = folderIndex;
      else if (/^(data|assets)(\/|$)/.test(relPath) || /\.[A-Za-z0-9]{1,12}$/.test(relPath))
        return undefined;
      else file = path.join(dir, 'index.html');
    }
    const contentType = file.endsWith('.html') ? 'text/html; charset=utf-8' : undefined;
    return {
      body: gzipFile(file),
      ...(contentType ? { contentType } : {}),
      headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
    };
  };
}

// ——— measurements ———

/** @param {number[]} values */
function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

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
        for (const svg of host.querySelectorAll('svg.recharts-surface')) {
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

/** Runs in the page: performance.now() once the sources table has rows. */
function tableDrawnAt() {
  return new Promise((resolve) => {
    const check = () =>
      document.querySelector('#root table tbody tr')
        ? resolve(performance.now())
        : requestAnimationFrame(check);
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

/**
 * The JS and CSS a route requested before its first chart drew (the sources table, on /sources).
 * @param {import('playwright-core').Browser} browser
 * @param {import('../tests/e2e/server.mjs').StaticServer} server
 * @param {string} dir
 * @param {string} route
 */
async function routeBytes(browser, server, dir, route) {
  const context = await browser.newContext(CONTEXT_DEFAULTS);
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const urls = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(server.url + route.slice(1), { waitUntil: 'commit' });
    const drawnAt = await page.evaluate(
      route === '/sources' ? tableDrawnAt : chartDrawnAt,
      route === '/sources' ? undefined : null,
    );
    const before = [...urls];
    let js = 0;
    let css = 0;
    const files = new Set();
    for (const url of before) {
      const rel = decodeURIComponent(new URL(url).pathname).slice(server.base.length);
      const file = path.join(dir, ...rel.split('/'));
      if (files.has(file) || !isFile(file)) continue;
      files.add(file);
      if (file.endsWith('.js')) js += gzipFile(file).length;
      else if (file.endsWith('.css')) css += gzipFile(file).length;
    }
    return { js, css, requests: files.size, drawnMs: Number(drawnAt) };
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
  const js = [...seen].reduce((sum, rel) => sum + gzipFile(path.join(dir, rel)).length, 0);
  const css = readdirSync(path.join(dir, 'assets'))
    .filter((f) => /^index-.*\.css$/.test(f))
    .reduce((sum, f) => sum + gzipFile(path.join(dir, 'assets', f)).length, 0);
  const all = readdirSync(path.join(dir, 'assets'));
  const total = (ext) =>
    all
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipFile(path.join(dir, 'assets', f)).length, 0);
  return {
    entryJs: js,
    entryCss: css,
    entryChunks: seen.size,
    totalJs: total('.js'),
    totalCss: total('.css'),
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../tests/e2e/server.mjs').StaticServer} server
 */
async function timings(browser, server) {
  /** @type {number[]} */
  const firstChart = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const context = await browser.newContext(CONTEXT_DEFAULTS);
    const page = await context.newPage();
    await page.goto(server.url + 'stargate', { waitUntil: 'commit' });
    firstChart.push(Number(await page.evaluate(chartDrawnAt, 'stargate-capacity')));
    await context.close();
  }
  // Filter changes on one page, as a reader clicks: a status chip on, then off again.
  const context = await browser.newContext(CONTEXT_DEFAULTS);
  const page = await context.newPage();
  await page.goto(server.url + 'stargate');
  await page.evaluate(chartDrawnAt, 'stargate-capacity');
  await page.waitForTimeout(500);
  /** @type {number[]} */
  const filter = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const ms = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const host = document.querySelector('[data-chart-id="stargate-capacity"]');
          const chip = host
            ?.querySelectorAll('fieldset.filter-group')[1]
            ?.querySelector('button.chip');
          if (!host || !(chip instanceof HTMLElement))
            return reject(new Error('no status filter chip in the capacity card'));
          const signature = () =>
            [...host.querySelectorAll('svg.recharts-surface path, svg.recharts-surface rect')]
              .map(
                (e) =>
                  `${e.getAttribute('d') ?? ''}${e.getAttribute('y') ?? ''}${e.getAttribute('width') ?? ''}`,
              )
              .join('|');
          const before = signature();
          const t0 = performance.now();
          chip.click();
          const wait = () => {
            // Updated = the marks changed; the figure is the frame after that, when it is on screen.
            if (signature() !== before)
              requestAnimationFrame(() => resolve(performance.now() - t0));
            else if (performance.now() - t0 > 10_000)
              reject(new Error('the chart did not change within 10 s'));
            else requestAnimationFrame(wait);
          };
          requestAnimationFrame(wait);
        }),
    );
    filter.push(Number(ms));
    await page.waitForTimeout(150);
  }
  await context.close();
  return {
    firstChartMedian: median(firstChart),
    firstChartP95: quantile(firstChart, 0.95),
    filterMedian: median(filter),
    filterP95: quantile(filter, 0.95),
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../tests/e2e/server.mjs').StaticServer} server
 * @param {{ data: Record<string, Buffer> | null }} state
 */
async function scale(browser, server, state) {
  const base = bundledData(ROOT);
  /** @type {Record<string, Record<string, { ms: number, heapMb: number, longestTaskMs: number }>>} */
  const out = { capacity: {}, roadmap: {} };
  for (const size of SIZES) {
    state.data = {
      'data/stargate.json': gzipSync(stargateWithSites(base.stargate, size)),
      'data/fusion.json': gzipSync(fusionWithPhases(base.fusion, size)),
    };
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
        await page.goto(`${server.url}embed/${chartId}`, { waitUntil: 'commit' });
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
  state.data = null;
  return out;
}

/**
 * @param {import('../tests/e2e/server.mjs').StaticServer} server
 */
async function lighthouse(server) {
  /** @type {Record<string, Record<string, Record<string, number>>>} */
  const out = {};
  for (const route of LH_ROUTES) {
    out[route] = {};
    for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
      /** @type {Array<Record<string, number>>} */
      const runs = [];
      for (let i = 0; i < LH_RUNS; i++) {
        try {
          const result = await runLighthouse(server.url + route.slice(1), preset);
          runs.push(/** @type {Record<string, number>} */ (/** @type {unknown} */ (result)));
          const r = /** @type {Record<string, number | string[]>} */ (
            /** @type {unknown} */ (result)
          );
          log(
            `  lighthouse ${preset} ${route} #${i + 1}: perf ${r.performance} a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo} LCP ${Math.round(Number(r.lcp))} TBT ${Math.round(Number(r.tbt))} CLS ${Number(r.cls).toFixed(3)}${Array.isArray(r.failing) && r.failing.length ? ` (below 0.9: ${r.failing.join(', ')})` : ''}`,
          );
        } catch (error) {
          log(
            `  lighthouse ${preset} ${route} #${i + 1}: failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      /** @type {Record<string, number>} */
      const med = {};
      for (const key of [
        'performance',
        'accessibility',
        'bestPractices',
        'seo',
        'lcp',
        'tbt',
        'cls',
      ])
        med[key] = median(runs.map((r) => r[key]));
      med.runs = runs.length;
      out[route][preset] = med;
    }
  }
  return out;
}

// ——— report ———

/** @param {number} v @param {number} [digits] */
const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
/** @param {number} a @param {number} b */
const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '–';
const kb = (/** @type {number} */ v) => fmt(v / 1024, 1);

/** @param {Record<string, any>} r */
function table(r) {
  const o = r.optimised;
  const b = r.baseline;
  /** @type {string[][]} */
  const rows = [['figure', 'optimised', 'baseline', 'ratio']];
  const add = (
    /** @type {string} */ label,
    /** @type {number} */ x,
    /** @type {number} */ y,
    /** @type {(v: number) => string} */ f = (v) => fmt(v),
  ) => rows.push([label, f(x), f(y), ratio(x, y)]);
  add(
    "entry JS, KB gzip (index.html's script, its imports and the app chunk it starts)",
    o.entry.entryJs,
    b.entry.entryJs,
    kb,
  );
  add('entry CSS, KB gzip', o.entry.entryCss, b.entry.entryCss, kb);
  add('all JS, KB gzip', o.entry.totalJs, b.entry.totalJs, kb);
  add('all CSS, KB gzip', o.entry.totalCss, b.entry.totalCss, kb);
  for (const route of ROUTES) {
    if (!o.bytes[route]) continue;
    add(`${route} JS before first chart, KB gzip`, o.bytes[route].js, b.bytes[route]?.js, kb);
    add(`${route} CSS before first chart, KB gzip`, o.bytes[route].css, b.bytes[route]?.css, kb);
  }
  if (o.timing) {
    add(
      '/stargate navigation → first chart, median ms',
      o.timing.firstChartMedian,
      b.timing.firstChartMedian,
    );
    add(
      '/stargate navigation → first chart, p95 ms',
      o.timing.firstChartP95,
      b.timing.firstChartP95,
    );
    add(
      '/stargate filter → updated chart, median ms',
      o.timing.filterMedian,
      b.timing.filterMedian,
      (v) => fmt(v, 1),
    );
    add('/stargate filter → updated chart, p95 ms', o.timing.filterP95, b.timing.filterP95, (v) =>
      fmt(v, 1),
    );
  }
  if (o.lighthouse) {
    for (const route of LH_ROUTES) {
      for (const preset of ['mobile', 'desktop']) {
        const x = o.lighthouse[route]?.[preset];
        const y = b.lighthouse[route]?.[preset];
        if (!x || !y) continue;
        for (const [key, label, digits] of [
          ['performance', 'performance', 0],
          ['accessibility', 'accessibility', 0],
          ['bestPractices', 'best practices', 0],
          ['seo', 'SEO', 0],
          ['lcp', 'LCP ms', 0],
          ['tbt', 'TBT ms', 0],
          ['cls', 'CLS', 3],
        ]) {
          add(`Lighthouse ${preset} ${route} ${label}`, x[key], y[key], (v) =>
            fmt(v, /** @type {number} */ (digits)),
          );
        }
      }
    }
  }
  if (o.scale) {
    for (const view of ['capacity', 'roadmap']) {
      for (const size of SIZES) {
        const x = o.scale[view][size];
        const y = b.scale[view][size];
        add(`scale ${view} ${size.toLocaleString('en')}: time to drawn, ms`, x.ms, y.ms);
        add(`scale ${view} ${size.toLocaleString('en')}: JS heap, MB`, x.heapMb, y.heapMb, (v) =>
          fmt(v, 1),
        );
        add(
          `scale ${view} ${size.toLocaleString('en')}: longest task, ms`,
          x.longestTaskMs,
          y.longestTaskMs,
        );
      }
      const x = o.scale[view];
      add(
        `scale ${view}: 10,000 / 100 time`,
        x[10000].ms / x[100].ms,
        b.scale[view][10000].ms / b.scale[view][100].ms,
        (v) => fmt(v, 2),
      );
    }
  }
  return rows;
}

/** @param {string[][]} rows */
function markdown(rows) {
  const [head, ...body] = rows;
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
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
    lighthouseRuns: LH_RUNS,
    timingRuns: TIMING_RUNS,
  };
  const browser = await launchBrowser();
  try {
    for (const b of BUILDS) {
      /** @type {{ data: Record<string, Buffer> | null }} */
      const state = { data: null };
      const server = await startServer({ dir: b.dir, override: hostLike(b.dir, state) });
      /** @type {Record<string, any>} */
      const r = { entry: entryBytes(b.dir), bytes: {} };
      results[b.name] = r;
      try {
        log(`${b.name}: bytes per route`);
        for (const route of ROUTES) {
          r.bytes[route] = await routeBytes(browser, server, b.dir, route);
          log(
            `  ${route}: JS ${kb(r.bytes[route].js)} KB, CSS ${kb(r.bytes[route].css)} KB gzip before the first chart (${r.bytes[route].requests} files)`,
          );
        }
        log(`${b.name}: timing (${TIMING_RUNS} runs)`);
        r.timing = await timings(browser, server);
        log(
          `  first chart ${fmt(r.timing.firstChartMedian)} / ${fmt(r.timing.firstChartP95)} ms, filter ${fmt(r.timing.filterMedian, 1)} / ${fmt(r.timing.filterP95, 1)} ms (median / p95)`,
        );
        if (!args.has('--no-scale')) {
          log(`${b.name}: scale`);
          r.scale = await scale(browser, server, state);
        }
        if (!args.has('--no-lighthouse')) {
          log(`${b.name}: lighthouse (${LH_RUNS} run(s) each)`);
          r.lighthouse = await lighthouse(server);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const rows = table(results);
  const md = markdown(rows);
  console.log(`\n${md}\n`);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'latest.json'),
    `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`,
  );
  writeFileSync(path.join(dir, 'latest.md'), `${md}\n`);
  log(
    `wrote bench/results/latest.json and latest.md in ${((Date.now() - started) / 60000).toFixed(1)} min`,
  );
}

await main();
