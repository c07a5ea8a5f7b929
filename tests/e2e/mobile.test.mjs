// Phones: at 375 px wide no route scrolls sideways, in English and Korean; chart filters fold
// into a sheet (a <details>) that is closed until opened, or open when a link carries filters.
// Print: a view prints without the app chrome and with its sources.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { APP_ROUTES, waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

const PHONE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

describe('375 px', () => {
  for (const lang of ['en', 'ko']) {
    test(`no horizontal overflow on any route (${lang})`, async (t) => {
      await app.inPage(
        t,
        async (p) => {
          const { page } = p;
          /** @type {string[]} */
          const wide = [];
          for (const route of [...APP_ROUTES, '/embed/stargate-capacity']) {
            await page.goto(app.url(route, { lang }));
            await waitForReady(p);
            const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
            if (width > 375) {
              const culprits = await page.evaluate(() =>
                [...document.querySelectorAll('body *')]
                  .filter(
                    (el) =>
                      el.getBoundingClientRect().right > 376 &&
                      !el.closest('.table-scroll, .shell__nav ul'),
                  )
                  .slice(0, 4)
                  .map(
                    (el) =>
                      `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} → ${Math.round(el.getBoundingClientRect().right)}px`,
                  ),
              );
              wide.push(`${route}: scrollWidth ${width} (${culprits.join(', ')})`);
            }
          }
          assert.deepEqual(wide, [], 'routes wider than the phone');
          await p.expectNoDefects(lang);
        },
        { context: PHONE },
      );
    });
  }

  test('chart filters fold into a sheet, open when the link carries filters', async (t) => {
    await app.inPage(
      t,
      async (p) => {
        const { page } = p;
        await page.goto(app.url('/stargate'));
        await waitForReady(p);
        const sheet = page
          .locator('[data-chart-id="stargate-capacity"] .chart-card__controls details')
          .first();
        assert.equal(
          await sheet.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open),
          false,
          'closed on a phone',
        );
        await sheet.locator('summary').click();
        assert.equal(
          await sheet.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open),
          true,
          'opens on a tap',
        );
        await page.goto(app.url('/stargate', { partner: 'oracle' }));
        await waitForReady(p);
        assert.equal(
          await sheet.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open),
          true,
          'open when filters are on',
        );
        await p.expectNoDefects();
      },
      { context: PHONE },
    );
  });
});

describe('print', () => {
  test('a view prints without the app chrome and with its sources', async (t) => {
    await app.inPage(
      t,
      async (p) => {
        const { page } = p;
        await page.goto(app.url('/stargate'));
        await waitForReady(p);
        await page.emulateMedia({ media: 'print' });
        const state = await page.evaluate(() => ({
          header: getComputedStyle(
            /** @type {Element} */ (document.querySelector('.shell__header')),
          ).display,
          tools: [...document.querySelectorAll('.chart-card__tools')].map(
            (e) => getComputedStyle(e).display,
          ),
          sources: [...document.querySelectorAll('.chart-card__sources')].map(
            (e) => getComputedStyle(e).display,
          ),
          sourceText: document.querySelector('.chart-card__sources')?.textContent ?? '',
          background: getComputedStyle(document.documentElement).backgroundColor,
        }));
        assert.equal(state.header, 'none', 'no navigation on paper');
        assert.ok(
          state.tools.every((d) => d === 'none'),
          'no buttons on paper',
        );
        assert.ok(
          state.sources.length > 0 && state.sources.every((d) => d !== 'none'),
          'sources printed',
        );
        assert.match(state.sourceText, /\S/);
        assert.equal(state.background, 'rgb(255, 255, 255)', 'white paper');
        const dir = path.join(REPO_ROOT, 'test-results', 'print');
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: path.join(dir, 'stargate-print.png'), fullPage: true });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        assert.ok(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'prints to PDF');
        await p.expectNoDefects();
      },
      { context: { colorScheme: 'dark' } },
    );
  });
});
