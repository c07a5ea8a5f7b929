// Bad links in a real browser: unknown routes, site ids, chart ids, slide numbers and URL
// parameter values fall back to something useful, quietly — no alert, no console error.
//
// Run alone with `node tests/e2e/run.mjs fallbacks`. E2E_DIST serves an existing build instead
// of building one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TIMEOUT_MS, waitForChart, waitForMainHeading } from './browser.mjs';
import { appSuite } from './app-suite.mjs';

const TOPICS = {
  stargate: { charts: ['stargate-capacity', 'stargate-growth', 'stargate-investment'] },
  fusion: { charts: ['fusion-roadmap', 'fusion-records'] },
};

const app = appSuite();

/** @param {import('playwright-core').Page} page */
async function loaded(page) {
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"]').length === 0,
    undefined,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
}

describe('bad links fall back gracefully, with no console error', () => {
  /** @type {{ path: string, check: (page: import('playwright-core').Page) => Promise<void> }[]} */
  const LINKS = [
    {
      path: 'no/such/page?lang=en',
      check: async (page) => {
        await waitForMainHeading(page);
        assert.ok((await page.getByRole('main').getByRole('link').count()) > 0, 'a way back');
      },
    },
    {
      path: 'stargate/sites/no-such-site',
      check: async (page) => {
        await waitForMainHeading(page);
        assert.ok(
          (await page.getByRole('main').locator('a[href^="/stargate"]').count()) > 0,
          'a way back to /stargate',
        );
      },
    },
    {
      path: 'embed/nope',
      check: async (page) => {
        await page.getByText('nope').first().waitFor({ state: 'visible' });
      },
    },
    {
      path: 'present/999',
      check: async (page) => {
        await page.waitForFunction(
          () => document.querySelectorAll('[data-chart-id]').length > 0,
          undefined,
          { timeout: TIMEOUT_MS },
        );
        const id = await page.locator('[data-chart-id]').first().getAttribute('data-chart-id');
        if (id) await waitForChart(page, id);
      },
    },
    {
      path: 'present/-3',
      check: async (page) => {
        await page.waitForFunction(
          () => document.querySelectorAll('[data-chart-id]').length > 0,
          undefined,
          { timeout: TIMEOUT_MS },
        );
      },
    },
    {
      path: 'stargate?theme=neon&lang=xx&status=bogus&partner=nobody,openai&sort=sideways&table=zzz',
      check: async (page) => {
        for (const id of TOPICS.stargate.charts) await waitForChart(page, id);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          'en',
          'unknown lang → en',
        );
        assert.equal(await page.getByRole('alert').count(), 0);
      },
    },
    {
      path: 'fusion?theme=%3Cscript%3E&lang=ko%00&metric=nope&kind=nope&baseline=nope',
      check: async (page) => {
        for (const id of TOPICS.fusion.charts) await waitForChart(page, id);
        assert.equal(await page.getByRole('alert').count(), 0);
      },
    },
  ];
  for (const link of LINKS) {
    test(`/${link.path}`, async (t) => {
      await app.inPage(t, async (p) => {
        const { page } = p;
        const response = await page.goto(new URL(link.path, app.server.url).href);
        assert.equal(response?.status(), 200);
        await link.check(page);
        await loaded(page);
        await p.settle();
        await p.expectNoDefects(link.path);
      });
    });
  }
});
