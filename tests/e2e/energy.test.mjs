// Browser tests for /energy: the energy-gap chart draws under the strict CSP, a what-if
// scenario pasted as a link comes back with the same results, the slip chart draws, and
// energy-gap works as an embed and a slide — with no console error or warning, no CSP
// report and no request off the origin.
//
// Run alone with `node tests/e2e/run.mjs energy`. Set E2E_DIST to reuse a build of your own
// (e.g. `npx vite build --outDir dist-energy`, then E2E_DIST=dist-energy).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TIMEOUT_MS, waitForChart, waitForLive, waitForMainHeading } from './browser.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

/** @param {import('playwright-core').Page} page */
async function results(page) {
  await waitForLive(page);
  const region = page.getByRole('region', { name: /what if fusion had to power it/i });
  await region
    .getByTestId('plants-needed')
    .or(region.getByRole('alert'))
    .first()
    .waitFor({ timeout: TIMEOUT_MS });
  return region;
}

describe('/energy', () => {
  test('the energy-gap chart and the slip chart draw, with sources and no defects', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(new URL('energy', app.server.url).href);
      assert.match(await waitForMainHeading(page), /power demand/i);
      await waitForChart(page, 'energy-gap');
      await waitForChart(page, 'energy-slip');
      const gap = page.locator('[data-chart-id="energy-gap"]');
      // Step lines for demand and the fusion scenarios, plus the markers, drew.
      assert.ok(
        (await gap.locator('.recharts-line path').count()) >= 4,
        'at least four series lines',
      );
      assert.match(await gap.innerText(), /Scenario assumptions/);
      assert.ok(
        (await gap.locator('figcaption a[href^="http"]').count()) >= 5,
        'the card names its sources',
      );
      const slip = page.locator('[data-chart-id="energy-slip"]');
      assert.ok(
        (await slip.locator('.recharts-scatter-symbol').count()) >= 8,
        'every dated forecast is a point',
      );
      await p.settle();
      await p.expectNoDefects('/energy');
    });
  });

  test('a what-if scenario pasted as a link reproduces its inputs and results', async (t) => {
    const scenario = 'energy?plant=gas-turbine&ai=5&it=1&cf=90';
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(new URL(scenario, app.server.url).href);
      const region = await results(page);
      assert.equal(await region.getByLabel('Plant type').inputValue(), 'gas-turbine');
      assert.equal(await region.getByLabel(/AI capacity/).inputValue(), '5');
      // 5,000 MW ÷ (36.05 MW × 0.9) = 154.1 → 155 turbines; 5 GW × 8,760 h = 43.8 TWh.
      assert.match(await region.getByTestId('plants-needed').innerText(), /^155\b/);
      assert.match(await region.getByTestId('annual-twh').innerText(), /43\.8 TWh/);

      // Edit an input: the URL follows, and a reload of that URL gives the same numbers.
      await region.getByLabel(/Capacity factor/).fill('50');
      await page.waitForURL((url) => url.searchParams.get('cf') === '50', { timeout: TIMEOUT_MS });
      // 5,000 ÷ (36.05 × 0.5) = 277.4 → 278.
      await region
        .getByTestId('plants-needed')
        .filter({ hasText: /^278\b/ })
        .waitFor({ timeout: TIMEOUT_MS });
      await page.reload();
      const again = await results(page);
      assert.match(
        await again.getByTestId('plants-needed').innerText(),
        /^278\b/,
        'the reloaded link gives the same result',
      );
      assert.equal(await again.getByLabel(/Capacity factor/).inputValue(), '50');
      await p.expectNoDefects();
    });
  });

  test('zero and unreadable inputs give a message, never NaN or Infinity', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(new URL('energy?ai=0&size=abc', app.server.url).href);
      const region = await results(page);
      const alert = region.getByRole('alert');
      assert.match(await alert.innerText(), /must be above 0/);
      assert.match(await alert.innerText(), /enter a number/);
      assert.doesNotMatch(await page.locator('body').innerText(), /NaN|Infinity/);
      await p.expectNoDefects();
    });
  });

  test('energy-gap works as an embed and as a slide, Korean included', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(new URL('embed/energy-gap?lang=ko&gap-scale=log', app.server.url).href);
      await waitForChart(page, 'energy-gap');
      assert.match(await page.locator('[data-chart-id="energy-gap"]').innerText(), /시나리오 가정/);
      await page.goto(new URL('present/1?slides=energy-gap', app.server.url).href);
      await waitForChart(page, 'energy-gap');
      await p.expectNoDefects();
    });
  });
});
