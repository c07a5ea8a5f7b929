// Launching Debian's Chromium through playwright-core, and pages that record every defect
// a user would never see but an operator must: console errors and warnings, uncaught
// errors, CSP violations, requests that leave the origin, and failed requests.
//
// playwright-core never downloads a browser; we always pass executablePath, so nothing here
// reaches the network. The flags keep Chromium from phoning home, which on this machine's
// closed network would otherwise fail noisily at every start.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Generous, because CI runs on two cores and the first paint of a cold build is slow. */
export const TIMEOUT_MS = 30_000;

/** The Chromium binary to drive: CHROME_PATH, else Debian's. */
export function chromePath() {
  return process.env.CHROME_PATH || DEFAULT_CHROME_PATH;
}

/** Throws with an install hint when Chromium is missing. */
export function assertChromeInstalled() {
  const exe = chromePath();
  if (!existsSync(exe)) {
    throw new Error(
      `Chromium not found at ${exe}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROME_PATH to a Chromium binary). Browser downloads are not used.',
    );
  }
  return exe;
}

/**
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: assertChromeInstalled(),
    args: CHROME_ARGS,
    timeout: 60_000,
    ...options,
  });
}

/**
 * Context defaults: a desktop viewport, a fixed locale and time zone so dates render the same
 * everywhere, and reduced motion so charts settle without waiting out animations. CSP is never
 * bypassed: the point is to run under the real policy.
 * @type {import('playwright-core').BrowserContextOptions}
 */
export const CONTEXT_DEFAULTS = {
  viewport: { width: 1280, height: 900 },
  locale: 'en-US',
  timezoneId: 'UTC',
  colorScheme: 'light',
  reducedMotion: 'reduce',
  bypassCSP: false,
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ ...CONTEXT_DEFAULTS, ...options });
  context.setDefaultTimeout(TIMEOUT_MS);
  context.setDefaultNavigationTimeout(TIMEOUT_MS * 2);
  return context;
}

/**
 * @typedef {object} Defect
 * @property {'console-error' | 'console-warning' | 'page-error' | 'csp-violation' | 'off-origin-request' | 'request-failed' | 'http-error'} kind
 * @property {string} text One line a person can act on.
 * @property {string} [url] The page or resource concerned.
 */

/**
 * @typedef {object} PageOptions
 * @property {(defect: Defect) => boolean} [allow] Return true for a defect the test expects
 *   (e.g. the 404 a robustness test serves on purpose); it is then not reported.
 */

/**
 * @typedef {object} DefectPage
 * @property {import('playwright-core').Page} page
 * @property {() => Defect[]} defects Defects seen so far (not allowed ones).
 * @property {() => Promise<Defect[]>} collectDefects Also reads CSP reports still held by the page's frames.
 * @property {(label?: string) => Promise<void>} expectNoDefects Throws listing every defect.
 * @property {() => void} clearDefects
 * @property {(timeout?: number) => Promise<void>} settle Resolves once no same-origin request is
 *   in flight and the page has painted twice since — a condition, unlike networkidle's fixed
 *   500 ms, and one that an off-origin request left hanging (already a defect) cannot block.
 */

const CSP_BINDING = '__gigawattReportCsp';

/**
 * Runs in every frame before any of the page's own scripts. Init scripts and bindings go over
 * the DevTools protocol, which the page's CSP does not govern, so this itself reports nothing.
 * Each report is kept on window (read back by collectDefects) and also sent out through the
 * binding, which survives a reload or a frame going away.
 */
function cspListener(bindingName) {
  /** @type {Array<Record<string, unknown>>} */
  const seen = [];
  Object.defineProperty(window, '__gigawattCspViolations', { value: seen, configurable: false });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = {
        id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
        sample: event.sample,
        documentURI: event.documentURI,
        disposition: event.disposition,
      };
      seen.push(report);
      const send = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[
        bindingName
      ];
      if (typeof send === 'function') send(report).catch(() => {});
    },
    true,
  );
}

/** @param {Record<string, unknown>} r */
function describeCsp(r) {
  const where = r.sourceFile ? ` at ${r.sourceFile}:${r.line}:${r.column}` : '';
  const sample = r.sample ? ` sample=${JSON.stringify(r.sample)}` : '';
  return `${r.directive} blocked ${r.blockedURI || '(inline)'}${where}${sample} on ${r.documentURI}`;
}

/** @param {string} url */
function isLocalScheme(url) {
  return /^(data|blob|about|chrome|chrome-extension|devtools):/i.test(url);
}

/**
 * A new page in `context` with defect listeners attached before anything loads.
 * `serverUrl` is the app's URL (any URL on its origin); requests to other origins are defects.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} serverUrl
 * @param {PageOptions} [options]
 * @returns {Promise<DefectPage>}
 */
export async function newPage(context, serverUrl, options = {}) {
  const origin = new URL(serverUrl).origin;
  const allow = options.allow ?? (() => false);
  /** @type {Defect[]} */
  const found = [];
  /** @type {Set<string>} */
  const cspIds = new Set();
  /** @param {Defect} defect */
  const record = (defect) => {
    if (!allow(defect)) found.push(defect);
  };
  /** @param {Record<string, unknown>} report */
  const recordCsp = (report) => {
    const id = String(report.id);
    if (cspIds.has(id)) return;
    cspIds.add(id);
    record({
      kind: 'csp-violation',
      text: describeCsp(report),
      url: String(report.documentURI ?? ''),
    });
  };

  const page = await context.newPage();
  await page.exposeBinding(CSP_BINDING, (_source, report) => recordCsp(report));
  await page.addInitScript(cspListener, CSP_BINDING);

  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'warning') return;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    record({
      kind: type === 'error' ? 'console-error' : 'console-warning',
      text: `${msg.text()}${where}`,
      url: loc.url,
    });
  });
  page.on('pageerror', (error) => {
    record({
      kind: 'page-error',
      text: error.stack || `${error.name}: ${error.message}`,
      url: page.url(),
    });
  });
  /** @type {Set<import('playwright-core').Request>} */
  const inFlight = new Set();
  /** @type {Array<() => void>} */
  let idleWaiters = [];
  /** @param {import('playwright-core').Request} request */
  const done = (request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };
  // A response counts as done: Chromium never reports a fetch finished whose body the page
  // leaves unread (seen with a 404 nobody reads), and headers are what a defect check needs.
  page.on('response', (response) => done(response.request()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('request', (request) => {
    const url = request.url();
    if (isLocalScheme(url)) return;
    let requestOrigin;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = 'invalid';
    }
    if (requestOrigin === origin) inFlight.add(request);
    else {
      record({
        kind: 'off-origin-request',
        text: `${request.method()} ${url} (${request.resourceType()})`,
        url,
      });
    }
  });
  page.on('websocket', (ws) => {
    record({ kind: 'off-origin-request', text: `websocket ${ws.url()}`, url: ws.url() });
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'unknown error';
    // ERR_ABORTED is the browser cancelling a request the page no longer needs (a fetch
    // whose AbortSignal fired on navigation, a reload mid-load): not a failure of the server.
    if (failure.includes('ERR_ABORTED')) return;
    record({
      kind: 'request-failed',
      text: `${request.method()} ${request.url()}: ${failure}`,
      url: request.url(),
    });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      const request = response.request();
      record({
        kind: 'http-error',
        text: `HTTP ${response.status()} for ${request.method()} ${response.url()}`,
        url: response.url(),
      });
    }
  });

  const collectDefects = async () => {
    for (const frame of page.frames()) {
      try {
        const reports = await frame.evaluate(() => {
          const held = /** @type {unknown} */ (
            /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))
              .__gigawattCspViolations
          );
          return Array.isArray(held) ? held.map((r) => ({ ...r })) : [];
        });
        for (const report of reports) recordCsp(report);
      } catch {
        // A frame that navigated or detached mid-read: its reports came through the binding.
      }
    }
    return [...found];
  };

  return {
    page,
    defects: () => [...found],
    collectDefects,
    async expectNoDefects(label) {
      const all = await collectDefects();
      if (all.length === 0) return;
      const lines = all.map((d, i) => `  ${i + 1}. [${d.kind}] ${d.text}`);
      throw new Error(
        `${label ? `${label}: ` : ''}${all.length} defect(s) on ${page.url()}:\n${lines.join('\n')}`,
      );
    },
    clearDefects() {
      found.length = 0;
    },
    async settle(timeout = TIMEOUT_MS) {
      if (inFlight.size > 0) {
        const pending = [...inFlight].map((r) => r.url());
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        await Promise.race([
          new Promise((resolve) => idleWaiters.push(() => resolve(undefined))),
          new Promise((_, reject) => {
            timer = setTimeout(
              () =>
                reject(
                  new Error(`requests still in flight after ${timeout} ms: ${pending.join(', ')}`),
                ),
              timeout,
            );
          }),
        ]).finally(() => clearTimeout(timer));
      }
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))),
          ),
      );
    },
  };
}

/**
 * A fresh context and defect-recording page for one test; closes the context afterwards and,
 * when `fn` throws, saves a screenshot to test-results/failures/ for the person debugging.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {string} serverUrl
 * @param {(p: DefectPage & { context: import('playwright-core').BrowserContext }) => Promise<T>} fn
 * @param {PageOptions & { context?: import('playwright-core').BrowserContextOptions, name?: string }} [options]
 * @returns {Promise<T>}
 */
export async function withPage(browser, serverUrl, fn, options = {}) {
  const context = await newContext(browser, options.context);
  try {
    const p = await newPage(context, serverUrl, options);
    try {
      return await fn({ ...p, context });
    } catch (error) {
      await saveFailureScreenshot(p.page, options.name ?? 'failure');
      // A timeout waiting for a chart is usually the symptom; an uncaught error or a 404 seen
      // on the way is the cause, so the failure names them too.
      const defects = await p.collectDefects().catch(() => p.defects());
      if (defects.length > 0 && error instanceof Error && !error.message.includes('defect(s) on')) {
        error.message += `\nDefects seen before the failure:\n${defects.map((d, i) => `  ${i + 1}. [${d.kind}] ${d.text}`).join('\n')}`;
      }
      throw error;
    }
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function saveFailureScreenshot(page, name) {
  try {
    const dir = path.resolve('test-results', 'failures');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_').slice(0, 100)}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    console.error(`screenshot of the failure: ${file}`);
  } catch {
    // The page may be gone; the error itself is what matters.
  }
}

/**
 * Resolves once the chart with `chartId` exists and its Recharts SVG has drawn at least one
 * mark: a path or rect with a non-empty box outside the grid, axes and legend.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @param {string} chartId
 * @param {number} [timeout]
 */
export async function waitForChart(page, chartId, timeout = TIMEOUT_MS) {
  try {
    await page.waitForFunction(chartDrawn, chartId, { timeout, polling: 100 });
  } catch (error) {
    const state = await page.evaluate(describeChart, chartId).catch(() => 'page gone');
    throw new Error(`chart "${chartId}" did not draw within ${timeout} ms: ${state}`, {
      cause: error,
    });
  }
}

/**
 * Runs in the page.
 * @param {string} chartId
 */
function chartDrawn(chartId) {
  const host = document.querySelector(`[data-chart-id="${CSS.escape(chartId)}"]`);
  if (!host) return false;
  // A chart card answers clicks once hydrated (ChartCard marks it live); before, what shows is
  // the prerendered page with the build's picture of the chart.
  if (host.classList.contains('chart-card') && !host.hasAttribute('data-live')) return false;
  const skip =
    '.recharts-cartesian-grid, .recharts-cartesian-axis, .recharts-polar-grid, .recharts-legend-wrapper, defs, clipPath';
  // Recharts' surfaces, and the category bars' and the map's own SVG (drawn without Recharts).
  for (const svg of host.querySelectorAll(
    'svg.recharts-surface, svg.chart-svg, svg.site-map__svg',
  )) {
    if (svg.closest('.recharts-legend-wrapper')) continue;
    for (const mark of svg.querySelectorAll('path, rect')) {
      if (mark.closest(skip)) continue;
      const box = mark.getBoundingClientRect();
      if (box.width > 0 || box.height > 0) return true;
    }
  }
  return false;
}

/**
 * Runs in the page: what is there instead, for the error message.
 * @param {string} chartId
 */
function describeChart(chartId) {
  const host = document.querySelector(`[data-chart-id="${CSS.escape(chartId)}"]`);
  if (!host) {
    const ids = [...document.querySelectorAll('[data-chart-id]')].map((e) =>
      e.getAttribute('data-chart-id'),
    );
    return `no [data-chart-id="${chartId}"] (present: ${ids.join(', ') || 'none'}); alerts: ${[...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent).join(' | ') || 'none'}`;
  }
  const svgs = host.querySelectorAll('svg.recharts-surface, svg.chart-svg');
  const box = host.getBoundingClientRect();
  return `element is ${Math.round(box.width)}×${Math.round(box.height)} px with ${svgs.length} chart svg, ${host.querySelectorAll('svg path, svg rect').length} path/rect; text: ${(host.textContent ?? '').slice(0, 200)}`;
}

/**
 * Waits until the app has taken over the prerendered page (`<html data-app="live">`, set by
 * src/app/mount.tsx): before, its controls are a picture of the page and a click does nothing.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitForLive(page, timeout = TIMEOUT_MS) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'live', undefined, {
    timeout,
    polling: 100,
  });
}

/**
 * Resolves once a visible level-1 heading with text exists; returns its text.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitForMainHeading(page, timeout = TIMEOUT_MS) {
  const heading = page.getByRole('heading', { level: 1 }).first();
  await heading.waitFor({ state: 'visible', timeout });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')].some(
        (h) => (h.textContent ?? '').trim() !== '',
      ),
    undefined,
    { timeout },
  );
  return (await heading.innerText()).trim();
}

/**
 * Waits until every drawn chart's geometry stops changing between animation frames, so a
 * screenshot does not catch a bar mid-animation.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitForChartsSettled(page, timeout = TIMEOUT_MS) {
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const snapshot = () =>
          [
            ...document.querySelectorAll(
              'svg.recharts-surface path, svg.recharts-surface rect, svg.chart-svg path, svg.chart-svg rect',
            ),
          ]
            .map(
              (e) =>
                `${e.getAttribute('d') ?? ''}${e.getAttribute('width') ?? ''}${e.getAttribute('height') ?? ''}`,
            )
            .join('|');
        const first = snapshot();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(snapshot() === first)));
      }),
    undefined,
    { timeout, polling: 100 },
  );
}
