// Charts are ready before their code: every chart's first picture is in the HTML, drawn at
// build time (scripts/chart-snapshots.ts), and the live chart takes over in the same box.
//
// With the app's JavaScript blocked, each chart on /stargate, /fusion and /energy shows an SVG
// with its marks and labels, the phone's picture on a phone. With JavaScript on, a page scrolled
// end to end keeps its pictures (only looked at, a chart needs no code), and every chart turns
// live once the reader points at it, with no layout shift and no console error or CSP report,
// and (on a slow phone) without a frame in which the plot is empty.
//
// Run alone with `node tests/e2e/run.mjs chart-first-paint`. E2E_DIST serves an existing build.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, buildApp } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForChart, waitForLive, withPage } from './browser.mjs';
import { startServer } from './server.mjs';

/** The charts each topic page draws in its cards (the map loads near the viewport, unpictured). */
const PAGES = {
  '/stargate': ['stargate-capacity', 'stargate-growth', 'stargate-investment'],
  '/fusion': ['fusion-roadmap', 'fusion-records', 'fusion-investment'],
  '/energy': ['energy-gap', 'energy-slip'],
};

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let server;

before(async () => {
  const dist = process.env.E2E_DIST
    ? path.resolve(process.env.E2E_DIST)
    : await buildApp({ outDir: DIST, base: '/' });
  browser = await launchBrowser();
  server = await startServer({ dir: dist, base: '/' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The blocked scripts themselves: failed loads of /assets/*.js are the point of the test. */
const blockedScript = (/** @type {import('./browser.mjs').Defect} */ d) =>
  /\/assets\/[^/]+\.js/.test(`${d.url} ${d.text}`) &&
  ['request-failed', 'console-error'].includes(d.kind);

/**
 * Runs in the page: what each chart's visible picture shows.
 * @param {string[]} ids
 */
function pictures(ids) {
  return ids.map((id) => {
    const slot = document.querySelector(`[data-chart-id="${id}"] [data-chart-slot]`);
    const shown = [...(slot?.querySelectorAll('.chart-picture') ?? [])].filter(
      (p) => getComputedStyle(p).display !== 'none',
    );
    // The drawing's own SVG: the largest one (an axis or a key may be drawn apart).
    const svg = [...(shown[0]?.querySelectorAll('svg') ?? [])].sort(
      (a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height,
    )[0];
    const box = svg?.getBoundingClientRect();
    const slotBox = slot?.getBoundingClientRect();
    const marks = [...(svg?.querySelectorAll('path, rect, line, circle, polygon') ?? [])].filter(
      (m) => {
        const b = m.getBoundingClientRect();
        return b.width > 0 && b.height > 0;
      },
    ).length;
    const texts = [...(svg?.querySelectorAll('text') ?? [])]
      .map((t) => (t.textContent ?? '').trim())
      .filter(Boolean);
    return {
      id,
      shown: shown.map((p) => p.className),
      width: Math.round(box?.width ?? 0),
      height: Math.round(box?.height ?? 0),
      slotWidth: Math.round(slotBox?.width ?? 0),
      marks,
      texts,
    };
  });
}

describe('charts paint from the HTML, before and without their code', () => {
  for (const width of [1280, 375])
    for (const [route, ids] of Object.entries(PAGES))
      test(`${route} at ${width} px with the app's scripts blocked`, (t) =>
        withPage(
          browser,
          server.url,
          async ({ page, context, expectNoDefects }) => {
            await context.route('**/assets/*.js', (r) => r.abort());
            await page.goto(server.url + route.slice(1), { waitUntil: 'load' });
            const drawn = await page.evaluate(pictures, ids);
            for (const chart of drawn) {
              assert.equal(chart.shown.length, 1, `${chart.id}: one picture shown, ${chart.shown}`);
              assert.match(
                chart.shown[0] ?? '',
                width < 640 ? /narrow|^chart-picture$/ : /wide|^chart-picture$/,
                `${chart.id}: the picture for this width`,
              );
              assert.ok(chart.width > 200 && chart.height > 100, `${chart.id}: a picture in view`);
              assert.ok(chart.width <= chart.slotWidth + 1, `${chart.id}: fits its card`);
              assert.ok(chart.marks >= 3, `${chart.id}: marks drawn (${chart.marks})`);
              assert.ok(chart.texts.length >= 3, `${chart.id}: labels (${chart.texts.join('|')})`);
            }
            // The labels are the data's: a site's name and its capacity, the first programme.
            const text = (/** @type {string} */ id) =>
              drawn.find((c) => c.id === id)?.texts.join(' ') ?? '';
            if (route === '/stargate') {
              assert.match(text('stargate-capacity'), /Abilene/);
              assert.match(text('stargate-capacity'), /\d GW/);
            }
            if (route === '/fusion') assert.match(text('fusion-roadmap'), /ITER/);
            await expectNoDefects();
          },
          { name: t.name, allow: blockedScript, context: { viewport: { width, height: 900 } } },
        ));
});

describe('the live chart takes over the picture', () => {
  const runs = [
    ...Object.entries(PAGES).map(([route, ids]) => ({ route, ids, width: 1280 })),
    // On a phone the charts lay out otherwise (labels above the bars) and take other heights.
    { route: '/stargate', ids: PAGES['/stargate'], width: 375 },
  ];
  for (const { route, ids, width } of runs)
    test(`${route} at ${width} px: every chart turns live with no layout shift`, (t) =>
      withPage(
        browser,
        server.url,
        async ({ page, expectNoDefects, settle }) => {
          await page.addInitScript(() => {
            const held = /** @type {{ shifts: { value: number, sources: string[] }[] }} */ (
              /** @type {unknown} */ (window)
            );
            held.shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                const shift =
                  /** @type {PerformanceEntry & { value: number, hadRecentInput: boolean, sources?: { node?: Node }[] }} */ (
                    entry
                  );
                if (shift.hadRecentInput) continue;
                held.shifts.push({
                  value: shift.value,
                  sources: (shift.sources ?? []).map((s) =>
                    s.node instanceof Element
                      ? `${s.node.tagName}.${s.node.className}`
                      : String(s.node?.nodeName),
                  ),
                });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(server.url + route.slice(1));
          await page.waitForSelector('[data-chart-slot] .chart-picture', {
            state: 'attached',
            timeout: TIMEOUT_MS,
          });
          // Once the app has taken the page over, down the page a screen at a time, as a reader
          // would, then back up: the pictures stay.
          await waitForLive(page);
          for (const direction of [1, -1])
            for (;;) {
              const more = await page.evaluate((sign) => {
                const before = window.scrollY;
                window.scrollBy(0, sign * window.innerHeight * 0.8);
                return window.scrollY !== before;
              }, direction);
              await page.waitForTimeout(150);
              if (!more) break;
            }
          // (The map has no picture: it draws itself when the reader nears it.)
          const liveAfterScroll = (
            await page.$$eval('[data-chart-slot][data-chart-digest]', (s) =>
              s.map((slot) => slot.getAttribute('data-chart-slot')),
            )
          ).filter((id) => ids.includes(id ?? ''));
          assert.deepEqual(liveAfterScroll, [], 'a chart only scrolled past turned live');
          // The reader points at each chart: it turns live in the picture's place.
          for (const id of ids) await page.hover(`[data-chart-id="${id}"] [data-chart-slot]`);
          for (const id of ids) {
            await page.waitForFunction(
              (chartId) => {
                const slot = document.querySelector(
                  `[data-chart-id="${chartId}"] [data-chart-slot]`,
                );
                return (
                  slot instanceof HTMLElement &&
                  slot.dataset.chartDigest !== undefined &&
                  slot.querySelector('.chart-picture') === null
                );
              },
              id,
              { timeout: TIMEOUT_MS, polling: 100 },
            );
            await waitForChart(page, id);
          }
          await settle();
          const shifts = await page.evaluate(
            () =>
              /** @type {{ shifts: { value: number, sources: string[] }[] }} */ (
                /** @type {unknown} */ (window)
              ).shifts,
          );
          const cls = shifts.reduce((sum, s) => sum + s.value, 0);
          assert.ok(cls <= 0.01, `layout shift ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
          await expectNoDefects();
        },
        { name: t.name, context: { viewport: { width, height: 900 } } },
      ));

  // Recharts measures its box and fills in its axes and labels over several renders; on a slow
  // phone those are frames apart. The reader must see the picture or the drawn chart in every
  // frame, never an empty plot.
  test('on a slow phone, every frame of the take-over shows the picture or the drawn chart', (t) =>
    withPage(
      browser,
      server.url,
      async ({ page, context, expectNoDefects }) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
        await page.goto(`${server.url}stargate`);
        await waitForLive(page);
        for (const id of PAGES['/stargate']) {
          const blank = await page.evaluate(async (chartId) => {
            const slot = document.querySelector(`[data-chart-id="${chartId}"] [data-chart-slot]`);
            if (!(slot instanceof HTMLElement)) return [`${chartId}: no slot`];
            const empty = [];
            /** The plot as the reader sees it: a visible SVG with text in it. */
            const shows = () =>
              [...slot.querySelectorAll('svg')].some(
                (svg) =>
                  svg.getBoundingClientRect().height > 0 &&
                  [...svg.querySelectorAll('text')].some((e) => /\d/.test(e.textContent ?? '')),
              );
            slot.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
            const start = performance.now();
            for (;;) {
              await new Promise((resolve) => requestAnimationFrame(resolve));
              if (!shows()) empty.push(`${Math.round(performance.now() - start)} ms`);
              const live = slot.dataset.chartDigest !== undefined;
              if (live && !slot.querySelector('.chart-picture') && shows()) break;
              if (performance.now() - start > 20_000) {
                empty.push('never drawn');
                break;
              }
            }
            return empty.map((at) => `${chartId}: blank at ${at}`);
          }, id);
          assert.deepEqual(blank, [], 'the plot was empty in a frame');
        }
        await expectNoDefects();
      },
      { name: t.name, context: { viewport: { width: 375, height: 800 }, isMobile: true } },
    ));
});
