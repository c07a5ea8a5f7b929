// Helpers shared by the browser tests: the routes to walk, the build to test, a "view is
// ready" wait, and axe-core run under the strict CSP.

import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, buildApp } from './build.mjs';
import { TIMEOUT_MS, waitForChart, waitForChartsSettled, waitForLive } from './browser.mjs';

/** Every route a reader reaches from the navigation, plus a site page and the not-found view. */
export const APP_ROUTES = [
  '/',
  '/stargate',
  '/stargate/sites/abilene',
  '/fusion',
  '/energy',
  '/sources',
  '/faq',
  '/no/such/page',
];

/**
 * The build to test: GW_E2E_DIST (or E2E_DIST) names an existing build (to iterate without
 * rebuilding the shared dist-e2e others may be using); otherwise the run's shared build.
 */
export async function testDist() {
  const existing = process.env.GW_E2E_DIST || process.env.E2E_DIST;
  if (existing) return path.resolve(REPO_ROOT, existing);
  return buildApp();
}

/**
 * Ready to inspect: content or an alert shown (an embed has no heading, only its chart),
 * nothing loading, every chart that shows its chart (not its table) drawn and still, fonts
 * loaded.
 * @param {import('./browser.mjs').DefectPage} p
 */
export async function waitForReady(p) {
  const { page } = p;
  await waitForLive(page);
  // And every chart card on the page has hydrated (each waits for its own code).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart-card')].every((card) => card.hasAttribute('data-live')),
    undefined,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  await page
    .locator('h1, [data-chart-id], [role="alert"]')
    .first()
    .waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await waitForChartsDrawn(p);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await waitForChartsSettled(page);
}

/**
 * Nothing loading (the app marks placeholders aria-busy), no request in flight, and every chart
 * that shows its chart (not its table, as a link may ask) drawn.
 * @param {import('./browser.mjs').DefectPage} p
 */
export async function waitForChartsDrawn(p) {
  const { page } = p;
  // The app's page, not the prerendered one it replaces: a link that shows a chart's table
  // shows the picture of the chart until then.
  await waitForLive(page);
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"]').length === 0,
    undefined,
    {
      timeout: TIMEOUT_MS,
      polling: 100,
    },
  );
  await p.settle();
  const ids = await page.$$eval('[data-chart-id]', (els) =>
    els.filter((e) => !e.querySelector('table')).map((e) => e.getAttribute('data-chart-id') ?? ''),
  );
  for (const id of ids) await waitForChart(page, id);
}

const AXE_SOURCE = readFileSync(
  path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core on the page and returns its serious and critical violations. The script goes
 * in through page.evaluate (the DevTools protocol), which the page's CSP does not govern — an
 * injected <script> with inline text would be blocked by script-src 'self' and reported —
 * so the test adds no CSP violation of its own (the callers assert none).
 * @param {import('playwright-core').Page} page
 */
export async function seriousAxeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  /** @type {{ id: string, impact: string | null, help: string, nodes: { target: string[], failureSummary?: string }[] }[]} */
  const violations = await page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((/** @type {any} */ n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** @param {{ id: string, impact: string | null, help: string, nodes: { target: string[], failureSummary?: string }[] }[]} violations */
export function describeViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`).join('\n')}`,
    )
    .join('\n');
}

/**
 * Opens the Download menu of `chartId`, clicks `format` and returns the saved file.
 * GW_EXPORT_DIR keeps the files for a person to open and look at.
 * @param {import('playwright-core').Page} page
 * @param {string} chartId
 * @param {string} format csv | json | svg | png | slide
 */
export async function downloadExport(page, chartId, format) {
  const card = page.locator(`[data-chart-id="${chartId}"]`);
  const toggle = card.locator('.export-menu > button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [file] = await Promise.all([
    // An image (a slide above all: its presenter code, an off-screen render, a 3840×2160
    // canvas) can take a loaded two-core machine well over the usual wait to draw.
    page.waitForEvent('download', { timeout: TIMEOUT_MS * 3 }),
    card.locator(`[data-export="${format}"]`).click(),
  ]);
  const body = await readFile(await file.path());
  if (process.env.GW_EXPORT_DIR) {
    await mkdir(process.env.GW_EXPORT_DIR, { recursive: true });
    await writeFile(path.join(process.env.GW_EXPORT_DIR, file.suggestedFilename()), body);
  }
  return { name: file.suggestedFilename(), body };
}

/** @param {string} route @param {Record<string, string>} params @param {string} base */
export function routeUrl(base, route, params = {}) {
  const url = new URL(route.replace(/^\//, ''), base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}
