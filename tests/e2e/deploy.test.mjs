// Intranet deployments under the strict CSP, with zero reports: the sub-path build served
// from /x/y/ (every request stays under the base), and the no-rewrite build (hash routes,
// relative base) served by a host that answers only real files, deep-linked at any route,
// from a sub-path and from the root. A hash-style link opened on a path-routed build is
// turned into its path form, so links survive a move between the two kinds of host.
//
// Run alone with `node tests/e2e/run.mjs deploy`.

import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, DIST_HASH, DIST_SUB, HASH_ENV, SUB_BASE, buildAll, buildApp } from './build.mjs';
import { launchBrowser, waitForChart, withPage } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { startServer } from './server.mjs';

const CHARTS = registeredChartIds();
const FIRST = /** @type {string} */ (CHARTS[0]);
const LAST = /** @type {string} */ (CHARTS[CHARTS.length - 1]);

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer[]} */
const servers = [];

/**
 * A static host without rewrite rules: real files and the folder's index.html, nothing else.
 * @param {string} dir
 * @param {string} base
 */
async function noRewriteServer(dir, base) {
  const server = await startServer({ dir, base });
  server.setOverride(({ relPath }) => {
    if (relPath === '' || relPath.endsWith('/')) return undefined;
    try {
      if (statSync(path.join(dir, ...relPath.split('/'))).isFile()) return undefined;
    } catch {
      // Not a file: what such a host answers for a route.
    }
    return { status: 404, body: 'not found\n', contentType: 'text/plain; charset=utf-8' };
  });
  servers.push(server);
  return server;
}

before(async () => {
  await buildAll();
  // Relative base: the same folder works wherever it is copied.
  await buildApp({ outDir: DIST_HASH, base: './', env: HASH_ENV });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

test('the sub-path build deep-links under the strict CSP and never leaves its base', async (t) => {
  const server = await startServer({ dir: DIST_SUB, base: SUB_BASE });
  servers.push(server);
  await withPage(
    browser,
    server.url,
    async ({ page, expectNoDefects, settle }) => {
      await page.goto(`${server.url}present/2?lang=ko`);
      await waitForChart(page, /** @type {string} */ (CHARTS[1]));
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(`${server.url}present/3?lang=ko`);
      await page.reload();
      await waitForChart(page, /** @type {string} */ (CHARTS[2] ?? LAST));

      await page.goto(`${server.url}embed/${LAST}?theme=dark`);
      await waitForChart(page, LAST);
      const back = await page.getByRole('link', { name: 'Open in Gigawatt' }).getAttribute('href');
      assert.ok(
        // A path until the app has taken over the prerendered page, a full URL after.
        new URL(back ?? '', page.url()).href.startsWith(`${server.origin}${SUB_BASE}`),
        `the link back keeps the base: ${back}`,
      );

      await page.goto(`${server.url}present`);
      await page.waitForURL(`${server.url}present/1`);
      await waitForChart(page, FIRST);
      await settle();

      const outside = server.requests.filter((r) => !r.url.startsWith(SUB_BASE));
      assert.deepEqual(outside, [], 'every request (assets, data, icons) stays under the base');
      const favicon = await page.evaluate(() =>
        document.querySelector('link[rel="icon"]')?.getAttribute('href'),
      );
      assert.ok(favicon?.startsWith(SUB_BASE), `favicon follows the base: ${favicon}`);
      await expectNoDefects('sub-path build');
    },
    { name: t.name },
  );
});

for (const base of [SUB_BASE, '/']) {
  test(`the no-rewrite (hash) build deep-links from ${base} on a host without fallback`, async (t) => {
    const server = await noRewriteServer(DIST_HASH, base);
    await withPage(
      browser,
      server.url,
      async ({ page, expectNoDefects }) => {
        // The host really has no fallback: a path-style route is a 404 there.
        const probe = await fetch(`${server.url}present/1`);
        assert.equal(probe.status, 404);

        await page.goto(`${server.url}#/present/2?lang=ko`);
        await waitForChart(page, /** @type {string} */ (CHARTS[1]));
        await page.keyboard.press('ArrowRight');
        await page.waitForURL(`${server.url}#/present/3?lang=ko`);
        await page.reload();
        await waitForChart(page, /** @type {string} */ (CHARTS[2] ?? LAST));

        await page.goto(`${server.url}index.html#/embed/${FIRST}?theme=dark`);
        await waitForChart(page, FIRST);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
        const back = await page
          .getByRole('link', { name: 'Open in Gigawatt' })
          .getAttribute('href');
        assert.ok(back?.includes('#/'), `the link back is a hash link: ${back}`);

        await page.goto(`${server.url}#/no/such/page`);
        await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

        await page.goto(`${server.url}#/present`);
        await page.waitForURL(`${server.url}#/present/1`);
        await waitForChart(page, FIRST);

        const misses = server.requests.filter((r) => r.status >= 400);
        assert.deepEqual(
          misses.map((r) => r.url),
          ['/' === base ? '/present/1' : `${base}present/1`],
          'only the probe missed',
        );
        await expectNoDefects('hash build');
      },
      { name: t.name },
    );
  });
}

test('a hash-style link opened on the path-routed build lands on its path', async (t) => {
  const server = await startServer({ dir: DIST, base: '/' });
  servers.push(server);
  await withPage(
    browser,
    server.url,
    async ({ page, expectNoDefects }) => {
      await page.goto(`${server.url}#/present/2?lang=ko`);
      await page.waitForURL(`${server.url}present/2?lang=ko`);
      await waitForChart(page, /** @type {string} */ (CHARTS[1]));
      await expectNoDefects('hash link on the path build');
    },
    { name: t.name },
  );
});
