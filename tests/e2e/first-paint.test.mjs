// Every URL paints its own page first (issue 11): each embed, a slide, a site page, a Korean
// link and a URL the build never saw, loaded (a) with JavaScript disabled, (b) with the app's
// chunks blocked, and (c) normally, watching every frame until the app has taken over. No frame
// may show another view's content: the overview's heading, or the app's navigation inside an
// embed or a slide. Where the build knew the URL, its own content is there from the first paint.
// A Korean page's markup moves into place a piece a frame and ends up exactly as built. And a data
// file replaced after the build wins over the figure prerendered from the old one.
//
// Run alone with `node tests/e2e/run.mjs first-paint`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, REPO_ROOT, buildAll } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForMainHeading, withPage } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { startServer } from './server.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let server;

before(async () => {
  await buildAll();
  browser = await launchBrowser();
  server = await startServer({ dir: DIST, base: '/' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The overview's main heading in both languages, read from the built page's templates. */
function overviewHeadings() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const headings = [...html.matchAll(/<h1[^>]*>([^<]+)<\/h1>/g)].map((m) => m[1] ?? '');
  assert.ok(headings.length >= 1, 'the root page holds the overview (in its templates)');
  return headings;
}

/** The third slide of the default deck: the registry's third chart. */
const THIRD_SLIDE = registeredChartIds()[2];

/**
 * @typedef {object} Case
 * @property {string} url
 * @property {'embed' | 'present' | 'app' | 'unknown'} mode
 * @property {string} [chartId] A chart that must be on the page from the first paint.
 * @property {RegExp} [heading] What the page's level-1 heading says from the first paint.
 */

/** @type {Case[]} */
const CASES = [
  ...registeredChartIds().map((id) => ({
    url: `/embed/${id}`,
    mode: /** @type {const} */ ('embed'),
    chartId: id,
  })),
  { url: '/present/3', mode: 'present', chartId: THIRD_SLIDE },
  { url: '/stargate/sites/abilene', mode: 'app', heading: /abilene/i },
  { url: '/stargate?lang=ko', mode: 'app', chartId: 'stargate-capacity' },
  { url: '/no/such/page', mode: 'unknown' },
  { url: '/stargate/sites/a-site-added-after-the-build', mode: 'unknown' },
  { url: '/embed/no-such-chart', mode: 'unknown' },
];

/**
 * Runs in the page: what the document shows now (text hidden with visibility or display is not
 * shown, template content is not in the document).
 * @param {string[]} overview
 */
function shownNow(overview) {
  const visible = (/** @type {Element} */ el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility === 'visible';
  };
  const h1 = [...document.querySelectorAll('h1')].filter(visible).map((h) => h.textContent ?? '');
  return {
    h1,
    overview: h1.some((text) => overview.some((o) => text.includes(o))),
    nav: [...document.querySelectorAll('.shell__nav, .shell__header')].some(visible),
    charts: [...document.querySelectorAll('[data-chart-id]')]
      .filter(visible)
      .map((el) => el.getAttribute('data-chart-id')),
    // The presenter's stage, fitted to the window before its script (present.css): shown and
    // at least half the window wide.
    stage: [...document.querySelectorAll('.stage')].some(
      (el) =>
        getComputedStyle(el).opacity === '1' &&
        el.getBoundingClientRect().width >= window.innerWidth / 2,
    ),
    text: document.body.innerText.slice(0, 200),
  };
}

/**
 * Runs in the page before its own scripts: records what every frame is about to paint, from the
 * first one on (a requestAnimationFrame callback runs just before its frame is painted).
 * @param {typeof shownNow} shown
 * @param {string[]} headings
 */
function recordFrames(shown, headings) {
  /** @type {unknown[]} */
  const frames = [];
  Object.defineProperty(window, '__gwFrames', { value: frames });
  const tick = () => {
    if (document.body) frames.push(shown(headings));
    if (frames.length < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * @param {Case} c
 * @param {ReturnType<typeof shownNow>} shown
 * @param {string} when
 * @param {boolean} ownContent Whether the route's own content must already be there.
 */
function check(c, shown, when, ownContent) {
  assert.equal(shown.overview, false, `${c.url} ${when}: shows the overview's heading`);
  if (c.mode === 'embed' || c.mode === 'present')
    assert.equal(shown.nav, false, `${c.url} ${when}: shows the app's navigation`);
  if (c.mode === 'unknown' && c.url.startsWith('/embed/'))
    assert.equal(shown.nav, false, `${c.url} ${when}: an unknown embed shows the app's navigation`);
  if (!ownContent) return;
  if (c.mode === 'present')
    assert.ok(shown.stage, `${c.url} ${when}: the slide's stage is not shown`);
  if (c.chartId)
    assert.ok(
      shown.charts.includes(c.chartId),
      `${c.url} ${when}: chart ${c.chartId} not shown (shown: ${shown.charts.join(', ') || 'none'}; text: ${shown.text})`,
    );
  if (c.heading)
    assert.ok(
      shown.h1.some((text) => c.heading?.test(text)),
      `${c.url} ${when}: heading ${c.heading} not shown (h1: ${shown.h1.join(' | ')})`,
    );
}

describe('the first paint is the URL’s own page', () => {
  for (const c of CASES) {
    test(`${c.url} without JavaScript`, async (t) => {
      const overview = overviewHeadings();
      await withPage(
        browser,
        server.url,
        async ({ page, expectNoDefects }) => {
          await page.goto(new URL(c.url.slice(1), server.url).href, { waitUntil: 'load' });
          const shown = await page.evaluate(shownNow, overview);
          check(c, shown, 'without JavaScript', c.mode !== 'unknown');
          if (c.mode === 'unknown') assert.deepEqual(shown.h1, [], `${c.url}: a neutral page`);
          await expectNoDefects(c.url);
        },
        { name: t.name, context: { javaScriptEnabled: false } },
      );
    });

    test(`${c.url} with the app's code blocked`, async (t) => {
      const overview = overviewHeadings();
      await withPage(
        browser,
        server.url,
        async ({ page, expectNoDefects }) => {
          await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
          await page.goto(new URL(c.url.slice(1), server.url).href, { waitUntil: 'load' });
          const shown = await page.evaluate(shownNow, overview);
          check(c, shown, 'with the code blocked', c.mode !== 'unknown');
          await expectNoDefects(c.url);
        },
        {
          name: t.name,
          // The blocked scripts themselves are the point of the test.
          allow: (d) =>
            (d.kind === 'request-failed' || d.kind === 'console-error') &&
            /\/assets\/[^/]+\.js|ERR_BLOCKED_BY_CLIENT/.test(`${d.url ?? ''} ${d.text}`),
        },
      );
    });

    test(`${c.url}: no frame shows another view, up to the running app`, async (t) => {
      const overview = overviewHeadings();
      await withPage(
        browser,
        server.url,
        async ({ page, settle, expectNoDefects }) => {
          // Records what every frame is about to paint, from the first one on: a
          // requestAnimationFrame callback runs just before its frame is painted.
          // As a script of its own (not eval, which the CSP forbids).
          await page.addInitScript({
            content: `(${recordFrames.toString()})(${shownNow.toString()}, ${JSON.stringify(overview)});`,
          });
          await page.goto(new URL(c.url.slice(1), server.url).href);
          if (c.mode === 'unknown' && !c.url.startsWith('/embed/')) await waitForMainHeading(page);
          else if (c.chartId)
            await page.locator(`[data-chart-id="${c.chartId}"]`).first().waitFor();
          await settle();
          const frames = /** @type {ReturnType<typeof shownNow>[]} */ (
            await page.evaluate(() => /** @type {any} */ (window).__gwFrames)
          );
          assert.ok(frames.length > 0, 'frames were recorded');
          for (const [i, shown] of frames.entries()) check(c, shown, `frame ${i}`, false);
          // Known URLs: their own content from the first frame that shows anything.
          const first = frames.find((f) => f.text.trim() !== '');
          if (first && c.mode !== 'unknown') check(c, first, 'first painted frame', true);
          await expectNoDefects(c.url);
        },
        { name: t.name },
      );
    });
  }

  test('a Korean reader’s first painted frame is Korean', async (t) => {
    await withPage(
      browser,
      server.url,
      async ({ page, expectNoDefects }) => {
        await page.addInitScript(() => {
          /** @type {string[]} */
          const frames = [];
          Object.defineProperty(window, '__gwFrames', { value: frames });
          const tick = () => {
            const text = document.body?.innerText.trim() ?? '';
            if (text) frames.push(text.slice(0, 400));
            if (frames.length < 300) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        await page.goto(`${server.url}stargate?lang=ko`);
        await page.locator('[data-chart-id="stargate-capacity"]').first().waitFor();
        const frames = /** @type {string[]} */ (
          await page.evaluate(() => /** @type {any} */ (window).__gwFrames)
        );
        assert.ok(frames.length > 0);
        for (const text of frames)
          assert.match(text, /[\uac00-\ud7a3]/, `a frame without Korean: ${text.slice(0, 120)}`);
        assert.doesNotMatch(frames[0] ?? '', /\bOverview\b/, 'not the English navigation');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
        await expectNoDefects();
      },
      { name: t.name },
    );
  });
});

test('the Korean markup moves in a piece a frame and ends up exactly as built', async (t) => {
  await withPage(
    browser,
    server.url,
    async ({ page, expectNoDefects }) => {
      // Only first-paint.js runs: what #root ends up holding is its work alone.
      await page.route('**/assets/*.js', (route) =>
        /\/first-paint-[^/]+\.js$/.test(route.request().url())
          ? route.continue()
          : route.abort('blockedbyclient'),
      );
      await page.addInitScript(() => {
        /** @type {{ built: string, placed?: string, frames: number }} */
        const held = { built: '', frames: 0 };
        Object.defineProperty(window, '__gwPlace', { value: held });
        // Registered before first-paint.js's own listener, so this reads the template first.
        document.addEventListener('DOMContentLoaded', () => {
          held.built = document.getElementById('gw-ko')?.innerHTML ?? '';
          const tick = () => {
            if (!document.documentElement.hasAttribute('data-gw-placing')) return;
            held.frames += 1;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        document.addEventListener('gw-placed', () => {
          held.placed = document.getElementById('root')?.innerHTML ?? '';
        });
      });
      await page.goto(`${server.url}fusion?lang=ko`);
      await page.waitForFunction(() => /** @type {any} */ (window).__gwPlace.placed !== undefined);
      const { built, placed, frames } = await page.evaluate(
        () =>
          /** @type {{ built: string, placed: string, frames: number }} */ (
            /** @type {any} */ (window).__gwPlace
          ),
      );
      assert.ok(built.length > 10_000, 'the page holds its Korean markup');
      assert.ok(placed === built, 'the markup in #root is the build’s Korean markup, unchanged');
      assert.ok(frames > 1, `placed over ${frames} frame(s), not in one`);
      assert.equal(await page.locator('template').count(), 0, 'the templates are gone');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
      await expectNoDefects();
    },
    {
      name: t.name,
      allow: (d) =>
        (d.kind === 'request-failed' || d.kind === 'console-error') &&
        /\/assets\/[^/]+\.js|ERR_BLOCKED_BY_CLIENT/.test(`${d.url ?? ''} ${d.text}`),
    },
  );
});

test('a data file replaced after the build: the page ends up showing the new figure', async (t) => {
  const file = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'public', 'data', 'stargate.json'), 'utf8'),
  );
  const site = file.sites.find((/** @type {{ id: string }} */ s) => s.id === 'abilene');
  assert.ok(site, 'abilene is in the data');
  const built = readFileSync(path.join(DIST, 'stargate', 'sites', 'abilene', 'index.html'), 'utf8');
  assert.match(built, /1\.2 GW/, 'the build prerendered the old capacity');
  site.capacityGw = 3.7;
  const replaced = JSON.stringify(file);
  await withPage(
    browser,
    server.url,
    async ({ page, expectNoDefects }) => {
      await page.route('**/data/stargate.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: replaced }),
      );
      await page.goto(`${server.url}stargate/sites/abilene`);
      // The headline figure and its label share one item; once the app has rendered the new
      // file it says 3.7 GW, and no headline on the page says the prerendered 1.2 GW.
      const headlines = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main li')]
            .map((li) => li.textContent ?? '')
            .filter((text) => text.includes('Headline capacity')),
        );
      await page.waitForFunction(
        () => {
          const items = [...document.querySelectorAll('main li')]
            .map((li) => li.textContent ?? '')
            .filter((text) => text.includes('Headline capacity'));
          return items.length > 0 && items.every((text) => /3\.7\s*GW/.test(text));
        },
        undefined,
        { timeout: TIMEOUT_MS },
      );
      for (const text of await headlines())
        assert.doesNotMatch(text, /1\.2\s*GW/, 'the prerendered figure is gone');
      await expectNoDefects();
    },
    { name: t.name },
  );
});

describe('the app adopts the prerendered page (hydration, not a second render)', () => {
  for (const url of ['/', '/stargate', '/stargate?lang=ko', '/embed/energy-gap', '/present/3']) {
    test(url, async (t) => {
      await withPage(
        browser,
        server.url,
        async ({ page, settle, expectNoDefects }) => {
          // Once first-paint.js has chosen the page's variant (it does so when the document is
          // parsed) and before the app starts (after the first frame), keep the first element
          // of the page: hydration keeps it, a second render would replace it.
          await page.addInitScript(() => {
            document.addEventListener('DOMContentLoaded', () =>
              setTimeout(() => {
                Object.defineProperty(window, '__gwFirst', {
                  value: document.querySelector('#root > *'),
                });
              }, 0),
            );
          });
          await page.goto(new URL(url.slice(1), server.url).href);
          await page.waitForFunction(() => {
            const root = document.getElementById('root');
            return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
          });
          await settle();
          const kept = await page.evaluate(() => {
            const first = /** @type {any} */ (window).__gwFirst;
            return !!first && first.isConnected && first === document.querySelector('#root > *');
          });
          assert.ok(kept, `${url}: the prerendered markup was replaced instead of hydrated`);
          await expectNoDefects(url);
        },
        { name: t.name },
      );
    });
  }
});
