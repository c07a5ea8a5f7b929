// Long days on a wall screen: 500 presenter slide changes (here) and 200 filter changes on
// /stargate (soak-filters.test.mjs, a file of its own so each stays inside the runner's per-file
// timeout on a two-core machine) must not slowly eat memory. Heap and DOM are measured after
// forced garbage collection, once after a warm-up and once at the end.
//
// The heap bound and why it is what it is: tests/e2e/heap.mjs.
//
// Run alone with `node tests/e2e/run.mjs soak`. E2E_DIST serves an existing build.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMEOUT_MS, newContext, newPage, waitForChart, waitForLive } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { assertNoGrowth, measure } from './heap.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

test('the presenter through 500 slide changes keeps its heap and DOM bounded', async () => {
  const context = await newContext(app.browser);
  try {
    const { page, expectNoDefects } = await newPage(context, app.server.url);
    const cdp = await context.newCDPSession(page);
    await page.goto(new URL('present/1', app.server.url).href);
    // The slide is prerendered: its keys answer once the app has taken it over.
    await waitForLive(page);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-chart-id]').length > 0,
      undefined,
      { timeout: TIMEOUT_MS },
    );
    // The default deck is every registered chart, in registry order.
    const slides = registeredChartIds().length;
    assert.ok(slides >= 2, `at least two slides (${slides})`);

    // Ping-pong through the deck: right to the end, left to the start, and again.
    let slide = 1;
    let step = 1;
    /** The chart on screen; the next slide's must replace it (neighbouring slides differ). */
    let shown = await page.locator('[data-chart-id]').first().getAttribute('data-chart-id');
    const change = async () => {
      if (slide + step < 1 || slide + step > slides) step = -step;
      slide += step;
      await page.keyboard.press(step > 0 ? 'ArrowRight' : 'ArrowLeft');
      // Slides change the URL with the History API: poll it rather than wait for a navigation.
      await page.waitForFunction((want) => location.pathname === want, `/present/${slide}`, {
        timeout: TIMEOUT_MS,
        polling: 20,
      });
      const handle = await page.waitForFunction(
        (previous) => {
          const id = document.querySelector('[data-chart-id]')?.getAttribute('data-chart-id');
          return id && id !== previous ? id : null;
        },
        shown,
        { timeout: TIMEOUT_MS, polling: 50 },
      );
      shown = /** @type {string} */ (await handle.jsonValue());
      await waitForChart(page, shown);
    };

    // Both measurements are taken on the same slide (a whole number of ping-pong rounds apart):
    // slides differ in size, so counts on two different slides would differ without any leak.
    // That slide is slide 2, drawn by Recharts: Recharts keeps a selector's last result in its
    // module (a layer element of the chart that last computed it), so on a slide it does not
    // draw, the last Recharts chart shown may or may not still be reachable (one chart: 254
    // nodes, 871 listeners), whichever the timing; on its own slide that chart is on screen.
    const round = 2 * (slides - 1);
    const WARM_UP = 1 + 3 * round;
    const CHANGES = WARM_UP + Math.ceil((500 - WARM_UP) / round) * round;
    for (let i = 0; i < WARM_UP; i++) await change();
    const warm = await measure(cdp);
    for (let i = WARM_UP; i < CHANGES; i++) await change();
    const end = await measure(cdp);
    assertNoGrowth(`presenter, ${CHANGES} slide changes`, warm, end);
    await expectNoDefects();
  } finally {
    await context.close().catch(() => {});
  }
});
