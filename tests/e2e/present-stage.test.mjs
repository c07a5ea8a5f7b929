// Presenter mode owns the screen, in a real browser under the strict CSP: at 1920×1080,
// 1366×768 and 1280×720, every slide of the default deck and of the example deck fits without
// scrolling, with its title, chart, sources line and as-of date inside the viewport and the
// chart's smallest text at least 22 px at 1920×1080 (in proportion below); the controls never
// cover the chart. Then swipe, `o` and Esc, the progress bar, the last slide, the speaker view,
// a broken deck file and the handout PDF (one 16:9 page a slide).
//
// Screenshots of every slide at 1920×1080, English and Korean, go to test-results/slides/
// for a person to look at.
//
// Run alone with `node tests/e2e/run.mjs present-stage`.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { waitForChart, waitForChartsSettled } from './browser.mjs';
import { registeredChartIds } from './registry.mjs';
import { appSuite } from './app-suite.mjs';

const DEFAULT_DECK = registeredChartIds();
const EXAMPLE = 'briefing';
/** @type {{ slides: { chartId: string, notes?: { en: string } }[] }} */
const exampleDeck = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'public', 'decks', `${EXAMPLE}.json`), 'utf8'),
);
const EXAMPLE_DECK = exampleDeck.slides.map((s) => s.chartId);
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
const SHOTS = path.join(REPO_ROOT, 'test-results', 'slides');

const app = appSuite();

before(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/**
 * Resolves once the chart `chartId` inside `scope` (a CSS selector) has drawn a mark.
 * @param {import('playwright-core').Page} page
 * @param {string} scope
 * @param {string} chartId
 */
async function waitForChartIn(page, scope, chartId) {
  await page.waitForFunction(
    ([sel, id]) => {
      const host = document.querySelector(`${sel} [data-chart-id="${CSS.escape(id)}"]`);
      // Recharts' surfaces, the category bars' and the map's own SVG (drawn without Recharts), as chartDrawn in browser.mjs.
      const marks = host?.querySelectorAll(
        'svg.recharts-surface path, svg.recharts-surface rect, svg.chart-svg path, svg.chart-svg rect, svg.site-map__svg path, svg.site-map__svg rect',
      );
      return [...(marks ?? [])].some((mark) => {
        const box = mark.getBoundingClientRect();
        return (
          !mark.closest('.recharts-cartesian-grid, .recharts-cartesian-axis, defs, clipPath') &&
          (box.width > 0 || box.height > 0)
        );
      });
    },
    [scope, chartId],
    { polling: 100 },
  );
}

/**
 * Runs in the page: how the slide on screen sits in the viewport.
 * @param {string} chartId
 */
function measureSlide(chartId) {
  const stage = /** @type {HTMLElement} */ (document.querySelector('.present .stage'));
  const clip = /** @type {HTMLElement} */ (stage.querySelector('.slide__chart'));
  const card = /** @type {HTMLElement} */ (
    stage.querySelector(`[data-chart-id="${CSS.escape(chartId)}"]`)
  );
  const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
  const box = (/** @type {Element | null} */ el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
    };
  };
  const plot = card.querySelector('.chart-card__plot');
  const svgs = [...(plot?.querySelectorAll('svg') ?? [])];
  const main =
    svgs.sort(
      (a, b) =>
        b.getBoundingClientRect().height * b.getBoundingClientRect().width -
        a.getBoundingClientRect().height * a.getBoundingClientRect().width,
    )[0] ?? null;
  const texts = [...(plot?.querySelectorAll('svg text') ?? [])].filter((t) => {
    const style = getComputedStyle(t);
    return (
      (t.textContent ?? '').trim() !== '' &&
      style.display !== 'none' &&
      style.visibility !== 'hidden' &&
      t.getBoundingClientRect().width > 0
    );
  });
  const sizes = texts.map((t) => ({
    text: (t.textContent ?? '').trim().slice(0, 40),
    px: parseFloat(getComputedStyle(t).fontSize) * scale,
  }));
  sizes.sort((a, b) => a.px - b.px);
  const px = (/** @type {Element | null} */ el) =>
    el ? parseFloat(getComputedStyle(el).fontSize) * scale : 0;
  return {
    scale,
    opacity: getComputedStyle(stage).opacity,
    viewport: { width: innerWidth, height: innerHeight },
    scroll: {
      height: document.scrollingElement?.scrollHeight ?? 0,
      width: document.scrollingElement?.scrollWidth ?? 0,
    },
    clip: box(clip),
    title: box(card.querySelector('.chart-card__title')),
    titlePx: px(card.querySelector('.chart-card__title')),
    takeawayPx: px(card.querySelector('.chart-card__takeaway')),
    chart: box(main),
    sources: box(card.querySelector('.chart-card__sources')),
    asOf: box(card.querySelector('.chart-card__asof')),
    smallest: sizes[0] ?? null,
    textCount: sizes.length,
    slideText: stage.textContent ?? '',
  };
}

/**
 * @param {{ left: number, top: number, right: number, bottom: number } | null} inner
 * @param {{ left: number, top: number, right: number, bottom: number }} outer
 */
function inside(inner, outer) {
  return (
    inner !== null &&
    inner.left >= outer.left - 1 &&
    inner.top >= outer.top - 1 &&
    inner.right <= outer.right + 1 &&
    inner.bottom <= outer.bottom + 1
  );
}

/**
 * Waits until slide `n` shows its chart drawn and laid out to fit (the slide sizes its plot
 * after a first measurement), then checks everything the issue asks of a slide.
 * @param {import('playwright-core').Page} page
 * @param {number} n
 * @param {string} chartId
 * @param {string} label
 */
async function checkSlide(page, n, chartId, label) {
  await page.waitForURL((url) => url.pathname === `/present/${n}`);
  await waitForChart(page, chartId);
  await waitForChartsSettled(page);
  // The fit is done when the card no longer overflows its box (or the wait fails with the numbers).
  await page
    .waitForFunction(
      () => {
        const clip = document.querySelector('.present .slide__chart');
        const card = clip?.firstElementChild;
        return (
          card instanceof HTMLElement &&
          clip instanceof HTMLElement &&
          card.offsetHeight <= clip.clientHeight + 1
        );
      },
      undefined,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => {});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const m = await page.evaluate(measureSlide, chartId);
  const where = `${label}, slide ${n} (${chartId})`;
  const viewport = { left: 0, top: 0, right: m.viewport.width, bottom: m.viewport.height };
  assert.ok(
    m.scroll.height <= m.viewport.height && m.scroll.width <= m.viewport.width,
    `${where}: the document scrolls (${m.scroll.width}×${m.scroll.height})`,
  );
  const clip = /** @type {NonNullable<typeof m.clip>} */ (m.clip);
  for (const [name, box] of /** @type {const} */ ([
    ['title', m.title],
    ['chart', m.chart],
    ['sources line', m.sources],
    ['as-of date', m.asOf],
  ])) {
    assert.ok(box && box.height > 0, `${where}: no ${name}`);
    assert.ok(
      inside(box, viewport),
      `${where}: the ${name} is outside the viewport: ${JSON.stringify(box)}`,
    );
    assert.ok(
      inside(box, clip),
      `${where}: the ${name} is cut off by the slide: ${JSON.stringify(box)} in ${JSON.stringify(clip)}`,
    );
  }
  assert.equal(m.opacity, '1', `${where}: the stage is shown, not left transparent`);
  // 22 px at 1920×1080, where the stage is drawn at twice its size; in proportion elsewhere.
  const wanted = 22 * (m.scale / 2);
  assert.ok(m.smallest, `${where}: no text in the chart`);
  assert.ok(
    m.smallest.px >= wanted - 0.05,
    `${where}: the smallest chart text is ${m.smallest.px.toFixed(1)} px ("${m.smallest.text}"); at least ${wanted.toFixed(1)} px wanted`,
  );
  assert.ok(
    m.takeawayPx <= m.titlePx,
    `${where}: the takeaway (${m.takeawayPx} px) is larger than the title (${m.titlePx} px)`,
  );
  assert.doesNotMatch(
    m.slideText,
    /[은는이가을를과와]\([은는이가을를과와]\)/,
    `${where}: a 은(는)-style fallback on the slide`,
  );
  return m;
}

for (const size of SIZES) {
  for (const [deckName, deck, query] of /** @type {const} */ ([
    ['default deck', DEFAULT_DECK, ''],
    ['example deck', EXAMPLE_DECK, `deck=${EXAMPLE}`],
  ])) {
    const langs = size.width === 1920 ? ['en', 'ko'] : ['en'];
    for (const lang of langs) {
      test(`${deckName}, ${size.width}×${size.height}, ${lang}: every slide fits, with legible chart text`, async (t) => {
        await app.inPage(
          t,
          async ({ page, expectNoDefects }) => {
            const search = [query, `lang=${lang}`].filter(Boolean).join('&');
            await page.goto(`${app.server.url}present/1?${search}`);
            for (let n = 1; n <= deck.length; n++) {
              const chartId = /** @type {string} */ (deck[n - 1]);
              if (n > 1) await page.keyboard.press('ArrowRight');
              const m = await checkSlide(
                page,
                n,
                chartId,
                `${deckName} ${size.width}×${size.height} ${lang}`,
              );
              t.diagnostic(
                `slide ${n} ${chartId}: smallest chart text ${m.smallest?.px.toFixed(1)} px ("${m.smallest?.text}"), ${m.textCount} texts`,
              );
              if (size.width === 1920) {
                await page.screenshot({
                  path: path.join(SHOTS, `${query ? EXAMPLE : 'default'}-${n}-${lang}.png`),
                });
              }
              if (n === 1) {
                // The controls show on pointer movement, in the slide's foot band: never over the chart.
                await page.mouse.move(size.width / 2, size.height / 2);
                await page.mouse.move(size.width / 2 + 40, size.height / 2 + 10);
                const bar = page.getByRole('navigation', {
                  name: lang === 'ko' ? '슬라이드' : 'Slides',
                });
                await page.waitForFunction(
                  () =>
                    getComputedStyle(
                      /** @type {Element} */ (document.querySelector('.present__bar')),
                    ).opacity === '1',
                );
                const barBox = await bar.boundingBox();
                assert.ok(barBox, 'the controls are on screen');
                for (const [name, box] of /** @type {const} */ ([
                  ['chart', m.chart],
                  ['sources line', m.sources],
                  ['as-of date', m.asOf],
                ])) {
                  assert.ok(
                    box && box.bottom <= barBox.y + 1,
                    `the controls cover the ${name}: ${JSON.stringify(box)} vs bar at y ${barBox.y}`,
                  );
                }
                assert.ok(
                  barBox.y + barBox.height <= size.height + 1,
                  'the controls are inside the viewport',
                );
                // Out of the way again: no tooltip and no controls in the screenshots that follow.
                await page.mouse.move(1, 1);
                await page.waitForFunction(
                  () =>
                    getComputedStyle(
                      /** @type {Element} */ (document.querySelector('.present__bar')),
                    ).opacity === '0',
                  undefined,
                  { timeout: 10_000 },
                );
              }
            }
            await expectNoDefects(`${deckName} ${size.width}×${size.height} ${lang}`);
          },
          { name: t.name, context: { viewport: size } },
        );
      });
    }
  }
}

test('swipe, o and Esc, the progress bar, Home/End and the last slide', async (t) => {
  const total = DEFAULT_DECK.length;
  await app.inPage(
    t,
    async ({ page, context, expectNoDefects }) => {
      await page.goto(`${app.server.url}present/1`);
      await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[0]));
      const progress = page.getByRole('progressbar', { name: 'Progress through the deck' });
      assert.equal(await progress.getAttribute('aria-valuenow'), '1');
      assert.equal(await progress.getAttribute('aria-valuemax'), String(total));
      const fill = async () =>
        page.evaluate(() => {
          const bar = /** @type {HTMLElement} */ (document.querySelector('.present__progress'));
          const inner = /** @type {HTMLElement} */ (bar.firstElementChild);
          return inner.getBoundingClientRect().width / bar.getBoundingClientRect().width;
        });
      assert.ok(Math.abs((await fill()) - 1 / total) < 0.01, 'the bar is 1/total full on slide 1');

      // A swipe to the left is "next", to the right "previous"; a vertical drag does nothing.
      const cdp = await context.newCDPSession(page);
      /** @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 */
      const swipe = async (x0, y0, x1, y1) => {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchStart',
          touchPoints: [{ x: x0, y: y0 }],
        });
        for (let i = 1; i <= 5; i++) {
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x: x0 + ((x1 - x0) * i) / 5, y: y0 + ((y1 - y0) * i) / 5 }],
          });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      await swipe(1100, 400, 300, 420);
      await page.waitForURL((url) => url.pathname === '/present/2');
      await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[1]));
      assert.equal(await progress.getAttribute('aria-valuenow'), '2');
      assert.ok(Math.abs((await fill()) - 2 / total) < 0.01, 'the bar is 2/total full on slide 2');
      await swipe(300, 400, 1100, 380);
      await page.waitForURL((url) => url.pathname === '/present/1');
      await swipe(600, 100, 620, 600);
      await page.waitForTimeout(300);
      assert.equal(
        new URL(page.url()).pathname,
        '/present/1',
        'a vertical drag does not turn the slide',
      );

      // `o` opens the overview; a tile jumps there; Esc from a slide opens it too.
      await page.keyboard.press('o');
      const overview = page.getByRole('dialog', { name: 'All slides' });
      await overview.waitFor();
      const tiles = overview.getByRole('button', { name: /^Slide \d+ of \d+/ });
      assert.equal(await tiles.count(), total);
      assert.equal(
        await overview
          .getByRole('button', { name: `Slide 1 of ${total}` })
          .getAttribute('aria-current'),
        'true',
      );
      await waitForChartIn(
        page,
        '.slide-overview',
        /** @type {string} */ (DEFAULT_DECK[total - 1]),
      );
      await overview.getByRole('button', { name: `Slide 3 of ${total}` }).click();
      await overview.waitFor({ state: 'detached' });
      await page.waitForURL((url) => url.pathname === '/present/3');
      await page.keyboard.press('Escape');
      await overview.waitFor();
      await page.keyboard.press('Escape');
      await overview.waitFor({ state: 'detached' });
      assert.equal(new URL(page.url()).pathname, '/present/3');

      // Home and End; → on the last slide stays there, as the speaker view says.
      await page.keyboard.press('End');
      await page.waitForURL((url) => url.pathname === `/present/${total}`);
      await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[total - 1]));
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
      assert.equal(new URL(page.url()).pathname, `/present/${total}`, '→ on the last slide stays');
      await swipe(1100, 400, 300, 400);
      await page.waitForTimeout(400);
      assert.equal(
        new URL(page.url()).pathname,
        `/present/${total}`,
        'a swipe on the last slide stays',
      );
      assert.equal(await progress.getAttribute('aria-valuenow'), String(total));
      await page.keyboard.press('Home');
      await page.waitForURL((url) => url.pathname === '/present/1');

      const speaker = await context.newPage();
      await speaker.goto(`${app.server.url}present/speaker?slide=${total}`);
      await speaker
        .getByText('Following the audience window')
        .or(speaker.getByText(/^Waiting for the audience/))
        .first()
        .waitFor();
      // The audience window answers and puts the speaker on its slide; go to the end from there.
      await page.bringToFront();
      await page.keyboard.press('End');
      await speaker.waitForURL((url) => url.searchParams.get('slide') === String(total));
      await speaker
        .getByRole('region', { name: 'Next slide' })
        .getByText('Last slide: → stays here (Home goes back to slide 1).')
        .waitFor();
      await speaker.close();
      await expectNoDefects('navigation');
    },
    { name: t.name, context: { viewport: { width: 1280, height: 720 }, hasTouch: true } },
  );
});

test('the speaker view shows the current and next slide live, the deck’s notes, a timer and the clock', async (t) => {
  await app.inPage(
    t,
    async ({ page, expectNoDefects }) => {
      await page.goto(`${app.server.url}present/speaker?deck=${EXAMPLE}&slide=1`);
      const current = page.getByRole('region', { name: 'Current slide' });
      const next = page.getByRole('region', { name: 'Next slide' });
      await waitForChartIn(page, '.speaker__current', /** @type {string} */ (EXAMPLE_DECK[0]));
      await waitForChartIn(page, '.speaker__next', /** @type {string} */ (EXAMPLE_DECK[1]));
      // Thumbnails are the audience's 16:9 stage, scaled down.
      for (const region of [current, next]) {
        const box = await region.locator('.stage').boundingBox();
        assert.ok(
          box && Math.abs(box.width / box.height - 16 / 9) < 0.02,
          `a 16:9 thumbnail: ${JSON.stringify(box)}`,
        );
      }
      const notes = await page.getByRole('region', { name: 'Notes' }).textContent();
      assert.match(notes ?? '', new RegExp((exampleDeck.slides[0]?.notes?.en ?? '').slice(0, 30)));
      const timer = page.locator('.speaker__timer time');
      assert.match((await timer.textContent()) ?? '', /^\d{2}:\d{2}$/);
      const clock = page.locator('.speaker__clock time');
      assert.match((await clock.textContent()) ?? '', /^\d{2}:\d{2}$/);
      const stamp = new Date(/** @type {string} */ (await clock.getAttribute('datetime')));
      assert.ok(Math.abs(stamp.getTime() - Date.now()) < 60_000, 'the clock shows the time now');
      await page.waitForFunction(
        () => document.querySelector('.speaker__timer time')?.textContent === '00:02',
        undefined,
        { timeout: 10_000 },
      );
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.searchParams.get('slide') === '2');
      await waitForChartIn(page, '.speaker__current', /** @type {string} */ (EXAMPLE_DECK[1]));
      await waitForChartIn(page, '.speaker__next', /** @type {string} */ (EXAMPLE_DECK[2]));
      await expectNoDefects('speaker view');
    },
    { name: t.name, context: { viewport: { width: 1280, height: 800 } } },
  );
});

test('a broken or missing deck gives an alert naming the deck and the field; the default deck still works', async (t) => {
  const bad = {
    schemaVersion: 1,
    title: { en: 'Team deck', ko: '팀 발표' },
    slides: [{ chartId: DEFAULT_DECK[0] }, { chartId: 'no-such-chart' }],
  };
  app.server.setOverride(({ relPath }) =>
    relPath === 'decks/team.json'
      ? { body: JSON.stringify(bad), contentType: 'application/json; charset=utf-8' }
      : undefined,
  );
  try {
    await app.inPage(
      t,
      async ({ page, expectNoDefects }) => {
        await page.goto(`${app.server.url}present/1?deck=team`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = (await alert.textContent()) ?? '';
        assert.match(text, /team/);
        assert.match(
          text,
          /decks\/team\.json: slides\[1\]\.chartId: unknown chart id "no-such-chart"/,
        );
        await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[0]));
        assert.match(
          (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
          new RegExp(`Slide 1 of ${DEFAULT_DECK.length}`),
        );
        await page.keyboard.press('ArrowRight');
        await page.waitForURL((url) => url.pathname === '/present/2');
        await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[1]));

        await page.goto(`${app.server.url}present/1?deck=gone`);
        await page
          .getByRole('alert')
          .filter({ hasText: 'decks/gone.json: (root): the server answered HTTP 404' })
          .waitFor();
        await waitForChart(page, /** @type {string} */ (DEFAULT_DECK[0]));
        await expectNoDefects('broken deck');
      },
      {
        name: t.name,
        // The missing deck is a 404 on purpose.
        allow: (defect) =>
          (defect.kind === 'http-error' || defect.kind === 'console-error') &&
          /gone\.json|404/.test(`${defect.text} ${defect.url ?? ''}`),
      },
    );
  } finally {
    app.server.setOverride(null);
  }
});

/**
 * Pages in a PDF made by Chromium, and the size of the first (in points).
 * @param {Buffer} pdf
 */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { count: pages.length, width: Number(box?.[1] ?? 0), height: Number(box?.[2] ?? 0) };
}

test('the handout prints one 16:9 page a slide, with notes below when asked', async (t) => {
  await app.inPage(
    t,
    async ({ page, expectNoDefects }) => {
      for (const [query, deck] of /** @type {const} */ ([
        ['', DEFAULT_DECK],
        [`deck=${EXAMPLE}&notes=1`, EXAMPLE_DECK],
      ])) {
        await page.goto(`${app.server.url}present/handout${query ? `?${query}` : ''}`);
        const pages = page.locator('.handout__page');
        await page.waitForFunction(
          (count) => document.querySelectorAll('.handout__page').length === count,
          deck.length,
        );
        for (const id of new Set(deck)) await waitForChart(page, id);
        await waitForChartsSettled(page);
        if (query.includes('notes=1')) {
          assert.equal(
            await page
              .getByRole('checkbox', { name: 'Speaker notes below each slide' })
              .isChecked(),
            true,
          );
          assert.match((await pages.first().textContent()) ?? '', /Notes:/);
        }
        const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        writeFileSync(path.join(SHOTS, `handout${query ? `-${EXAMPLE}-notes` : ''}.pdf`), bytes);
        const pdf = pdfPages(bytes);
        assert.equal(pdf.count, deck.length, `one page a slide (${query || 'default deck'})`);
        assert.ok(
          Math.abs(pdf.width / pdf.height - 16 / 9) < 0.01,
          `16:9 pages, got ${pdf.width}×${pdf.height} pt`,
        );
        // Every page carries its slide's sources and as-of date, inside the slide as printed.
        assert.equal(
          await pages.locator('.chart-card__caption > .chart-card__sources').count(),
          deck.length,
        );
        assert.equal(await pages.locator('.chart-card__asof').count(), deck.length);
        await page.emulateMedia({ media: 'print' });
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('.handout__page')].flatMap((sheet, index) => {
            const clip = sheet.querySelector('.slide__chart')?.getBoundingClientRect();
            const page = sheet.getBoundingClientRect();
            return [
              '.chart-card__title',
              '.chart-card__caption > .chart-card__sources',
              '.chart-card__asof',
            ].flatMap((selector) => {
              const box = sheet.querySelector(selector)?.getBoundingClientRect();
              const ok =
                box &&
                clip &&
                box.height > 0 &&
                box.top >= clip.top - 1 &&
                box.bottom <= clip.bottom + 1 &&
                box.bottom <= page.bottom + 1;
              return ok ? [] : [`page ${index + 1}: ${selector}`];
            });
          }),
        );
        await page.emulateMedia({ media: null });
        assert.deepEqual(clipped, [], `cut off in print (${query || 'default deck'})`);
      }
      await expectNoDefects('handout');
    },
    { name: t.name, context: { viewport: { width: 1280, height: 900 } } },
  );
});

test('the presenter links to the handout', async (t) => {
  await app.inPage(
    t,
    async ({ page, expectNoDefects }) => {
      await page.goto(`${app.server.url}present/2?deck=${EXAMPLE}&lang=ko`);
      await waitForChart(page, /** @type {string} */ (EXAMPLE_DECK[1]));
      // The controls show once the pointer moves.
      await page.mouse.move(600, 300);
      await page.mouse.move(640, 320);
      await page.getByRole('link', { name: '유인물(PDF)' }).click();
      await page.waitForURL(
        (url) => url.pathname === '/present/handout' && url.searchParams.get('deck') === EXAMPLE,
      );
      await page.getByRole('button', { name: '인쇄 또는 PDF로 저장' }).waitFor();
      await expectNoDefects('handout link');
    },
    { name: t.name },
  );
});
