// "Copy for slides (16:9 PNG)" draws every chart in its slide form, laid out for 16:9 as the
// presenter shows it: the picture fills the slide instead of shrinking a tall page layout (the
// roadmap used to be a narrow column with 6 px text). Measured on the copied PNG with
// ImageMagick: the drawn content, trimmed of the background, spans most of the 1920×1080 frame.
//
// Run alone with `node tests/e2e/run.mjs slide-image`.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { waitForChart, waitForChartsSettled } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { appSuite } from './app-suite.mjs';

const OUT = path.join(REPO_ROOT, 'test-results', 'slide-images');

const app = appSuite();

before(() => {
  mkdirSync(OUT, { recursive: true });
});

/** The view a chart id lives on: ids are named after their topic (INTERFACE.md). */
function routeOf(/** @type {string} */ id) {
  return `/${id.split('-')[0]}`;
}

/**
 * Width and height of what is drawn, the uniform background trimmed away.
 * @param {string} file
 */
function contentBox(file) {
  const [w, h] = execFileSync(
    'convert',
    [file, '-fuzz', '3%', '-trim', '-format', '%w %h', 'info:'],
    { encoding: 'utf8' },
  )
    .trim()
    .split(' ')
    .map(Number);
  return { width: w ?? 0, height: h ?? 0 };
}

for (const lang of ['en', 'ko']) {
  test(`every chart's slide image fills a 16:9 frame (${lang})`, async (t) => {
    await app.inPage(
      t,
      async ({ page, context, expectNoDefects }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: app.server.origin,
        });
        for (const id of registeredChartIds()) {
          await page.goto(`${app.server.url}${routeOf(id).slice(1)}?lang=${lang}#${id}`);
          await waitForChart(page, id);
          await waitForChartsSettled(page);
          const card = page.locator(`figure[data-chart-id="${id}"]`).first();
          await card.locator('.export-menu > button').click();
          await card.locator('[data-export="slide"]').click();
          await card
            .getByRole('status')
            .filter({ hasText: lang === 'ko' ? /클립보드/ : /clipboard/ })
            .waitFor({ timeout: 30_000 });
          const base64 = await page.evaluate(async () => {
            const [item] = await navigator.clipboard.read();
            if (!item) return '';
            const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
            let text = '';
            for (const byte of bytes) text += String.fromCharCode(byte);
            return btoa(text);
          });
          const body = Buffer.from(base64, 'base64');
          const saved = path.join(OUT, `${id}-${lang}.png`);
          writeFileSync(saved, body);
          assert.equal(body.readUInt32BE(16), 1920, `${id}: width`);
          assert.equal(body.readUInt32BE(20), 1080, `${id}: height`);
          const box = contentBox(saved);
          t.diagnostic(`${id}: content ${box.width}×${box.height} of 1920×1080`);
          assert.ok(
            box.width >= 1920 * 0.8,
            `${id}: the picture is a narrow column, ${box.width} px of 1920`,
          );
          assert.ok(
            box.height >= 1080 * 0.6,
            `${id}: the picture is a thin strip, ${box.height} px of 1080`,
          );
          // The off-screen slide is gone once the image is made.
          await page.waitForFunction(() => !document.querySelector('.slide-offscreen__host'));
        }
        await expectNoDefects(`slide images (${lang})`);
      },
      { name: t.name, context: { viewport: { width: 1280, height: 900 } } },
    );
  });
}
