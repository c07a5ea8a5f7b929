// The core browser tests: every route of INTERFACE.md renders under the strict CSP, from
// the root and from a sub-path, with no defect an operator would find in the console; a deep
// link survives a reload; a corrupted data file shows its alert while the other topic works.
//
// Run alone with `node tests/e2e/run.mjs routes`; a failure leaves a screenshot under
// test-results/failures/.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIST, DIST_SUB, SUB_BASE, buildAll } from './build.mjs';
import {
  TIMEOUT_MS,
  launchBrowser,
  waitForChart,
  waitForMainHeading,
  withPage,
} from './browser.mjs';
import { staticRoutes, topicRoutes } from './registry.mjs';
import { STRICT_CSP, startServer } from './server.mjs';
import { waitForChartsDrawn } from './share-helpers.mjs';

/** @typedef {import('./browser.mjs').DefectPage} DefectPage */
/** @typedef {import('playwright-core').Page} Page */

/**
 * @typedef {object} RouteCase
 * @property {string} path Relative to the deploy base.
 * @property {string[]} charts Chart ids that must be present and drawn.
 * @property {number} [minCharts] At least this many drawn charts in main, whatever their ids.
 * @property {RegExp} [heading] What the main heading must say.
 * @property {boolean} [notFound]
 */

/**
 * Charts after a topic's first that draw on load, before any scrolling (the others load as they
 * near the viewport). The first chart of every topic must draw on load, whatever the topic.
 * @type {Record<string, string[]>}
 */
const ALSO_DRAWN_ON_LOAD = {
  stargate: ['stargate-growth', 'stargate-investment'],
  fusion: ['fusion-records'],
};

/** @type {RouteCase[]} */
const ROUTES = [
  { path: '/', charts: [], minCharts: 1 },
  // Every topic of src/topics.ts, so a new topic is routed and checked here without an edit.
  ...topicRoutes().map((topic) => ({
    path: topic.path,
    charts: [...topic.charts.slice(0, 1), ...(ALSO_DRAWN_ON_LOAD[topic.id] ?? [])],
  })),
  { path: '/stargate/sites/abilene', charts: [], heading: /abilene/i },
  // The other pages of the list (sources, FAQ, ...).
  ...staticRoutes()
    .filter((path) => path !== '/' && !topicRoutes().some((topic) => topic.path === path))
    .map((path) => ({ path, charts: [] })),
  { path: '/no/such/page', charts: [], notFound: true },
];

const CORRUPT_STARGATE =
  '{"schemaVersion":1,"asOf":"2026-01-01","sources":[],"sites":[{"capacityGw":"x"}]}';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let server;
/** @type {import('./server.mjs').StaticServer} */
let subServer;

before(async () => {
  // A no-op under run.mjs, which built both already; builds when this file runs alone.
  await buildAll();
  browser = await launchBrowser();
  server = await startServer({ dir: DIST, base: '/' });
  subServer = await startServer({ dir: DIST_SUB, base: SUB_BASE });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await subServer?.close();
});

/**
 * A fresh context per test, with the test's name on any failure screenshot.
 * @template T
 * @param {import('node:test').TestContext} t
 * @param {import('./server.mjs').StaticServer} srv
 * @param {(p: DefectPage & { context: import('playwright-core').BrowserContext }) => Promise<T>} fn
 */
function inPage(t, srv, fn) {
  return withPage(browser, srv.url, fn, { name: t.fullName ?? t.name });
}

/**
 * Waits until the view has finished loading: a main heading, no loading placeholder left
 * (the app marks them aria-busy), no request in flight, and every chart present drawn
 * (charts switched to their table by the URL excepted). Returns the heading's text.
 * @param {DefectPage} p
 */
async function waitForView(p) {
  const { page } = p;
  const heading = await waitForMainHeading(page);
  await waitForChartsDrawn(p);
  return heading;
}

/**
 * Runs in the page: how many charts in main have drawn a mark, or 0 while fewer than
 * `min` have (so it doubles as a waitForFunction predicate).
 * @param {number} min
 */
function drawnChartCount(min) {
  const skip =
    '.recharts-cartesian-grid, .recharts-cartesian-axis, .recharts-polar-grid, .recharts-legend-wrapper, defs, clipPath';
  const count = [
    ...document.querySelectorAll('main :is(.recharts-wrapper, .category-bars)'),
  ].filter((wrapper) =>
    [...wrapper.querySelectorAll(':is(svg.recharts-surface, svg.chart-svg) :is(path, rect)')].some(
      (mark) => {
        if (mark.closest(skip)) return false;
        const box = mark.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      },
    ),
  ).length;
  return count >= min ? count : 0;
}

/** Runs in the page: a description of each chart with no `[data-chart-id]` around it. */
function chartsWithoutId() {
  return [...document.querySelectorAll(':is(.recharts-wrapper, .category-bars)')]
    .filter((wrapper) => !wrapper.closest('[data-chart-id]'))
    .map((wrapper) => {
      const figure = wrapper.closest('figure');
      const label =
        figure?.querySelector('figcaption')?.textContent ??
        wrapper.closest('[aria-label]')?.getAttribute('aria-label') ??
        wrapper.querySelector('svg[aria-label]')?.getAttribute('aria-label') ??
        '';
      return `${figure ? 'figure' : wrapper.parentElement?.tagName.toLowerCase()} "${label.trim().slice(0, 80)}"`;
    });
}

/**
 * Records every response from the app's server so the test can check their headers.
 * @param {Page} page
 * @param {import('./server.mjs').StaticServer} srv
 */
function recordResponses(page, srv) {
  /** @type {import('playwright-core').Response[]} */
  const responses = [];
  page.on('response', (r) => {
    if (r.url().startsWith(srv.origin)) responses.push(r);
  });
  return responses;
}

/**
 * @param {import('playwright-core').Response[]} responses
 * @param {string} expected
 */
async function assertAllHaveCsp(responses, expected) {
  assert.ok(responses.length > 0, 'no response was recorded');
  for (const response of responses) {
    const csp = await response.headerValue('content-security-policy');
    assert.equal(csp, expected, `Content-Security-Policy of ${response.url()}`);
  }
}

/**
 * Follows the main navigation's link to `path` (relative to the base), as a reader would.
 * @param {Page} page
 * @param {string} base
 * @param {string} path
 */
async function followNavLink(page, base, path) {
  const href = `${base}${path.replace(/^\//, '')}`;
  const link = page
    .getByRole('navigation')
    .locator(`a[href="${href}"], a[href^="${href}?"]`)
    .first();
  await link.click();
  await page.waitForURL((url) => url.pathname === href, { timeout: TIMEOUT_MS });
}

describe('every route renders under the strict CSP without defects', () => {
  for (const route of ROUTES) {
    test(`${route.path}${route.notFound ? ' (not found)' : ''}`, async (t) => {
      await inPage(t, server, async (p) => {
        const { page } = p;
        const responses = recordResponses(page, server);
        const response = await page.goto(new URL(route.path.slice(1), server.url).href);
        assert.equal(response?.status(), 200, 'the document (or its SPA fallback) answers 200');

        // Charts are lazy chunks behind their data: wait for the expected ones to appear and
        // draw before taking stock of the page.
        for (const id of route.charts) await waitForChart(page, id);
        if (route.minCharts) {
          await page
            .waitForFunction(drawnChartCount, route.minCharts, {
              timeout: TIMEOUT_MS,
              polling: 100,
            })
            .catch((error) => {
              throw new Error(`expected at least ${route.minCharts} drawn chart(s) in main`, {
                cause: error,
              });
            });
        }
        const heading = await waitForView(p);
        assert.ok(heading.length > 0, 'the main heading has text');
        if (route.heading) assert.match(heading, route.heading);

        const drawn = await page.evaluate(drawnChartCount, 0);
        if (route.minCharts)
          assert.ok(
            drawn >= route.minCharts,
            `at least ${route.minCharts} drawn chart(s); found ${drawn}`,
          );

        // INTERFACE.md: "The outermost element of every chart carries data-chart-id".
        const unlabelled = await page.evaluate(chartsWithoutId);
        assert.deepEqual(unlabelled, [], 'every chart sits inside an element with data-chart-id');

        if (route.notFound) {
          const backLinks = await page.$$eval('main a[href]', (links) =>
            links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname),
          );
          assert.ok(
            backLinks.includes('/'),
            `a way back to the overview; links in main: ${backLinks.join(', ')}`,
          );
        } else {
          const alerts = await page.locator('[role="alert"]').allInnerTexts();
          assert.deepEqual(alerts, [], 'no alert on a route whose data is intact');
        }

        await assertAllHaveCsp(responses, STRICT_CSP);
        await p.expectNoDefects(route.path);
      });
    });
  }
});

describe('deep links', () => {
  test('a link with view state in its query survives a reload', async (t) => {
    // `table` switches a chart to its table and `lang` picks the language: both are state the
    // app reads from the URL (INTERFACE.md), so both are checkable after the reload.
    const search = '?lang=ko&table=stargate-capacity&status=operating';
    await inPage(t, server, async (p) => {
      const { page } = p;
      await page.goto(new URL(`stargate${search}`, server.url).href);
      await waitForView(p);

      for (const pass of ['first load', 'after reload']) {
        if (pass === 'after reload') {
          await page.reload();
          await waitForView(p);
        }
        const url = new URL(page.url());
        assert.equal(url.pathname, '/stargate', `${pass}: path`);
        assert.equal(url.search, search, `${pass}: search string`);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          'ko',
          `${pass}: language`,
        );
        await page
          .locator('[data-chart-id="stargate-capacity"] table')
          .waitFor({ state: 'visible' });
        await waitForChart(page, 'stargate-growth');
      }
      await p.expectNoDefects();
    });
  });
});

describe('Content-Security-Policy', () => {
  test('every kind of response carries the strict policy', async () => {
    const html = await (await fetch(server.url)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((u) => u.startsWith('/'));
    assert.ok(assets.length > 0, 'index.html references its assets');
    const paths = [
      '/',
      '/stargate',
      '/stargate/sites/abilene',
      '/no/such/page',
      '/data/stargate.json',
      '/data/fusion.json',
      ...assets,
    ];
    for (const path of paths) {
      const response = await fetch(new URL(path, server.origin));
      assert.equal(response.status, 200, `${path} status`);
      assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, `${path} policy`);
      await response.arrayBuffer();
    }
    const missing = await fetch(new URL('/data/missing.json', server.origin));
    assert.equal(missing.status, 404, 'a missing data file is a real 404, not the app shell');
    assert.equal(missing.headers.get('content-security-policy'), STRICT_CSP);
  });

  test('the policy is enforced and a violation would be reported (canary)', async (t) => {
    // Proves the harness is live on the real app: were the listener or the header missing,
    // every "no CSP violation" above would pass vacuously.
    await inPage(t, server, async (p) => {
      const { page } = p;
      await page.goto(server.url);
      await waitForView(p);
      await p.expectNoDefects('before the canary');
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
      });
      const deadline = Date.now() + TIMEOUT_MS;
      /** @type {import('./browser.mjs').Defect[]} */
      let defects = [];
      while (Date.now() < deadline) {
        defects = await p.collectDefects();
        if (defects.some((d) => d.kind === 'csp-violation')) break;
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))),
        );
      }
      assert.ok(
        defects.some((d) => d.kind === 'csp-violation' && /style-src/.test(d.text)),
        `a style-src violation was recorded; got ${JSON.stringify(defects)}`,
      );
    });
  });
});

describe('sub-path deployment', () => {
  test(`${SUB_BASE}stargate renders deep-linked with its data from ${SUB_BASE}data/`, async (t) => {
    await inPage(t, subServer, async (p) => {
      const { page } = p;
      const responses = recordResponses(page, subServer);
      const dataUrl = `${subServer.origin}${SUB_BASE}data/stargate.json`;
      const dataResponse = page.waitForResponse((r) => r.url() === dataUrl, {
        timeout: TIMEOUT_MS,
      });
      await page.goto(`${subServer.url}stargate`);
      assert.equal((await dataResponse).status(), 200, `${dataUrl} loaded`);
      await waitForView(p);
      for (const id of ['stargate-capacity', 'stargate-growth', 'stargate-investment'])
        await waitForChart(page, id);
      assert.equal(new URL(page.url()).pathname, `${SUB_BASE}stargate`);

      // In-app links keep the base, and the second dataset comes from under it too.
      await followNavLink(page, SUB_BASE, '/fusion');
      await waitForView(p);
      for (const id of ['fusion-roadmap', 'fusion-records']) await waitForChart(page, id);

      const outside = responses
        .filter((r) => !new URL(r.url()).pathname.startsWith(SUB_BASE))
        .map((r) => r.url());
      assert.deepEqual(outside, [], 'every request stays under the base');
      await assertAllHaveCsp(responses, STRICT_CSP);
      await p.expectNoDefects();
    });
  });
});

/**
 * Opens /stargate and returns the alert that names stargate.json, once it shows.
 * @param {import('playwright-core').Page} page
 */
async function stargateFileAlert(page) {
  await page.goto(new URL('stargate', server.url).href);
  const alert = page.locator('[role="alert"]').filter({ hasText: 'stargate.json' }).first();
  await alert.waitFor({ state: 'visible' });
  return alert;
}

describe('a corrupted data file', () => {
  test('shows an alert naming the file and the field; the other topic still works', async (t) => {
    let stargateRequests = 0;
    server.setOverride(({ relPath }) => {
      if (relPath !== 'data/stargate.json') return undefined;
      stargateRequests += 1;
      return { status: 200, body: CORRUPT_STARGATE, contentType: 'application/json' };
    });
    try {
      await inPage(t, server, async (p) => {
        const { page } = p;
        const alert = await stargateFileAlert(page);
        const text = await alert.innerText();
        // `stargate.json: sites[0].capacityGw: expected a number` — file, then a field path.
        assert.match(
          text,
          /stargate\.json:\s*[A-Za-z_$][\w$]*(\[\d+\]|\.[A-Za-z_$][\w$]*)*:\s*\S/,
          `alert text: ${text}`,
        );
        const retry = alert.getByRole('button');
        assert.equal(await retry.count(), 1, 'the alert has a retry button');

        // Retry asks the server again (the file is still broken, so the alert stays).
        const before = stargateRequests;
        await retry.click();
        await page.waitForFunction(
          () => document.querySelectorAll('[aria-busy="true"]').length === 0,
        );
        await alert.waitFor({ state: 'visible' });
        await p.settle();
        assert.ok(stargateRequests > before, 'retry fetched stargate.json again');

        // The other topic is unaffected in the same session.
        await followNavLink(page, '/', '/fusion');
        await waitForView(p);
        for (const id of ['fusion-roadmap', 'fusion-records']) await waitForChart(page, id);
        assert.deepEqual(
          await page.locator('[role="alert"]').allInnerTexts(),
          [],
          'no alert on /fusion',
        );

        await p.expectNoDefects();
      });
    } finally {
      server.setOverride(null);
    }
  });

  test('once the file is fixed, retry recovers without a reload', async (t) => {
    let broken = true;
    server.setOverride(({ relPath }) =>
      broken && relPath === 'data/stargate.json'
        ? { body: CORRUPT_STARGATE, contentType: 'application/json' }
        : undefined,
    );
    try {
      await inPage(t, server, async (p) => {
        const { page } = p;
        const alert = await stargateFileAlert(page);
        broken = false;
        await alert.getByRole('button').click();
        await waitForView(p);
        for (const id of ['stargate-capacity', 'stargate-growth', 'stargate-investment'])
          await waitForChart(page, id);
        assert.equal(await page.locator('[role="alert"]').count(), 0, 'the alert is gone');
        await p.expectNoDefects();
      });
    } finally {
      server.setOverride(null);
    }
  });
});
