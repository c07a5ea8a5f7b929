// The README's nginx configuration, run as written: the block is read from README.md, its
// example base (/gigawatt) and root (/srv/www) swapped for the sub-path test build's, and
// served by Debian's nginx. The bare base must not be a 404, redirects must be relative (right
// behind a TLS proxy), prerendered routes are answered in place, missing assets and data are
// real 404s, and in Chromium every link to the base ends in `/` and survives a reload.
//
// Skipped, saying so, where nginx is not installed (`apt-get install -y nginx-light`).
// Run alone with `node tests/e2e/run.mjs nginx`.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DIST_SUB, SUB_BASE, buildAll } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForMainHeading, withPage } from './browser.mjs';
import { NGINX, startNginx } from './nginx.mjs';

const BASE = SUB_BASE.replace(/\/$/, ''); // /x/y

/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** @type {import('./nginx.mjs').Nginx | undefined} */
let nginx;
let origin = '';

before(async () => {
  if (!NGINX) return;
  const { distSub } = await buildAll();
  nginx = await startNginx({
    dist: distSub ?? DIST_SUB,
    base: BASE,
    timeoutMs: TIMEOUT_MS,
    keep: !!process.env.GW_KEEP_NGINX,
  });
  origin = nginx.origin;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.close();
});

/** @param {string} url */
const get = (url) => fetch(url, { redirect: 'manual' });

test(
  'nginx as in the README: bare base, relative redirects, routes in place, real 404s',
  { skip: NGINX ? false : 'nginx is not installed' },
  async () => {
    const bare = await get(`${origin}${BASE}`);
    assert.equal(bare.status, 301, 'the bare base redirects');
    assert.equal(
      bare.headers.get('location'),
      `${BASE}/`,
      'to the slashed base, as a path (no scheme, host or port)',
    );
    const bareQuery = await get(`${origin}${BASE}?lang=ko`);
    assert.equal(bareQuery.headers.get('location'), `${BASE}/?lang=ko`, 'keeping the query');

    for (const route of [
      '/',
      '/stargate',
      '/stargate?partner=oracle',
      '/stargate/sites/abilene',
      '/fusion',
      '/energy',
      '/sources',
      '/no/such/page',
      '/embed/energy-slip',
    ]) {
      const response = await get(`${origin}${BASE}${route}`);
      assert.equal(response.status, 200, `${route} is answered in place, no redirect`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, route);
      assert.match(
        response.headers.get('content-security-policy') ?? '',
        /script-src 'self'/,
        `${route}: CSP`,
      );
    }
    // The prerendered page of the route itself, not the overview's.
    const stargate = await (await get(`${origin}${BASE}/stargate`)).text();
    assert.match(stargate, /data-chart-id="stargate-capacity"/, '/stargate paints its own content');

    for (const missing of ['/assets/missing.js', '/data/missing.json']) {
      assert.equal(
        (await get(`${origin}${BASE}${missing}`)).status,
        404,
        `${missing} is a real 404`,
      );
    }
    const data = await get(`${origin}${BASE}/data/stargate.json`);
    assert.equal(data.status, 200);
    assert.match(data.headers.get('content-type') ?? '', /application\/json/);
  },
);

test(
  'in Chromium behind that nginx, the bare base loads and every link to the base ends in /',
  { skip: NGINX ? false : 'nginx is not installed' },
  async (t) => {
    assert.ok(browser);
    await withPage(
      browser,
      origin,
      async ({ page, expectNoDefects }) => {
        await page.goto(`${origin}${BASE}`);
        await waitForMainHeading(page);
        assert.equal(new URL(page.url()).pathname, `${BASE}/`);

        const response = await page.goto(`${origin}${BASE}/stargate?lang=ko`);
        assert.equal(
          response?.request().redirectedFrom(),
          null,
          '/stargate answered without a redirect',
        );
        await waitForMainHeading(page);
        const brand = page.locator('a.brand');
        await brand.waitFor();
        assert.equal(
          await brand.getAttribute('href'),
          `${BASE}/?lang=ko`,
          'the logo links to <base>/',
        );
        const overview = page.locator('.shell__nav a').first();
        assert.equal(
          await overview.getAttribute('href'),
          `${BASE}/?lang=ko`,
          '"Overview" links to <base>/',
        );
        const toBase = await page.$$eval(
          'a[href]',
          (links, base) =>
            links
              .map((a) => a.getAttribute('href') ?? '')
              .filter(
                (href) =>
                  href === base || href.startsWith(`${base}?`) || href.startsWith(`${base}#`),
              ),
          BASE,
        );
        assert.deepEqual(toBase, [], 'no link names the base without its slash');

        await brand.click();
        await page.waitForURL((url) => url.pathname === `${BASE}/`);
        const reload = await page.reload();
        assert.equal(reload?.status(), 200, 'a reload of the base is not a 404');
        await waitForMainHeading(page);
        await expectNoDefects();
      },
      { name: t.name },
    );
  },
);
