// Presenter mode in a real browser under the strict CSP: clicker keys move the slide and the
// URL follows (a reload keeps the place); `?slides=` makes a custom deck; `?interval=` loops
// for hours without leaking (heap, DOM nodes and listeners measured after forced GC); the
// speaker view in a second window follows the audience window and can drive it.
//
// Run alone with `node tests/e2e/run.mjs present`.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMEOUT_MS, newContext, newPage, waitForChart } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { appSuite } from './app-suite.mjs';

const CHARTS = registeredChartIds();

const app = appSuite();

/**
 * @param {import('playwright-core').Page} page
 * @param {number} n 1-based slide
 */
async function expectSlide(page, n) {
  await page.waitForURL((url) => url.pathname === `/present/${n}`, { timeout: TIMEOUT_MS });
  const id = CHARTS[n - 1];
  assert.ok(id, `slide ${n} exists`);
  await waitForChart(page, id);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  assert.match(heading ?? '', new RegExp(`Slide ${n} of ${CHARTS.length}`));
}

test('clicker keys move the slide, the URL follows, a reload keeps the place', async (t) => {
  await app.inPage(
    t,
    async ({ page, expectNoDefects }) => {
      await page.goto(`${app.server.url}present`);
      await expectSlide(page, 1);
      const last = CHARTS.length;

      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 2);
      await page.keyboard.press('Space');
      await expectSlide(page, Math.min(3, last));
      await page.keyboard.press('PageUp');
      await expectSlide(page, 2);
      await page.keyboard.press('End');
      await expectSlide(page, last);
      await page.keyboard.press('PageDown');
      await expectSlide(page, last);
      await page.keyboard.press('Home');
      await expectSlide(page, 1);
      await page.keyboard.press('PageDown');
      await expectSlide(page, 2);

      await page.reload();
      await expectSlide(page, 2);

      await page.keyboard.press('Shift+?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });

      await page.keyboard.press('b');
      await page.locator('.present__blackout').waitFor({ state: 'visible' });
      await page.keyboard.press('b');
      await page.locator('.present__blackout').waitFor({ state: 'detached' });

      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement !== null);
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null);

      // Out of range lands on a real slide instead of an empty page.
      await page.goto(`${app.server.url}present/99?lang=ko`);
      await page.waitForURL(
        (url) => url.pathname === `/present/${last}` && url.search === '?lang=ko',
      );
      await waitForChart(page, /** @type {string} */ (CHARTS[last - 1]));
      await page.goto(`${app.server.url}present/0`);
      await expectSlide(page, 1);

      await expectNoDefects('presenter keys');
    },
    { name: t.name },
  );
});

test('?slides= makes a custom deck, keeps its filters, and copies a link to it', async (t) => {
  const [first, second] = [CHARTS[CHARTS.length - 1], CHARTS[0]];
  await app.inPage(
    t,
    async ({ page, context, expectNoDefects }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: app.server.origin,
      });
      await page.goto(
        `${app.server.url}present/1?slides=${first},no-such-chart,${second}&partner=oracle&lang=en`,
      );
      await page.waitForURL((url) => url.pathname === '/present/1');
      await waitForChart(page, /** @type {string} */ (first));
      assert.match(
        (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
        /Slide 1 of 2/,
      );
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.pathname === '/present/2');
      await waitForChart(page, /** @type {string} */ (second));
      const url = new URL(page.url());
      assert.equal(
        url.searchParams.get('partner'),
        'oracle',
        'the slide keeps the filters in its URL',
      );

      // The controls show once the pointer moves over the slide.
      await page.mouse.move(400, 300);
      await page.mouse.move(420, 310);
      await page.getByRole('button', { name: 'Copy deck link' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      assert.equal(copied.origin + copied.pathname, `${app.server.origin}/present/1`);
      assert.equal(
        copied.searchParams.get('slides'),
        `${first},${second}`,
        'unknown ids are dropped from the link',
      );
      assert.equal(copied.searchParams.get('partner'), 'oracle');
      await expectNoDefects('custom deck');
    },
    { name: t.name },
  );
});

test('?interval= loops, pauses on a key, resumes, and does not leak over many advances', async (t) => {
  const context = await newContext(app.browser);
  try {
    const { page, expectNoDefects } = await newPage(context, app.server.url);
    const cdp = await context.newCDPSession(page);
    /**
     * Heap after forced GC, split from a snapshot: compiled code grows for a while as V8
     * optimises hot functions (and then stops); everything else is what a leak would grow.
     */
    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      // DOM counters first: a heap snapshot wraps DOM objects of its own, which would count.
      const dom = await cdp.send('Memory.getDOMCounters');
      /** @type {string[]} */
      const chunks = [];
      /** @param {{ chunk: string }} event */
      const collect = (event) => chunks.push(event.chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
      const snapshot = JSON.parse(chunks.join(''));
      const fields = snapshot.snapshot.meta.node_fields;
      const typeNames = snapshot.snapshot.meta.node_types[0];
      const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
      let code = 0;
      let other = 0;
      for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
        const type = typeNames[snapshot.nodes[i + typeAt]];
        // JS objects only: code is V8 optimising, native is Blink's bounded buffers (resource
        // and long-task timing, which a loaded machine fills fast); DOM is counted above.
        if (type === 'code') code += snapshot.nodes[i + sizeAt];
        else if (type !== 'native' && type !== 'hidden') other += snapshot.nodes[i + sizeAt];
      }
      return { code, other, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    // Counts slide changes in the page itself: polling from here could miss a fast one.
    /** @returns {Promise<number>} */
    const advances = () =>
      page.evaluate(() => Number(document.documentElement.dataset.e2eAdvances ?? 0));
    await page.addInitScript(() => {
      let last = '';
      setInterval(() => {
        if (location.pathname !== last) {
          last = location.pathname;
          const root = document.documentElement;
          root.dataset.e2eAdvances = String(Number(root.dataset.e2eAdvances ?? -1) + 1);
        }
      }, 20);
    });
    /** @param {number} count */
    const waitForAdvances = async (count) => {
      const start = await advances();
      await page.waitForFunction(
        (target) => Number(document.documentElement.dataset.e2eAdvances ?? 0) >= target,
        start + count,
        { timeout: TIMEOUT_MS * 4, polling: 50 },
      );
    };
    /**
     * Pauses with a key, goes to slide 1 and then 2 (keys keep it paused), checks that the deck
     * stays put, and measures the still page on slide 2. Recharts keeps the last result of a
     * selector in its module (a layer element of the chart that last computed it), so the last
     * Recharts chart shown stays reachable after it leaves, until another one draws: on a slide
     * without Recharts (slide 1) the counts would differ by whichever slide the pause fell on.
     * Slide 2 is drawn by Recharts, so the chart it keeps is the one on screen. A snapshot on a
     * loaded machine can outlast the pause, so the stay-put check comes first.
     */
    const pauseAndMeasure = async () => {
      await page.keyboard.press('Home');
      await page.getByText(/Auto-advance paused/).waitFor();
      await expectSlide(page, 1);
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 2);
      const pausedAt = page.url();
      await page.waitForTimeout(2_000);
      assert.equal(page.url(), pausedAt, 'no advance while paused');
      return { pausedAt, ...(await measure()) };
    };

    await page.goto(`${app.server.url}present/1?interval=0.3`);
    // Warm up: two full loops, so every chart's code and data are loaded, and each chart has
    // gone from its build-time picture to live and back at least once (V8 then has compiled
    // both paths; a single loop leaves part of that to the measured advances).
    await waitForAdvances(CHARTS.length * 2 + 1);
    const baseline = await pauseAndMeasure();
    // It resumes on its own.
    await page.waitForURL((url) => url.href !== baseline.pausedAt, { timeout: 25_000 });

    const many = Math.max(100, CHARTS.length * 20);
    await waitForAdvances(many);
    const end = await pauseAndMeasure();
    const mb = (/** @type {number} */ bytes) => (bytes / 1e6).toFixed(2);
    t.diagnostic(
      `after ${many} advances: heap (not code) ${mb(baseline.other)} → ${mb(end.other)} MB, code ${mb(baseline.code)} → ${mb(end.code)} MB, ` +
        `DOM nodes ${baseline.nodes} → ${end.nodes}, listeners ${baseline.listeners} → ${end.listeners}`,
    );
    // Measured without a leak: ~2.5 kB a slide, all browser bookkeeping (resource timing for
    // the favicon Chromium refetches under no-store, and metadata of newly optimised code).
    // A retained slide (a chart's fibres, store and DOM) is tens of kB, so it would show.
    assert.ok(
      end.other - baseline.other < 1e6,
      `heap grew ${mb(end.other - baseline.other)} MB over ${many} advances`,
    );
    assert.ok(
      end.code - baseline.code < 3e6,
      `compiled code grew ${mb(end.code - baseline.code)} MB`,
    );
    assert.ok(
      end.listeners <= baseline.listeners,
      `listeners ${baseline.listeners} → ${end.listeners}`,
    );
    assert.ok(end.nodes <= baseline.nodes + 50, `DOM nodes ${baseline.nodes} → ${end.nodes}`);
    await expectNoDefects('auto-advance');
  } finally {
    await context.close();
  }
});

test('the speaker view follows the audience window and can drive it', async (t) => {
  const context = await newContext(app.browser);
  try {
    const audience = await newPage(context, app.server.url);
    const speaker = await newPage(context, app.server.url);
    await audience.page.goto(`${app.server.url}present/1`);
    await waitForChart(audience.page, /** @type {string} */ (CHARTS[0]));
    await speaker.page.goto(`${app.server.url}present/speaker`);
    await speaker.page.getByText('Following the audience window').waitFor();

    const current = speaker.page.getByRole('region', { name: 'Current slide' });
    const next = speaker.page.getByRole('region', { name: 'Next slide' });
    const notes = speaker.page.getByRole('region', { name: 'Notes' });
    /** @param {number} n */
    const speakerShows = async (n) => {
      await speaker.page.waitForURL((url) => url.searchParams.get('slide') === String(n));
      await current.locator(`[data-chart-id="${CHARTS[n - 1]}"]`).waitFor();
      if (n < CHARTS.length) await next.locator(`[data-chart-id="${CHARTS[n]}"]`).waitFor();
      assert.ok(
        ((await notes.textContent()) ?? '').length > 'Notes'.length,
        `slide ${n} has notes`,
      );
    };
    await speakerShows(1);

    await audience.page.keyboard.press('ArrowRight');
    await speakerShows(2);

    await speaker.page.bringToFront();
    await speaker.page.keyboard.press('ArrowRight');
    await audience.page.waitForURL(
      (url) => url.pathname === `/present/${Math.min(3, CHARTS.length)}`,
    );
    await speakerShows(Math.min(3, CHARTS.length));

    assert.match(
      (await speaker.page.locator('.speaker__timer time').textContent()) ?? '',
      /^\d{2}:\d{2}$/,
    );
    await audience.expectNoDefects('audience');
    await speaker.expectNoDefects('speaker');
  } catch (error) {
    t.diagnostic(String(error));
    throw error;
  } finally {
    await context.close();
  }
});
