// Legibility: every chart reads at a glance, on a phone and on a desktop, in English and Korean.
//
// Generic on purpose: it walks every [data-chart-id] a route renders, so a chart added later (a
// map, a new card) is covered without touching this file. On each chart it checks that
//   - no two text elements of one SVG overlap (bounding boxes, a small tolerance for glyph boxes
//     that touch),
//   - no label ends in an ellipsis (SVG text, or HTML cut by text-overflow) unless its full text is
//     in its accessible name (a <title>, an aria-label or a title attribute that extends it),
//   - no SVG text reaches outside its SVG (where it would be clipped),
// and over the whole main content that no box hides overflowing text: a scroll box nested in the
// page, or an overflow-hidden box whose content is taller or wider than it.
// The phone header is checked too: at most 64 px tall, every route and "Copy link" reachable.
//
// Korean checks never depend on wording (the Korean strings are rewritten elsewhere).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

/** Every route with charts: the overview, both topics, one site page, the energy view. */
const CHART_ROUTES = ['/', '/stargate', '/stargate/sites/abilene', '/fusion', '/energy'];

const WIDTHS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: {
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
};

const app = appSuite();

/**
 * Runs in the page; returns one line per problem found. Kept self-contained (no closures), since
 * Playwright serialises it.
 * @param {{ overlapTolerancePx: number }} options
 */
function findLegibilityProblems({ overlapTolerancePx }) {
  /** @type {string[]} */
  const problems = [];
  const short = (/** @type {string | null | undefined} */ s) => {
    const text = (s ?? '').replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  };
  /** @param {Element} el */
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    for (let node = /** @type {Element | null} */ (el); node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
        return false;
    }
    return true;
  };
  /** Text a reader can tell is cut: ends with an ellipsis. */
  const ellipsed = (/** @type {string} */ text) => /(…|\.\.\.)\s*$/.test(text);
  /** The accessible name carried by the element or an ancestor inside `root`. */
  const namesFor = (/** @type {Element} */ el, /** @type {Element} */ root) => {
    /** @type {string[]} */
    const names = [];
    for (
      let node = /** @type {Element | null} */ (el);
      node && node !== root.parentElement;
      node = node.parentElement
    ) {
      const label = node.getAttribute('aria-label');
      if (label) names.push(label);
      const title = node.getAttribute('title');
      if (title) names.push(title);
      const titleChild = [...node.children].find((c) => c.tagName.toLowerCase() === 'title');
      if (titleChild?.textContent) names.push(titleChild.textContent);
      const labelledBy = node.getAttribute('aria-labelledby');
      if (labelledBy) {
        for (const id of labelledBy.split(/\s+/)) {
          const target = document.getElementById(id);
          if (target?.textContent) names.push(target.textContent);
        }
      }
    }
    return names;
  };
  /** True when some name holds the full text that `text` cuts short. */
  const fullTextNamed = (/** @type {string} */ text, /** @type {string[]} */ names) => {
    const prefix = text
      .replace(/(…|\.\.\.)\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return names.some((name) => {
      const full = name.replace(/\s+/g, ' ').trim();
      return full.length > prefix.length && full.includes(prefix) && !ellipsed(full);
    });
  };

  for (const chart of document.querySelectorAll('[data-chart-id]')) {
    const id = chart.getAttribute('data-chart-id');
    if (!shown(chart)) continue;
    for (const [svgIndex, svg] of [...chart.querySelectorAll('svg')].entries()) {
      if (!shown(svg)) continue;
      const svgBox = svg.getBoundingClientRect();
      // Only the outermost <text> counts (a <tspan> is measured with its text).
      const texts = [...svg.querySelectorAll('text')].filter(
        (t) => shown(t) && (t.textContent ?? '').trim() !== '',
      );
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (const [i, t] of texts.entries()) {
        const box = /** @type {DOMRect} */ (boxes[i]);
        const text = t.textContent ?? '';
        if (
          box.left < svgBox.left - 1 ||
          box.right > svgBox.right + 1 ||
          box.top < svgBox.top - 1 ||
          box.bottom > svgBox.bottom + 1
        ) {
          problems.push(
            `${id}: svg#${svgIndex} text "${short(text)}" is clipped by its SVG (text ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}, svg ${Math.round(svgBox.left)}–${Math.round(svgBox.right)} × ${Math.round(svgBox.top)}–${Math.round(svgBox.bottom)})`,
          );
        }
        if (ellipsed(text) && !fullTextNamed(text, namesFor(t, svg))) {
          problems.push(
            `${id}: svg#${svgIndex} label "${short(text)}" is cut with an ellipsis and its full text is not in its accessible name`,
          );
        }
        for (let j = i + 1; j < texts.length; j += 1) {
          const other = /** @type {DOMRect} */ (boxes[j]);
          const w = Math.min(box.right, other.right) - Math.max(box.left, other.left);
          const h = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
          if (w > overlapTolerancePx && h > overlapTolerancePx) {
            problems.push(
              `${id}: svg#${svgIndex} text "${short(text)}" overlaps "${short(texts[j]?.textContent)}" by ${Math.round(w)}×${Math.round(h)} px`,
            );
          }
        }
      }
    }
    // HTML labels cut by CSS (text-overflow: ellipsis) inside the chart.
    for (const el of chart.querySelectorAll('*')) {
      if (el instanceof SVGElement || !(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow !== 'ellipsis') continue;
      if (el.scrollWidth <= el.clientWidth + 1 || !shown(el)) continue;
      const text = (el.textContent ?? '').trim();
      const names = namesFor(el, chart);
      const full = names.some((n) =>
        n.replace(/\s+/g, ' ').trim().includes(text.replace(/\s+/g, ' ')),
      );
      if (!full)
        problems.push(
          `${id}: "${short(text)}" is cut by text-overflow and its full text is not in its accessible name`,
        );
    }
  }

  // Boxes that hide text: a nested scroll box, or overflow hidden/clip on content that does not fit.
  const main = document.querySelector('main') ?? document.body;
  for (const el of main.querySelectorAll('*')) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    // Visually hidden text for screen readers is meant to be clipped.
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    if ((el.textContent ?? '').trim() === '') continue;
    const style = getComputedStyle(el);
    const clipsY = style.overflowY !== 'visible';
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const tallBy = el.scrollHeight - el.clientHeight;
    const wideBy = el.scrollWidth - el.clientWidth;
    const where = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const owner = el.closest('[data-chart-id]')?.getAttribute('data-chart-id') ?? 'page';
    if (clipsY && tallBy > 2) {
      problems.push(
        `${owner}: ${where} hides ${tallBy} px of its content (overflow-y: ${style.overflowY}; "${short(el.textContent)}")`,
      );
    } else if (clipsX && wideBy > 2 && style.textOverflow !== 'ellipsis') {
      problems.push(
        `${owner}: ${where} hides ${wideBy} px of its content sideways (overflow-x: ${style.overflowX}; "${short(el.textContent)}")`,
      );
    }
  }
  return problems;
}

describe('every chart reads at a glance', () => {
  for (const [size, context] of Object.entries(WIDTHS)) {
    for (const lang of ['en', 'ko']) {
      test(`no overlapping, cut, clipped or hidden text at ${context.viewport.width} px (${lang})`, async (t) => {
        await app.inPage(
          t,
          async (p) => {
            const { page } = p;
            /** @type {string[]} */
            const problems = [];
            let charts = 0;
            for (const route of CHART_ROUTES) {
              await page.goto(app.url(route, { lang }));
              await waitForReady(p);
              charts += await page.locator('[data-chart-id]').count();
              const found = await page.evaluate(findLegibilityProblems, { overlapTolerancePx: 2 });
              problems.push(...found.map((line) => `${route} ${line}`));
            }
            // A route that rendered no chart would pass vacuously.
            assert.ok(
              charts >= CHART_ROUTES.length,
              `only ${charts} charts drawn over ${CHART_ROUTES.length} routes`,
            );
            assert.deepEqual(
              problems,
              [],
              `${problems.length} legibility problem(s) at ${size} ${lang}`,
            );
            await p.expectNoDefects(`${size} ${lang}`);
          },
          { context },
        );
      });
    }
  }
});

describe('filter chips', () => {
  const cards = [
    { route: '/stargate', id: 'stargate-capacity', least: 10 },
    { route: '/fusion', id: 'fusion-roadmap', least: 4 },
  ];
  for (const { route, id, least } of cards) {
    for (const lang of ['en', 'ko']) {
      test(`stay under the pointer when a filter changes the card, and an idle reset takes no line of its own (${id}, ${lang})`, async (t) => {
        await app.inPage(
          t,
          async (p) => {
            const { page } = p;
            await page.goto(app.url(route, { lang }));
            await waitForReady(p);
            // The hidden reset keeps its place beside the last control, not on a line under it.
            const lines = await page.locator(`#${id}`).evaluate((card) => {
              const reset = card.querySelector('.filter-reset');
              const select = card.querySelector('.chart-card__controls select');
              if (!reset || !select) return null;
              const a = reset.getBoundingClientRect();
              const b = select.getBoundingClientRect();
              return { reset: [a.top, a.bottom], select: [b.top, b.bottom] };
            });
            assert.ok(lines, 'the card has a reset and a select among its controls');
            assert.ok(
              lines.reset[0] < lines.select[1] && lines.select[0] < lines.reset[1],
              `the idle reset (${lines.reset.join('–')}) is not on the select's line (${lines.select.join('–')})`,
            );
            const chips = page.locator(`#${id} fieldset.filter-group button.chip`);
            const count = await chips.count();
            assert.ok(count >= least, `the card has ${count} filter chips`);
            for (let i = 0; i < count; i++) {
              const chip = chips.nth(i);
              await chip.scrollIntoViewIfNeeded();
              const before = await chip.boundingBox();
              await chip.click();
              await page.waitForTimeout(100);
              const after = await chip.boundingBox();
              assert.ok(before && after, 'the chip has a box');
              assert.ok(
                Math.abs(after.y - before.y) <= 1 && Math.abs(after.x - before.x) <= 1,
                `chip ${i} (${await chip.textContent()}) moved from ${before.x},${before.y} to ${after.x},${after.y}`,
              );
              await chip.click();
            }
            await p.expectNoDefects(lang);
          },
          { context: WIDTHS.desktop },
        );
      });
    }
  }
});

describe('phone header', () => {
  for (const lang of ['en', 'ko']) {
    test(`is at most 64 px tall and keeps every route and "copy link" reachable (${lang})`, async (t) => {
      await app.inPage(
        t,
        async (p) => {
          const { page } = p;
          await page.goto(app.url('/fusion', { lang }));
          await waitForReady(p);
          const header = page.locator('header:has(nav)').first();
          const height = await header.evaluate((h) => h.getBoundingClientRect().height);
          assert.ok(height <= 64, `header is ${Math.round(height)} px tall`);

          const nav = page.locator('header:has(nav) nav').first();
          const links = await nav.evaluate((n) =>
            [...n.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
          );
          assert.ok(links.length >= 5, `navigation has ${links.length} links`);
          /** Every link and the copy button fully inside the viewport, if need be after opening a menu. */
          const reachable = async () =>
            page.evaluate(() => {
              const inView = (/** @type {Element} */ el) => {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                return (
                  box.width > 0 &&
                  box.height > 0 &&
                  box.left >= 0 &&
                  box.right <= window.innerWidth + 0.5 &&
                  box.top >= 0 &&
                  box.bottom <= window.innerHeight &&
                  style.visibility !== 'hidden'
                );
              };
              const header = /** @type {Element} */ (document.querySelector('header:has(nav)'));
              const links = [...header.querySelectorAll('nav a[href]')];
              // Found by its place, not its wording (the Korean strings change).
              const copy = [...header.querySelectorAll('.copy-link button')];
              return { links: links.map(inView), copy: copy.map(inView) };
            });
          let state = await reachable();
          if (!state.links.every(Boolean) || !state.copy.some(Boolean)) {
            const menu = page.locator('header:has(nav) button[aria-expanded]').first();
            assert.ok(
              (await menu.count()) === 1,
              'routes or "copy link" are out of view and there is no menu button',
            );
            await menu.click();
            state = await reachable();
          }
          assert.ok(
            state.links.length >= 5 && state.links.every(Boolean),
            `a route link is out of view: ${JSON.stringify(state.links)}`,
          );
          assert.ok(state.copy.some(Boolean), '"Copy link to this view" is out of view');
          await p.expectNoDefects(lang);
        },
        { context: WIDTHS.phone },
      );
    });
  }
});
