// Korean in a real browser: every view renders with no English left in the interface, <html
// lang> follows ?lang=, the browser language is the default, and the switch changes both.
//
// What counts as English: a run of Latin letters in a visible or screen-reader text node (or
// an aria-label, title, alt or placeholder) that is not on the allow-list of data proper nouns
// and units below, and not inside a link to an outside source (publisher names and titles are
// cited as published). A new English UI string fails here with the route and its context.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { APP_ROUTES, waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

/**
 * Latin-script words allowed in the Korean interface, in two parts. Fixed: units, symbols and
 * the language switch's "English". From the data: every word of a source's publisher and title
 * (cited as published), of codenames, and every Latin word the data's own Korean texts use
 * (the translator kept "OCI(Oracle Cloud Infrastructure)" or "MeV" on purpose). Anything
 * else is an interface string or a data label without its Korean.
 */
const FIXED_LATIN =
  'GW MW kW GWe MWe TW TWh GWh MWh kWh MJ keV MeV km kg yr dpa USD KRW AI English'.split(' ');

/** @param {unknown} value @param {Set<string>} into @param {string} [key] */
function collectDataWords(value, into, key = '') {
  const words = (/** @type {string} */ text) => {
    for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z]/g))
      into.add(m[0].replace(/[.’']+$/, ''));
  };
  if (typeof value === 'string') {
    if (['publisher', 'title', 'codename', 'name', 'id', 'url'].includes(key)) words(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectDataWords(item, into, key);
    return;
  }
  if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    if (typeof record.ko === 'string') words(record.ko);
    for (const [k, v] of Object.entries(record)) if (k !== 'en') collectDataWords(v, into, k);
  }
}

function allowedLatin() {
  const words = new Set(FIXED_LATIN);
  const dataDir = path.join(REPO_ROOT, 'public', 'data');
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    words.add(file);
    collectDataWords(JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')), words);
  }
  return words;
}

/**
 * Runs in the page: Latin words outside the allow-list, with where they were found.
 * @param {string[]} allowed
 */
function englishLeft(allowed) {
  const allow = new Set(allowed);
  /** @type {{ word: string, context: string }[]} */
  const found = [];
  const skip = (/** @type {Element | null} */ el) =>
    !el ||
    el.closest('script, style, noscript, [lang="en"], code, .gw-allow-latin') !== null ||
    el.closest('a[href^="http"]') !== null;
  const check = (/** @type {string} */ text, /** @type {string} */ where) => {
    for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z]/g)) {
      const word = match[0].replace(/[.’']+$/, '');
      if (word.length < 2 || allow.has(word) || /^[A-Z0-9-]+$/.test(word)) continue;
      found.push({ word, context: `${where}: ${text.trim().slice(0, 80)}` });
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (skip(parent)) continue;
    const style = parent ? getComputedStyle(parent) : null;
    // display:none text is neither seen nor read; visually-hidden text is read, so it counts.
    if (style && style.display === 'none') continue;
    if (parent?.closest('[hidden]')) continue;
    const cls = parent?.getAttribute('class')?.split(' ')[0];
    check(node.textContent ?? '', `${parent?.tagName.toLowerCase() ?? ''}${cls ? `.${cls}` : ''}`);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (skip(el)) continue;
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) check(value, `${el.tagName.toLowerCase()}[${attr}]`);
    }
  }
  return found;
}

describe('Korean', () => {
  test('every view renders with no English left in the interface', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      const allowed = [...allowedLatin()];
      /** @type {string[]} */
      const problems = [];
      for (const route of [...APP_ROUTES, '/present/1', '/embed/stargate-capacity']) {
        await page.goto(app.url(route, { lang: 'ko' }));
        await waitForReady(p);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          'ko',
          `${route}: <html lang>`,
        );
        // Open every Download menu, so its items are checked too.
        for (const toggle of await page.locator('.export-menu > button:visible').all())
          await toggle.click();
        const left = await page.evaluate(englishLeft, allowed);
        const unique = [...new Map(left.map((f) => [f.word, f])).values()];
        if (unique.length)
          problems.push(
            `${route}:\n${unique.map((f) => `  "${f.word}" in ${f.context}`).join('\n')}`,
          );
      }
      assert.equal(problems.length, 0, `English left in the Korean UI:\n${problems.join('\n')}`);
      await p.expectNoDefects();
    });
  });

  test('the browser language is the default; ?lang= and the switch override it', async (t) => {
    await app.inPage(
      t,
      async (p) => {
        const { page } = p;
        await page.goto(app.url('/stargate'));
        await waitForReady(p);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          'ko',
          'ko-KR browser → Korean',
        );
        assert.equal(await page.getByRole('combobox', { name: '언어' }).inputValue(), 'ko');
        await page.getByRole('combobox', { name: '언어' }).selectOption('en');
        await page.waitForURL(/lang=en/);
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
        await page.reload();
        await waitForReady(p);
        assert.equal(
          await page.evaluate(() => document.documentElement.lang),
          'en',
          'the choice is in the URL',
        );
        await p.expectNoDefects();
      },
      { context: { locale: 'ko-KR' } },
    );
  });

  test('numbers, money and dates follow the locale', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/stargate', { lang: 'ko' }));
      await waitForReady(p);
      const kpis = await page.locator('.kpis').first().innerText();
      assert.match(kpis, /억 달러|조 달러/, `money in 억/조: ${kpis}`);
      assert.match(kpis, /원/, `a stated KRW conversion beside the dollars: ${kpis}`);
      const asOf = await page.locator('.chart-card__asof').first().innerText();
      assert.match(asOf, /\d{4}\. \d{1,2}\. \d{1,2}\.|\d{4}년/, `Korean date: ${asOf}`);
      await p.expectNoDefects();
    });
  });
});
