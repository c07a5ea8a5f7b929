// Sharing, in a real browser under the strict CSP: every download format of every chart on
// /stargate and /fusion is saved and its content checked (CSV/JSON numbers and sources; the
// SVG's title, legend and numbers; the PNG's signature and 2× size), the slide image, copy
// link, and a pasted link that reproduces a filtered view on a cold load.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { downloadExport, waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

/** @param {Buffer} png */
function pngSize(png) {
  assert.deepEqual(
    [...png.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'PNG signature',
  );
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const CHARTS_BY_ROUTE = {
  '/stargate': ['stargate-capacity', 'stargate-growth', 'stargate-investment'],
  '/fusion': ['fusion-roadmap', 'fusion-records'],
};

describe('downloads of every chart, checked by content', () => {
  for (const [route, ids] of Object.entries(CHARTS_BY_ROUTE)) {
    test(`${route}: CSV, JSON, SVG, PNG and slide for ${ids.join(', ')}`, async (t) => {
      await app.inPage(t, async (p) => {
        const { page } = p;
        await page.goto(app.url(route));
        await waitForReady(p);
        for (const id of ids) {
          const card = page.locator(`[data-chart-id="${id}"]`);
          const title = (await card.locator('.chart-card__title').innerText()).trim();

          const json = await downloadExport(page, id, 'json');
          assert.match(json.name, new RegExp(`^gigawatt-${id}-\\d{4}(-\\d{2}){0,2}\\.json$`));
          const data = JSON.parse(json.body.toString('utf8'));
          assert.equal(data.chartId, id);
          assert.equal(data.title, title);
          assert.match(data.asOf, /^\d{4}/);
          assert.ok(data.sources.length > 0, `${id}: JSON names its sources`);
          assert.ok(
            data.sources.every((/** @type {{url: string}} */ s) => /^https?:/.test(s.url)),
            `${id}: source URLs`,
          );
          assert.ok(data.rows.length > 0 && data.columns.length > 0, `${id}: JSON has rows`);
          const numbers = data.rows
            .flatMap((/** @type {Record<string, unknown>} */ r) => Object.values(r))
            .filter(
              (/** @type {unknown} */ v) =>
                typeof v === 'number' || (typeof v === 'string' && /\d/.test(v)),
            );
          assert.ok(numbers.length > 0, `${id}: JSON rows carry numbers`);

          // The CSV is the JSON's records, one header row and nothing else (downloads.test.mjs
          // parses it strictly); here: the header and the record count agree.
          const csv = (await downloadExport(page, id, 'csv')).body.toString('utf8');
          assert.ok(csv.startsWith('\uFEFF'), 'BOM for spreadsheets');
          const header = csv.slice(1).split('\r\n')[0];
          assert.equal(
            header,
            data.columns.map((/** @type {{name: string}} */ c) => c.name).join(','),
          );
          assert.ok(csv.includes('source_ids'), `${id}: CSV names its sources by id`);
          assert.match(csv, /\d/, 'CSV has numbers');

          // The picture: title, legend labels and the numbers on the plot are in the SVG text.
          const svgFile = await downloadExport(page, id, 'svg');
          assert.match(svgFile.name, /\.svg$/);
          const svg = svgFile.body.toString('utf8');
          assert.ok(
            /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg),
            `${id}: a standalone SVG`,
          );
          const svgText = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
            .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''))
            .join('\n');
          const unescape = (/** @type {string} */ s) =>
            s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
          assert.ok(unescape(svgText).includes(title), `${id}: SVG draws the title`);
          const legend = await card.locator('.legend li').allInnerTexts();
          for (const label of legend)
            assert.ok(
              unescape(svgText).includes(label.trim()),
              `${id}: SVG draws legend "${label.trim()}"`,
            );
          // The live chart's own text, once it has taken over from the build's picture.
          await card.locator('.chart-picture').first().waitFor({ state: 'detached' });
          const plotNumbers = await card.locator('.chart-card__plot svg text').allTextContents();
          const someNumber = plotNumbers.map((s) => s.trim()).find((s) => /\d/.test(s));
          assert.ok(someNumber, `${id}: the plot has a numeric label`);
          assert.ok(unescape(svgText).includes(someNumber), `${id}: SVG carries "${someNumber}"`);
          assert.ok(
            !/(href|src)="(https?:)?\/\//.test(svg),
            `${id}: no external reference in the SVG`,
          );
          assert.ok(!/class="recharts/.test(svg), `${id}: no class that needs a stylesheet`);

          const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
          const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
          const plotBox = await card.locator('.chart-card__plot').boundingBox();
          assert.ok(
            plotBox && width >= Math.round(plotBox.width),
            `${id}: the picture is as wide as the chart box`,
          );

          const png = await downloadExport(page, id, 'png');
          assert.match(png.name, new RegExp(`^gigawatt-${id}-[\\d-]+\\.png$`));
          assert.deepEqual(
            pngSize(png.body),
            { width: width * 2, height: height * 2 },
            `${id}: PNG at 2×`,
          );
        }

        // Where the clipboard refuses an image (plain-http intranets, other browsers) the slide
        // falls back to a download. Stubbed through the DevTools protocol, outside the CSP.
        await page.evaluate(() => {
          Object.defineProperty(navigator.clipboard, 'write', {
            value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')),
          });
        });
        const slide = await downloadExport(page, ids[0] ?? '', 'slide');
        assert.match(slide.name, /-slide\.png$/);
        assert.deepEqual(pngSize(slide.body), { width: 1920, height: 1080 });

        await p.expectNoDefects(route);
      });
    });
  }

  test('copy for slides puts a 16:9 PNG on the clipboard where allowed', async (t) => {
    await app.inPage(t, async (p) => {
      const { page, context } = p;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: app.server.origin,
      });
      await page.goto(app.url('/stargate'));
      await waitForReady(p);
      const card = page.locator('[data-chart-id="stargate-capacity"]');
      await card.locator('.export-menu > button').click();
      await card.locator('[data-export="slide"]').click();
      await card
        .getByRole('status')
        .filter({ hasText: /clipboard/ })
        .waitFor();
      const size = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return null;
        const blob = await item.getType('image/png');
        const bitmap = await createImageBitmap(blob);
        return { width: bitmap.width, height: bitmap.height };
      });
      assert.deepEqual(size, { width: 1920, height: 1080 });
      await p.expectNoDefects();
    });
  });
});

describe('links reproduce the view', () => {
  test('copy link copies the current URL with its state and confirms it', async (t) => {
    await app.inPage(t, async (p) => {
      const { page, context } = p;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: app.server.origin,
      });
      await page.goto(app.url('/stargate', { sort: 'name' }));
      await waitForReady(p);
      const card = page.locator('[data-chart-id="stargate-capacity"]');
      await card.getByRole('button', { name: 'Oracle', exact: true }).first().click();
      await page.waitForURL(/partner=oracle/);
      await card.getByRole('button', { name: 'Copy link' }).click();
      await card.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // The card's link leads to the card: the page's address with the card's id as anchor.
      assert.equal(copied, `${page.url()}#stargate-capacity`);
      assert.match(copied, /partner=oracle/);
      assert.match(copied, /sort=name/);

      // The view-level button in the header copies the same address.
      await page
        .getByRole('banner')
        .getByRole('button', { name: 'Copy link to this view' })
        .click();
      await page
        .getByRole('banner')
        .getByRole('status')
        .filter({ hasText: 'Link copied' })
        .waitFor();
      await p.expectNoDefects();
    });
  });

  test('a pasted link reproduces a filtered, sorted table view on a cold load', async (t) => {
    const url = app.url('/stargate', {
      partner: 'oracle',
      status: 'under-construction,partly-operating',
      sort: 'name',
      hide: 'cancelled',
      table: 'stargate-capacity',
    });
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(url);
      await waitForReady(p);
      const card = page.locator('[data-chart-id="stargate-capacity"]');
      const rows = await card.locator('table tbody th[scope="row"]').allInnerTexts();
      assert.deepEqual(
        rows.map((r) => r.trim()),
        ['Abilene', 'Doña Ana County', 'Port Washington', 'Saline Township', 'Shackelford County'],
      );
      assert.equal(
        await card.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed'),
        'true',
      );
      assert.equal(
        await card
          .getByRole('button', { name: 'Oracle', exact: true })
          .first()
          .getAttribute('aria-pressed'),
        'true',
      );
      assert.equal(await card.locator('select').first().inputValue(), 'name');
      assert.equal(
        new URL(page.url()).search,
        new URL(url).search,
        'the app leaves a valid link as it is',
      );
      await p.expectNoDefects();
    });
  });

  test('hidden series and the chart choice come back from the link', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/stargate', { hide: 'partly-operating' }));
      await waitForReady(p);
      const legend = page.locator('[data-chart-id="stargate-capacity"] .legend');
      assert.equal(
        await legend.getByRole('button', { name: 'Partly operating' }).getAttribute('aria-pressed'),
        'false',
      );
      assert.equal(
        await legend.getByRole('button', { name: 'Planned' }).getAttribute('aria-pressed'),
        'true',
      );
      // Keyboard: Enter on a legend entry shows it again and updates the URL.
      await legend.getByRole('button', { name: 'Partly operating' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => !u.searchParams.has('hide'));
      await p.expectNoDefects();
    });
  });

  test('invalid values fall back quietly to the defaults', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(
        app.url('/stargate', {
          partner: 'nobody',
          status: 'exploded',
          sort: 'sideways',
          hide: '%%%',
          table: 'no-such-chart,stargate-capacity',
          lang: 'xx',
          theme: 'neon',
        }),
      );
      await waitForReady(p);
      const rows = await page.locator('[data-chart-id="stargate-capacity"] table tbody tr').count();
      assert.equal(rows, 14, 'unknown filters filter nothing');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      assert.deepEqual(await page.locator('[role="alert"]').allInnerTexts(), []);
      await p.expectNoDefects();
    });
  });
});
