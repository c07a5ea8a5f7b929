// Embeds on an intranet page from ANOTHER origin: every registered chart id in an iframe on a
// host page served by a second server, with the host-side script the app's Embed action
// hands out. Each frame must draw its chart, post its height, get resized to it, and never
// navigate; the app runs under the strict CSP with a frame-ancestors that allows the host.
// Commands from the host are ignored unless embed-config.json lists the host's origin.
//
// Run alone with `node tests/e2e/run.mjs embed`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, REPO_ROOT, buildAll } from './build.mjs';
import {
  TIMEOUT_MS,
  launchBrowser,
  newContext,
  newPage,
  waitForChart,
  waitForLive,
  withPage,
} from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { STRICT_CSP, startServer } from './server.mjs';

const CHARTS = registeredChartIds();
const UNKNOWN = 'no-such-chart';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let app;
/** @type {import('./server.mjs').StaticServer} */
let host;

/**
 * The host script exactly as the Embed action shows it (src/views/embed-action.tsx), with
 * the app's origin filled in; served as a file because the host page has a strict CSP too.
 * @param {string} appOrigin
 */
function hostScriptFromSource(appOrigin) {
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'views', 'embed-action.tsx'), 'utf8');
  const body = /return `<script>\n([\s\S]*?)\n<\/script>`;/.exec(source)?.[1];
  if (!body) throw new Error('embed-action.tsx: host script template not found');
  return body.replace('${JSON.stringify(appOrigin)}', JSON.stringify(appOrigin));
}

/** @param {string[]} ids */
function hostPage(ids, query = '') {
  const frames = ids
    .map(
      (id) =>
        `<iframe src="${app.url}embed/${id}${query}" title="${id}" width="100%" height="150" loading="eager" data-gigawatt-embed="${id}"></iframe>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet page</title><link rel="icon" href="data:,">
<script src="host.js"></script></head><body><h1>Our intranet</h1>
${frames}
</body></html>`;
}

before(async () => {
  await buildAll();
  browser = await launchBrowser();
  // The host first, so the app's frame-ancestors can name its origin.
  host = await startServer({ dir: DIST, base: '/', csp: false });
  app = await startServer({ dir: DIST, base: '/', frameAncestors: ["'self'", host.origin] });
  const hostCsp = `${STRICT_CSP}; frame-src ${app.origin}`;
  host.setOverride(({ relPath, search }) => {
    const ids = new URLSearchParams(search).get('ids')?.split(',') ?? [...CHARTS, UNKNOWN];
    if (relPath === 'host.html') {
      const query = new URLSearchParams(search).get('q') ?? '';
      return {
        body: hostPage(ids, query),
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': hostCsp },
      };
    }
    if (relPath === 'host.js') {
      return {
        body: hostScriptFromSource(app.origin),
        contentType: 'text/javascript; charset=utf-8',
      };
    }
    return { status: 404, body: 'not found\n', contentType: 'text/plain' };
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/**
 * Polls until the iframe's height attribute equals the embed root's height inside the frame.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Frame} frame
 * @param {string} id
 */
async function matchesInnerHeight(page, frame, id) {
  const deadline = Date.now() + TIMEOUT_MS;
  let inner = -1;
  let outer = -2;
  while (Date.now() < deadline) {
    inner = await frame.evaluate(() =>
      Math.ceil(
        document.querySelector('[data-mode="embed"]')?.getBoundingClientRect().height ?? -1,
      ),
    );
    outer = Number(
      await page.locator(`iframe[data-gigawatt-embed="${id}"]`).getAttribute('height'),
    );
    if (inner > 0 && Math.abs(inner - outer) <= 1) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${id}: iframe height ${outer} never matched the embed's ${inner} px`);
}

/** The app's own requests are expected on the host page; anything else off-origin is not. */
const allowApp = (/** @type {import('./browser.mjs').Defect} */ defect) =>
  defect.kind === 'off-origin-request' && (defect.url ?? '').startsWith(app.origin);

test('every chart id embedded from another origin resizes its iframe, with no navigation inside', async (t) => {
  await withPage(
    browser,
    host.url,
    async ({ page, expectNoDefects }) => {
      /** @type {Map<import('playwright-core').Frame, string[]>} */
      const navigations = new Map();
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) return;
        navigations.set(frame, [...(navigations.get(frame) ?? []), frame.url()]);
      });
      await page.goto(`${host.url}host.html`);
      for (const id of [...CHARTS, UNKNOWN]) {
        const iframe = page.locator(`iframe[data-gigawatt-embed="${id}"]`);
        // Chromium pauses rendering (and so ResizeObserver) in cross-origin frames out of view,
        // as it should; a reader scrolls to a chart before its height matters.
        await iframe.scrollIntoViewIfNeeded();
        const frame = await (await iframe.elementHandle())?.contentFrame();
        assert.ok(frame, `${id}: frame exists`);
        if (id !== UNKNOWN) await waitForChart(frame, id);
        else await frame.getByText(`There is no chart called “${UNKNOWN}”.`).waitFor();
        // The posted height is the embed's own height, and the host applied it. The host cannot
        // read a cross-origin frame, so the frame measures itself and the two are compared.
        await matchesInnerHeight(page, frame, id);
        const height = Number(await iframe.getAttribute('height'));
        const box = await iframe.boundingBox();
        assert.ok(height > 150 || id === UNKNOWN, `${id}: iframe grew from 150 to ${height}`);
        assert.ok(
          box && Math.abs(box.height - height) <= 1,
          `${id}: the frame is drawn ${box?.height} px tall, attribute ${height}`,
        );
        // The frame has no scrollbar: its content fits the height it asked for.
        const fits = await frame.evaluate(
          () => document.documentElement.scrollHeight <= window.innerHeight + 1,
        );
        assert.ok(fits, `${id}: content fits without scrolling`);
        assert.equal(
          new URL(frame.url()).pathname,
          `/embed/${id}`,
          `${id}: still on its embed URL`,
        );
      }
      for (const urls of navigations.values()) {
        // One load, and no other document ever: same-URL events are the history API settling.
        assert.equal(new Set(urls).size, 1, `a frame navigated: ${urls.join(' → ')}`);
      }
      await expectNoDefects('host page with embeds');
    },
    { name: t.name, allow: allowApp },
  );
});

test('an embed follows theme and lang, re-posts its height when it changes, and obeys only configured origins', async () => {
  const id = /** @type {string} */ (CHARTS[0]);
  const context = await newContext(browser);
  try {
    /** @param {string[]} allowedOrigins */
    const configure = (allowedOrigins) =>
      app.setOverride(({ relPath }) =>
        relPath === 'embed-config.json'
          ? {
              body: JSON.stringify({ allowedOrigins }),
              contentType: 'application/json; charset=utf-8',
            }
          : undefined,
      );
    for (const allowed of [false, true]) {
      configure(allowed ? [host.origin] : ['https://someone-else.example']);
      const { page, expectNoDefects } = await newPage(context, host.url, { allow: allowApp });
      await page.goto(
        `${host.url}host.html?ids=${id}&q=${encodeURIComponent('?lang=ko&theme=light')}`,
      );
      const iframe = page.locator(`iframe[data-gigawatt-embed="${id}"]`);
      const frame = await (await iframe.elementHandle())?.contentFrame();
      assert.ok(frame);
      await waitForChart(frame, id);
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ko');
      assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'light');
      await page.evaluate((origin) => {
        const target = document.querySelector('iframe')?.contentWindow;
        target?.postMessage({ type: 'gigawatt:settings', version: 1, theme: 'dark' }, origin);
        // Junk and near-misses must be ignored whatever the configuration says.
        target?.postMessage(
          { type: 'gigawatt:settings', version: 1, theme: 'dark', script: 'alert(1)' },
          origin,
        );
        target?.postMessage('{"type":"gigawatt:settings"}', origin);
      }, app.origin);
      if (allowed) {
        await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      } else {
        await page.waitForTimeout(1_000);
        assert.equal(
          await frame.evaluate(() => document.documentElement.dataset.theme),
          'light',
          'command from an unlisted origin ignored',
        );
      }
      // A change of height inside (the table view) reaches the host too.
      const before = Number(await iframe.getAttribute('height'));
      await frame.getByRole('button', { name: '표' }).click();
      await page.waitForFunction(
        ([selector, was]) =>
          Number(document.querySelector(selector)?.getAttribute('height')) !== Number(was),
        [`iframe[data-gigawatt-embed="${id}"]`, String(before)],
      );
      await expectNoDefects(`command test, host ${allowed ? 'allowed' : 'not allowed'}`);
      await page.close();
    }
  } finally {
    app.setOverride(null);
    await context.close();
  }
});

test('the Embed action hands out a snippet with the current filters and copies it', async (t) => {
  await withPage(
    browser,
    app.url,
    async ({ page, context, expectNoDefects }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
      const id =
        CHARTS.find((chart) => chart.startsWith('stargate-')) ?? /** @type {string} */ (CHARTS[0]);
      await page.goto(`${app.url}${id.split('-')[0]}?lang=en&partner=oracle`);
      await waitForLive(page);
      const card = page.locator(`[data-chart-id="${id}"][data-live]`);
      await card.waitFor();
      const button = card.getByRole('button', { name: 'Embed' });
      if ((await button.count()) === 0) {
        t.skip(
          `the ${id} card has no Embed action yet (wire <EmbedAction> into its ChartCard actions)`,
        );
        return;
      }
      await button.click();
      const snippet = await card.getByLabel('Paste where the chart should appear').inputValue();
      const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&');
      assert.ok(src, 'the snippet has a src');
      const url = new URL(src);
      assert.equal(url.origin + url.pathname, `${app.origin}/embed/${id}`);
      assert.equal(url.searchParams.get('lang'), 'en');
      const script = await card
        .getByLabel('Paste once per page: lets the frame set its own height')
        .inputValue();
      assert.match(script, new RegExp(`event\\.origin !== "${app.origin.replace(/[.]/g, '\\.')}"`));
      await card.getByRole('button', { name: 'Copy' }).first().click();
      await card.getByText('Copied').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
      await expectNoDefects('embed action');
    },
    { name: t.name },
  );
});
