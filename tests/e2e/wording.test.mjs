// The glossary in a real browser: every route's visible text (and its aria-labels and titles),
// in Korean and in English, holds none of the forms src/i18n/glossary.json says to avoid, no
// unfilled {placeholder}, and no NaN, Infinity or exponent in a number. The unit test checks
// the catalogue and the data files; this one checks what a reader is actually shown, where
// strings, data and formatters meet.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from './build.mjs';
import { APP_ROUTES, waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

const app = appSuite();

/** @typedef {{ term: string, use: string, avoid?: string[], avoidPatterns?: string[] }} Entry */
const glossary = /** @type {{ ko: Entry[], en: Entry[] }} */ (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'src', 'i18n', 'glossary.json'), 'utf8'))
);

/** Whatever a reader of either language must never see. */
const ALWAYS = [
  { term: 'an unfilled placeholder', pattern: /\{[a-zA-Z]+\}/ },
  { term: 'a broken number', pattern: /\bNaN\b|\bInfinity\b|\d(?:\.\d+)?e[+-]?\d+\b/ },
];

/** @param {'ko' | 'en'} lang */
function rules(lang) {
  return [
    ...glossary[lang].flatMap((entry) => [
      ...(entry.avoid ?? []).map((word) => ({
        term: entry.term,
        source: word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      })),
      ...(entry.avoidPatterns ?? []).map((source) => ({ term: entry.term, source })),
    ]),
    ...ALWAYS.map((rule) => ({ term: rule.term, source: rule.pattern.source })),
  ];
}

/**
 * Runs in the page: the text a reader sees or hears, outside links to outside sources (a
 * publisher's title is cited as published) and code (file paths, JSON).
 */
function readerText() {
  const skip = (/** @type {Element | null} */ el) =>
    !el ||
    el.closest('script, style, noscript, code, a[href^="http"]') !== null ||
    el.closest('[hidden]') !== null;
  /** @type {string[]} */
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (skip(parent) || (parent && getComputedStyle(parent).display === 'none')) continue;
    const text = node.textContent?.trim();
    if (text) out.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (skip(el)) continue;
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  return out;
}

const ROUTES = [
  ...new Set([
    ...APP_ROUTES,
    '/faq',
    '/present/1',
    '/embed/stargate-capacity',
    '/embed/fusion-records',
  ]),
];

describe('wording', () => {
  for (const lang of /** @type {const} */ (['ko', 'en'])) {
    test(`no route shows a form the glossary avoids (${lang})`, async (t) => {
      await app.inPage(t, async (p) => {
        const { page } = p;
        const compiled = rules(lang).map((rule) => ({
          ...rule,
          pattern: new RegExp(rule.source, 'u'),
        }));
        /** @type {string[]} */
        const problems = [];
        for (const route of ROUTES) {
          await page.goto(app.url(route, { lang }));
          await waitForReady(p);
          const texts = await page.evaluate(readerText);
          assert.ok(texts.length > 5, `${route}: some text to read`);
          for (const text of texts)
            for (const rule of compiled) {
              const hit = rule.pattern.exec(text);
              if (hit)
                problems.push(`${route}: “${hit[0]}” (${rule.term}) in “${text.slice(0, 100)}”`);
            }
        }
        assert.deepEqual([...new Set(problems)], [], `avoided forms on screen (${lang})`);
        await p.expectNoDefects();
      });
    });
  }

  test('/faq answers the article’s three questions first, each linking to its chart', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/faq', { lang: 'ko' }));
      await waitForReady(p);
      const ids = await page.$$eval('main section[id]', (els) => els.map((el) => el.id));
      assert.deepEqual(ids.slice(0, 3), ['why-500-billion', 'oracle-role', 'softbank-role']);
      for (const id of ids) {
        const href = await page
          .locator(`#${id} a[href*="#"]`)
          .filter({ hasText: '차트에서 보기' })
          .getAttribute('href');
        assert.match(
          href ?? '',
          /^\/(stargate|fusion|energy)\?[^#]*#[a-z]+-[a-z-]+$/,
          `${id}: a chart link`,
        );
      }
      // An anchor opens the page at its question.
      await page.goto(`${app.url('/faq', { lang: 'en' })}#fusion-gain`);
      await waitForReady(p);
      const heading = page.getByRole('heading', {
        level: 2,
        name: /Is fusion’s “gain” the same/,
      });
      assert.ok(await heading.isVisible());
      await p.expectNoDefects();
    });
  });
});
