// Accessibility in a real browser: axe-core on every route in every theme (light, dark, auto
// with a dark system, projector contrast) finds no serious or critical violation; every chart
// exposes a data summary to screen readers; the keyboard reaches every control on /stargate
// with a visible focus ring; reduced motion stops animation.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APP_ROUTES,
  describeViolations,
  seriousAxeViolations,
  waitForReady,
} from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

/** `auto` runs with a dark system preference, so it checks what auto resolves to there. */
const THEMES = /** @type {const} */ ([
  { theme: 'light', colorScheme: 'light', expect: 'light' },
  { theme: 'dark', colorScheme: 'light', expect: 'dark' },
  { theme: 'auto', colorScheme: 'dark', expect: 'dark' },
  { theme: 'contrast', colorScheme: 'light', expect: 'contrast' },
]);

describe('axe: no serious or critical violation', () => {
  for (const { theme, colorScheme, expect } of THEMES) {
    test(`every route, theme=${theme} (system ${colorScheme})`, async (t) => {
      await app.inPage(
        t,
        async (p) => {
          const { page } = p;
          await page.emulateMedia({ colorScheme });
          /** @type {string[]} */
          const problems = [];
          for (const route of APP_ROUTES) {
            await page.goto(app.url(route, { theme }));
            await waitForReady(p);
            assert.equal(
              await page.evaluate(() => document.documentElement.dataset.theme),
              expect,
              `${route}: theme`,
            );
            const violations = await seriousAxeViolations(page);
            if (violations.length)
              problems.push(`${route}?theme=${theme}\n${describeViolations(violations)}`);
          }
          assert.equal(problems.length, 0, problems.join('\n\n'));
          await p.expectNoDefects(`theme=${theme}`);
        },
        { context: { colorScheme } },
      );
    });
  }
});

describe('screen readers', () => {
  test('every chart has a data summary tied to its plot', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      for (const route of ['/stargate', '/fusion', '/energy']) {
        await page.goto(app.url(route));
        await waitForReady(p);
        const summaries = await page.$$eval('[data-chart-id]', (figures) =>
          figures.map((figure) => {
            const plot = figure.querySelector('[aria-describedby]');
            const ids = (plot?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            const text = ids
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
              .trim();
            return { id: figure.getAttribute('data-chart-id'), text };
          }),
        );
        assert.ok(summaries.length > 0, `${route}: charts present`);
        for (const s of summaries) {
          assert.ok(
            s.text.length >= 30,
            `${route} ${s.id}: a summary of some substance, got "${s.text}"`,
          );
          assert.match(s.text, /\d/, `${route} ${s.id}: the summary states figures from the data`);
        }
      }
      await p.expectNoDefects();
    });
  });
});

describe('keyboard', () => {
  test('Tab reaches filters, the chart/table switch, downloads and the legend on /stargate, with a visible focus ring', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/stargate'));
      await waitForReady(p);
      /** @type {Set<string>} */
      const reached = new Set();
      /** @type {string[]} */
      const invisible = [];
      for (let i = 0; i < 250 && reached.size < 5; i += 1) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ring =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none';
          const card = el.closest('[data-chart-id="stargate-capacity"]');
          let kind = '';
          if (card && el.classList.contains('chip')) kind = 'filter-chip';
          else if (card && el.closest('.segmented')) kind = 'chart-table-switch';
          else if (card && el.closest('.export-menu')) kind = 'export-menu';
          else if (card && el.closest('.legend')) kind = 'legend';
          else if (card && el.closest('.copy-link')) kind = 'copy-link';
          return {
            kind,
            ring,
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
          };
        });
        if (!info) continue;
        if (info.kind) reached.add(info.kind);
        if (!info.ring) invisible.push(info.label);
      }
      assert.deepEqual([...reached].sort(), [
        'chart-table-switch',
        'copy-link',
        'export-menu',
        'filter-chip',
        'legend',
      ]);
      assert.deepEqual(invisible, [], 'every focused control shows a focus ring');

      // The legend works from the keyboard: Space hides a series and the URL keeps it.
      const entry = page.locator('[data-chart-id="stargate-capacity"] .legend button').first();
      await entry.focus();
      await page.keyboard.press('Space');
      await page.waitForURL(/hide=/);
      await page
        .locator('[data-chart-id="stargate-capacity"] .legend button[aria-pressed="false"]')
        .first()
        .waitFor();
      assert.equal(await entry.getAttribute('aria-pressed'), 'false');

      // The download menu opens and closes from the keyboard, focus back on its button.
      const toggle = page.locator('[data-chart-id="stargate-capacity"] .export-menu > button');
      await toggle.focus();
      await page.keyboard.press('Enter');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('data-export')),
        'csv',
      );
      await page.keyboard.press('Escape');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest('.export-menu') !== null),
        true,
      );
      await p.expectNoDefects();
    });
  });
});

describe('reduced motion', () => {
  test('animations are cut short when the reader asks for less motion', async (t) => {
    await app.inPage(
      t,
      async (p) => {
        const { page } = p;
        await page.goto(app.url('/stargate'));
        await waitForReady(p);
        const duration = await page.evaluate(() => {
          const probe = document.createElement('div');
          probe.className = 'loading-block';
          document.body.append(probe);
          const value = getComputedStyle(probe).animationDuration;
          probe.remove();
          return value;
        });
        assert.ok(
          parseFloat(duration) <= 0.001,
          `animation-duration under reduced motion: ${duration}`,
        );
        await p.expectNoDefects();
      },
      { context: { reducedMotion: 'reduce' } },
    );
  });
});
