// Links a team relies on, in a real browser under the strict CSP: links inside embeds open
// outside the iframe and never collapse it; the embed is padded in every theme; the Embed
// panel is laid out at 375 and 1280 px; tabs are titled per route in the reader's language;
// `/stargate#stargate-growth` lands on that card and a card's Copy link leads back to it;
// table headers sort by keyboard with the sort kept in the URL; /embed/unknown lists the ids.
//
// Run alone with `node tests/e2e/run.mjs links`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForChart, withPage } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { STRICT_CSP, startServer } from './server.mjs';
import { APP_ROUTES, routeUrl, testDist, waitForReady } from './share-helpers.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let app;
/** @type {import('./server.mjs').StaticServer} */
let host;

/** The host script exactly as the Embed action hands it out, with the app's origin filled in. */
function hostScript() {
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'views', 'embed-action.tsx'), 'utf8');
  const body = /return `<script>\n([\s\S]*?)\n<\/script>`;/.exec(source)?.[1];
  if (!body) throw new Error('embed-action.tsx: host script template not found');
  return body.replace('${JSON.stringify(appOrigin)}', JSON.stringify(app.origin));
}

before(async () => {
  const dist = await testDist();
  browser = await launchBrowser();
  host = await startServer({ dir: dist, base: '/', csp: false });
  app = await startServer({ dir: dist, base: '/', frameAncestors: ["'self'", host.origin] });
  host.setOverride(({ relPath, search }) => {
    if (relPath === 'host.html') {
      const frames = (new URLSearchParams(search).get('src') ?? '')
        .split('|')
        .filter(Boolean)
        .map(
          (src, i) =>
            `<iframe src="${app.url}${src}" title="frame ${i}" width="100%" height="150" data-gigawatt-embed="f${i}"></iframe>`,
        )
        .join('\n');
      return {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"><script src="host.js"></script></head><body><h1>Intranet</h1>${frames}</body></html>`,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': `${STRICT_CSP}; frame-src ${app.origin}` },
      };
    }
    if (relPath === 'host.js')
      return { body: hostScript(), contentType: 'text/javascript; charset=utf-8' };
    return { status: 404, body: 'not found\n', contentType: 'text/plain' };
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

const allowApp = (/** @type {import('./browser.mjs').Defect} */ defect) =>
  defect.kind === 'off-origin-request' && (defect.url ?? '').startsWith(app.origin);

describe('embeds', () => {
  test('a click on any link inside an embed leaves the iframe document and height as they were', async (t) => {
    await withPage(
      browser,
      host.url,
      async ({ page, context, expectNoDefects }) => {
        // New tabs the links open: answered locally, so nothing leaves the machine.
        await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>elsewhere</title>',
          }),
        );
        /** @type {number[]} */
        const heights = [];
        await page.exposeBinding('__gwHeight', (_source, height) => heights.push(Number(height)));
        await page.addInitScript(() => {
          if (window.parent !== window) return;
          window.addEventListener('message', (event) => {
            const data = event.data;
            if (data && data.type === 'gigawatt:resize')
              /** @type {any} */ (window).__gwHeight(data.height);
          });
        });
        const srcs = [
          'embed/stargate-capacity?table=stargate-capacity',
          'embed/fusion-roadmap',
          'embed/no-such-chart',
        ];
        await page.goto(`${host.url}host.html?src=${encodeURIComponent(srcs.join('|'))}`);
        for (const [i, src] of srcs.entries()) {
          const iframe = page.locator(`iframe[data-gigawatt-embed="f${i}"]`);
          await iframe.scrollIntoViewIfNeeded();
          const frame = await (await iframe.elementHandle())?.contentFrame();
          assert.ok(frame, src);
          // #root: while a page with view state renders beside the prerendered one, the
          // second (hidden, not yet #root) copy would make the locator match twice.
          await frame.locator('#root [data-mode="embed"]').waitFor();
          if (!src.includes('no-such')) await frame.locator('[data-chart-id]').first().waitFor();
          if (src.includes('fusion-roadmap')) await waitForChart(frame, 'fusion-roadmap');
          // The host script has applied the frame's height.
          await page.waitForFunction(
            (n) =>
              Number(
                document
                  .querySelector(`iframe[data-gigawatt-embed="f${n}"]`)
                  ?.getAttribute('height'),
              ) !== 150,
            i,
            { timeout: TIMEOUT_MS },
          );
          const links = await frame.$$eval('a[href]', (as) =>
            as.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel })),
          );
          assert.ok(links.length > 1, `${src}: links to try`);
          for (const link of links) {
            assert.equal(link.target, '_blank', `${src}: ${link.href} opens in a new tab`);
            assert.match(link.rel, /\bnoopener\b/, `${src}: ${link.href} is noopener`);
          }
          const urlBefore = frame.url();
          const heightBefore = await iframe.getAttribute('height');
          // The first of each kind: a site link (the router's), a source, "Open in Gigawatt", an id.
          const kinds = new Map();
          for (const [index, link] of links.entries()) {
            const kind =
              (link.href ?? '').startsWith('http') && !(link.href ?? '').startsWith(app.origin)
                ? 'external'
                : (link.href ?? '')
                    .replace(/[?#].*$/, '')
                    .split('/')
                    .slice(0, 3)
                    .join('/');
            if (!kinds.has(kind)) kinds.set(kind, index);
          }
          for (const index of kinds.values()) {
            const target = frame.locator('a[href]').nth(index);
            await target.scrollIntoViewIfNeeded();
            const [popup] = await Promise.all([
              context.waitForEvent('page', { timeout: 10_000 }).catch(() => {
                throw new Error(`${src}: ${links[index]?.href} opened no new tab`);
              }),
              target.click(),
            ]);
            await popup.close();
            await page.waitForTimeout(150);
            assert.equal(
              frame.url(),
              urlBefore,
              `${src}: link ${links[index]?.href} left the frame's document alone`,
            );
            assert.equal(
              await frame.locator('[data-mode="embed"]').count(),
              1,
              `${src}: still the embed`,
            );
            assert.equal(
              await frame.locator('.shell').count(),
              0,
              `${src}: no app shell inside the frame`,
            );
            assert.equal(
              await iframe.getAttribute('height'),
              heightBefore,
              `${src}: the frame's height is unchanged`,
            );
          }
        }
        assert.ok(
          heights.length > 0 && heights.every((h) => h > 0),
          `no embed ever reported a height of 0: ${heights.join(', ')}`,
        );
        await expectNoDefects();
      },
      { allow: allowApp, name: t.name },
    );
  });

  test('/embed/unknown says so and links every valid chart id', async (t) => {
    await withPage(
      browser,
      app.url,
      async ({ page, expectNoDefects }) => {
        await page.goto(`${app.url}embed/unknown`);
        await page.locator('.embed__missing').waitFor();
        const ids = await page.locator('.embed__ids a').allInnerTexts();
        assert.deepEqual(ids, registeredChartIds());
        const hrefs = await page
          .locator('.embed__ids a')
          .evaluateAll((as) => as.map((a) => /** @type {HTMLAnchorElement} */ (a).pathname));
        assert.deepEqual(
          hrefs,
          registeredChartIds().map((id) => `/embed/${id}`),
        );
        await expectNoDefects();
      },
      { name: t.name },
    );
  });

  test('the embed has its inner padding in every theme', async (t) => {
    await withPage(
      browser,
      app.url,
      async ({ page, expectNoDefects }) => {
        for (const theme of ['light', 'dark', 'contrast']) {
          await page.goto(`${app.url}embed/energy-slip?theme=${theme}`);
          await waitForChart(page, 'energy-slip');
          const gap = await page.evaluate(() => {
            const root = document.querySelector('[data-mode="embed"]')?.getBoundingClientRect();
            const card = document.querySelector('[data-chart-id]')?.getBoundingClientRect();
            return root && card
              ? Math.min(card.left - root.left, card.top - root.top, root.right - card.right)
              : -1;
          });
          assert.ok(gap >= 8, `${theme}: the chart sits ${gap} px inside the embed's edge`);
        }
        await expectNoDefects();
      },
      { name: t.name },
    );
  });
});

describe('the Embed panel in the app', () => {
  for (const width of [375, 1280]) {
    test(`is laid out at ${width} px`, async (t) => {
      await withPage(
        browser,
        app.url,
        async (p) => {
          const { page } = p;
          await page.goto(routeUrl(app.url, '/stargate'));
          await waitForReady(p);
          const card = page.locator('[data-chart-id="stargate-growth"]');
          await card.getByRole('button', { name: 'Embed', exact: true }).click();
          const panel = card.locator('.embed-action__panel');
          await panel.waitFor();
          const box = await panel.boundingBox();
          assert.ok(box, 'the panel has a box');
          assert.ok(
            box.x >= 0 && box.x + box.width <= width + 0.5,
            `inside the viewport: ${box.x}..${box.x + box.width} of ${width}`,
          );
          assert.ok(box.width >= Math.min(width - 40, 500), `wide enough: ${box.width} px`);
          const fields = await panel.locator('.embed-action__field').evaluateAll((els) =>
            els.map((el) => {
              const label = el.querySelector('label')?.getBoundingClientRect();
              const area = el.querySelector('textarea')?.getBoundingClientRect();
              const inner = el.getBoundingClientRect();
              return {
                labelBottom: label?.bottom ?? 0,
                areaTop: area?.top ?? 0,
                areaWidth: area?.width ?? 0,
                width: inner.width,
              };
            }),
          );
          assert.equal(fields.length, 2);
          for (const f of fields) {
            assert.ok(
              f.areaTop >= f.labelBottom,
              'the snippet box sits under its label, not beside it',
            );
            assert.ok(
              f.areaWidth >= f.width - 2,
              `the snippet box spans the panel (${f.areaWidth} of ${f.width})`,
            );
          }
          await page.screenshot({
            path: path.join(REPO_ROOT, 'test-results', `embed-panel-${width}.png`),
          });
          await p.expectNoDefects();
        },
        { context: { viewport: { width, height: 800 } }, name: t.fullName ?? t.name },
      );
    });
  }
});

describe('titles, anchors and sorting', () => {
  test('document titles differ per route and follow the language', async (t) => {
    await withPage(
      browser,
      app.url,
      async (p) => {
        const { page } = p;
        const routes = [...APP_ROUTES, '/present/2', '/embed/fusion-records'];
        /** @type {Record<string, string[]>} */
        const titles = { en: [], ko: [] };
        for (const lang of /** @type {const} */ (['en', 'ko'])) {
          for (const route of routes) {
            await page.goto(routeUrl(app.url, route, { lang }));
            await page.waitForFunction(
              (suffix) => document.title.endsWith(suffix) && document.title !== suffix.slice(3),
              lang === 'en' ? ' · Gigawatt' : ' · 기가와트',
              { timeout: TIMEOUT_MS },
            );
            if (route.startsWith('/stargate/sites'))
              await page.waitForFunction(() => /Abilene|애빌린/.test(document.title));
            titles[lang].push(await page.title());
          }
        }
        assert.equal(
          new Set(titles.en).size,
          routes.length,
          `every route has its own title: ${titles.en.join(' | ')}`,
        );
        assert.equal(
          new Set(titles.ko).size,
          routes.length,
          `in Korean too: ${titles.ko.join(' | ')}`,
        );
        titles.en.forEach((title, i) =>
          assert.notEqual(title, titles.ko[i], `${routes[i]}: the title follows the language`),
        );
        assert.equal(titles.en[1], 'Stargate · Gigawatt');
        assert.match(titles.en[7] ?? '', / · Gigawatt$/);
        await p.expectNoDefects();
      },
      { name: t.name },
    );
  });

  test('the roadmap keeps its year axis just under the app header while it scrolls by', async (t) => {
    await withPage(
      browser,
      app.url,
      async (p) => {
        const { page } = p;
        await page.goto(`${app.url}fusion`);
        await waitForReady(p);
        const roadmap = page.locator('#fusion-roadmap');
        // The top of the roadmap's plot 200 px above the window: its axis, drawn above the
        // plot, is pinned under the header, not in its place.
        await roadmap
          .locator('.chart-card__plot')
          .first()
          .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top + 200));
        const header = await page
          .locator('.shell__header')
          .evaluate((el) => el.getBoundingClientRect().bottom);
        // The picture (one per layout, the other hidden) or the live chart, whichever is shown.
        const axisTop = () =>
          roadmap
            .locator('.timeline-axis')
            .filter({ visible: true })
            .first()
            .evaluate((el) => el.getBoundingClientRect().top);
        await page.waitForTimeout(300);
        const pictured = await axisTop();
        assert.ok(
          Math.abs(pictured - header) <= 1,
          `the picture's axis (${pictured}) sits at the header's bottom (${header})`,
        );
        // A pointer over the card wakes the live chart, which takes the picture's place.
        await page.mouse.move(640, 400);
        await roadmap.locator('.chart-picture').first().waitFor({ state: 'detached' });
        const live = await axisTop();
        assert.ok(
          Math.abs(live - header) <= 1,
          `the live chart's axis (${live}) sits at the header's bottom (${header})`,
        );
        await p.expectNoDefects();
      },
      { context: { viewport: { width: 1280, height: 800 } }, name: t.fullName ?? t.name },
    );
  });

  for (const width of [1280, 375]) {
    test(`/stargate#stargate-growth lands on the growth chart at ${width} px, and its Copy link leads back`, async (t) => {
      await withPage(
        browser,
        app.url,
        async (p) => {
          const { page, context } = p;
          await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
            origin: app.origin,
          });
          await page.goto(`${app.url}stargate?growth-hide=claimed#stargate-growth`);
          await waitForReady(p);
          await page.waitForTimeout(500);
          const card = page.locator('#stargate-growth');
          assert.equal(await card.getAttribute('data-chart-id'), 'stargate-growth');
          const top = await card.evaluate((el) => el.getBoundingClientRect().top);
          const header = await page
            .locator('.shell__header')
            .evaluate((el) => el.getBoundingClientRect().bottom);
          assert.ok(
            top >= header - 1 && top <= header + 80,
            `the card's top (${top}) is just under the header (${header})`,
          );

          await card.getByRole('button', { name: 'Copy link' }).click();
          await card.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
          const copied = await page.evaluate(() => navigator.clipboard.readText());
          const url = new URL(copied);
          assert.equal(url.pathname, '/stargate');
          assert.equal(url.searchParams.get('growth-hide'), 'claimed', 'with the view state');
          assert.equal(url.hash, '#stargate-growth', 'and the card as the anchor');
          await p.expectNoDefects();
        },
        { context: { viewport: { width, height: 800 } }, name: t.fullName ?? t.name },
      );
    });
  }

  test('table headers sort by keyboard, say so with aria-sort, and the sort is kept in the URL', async (t) => {
    await withPage(
      browser,
      app.url,
      async (p) => {
        const { page } = p;
        await page.goto(routeUrl(app.url, '/stargate', { table: 'stargate-capacity' }));
        await waitForReady(p);
        const table = page.locator('[data-chart-id="stargate-capacity"] table');
        const header = table.getByRole('columnheader', { name: /Capacity/ });
        assert.equal(await header.getAttribute('aria-sort'), 'none');
        await header.getByRole('button').focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/table-sort=stargate-capacity\.capacity\.desc/);
        assert.equal(await header.getAttribute('aria-sort'), 'descending');
        const firstSite = async () =>
          (await table.locator('tbody tr th').first().innerText()).trim();
        const largest = await firstSite();
        await page.keyboard.press('Space');
        await page.waitForURL(/table-sort=stargate-capacity\.capacity\.asc/);
        assert.equal(await header.getAttribute('aria-sort'), 'ascending');
        assert.notEqual(await firstSite(), largest);

        await page.goto(
          routeUrl(app.url, '/stargate', {
            table: 'stargate-capacity',
            'table-sort': 'stargate-capacity.capacity.desc',
          }),
        );
        await waitForReady(p);
        assert.equal(
          await table.getByRole('columnheader', { name: /Capacity/ }).getAttribute('aria-sort'),
          'descending',
          'a cold load keeps the sort',
        );
        assert.equal(await firstSite(), largest);
        await p.expectNoDefects();
      },
      { name: t.name },
    );
  });
});
