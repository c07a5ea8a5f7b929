// The sites map (`stargate-map`) in a real browser under the strict CSP: it loads only when the
// reader nears it, every mark lies inside its state's or country's drawn shape, every mark is a
// link the keyboard reaches and Enter opens, the capacity chart's URL filters apply to it, a
// data file replaced after the build moves a mark, and it shows as a slide and on site pages.
// (The cross-origin embed of every registered chart, this one included, is tests/e2e/embed.test.mjs.)
//
// Run alone with `node tests/e2e/run.mjs map`.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { DIST, REPO_ROOT, buildAll } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForChart, waitForLive, withPage } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { startServer } from './server.mjs';
import { describeViolations, seriousAxeViolations } from './share-helpers.mjs';

const stargateText = readFileSync(path.join(REPO_ROOT, 'public', 'data', 'stargate.json'), 'utf8');
/** @type {{ sites: { id: string, region: string, leadPartner: string, country: string, place?: { code: string } }[] }} */
const stargate = JSON.parse(stargateText);

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let server;
/** @type {Map<string, { body: string, contentType: string }>} */
const overrides = new Map();

before(async () => {
  await buildAll();
  browser = await launchBrowser();
  server = await startServer({
    dir: DIST,
    base: '/',
    override: ({ relPath }) => overrides.get(relPath),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens /stargate (plus `search`), waits for the app, scrolls the map's place into view and
 * waits for it to draw.
 * @param {import('playwright-core').Page} page
 */
async function openMap(page, search = '') {
  await page.goto(`${server.url}stargate${search}`);
  await waitForLive(page);
  await waitForChart(page, 'stargate-capacity');
  await page
    .locator('[data-near-viewport="stargate-map"], [data-chart-id="stargate-map"]')
    .first()
    .scrollIntoViewIfNeeded();
  await waitForChart(page, 'stargate-map');
}

/**
 * Runs in the page: each mark's site, place code, region and whether its centre lies inside
 * the drawn shape of that region (the path's own fill, in the path's coordinates).
 * @param {string} scope CSS selector of the element holding the map
 */
function marksInShapes(scope) {
  const root = document.querySelector(scope);
  const svg = root?.querySelector('svg.site-map__svg');
  if (!(svg instanceof SVGSVGElement)) return [];
  return [...svg.querySelectorAll('g[data-site]')].map((g) => {
    const panel = g.getAttribute('data-panel');
    const region = g.getAttribute('data-region') ?? '';
    const shape = svg.querySelector(
      `g[data-panel="${panel}"] path[data-region="${CSS.escape(region)}"]`,
    );
    const point = svg.createSVGPoint();
    point.x = Number(g.getAttribute('data-x'));
    point.y = Number(g.getAttribute('data-y'));
    let inside = false;
    const others = [];
    if (shape instanceof SVGPathElement) {
      const toShape = /** @type {DOMMatrix} */ (shape.getCTM())
        .inverse()
        .multiply(/** @type {DOMMatrix} */ (svg.getCTM()));
      const local = point.matrixTransform(toShape);
      inside = shape.isPointInFill(local);
      for (const other of svg.querySelectorAll(`g[data-panel="${panel}"] path[data-region]`)) {
        if (other !== shape && other instanceof SVGPathElement && other.isPointInFill(local))
          others.push(other.getAttribute('data-region'));
      }
    }
    return {
      site: g.getAttribute('data-site'),
      place: g.getAttribute('data-place'),
      panel,
      region,
      inside,
      others,
      x: point.x,
      y: point.y,
    };
  });
}

test('the map loads only near the viewport, with ≤ 40 KB gzip of geometry, and every mark lies inside its state or country', async () => {
  // The geometry chunk as built: the one file holding the county table (it starts at Autauga, 01001).
  const assets = path.join(DIST, 'assets');
  const geoChunk = readdirSync(assets).find(
    (f) => f.endsWith('.js') && readFileSync(path.join(assets, f), 'utf8').includes('!01001'),
  );
  assert.ok(geoChunk, 'no chunk carries the map geometry');
  const gzipKb = gzipSync(readFileSync(path.join(assets, geoChunk))).length / 1024;
  assert.ok(gzipKb <= 40, `map geometry chunk is ${gzipKb.toFixed(1)} KB gzip`);

  await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
    const requested = () => server.requests.some((r) => r.url.includes(geoChunk));
    await page.goto(`${server.url}stargate`);
    await waitForChart(page, 'stargate-capacity');
    await page.waitForTimeout(500);
    assert.equal(requested(), false, 'the geometry loaded before the reader came near the map');
    assert.equal(await page.locator('[data-chart-id="stargate-map"]').count(), 0);

    await page.locator('[data-near-viewport="stargate-map"]').scrollIntoViewIfNeeded();
    await waitForChart(page, 'stargate-map');
    assert.equal(requested(), true);

    const marks = await page.evaluate(marksInShapes, '[data-chart-id="stargate-map"]');
    const placed = stargate.sites.filter((s) => s.place);
    assert.equal(marks.length, placed.length, 'one mark per site with a place code');
    for (const site of placed) {
      const mark = marks.find((m) => m.site === site.id);
      assert.ok(mark, `${site.id}: no mark`);
      const code = /** @type {{ code: string }} */ (site.place).code;
      assert.equal(mark.place, code);
      if (site.region === 'us') {
        assert.equal(mark.panel, 'us');
        assert.equal(mark.region, code.slice(0, 2), `${site.id}: in the wrong state`);
      } else {
        assert.equal(mark.panel, 'world');
        assert.equal(mark.region, site.country);
      }
      assert.ok(
        mark.inside,
        `${site.id} (${code}) at ${mark.x},${mark.y} is outside its shape ${mark.region}`,
      );
      assert.deepEqual(mark.others, [], `${site.id} also falls inside ${mark.others.join(', ')}`);
    }
    // Sanity: the test can fail — a point in the Gulf of Mexico is in no state.
    const sea = await page.evaluate(() => {
      const svg = document.querySelector('[data-chart-id="stargate-map"] svg.site-map__svg');
      const texas = svg?.querySelector('g[data-panel="us"] path[data-region="48"]');
      return texas instanceof SVGPathElement ? texas.isPointInFill(new DOMPoint(600, 600)) : null;
    });
    assert.equal(sea, false);
    await expectNoDefects('map on /stargate');
  });
});

test('keyboard focus reaches every mark, the tooltip shows, and Enter opens the site page', async () => {
  await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
    await openMap(page);
    const links = page.locator('[data-chart-id="stargate-map"] a.site-map__link');
    const count = await links.count();
    assert.equal(count, stargate.sites.filter((s) => s.place).length);

    // Tab from the control before the map until every mark has had focus.
    await page.locator('[data-chart-id="stargate-map"] .legend button').last().focus();
    const seen = new Set();
    for (let i = 0; i < 200 && seen.size < count; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('site-map__link') ? el.getAttribute('href') : null;
      });
      if (href) seen.add(href);
    }
    assert.equal(seen.size, count, `focus reached ${seen.size} of ${count} marks`);

    const milam = page.locator(
      '[data-chart-id="stargate-map"] a.site-map__link[href*="/stargate/sites/milam"]',
    );
    await milam.focus();
    const tooltip = page.locator('[data-map-tooltip="milam"]');
    await tooltip.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const text = await tooltip.innerText();
    for (const part of [
      'Milam County',
      'SoftBank',
      '1.2 GW',
      'Under construction',
      '12 Jun 2026',
    ]) {
      assert.ok(text.includes(part), `tooltip lacks "${part}": ${text}`);
    }
    const name = await milam.getAttribute('aria-label');
    assert.match(name ?? '', /Milam County.*SoftBank.*1\.2 GW.*Under construction/);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/stargate/sites/milam', {
      timeout: TIMEOUT_MS,
    });
    await page
      .getByRole('heading', { level: 1, name: /Milam County/ })
      .waitFor({ timeout: TIMEOUT_MS });
    // The site page's locator map puts Milam inside Texas.
    await page.locator('svg[data-locator="48331"]').waitFor({ timeout: TIMEOUT_MS });
    const inTexas = await page.evaluate(() => {
      const svg = document.querySelector('svg[data-locator]');
      const mark = svg?.querySelector('[data-locator-mark]');
      const texas = svg?.querySelector('path[data-region="48"]');
      if (!(mark instanceof SVGCircleElement) || !(texas instanceof SVGPathElement)) return null;
      return texas.isPointInFill(new DOMPoint(mark.cx.baseVal.value, mark.cy.baseVal.value));
    });
    assert.equal(inTexas, true);
    await expectNoDefects('keyboard');
  });
});

test('?partner= leaves only that partner’s marks, and the summary says so', async () => {
  await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
    await openMap(page, '?partner=softbank');
    const sites = await page.$$eval('[data-chart-id="stargate-map"] g[data-site]', (gs) =>
      gs.map((g) => g.getAttribute('data-site')).sort(),
    );
    const expected = stargate.sites
      .filter((s) => s.leadPartner === 'softbank' && s.place)
      .map((s) => s.id)
      .sort();
    assert.ok(expected.length > 0);
    assert.deepEqual(sites, expected);
    const links = await page.locator('[data-chart-id="stargate-map"] a.site-map__link').count();
    assert.equal(links, expected.length);
    await page
      .locator('[data-chart-id="stargate-map"]')
      .getByText('Filtered in the capacity chart: SoftBank')
      .waitFor({ timeout: TIMEOUT_MS });
    const summary = await page
      .locator('[data-chart-id="stargate-map"] .chart-card__plot')
      .getAttribute('aria-describedby');
    const spoken = await page.locator(`[id="${summary}"]`).textContent();
    assert.match(spoken ?? '', /^2 US sites, 0 abroad\./);
    await expectNoDefects('partner filter');
  });
});

test('a data file replaced after the build moves a site to another county, and the mark follows', async () => {
  const doc = JSON.parse(stargateText);
  const milam = doc.sites.find((/** @type {{ id: string }} */ s) => s.id === 'milam');
  // Los Angeles County, California: a county the bundled data never names.
  milam.place.code = '06037';
  overrides.set('data/stargate.json', {
    body: JSON.stringify(doc),
    contentType: 'application/json',
  });
  try {
    await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
      await openMap(page);
      const marks = await page.evaluate(marksInShapes, '[data-chart-id="stargate-map"]');
      const mark = marks.find((m) => m.site === 'milam');
      assert.ok(mark);
      assert.equal(mark.place, '06037');
      assert.equal(mark.region, '06');
      assert.ok(mark.inside, 'the moved mark is not inside California');
      const texas = marks.find((m) => m.site === 'shackelford');
      assert.ok(texas && mark.x < texas.x, 'the moved mark is not west of Texas');
      await expectNoDefects('replaced data');
    });
  } finally {
    overrides.delete('data/stargate.json');
  }
});

test('the map as a slide fills the slide and keeps its labels apart', async () => {
  const n = registeredChartIds().indexOf('stargate-map') + 1;
  await withPage(
    browser,
    server.url,
    async ({ page, expectNoDefects }) => {
      await page.goto(`${server.url}present/${n}`);
      await waitForChart(page, 'stargate-map');
      const layout = await page.evaluate(() => {
        const svg = document.querySelector('[data-chart-id="stargate-map"] svg.site-map__svg');
        const labels = [...(svg?.querySelectorAll('.site-map__label text') ?? [])].map((t) =>
          t.getBoundingClientRect(),
        );
        let overlaps = 0;
        for (let i = 0; i < labels.length; i += 1)
          for (let j = i + 1; j < labels.length; j += 1) {
            const a = labels[i];
            const b = labels[j];
            if (
              a &&
              b &&
              a.left < b.right &&
              b.left < a.right &&
              a.top < b.bottom &&
              b.top < a.bottom
            )
              overlaps += 1;
          }
        const box = svg?.getBoundingClientRect();
        return {
          width: box?.width ?? 0,
          right: box?.right ?? Infinity,
          labels: labels.length,
          overlaps,
          // On screen: the presenter scales its 960×540 stage, so the label's size in stage px
          // times the stage's scale is what the audience reads.
          fontSize:
            Number(svg?.querySelector('.site-map__label text')?.getAttribute('font-size')) *
            ((box?.width ?? 0) / (svg?.width.baseVal.value || 1)),
        };
      });
      assert.ok(layout.width > 1200, `the slide map is ${layout.width} px wide`);
      assert.ok(
        layout.right <= 1920 + 1,
        `the slide map ends at x ${layout.right}, inside the viewport`,
      );
      assert.ok(layout.labels >= 10, `${layout.labels} labels drawn`);
      assert.equal(layout.overlaps, 0);
      assert.ok(layout.fontSize >= 22, `labels are ${layout.fontSize} px on a 1920×1080 slide`);
      await expectNoDefects('slide');
    },
    { context: { viewport: { width: 1920, height: 1080 } } },
  );
});

test('the map downloads as SVG and PNG with its title, legend, labels, sources and as-of date', async () => {
  await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
    await openMap(page);
    const card = page.locator('[data-chart-id="stargate-map"]');
    /** @param {string} format */
    const save = async (format) => {
      const toggle = card.locator('.export-menu > button');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        card.locator(`[data-export="${format}"]`).click(),
      ]);
      return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
    };
    const svgFile = await save('svg');
    assert.match(svgFile.name, /^gigawatt-stargate-map-2026-06-12\.svg$/);
    const svg = svgFile.body.toString('utf8');
    const text = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
      .map((m) => (m[1] ?? '').replace(/&amp;/g, '&'))
      .join('\n');
    for (const part of [
      'Where the sites are',
      'Under construction',
      'Cancelled',
      'Milam County · 1.2 GW',
      'United States, by county',
      'As of 12 Jun 2026',
      'Sources:',
    ]) {
      assert.ok(text.includes(part), `SVG lacks "${part}"`);
    }
    assert.ok(
      /data-region="48"/.test(svg) || /<path[^>]+d="M/.test(svg),
      'SVG carries the state shapes',
    );
    assert.ok(!/(href|src)="(https?:)?\/\//.test(svg), 'no external reference in the SVG');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    const png = (await save('png')).body;
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), width * 2);
    await expectNoDefects('map downloads');
  });
});

test('axe finds no serious violation on the drawn map, light and dark, nor on a site page’s locator', async () => {
  for (const theme of ['light', 'dark']) {
    await withPage(browser, server.url, async ({ page, expectNoDefects }) => {
      await openMap(page, `?theme=${theme}&lang=ko`);
      const violations = await seriousAxeViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));
      await page.goto(`${server.url}stargate/sites/uae?theme=${theme}`);
      await waitForLive(page);
      await page.locator('svg[data-locator="AE"]').waitFor({ timeout: TIMEOUT_MS });
      const onSite = await seriousAxeViolations(page);
      assert.deepEqual(onSite, [], describeViolations(onSite));
      await expectNoDefects(`axe ${theme}`);
    });
  }
});
