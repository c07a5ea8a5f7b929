// Long days on a wall screen, part two: 200 filter changes on /stargate (partner and status
// chips pressed and released) must not slowly eat memory; the presenter is soak.test.mjs. Heap and DOM are measured after
// forced garbage collection, once after a warm-up and once at the end.
//
// The heap bound and why it is what it is: tests/e2e/heap.mjs.
//
// Run alone with `node tests/e2e/run.mjs soak`. E2E_DIST serves an existing build.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMEOUT_MS, newContext, newPage, waitForChart } from './browser.mjs';
import { assertNoGrowth, measure } from './heap.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

test('/stargate through 200 filter changes keeps its heap and DOM bounded', async () => {
  const context = await newContext(app.browser);
  try {
    const { page, expectNoDefects } = await newPage(context, app.server.url);
    const cdp = await context.newCDPSession(page);
    await page.goto(new URL('stargate?lang=en', app.server.url).href);
    await waitForChart(page, 'stargate-capacity');
    const card = page.locator('[data-chart-id="stargate-capacity"]');
    const chips = [
      ...(await card.getByRole('group', { name: 'Partner' }).getByRole('button').all()),
      ...(await card.getByRole('group', { name: 'Status' }).getByRole('button').all()),
    ];
    assert.ok(chips.length >= 4, `partner and status chips found (${chips.length})`);

    // Each chip pressed, then released: the view goes back and forth between filtered and whole,
    // which is what a reader clicking around all day does; every change is in the URL.
    let n = 0;
    const change = async () => {
      const chip = chips[Math.floor(n / 2) % chips.length];
      assert.ok(chip);
      const before = await page.evaluate(() => location.search);
      const pressed = await chip.getAttribute('aria-pressed');
      await chip.click();
      // The URL holds the filter (replaceState, so no navigation event to wait for).
      await page.waitForFunction((search) => location.search !== search, before, {
        timeout: TIMEOUT_MS,
        polling: 20,
      });
      await page.waitForFunction(
        ([element, was]) => element?.getAttribute('aria-pressed') !== was,
        /** @type {const} */ ([await chip.elementHandle(), pressed]),
        { timeout: TIMEOUT_MS, polling: 20 },
      );
      n += 1;
    };

    const WARM_UP = 20;
    const CHANGES = 200;
    for (let i = 0; i < WARM_UP; i++) await change();
    await waitForChart(page, 'stargate-capacity');
    const warm = await measure(cdp);
    for (let i = WARM_UP; i < CHANGES; i++) await change();
    await waitForChart(page, 'stargate-capacity');
    const end = await measure(cdp);
    assertNoGrowth(`/stargate, ${CHANGES} filter changes`, warm, end);
    await expectNoDefects();
  } finally {
    await context.close().catch(() => {});
  }
});
