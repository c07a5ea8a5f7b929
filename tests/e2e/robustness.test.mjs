// Bad data, bad links and broken deployments in a real browser: every kind of unusable data
// file shows the alert INTERFACE.md promises (file and path) with a retry that recovers once the
// file is fixed, while the other topic keeps working; a chart module that fails to load is
// contained; unknown routes, chart ids, slide numbers and parameter values fall back quietly.
//
// Run alone with `node tests/e2e/run.mjs robustness`. E2E_DIST serves an existing build instead
// of building one (useful while others rebuild dist-e2e/ beside you).

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, REPO_ROOT, buildApp } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForChart, waitForLive, withPage } from './browser.mjs';
import { startServer } from './server.mjs';

/** @typedef {import('./server.mjs').OverrideResponse} OverrideResponse */

const TOPICS = {
  stargate: {
    file: 'stargate.json',
    path: '/stargate',
    charts: ['stargate-capacity', 'stargate-growth', 'stargate-investment'],
  },
  fusion: { file: 'fusion.json', path: '/fusion', charts: ['fusion-roadmap', 'fusion-records'] },
};

/** @param {'stargate' | 'fusion'} topic */
const goodText = (topic) =>
  readFileSync(path.join(REPO_ROOT, 'public', 'data', TOPICS[topic].file), 'utf8');

/**
 * A file that passes JSON but not the schema, and the path the alert must name.
 * @param {'stargate' | 'fusion'} topic
 */
function schemaFailure(topic) {
  const doc = JSON.parse(goodText(topic));
  if (topic === 'stargate') doc.sites[0].capacityGw = 'about 1.2';
  else doc.programmes[0].kind = 'tokamak';
  return JSON.stringify(doc);
}

/** @param {string} body @returns {OverrideResponse} */
const json = (body) => ({ body, contentType: 'application/json' });

/**
 * Every kind of unusable file: what the server answers, and what the alert must say after
 * `<file>: <path>: ` (the path is `(root)` unless given).
 * @type {{ kind: string, answer: (topic: 'stargate' | 'fusion') => OverrideResponse, path?: (topic: string) => string, message: RegExp }[]}
 */
const BAD_FILES = [
  {
    kind: 'not JSON',
    answer: () => json('schemaVersion: 1\nasOf: 2026-01-01\n'),
    message: /not valid JSON/,
  },
  { kind: 'empty', answer: () => json(''), message: /the file is empty/ },
  {
    kind: 'an HTML error page',
    answer: () => ({
      body: '<!doctype html><html><head><title>502</title></head><body><h1>Bad Gateway</h1></body></html>',
      contentType: 'text/html; charset=utf-8',
    }),
    message: /expected JSON but got an HTML page/,
  },
  {
    kind: 'truncated',
    answer: (topic) => json(goodText(topic).slice(0, Math.floor(goodText(topic).length / 2))),
    message: /not valid JSON/,
  },
  {
    kind: 'the wrong top-level type (an array)',
    answer: () => json('[]'),
    message: /top level, got an array/,
  },
  {
    kind: 'failing the schema',
    answer: (topic) => json(schemaFailure(topic)),
    path: (topic) => (topic === 'stargate' ? 'sites[0].capacityGw' : 'programmes[0].kind'),
    message: /expected/,
  },
  {
    kind: 'a newer schemaVersion',
    answer: () => json('{"schemaVersion": 2}'),
    path: () => 'schemaVersion',
    message: /update Gigawatt/,
  },
  {
    kind: 'HTTP 404',
    answer: () => ({ status: 404, body: 'not found\n', contentType: 'text/plain' }),
    message: /HTTP 404/,
  },
  {
    kind: 'HTTP 500',
    answer: () => ({ status: 500, body: 'internal error\n', contentType: 'text/plain' }),
    message: /HTTP 500/,
  },
];

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('./server.mjs').StaticServer} */
let server;
/** What the server answers instead of the built file, by path relative to the base. */
/** @type {Map<string, OverrideResponse>} */
const overrides = new Map();
let dist = DIST;

before(async () => {
  dist = process.env.E2E_DIST
    ? path.resolve(process.env.E2E_DIST)
    : await buildApp({ outDir: DIST, base: '/' });
  browser = await launchBrowser();
  server = await startServer({
    dir: dist,
    base: '/',
    override: ({ relPath }) => overrides.get(relPath),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Defects a test provokes on purpose: the HTTP error it serves, and Chromium's console line
 * about it. Anything else (an uncaught error, a React error, a CSP report) still fails.
 * @param {RegExp} url
 */
const allowServed = (url) => (/** @type {import('./browser.mjs').Defect} */ d) =>
  (d.kind === 'http-error' && url.test(d.text)) ||
  (d.kind === 'console-error' &&
    /Failed to load resource: the server responded with a status of (404|500)/.test(d.text) &&
    url.test(d.url ?? d.text));

/**
 * @template T
 * @param {import('node:test').TestContext} t
 * @param {(p: import('./browser.mjs').DefectPage & { context: import('playwright-core').BrowserContext }) => Promise<T>} fn
 * @param {import('./browser.mjs').PageOptions} [options]
 */
const inPage = (t, fn, options = {}) =>
  withPage(browser, server.url, fn, { ...options, name: t.fullName ?? t.name });

/** @param {import('playwright-core').Page} page */
async function loaded(page) {
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-busy="true"]').length === 0,
    undefined,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
}

/**
 * Waits for every chart of `topic`'s view to draw and for nothing to be loading, then checks
 * that the page shows no alert.
 * @param {import('playwright-core').Page} page
 * @param {'stargate' | 'fusion'} topic
 */
async function expectTopicDrawn(page, topic, message = `no alert on ${TOPICS[topic].path}`) {
  for (const id of TOPICS[topic].charts) await waitForChart(page, id);
  await loaded(page);
  assert.equal(await page.getByRole('alert').count(), 0, message);
}

/**
 * Follows the main navigation to `to`, as a reader would.
 * @param {import('playwright-core').Page} page
 * @param {string} to
 */
async function navigate(page, to) {
  await page.getByRole('navigation').locator(`a[href="${to}"], a[href^="${to}?"]`).first().click();
  await page.waitForURL((url) => url.pathname === to, { timeout: TIMEOUT_MS });
}

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every kind of bad data file shows the alert, and retry recovers once it is fixed', () => {
  // One page per topic walks through every kind: it loads cold with the first, then each retry
  // fetches the next kind of bad file and must show that file's own message (so retry really
  // asks the server again), and the last retry, after the fix, draws the topic. One cold load per
  // kind would prove no more and take minutes on a two-core CI machine.
  for (const topic of /** @type {const} */ (['stargate', 'fusion'])) {
    const other = topic === 'stargate' ? 'fusion' : 'stargate';
    const { file } = TOPICS[topic];
    test(`${file}: ${BAD_FILES.map((b) => b.kind).join(', ')}`, async (t) => {
      try {
        await inPage(
          t,
          async (p) => {
            const { page } = p;
            const alert = page.getByRole('alert').filter({ hasText: file }).first();
            /** @param {(typeof BAD_FILES)[number]} bad */
            const expectAlert = async (bad) => {
              const expected = new RegExp(
                `${escape(file)}: ${escape(bad.path?.(topic) ?? '(root)')}: .*${bad.message.source}`,
              );
              await page
                .waitForFunction(
                  ([source, name]) =>
                    [...document.querySelectorAll('[role="alert"]')].some(
                      (a) =>
                        (a.textContent ?? '').includes(name) &&
                        new RegExp(source).test(a.textContent ?? ''),
                    ),
                  [expected.source, file],
                  { timeout: TIMEOUT_MS, polling: 100 },
                )
                .catch(async () =>
                  assert.fail(
                    `${bad.kind}: expected an alert matching ${expected}; alerts: ${(await page.getByRole('alert').allInnerTexts()).join(' | ')}`,
                  ),
                );
              assert.ok(
                await page.getByRole('navigation').isVisible(),
                `${bad.kind}: the app around the alert is still there`,
              );
            };

            const [first, ...rest] = BAD_FILES;
            if (!first) throw new Error('no bad files');
            overrides.set(`data/${file}`, first.answer(topic));
            await page.goto(new URL(TOPICS[topic].path.slice(1), server.url).href);
            await expectAlert(first);

            // The other topic works in the same session.
            await navigate(page, TOPICS[other].path);
            await expectTopicDrawn(page, other);
            await navigate(page, TOPICS[topic].path);
            await expectAlert(first);

            for (const bad of rest) {
              overrides.set(`data/${file}`, bad.answer(topic));
              await alert.getByRole('button').click();
              await expectAlert(bad);
            }

            // Fixed: retry draws the topic without a reload.
            overrides.delete(`data/${file}`);
            await alert.getByRole('button').click();
            await expectTopicDrawn(page, topic, 'the alert is gone after retry');
            await p.expectNoDefects();
          },
          { allow: allowServed(new RegExp(`/data/${escape(file)}`)) },
        );
      } finally {
        overrides.delete(`data/${file}`);
      }
    });
  }
});

/**
 * Well-formed files with one absurd figure each, one per kind of field, and the start of what
 * the alert must say. Values are written as JSON text, so 1e308 stays 1e308.
 * @param {'stargate' | 'fusion'} topic
 * @returns {{ body: string, text: string }[]}
 */
function outOfRange(topic) {
  /** The path of the first record of `metric`, in the file it is given. @param {string} metric */
  const recordValue = (metric) => (/** @type {any} */ d) =>
    `records[${d.records.findIndex((/** @type {any} */ r) => r.metric === metric)}].value`;
  /** @type {[(doc: any) => string, string, string][]} */
  const kinds =
    topic === 'stargate'
      ? [
          [() => 'sites[3].capacityGw', '1e308', '0–100 GW'],
          [() => 'targets[0].capacityGw', '10000', '0–1000 GW'],
          [() => 'investment.commitments[0].amountUsdBn', '5e6', '0–10,000 US$ bn'],
          [() => 'investment.costPerGw[0].highUsdBnPerGw', '80000', '0–1000 US$ bn per GW'],
          [() => 'sites[0].announced', '"2205-01"', '1950–2100'],
        ]
      : [
          [recordValue('q-physics'), '6700', '0–1000'],
          [recordValue('fusion-energy'), '6.9e10', '0–10,000,000 MJ'],
          [recordValue('pulse-duration'), '1e9', '0–31,536,000 s'],
          [recordValue('ion-temperature'), '1e8', '0–10,000 million °C'],
          [() => 'iter.costShares.shares[0].sharePercent', '456', '0–100 %'],
          [() => 'energy.plantClasses[0].capacityFactorPct.value', '928', '0–100 %'],
          [() => 'outlook[2].when.latestYear', '20330', '1950–2100'],
        ];
  return kinds.map(([pathOf, value, range]) => {
    const doc = JSON.parse(goodText(topic));
    const at = pathOf(doc);
    const keys = at.split(/[.[\]]+/).filter(Boolean);
    const last = /** @type {string} */ (keys.pop());
    let node = doc;
    for (const key of keys) node = node[key];
    assert.ok(node && last in node, `${at} exists in the bundled ${topic} file`);
    node[last] = '__out_of_range__';
    const shown = JSON.parse(value);
    return {
      body: JSON.stringify(doc).replace('"__out_of_range__"', value),
      text: `${TOPICS[topic].file}: ${at}: ${String(shown).replace('e+', 'e')} is outside ${range}; `,
    };
  });
}

describe('implausible numbers are refused by path; unknown keys are ignored', () => {
  for (const topic of /** @type {const} */ (['stargate', 'fusion'])) {
    const other = topic === 'stargate' ? 'fusion' : 'stargate';
    const { file } = TOPICS[topic];
    test(`${file}: an out-of-range number shows its path, range and hint; ${TOPICS[other].file} keeps working`, async (t) => {
      const [bad, ...more] = outOfRange(topic);
      if (!bad) throw new Error('no cases');
      overrides.set(`data/${file}`, { body: bad.body, contentType: 'application/json' });
      try {
        await inPage(t, async (p) => {
          const { page } = p;
          await page.goto(new URL(TOPICS[topic].path.slice(1), server.url).href);
          const alert = page.getByRole('alert').filter({ hasText: bad.text }).first();
          await alert.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
          const text = (await alert.textContent()) ?? '';
          assert.match(text, /; the|; records|; one site/, 'the range comes with why');
          assert.match(text, /For whoever maintains the file: check the unit/, 'and with the hint');
          // Every other kind of field, through Retry (which fetches the file again).
          for (const next of more) {
            overrides.set(`data/${file}`, { body: next.body, contentType: 'application/json' });
            await page.getByRole('alert').first().getByRole('button').click();
            await page
              .getByRole('alert')
              .filter({ hasText: next.text })
              .first()
              .waitFor({ state: 'visible', timeout: TIMEOUT_MS })
              .catch(async () =>
                assert.fail(
                  `expected an alert with ${next.text}; alerts: ${(await page.getByRole('alert').allInnerTexts()).join(' | ')}`,
                ),
              );
            assert.match(
              (await page.getByRole('alert').first().textContent()) ?? '',
              /For whoever maintains the file: check the (unit|year)/,
            );
          }
          // No chart of the refused file drew a figure from it.
          for (const id of TOPICS[topic].charts)
            assert.equal(
              await page.locator(`[data-chart-id="${id}"] svg`).count(),
              0,
              `${id} not drawn`,
            );

          await navigate(page, TOPICS[other].path);
          await expectTopicDrawn(page, other);
          await p.expectNoDefects();
        });
      } finally {
        overrides.delete(`data/${file}`);
      }
    });
  }

  test('stargate.json with keys the schema does not know loads as if they were not there', async (t) => {
    const doc = JSON.parse(goodText('stargate'));
    doc.editorNote = 'checked on 2026-06-12';
    doc.sites[0].capacityMW = 1200;
    doc.sites[0].name.ja = 'アビリーン';
    overrides.set('data/stargate.json', {
      body: JSON.stringify(doc),
      contentType: 'application/json',
    });
    try {
      await inPage(t, async (p) => {
        const { page } = p;
        await page.goto(new URL(`stargate/sites/${doc.sites[0].id}`, server.url).href);
        await page
          .getByRole('heading', { level: 1, name: doc.sites[0].name.en })
          .waitFor({ state: 'visible', timeout: TIMEOUT_MS });
        await loaded(page);
        assert.equal(await page.getByRole('alert').count(), 0, 'no alert');
        assert.equal(
          await page.getByText('アビリーン').count(),
          0,
          'the unknown translation is not shown',
        );
        await page.goto(new URL('stargate', server.url).href);
        await expectTopicDrawn(page, 'stargate');
        await p.expectNoDefects();
      });
    } finally {
      overrides.delete('data/stargate.json');
    }
  });
});

/** Runs `fn` while the server answers `chunk` with HTTP 500, as after a broken redeploy. */
async function withFailingChunk(
  /** @type {string} */ chunk,
  /** @type {() => Promise<void>} */ fn,
) {
  overrides.set(chunk, { status: 500, body: 'internal error', contentType: 'text/plain' });
  try {
    await fn();
  } finally {
    overrides.delete(chunk);
  }
}

/** The built chunk of a module, e.g. assets/capacity-card-AbC123.js. */
const chunkOf = (/** @type {string} */ module) => {
  const name = readdirSync(path.join(dist, 'assets')).find(
    (f) => f.startsWith(`${module}-`) && f.endsWith('.js'),
  );
  assert.ok(name, `a ${module} chunk in ${dist}/assets`);
  return `assets/${name}`;
};

/**
 * Runs `fn` while data/stargate.json is a file the build never saw: the same figures, laid out
 * otherwise (another digest), as an administrator's editor might save them.
 */
async function withReplacedStargate(/** @type {() => Promise<void>} */ fn) {
  const body = JSON.stringify(JSON.parse(goodText('stargate')));
  overrides.set('data/stargate.json', { body, contentType: 'application/json' });
  try {
    await fn();
  } finally {
    overrides.delete('data/stargate.json');
  }
}

/** The scripts the page requested, by URL. */
const requested = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
const parseWorker = /parse-worker-[^/]*\.js$/;
const schemaCode = /\/(validate|[a-z]+-schema)-[^/]*\.js$/;

describe('data files are checked off the main thread, and still without a worker', () => {
  test('a file the build checked arrives unchanged: no validator on the page at all', async (t) => {
    await inPage(t, async (p) => {
      const { page } = p;
      await page.goto(new URL('stargate', server.url).href);
      await waitForLive(page);
      await expectTopicDrawn(page, 'stargate', 'no alert: the data loaded');
      const scripts = await requested(page);
      assert.deepEqual(
        scripts.filter((u) => parseWorker.test(u) || schemaCode.test(u)),
        [],
        'neither the parse worker nor zod and the schemas were loaded',
      );
      await p.expectNoDefects();
    });
  });

  test('a replaced file: the parse worker checks it, no schema code on the page', async (t) => {
    await withReplacedStargate(() =>
      inPage(t, async (p) => {
        const { page } = p;
        await page.goto(new URL('stargate', server.url).href);
        // The charts' pictures are in the page before the app: wait for the app, which reads
        // the data before it takes the page over.
        await waitForLive(page);
        for (const id of TOPICS.stargate.charts) await waitForChart(page, id);
        const scripts = await requested(page);
        assert.ok(
          scripts.some((u) => parseWorker.test(u)),
          'the parse worker was loaded',
        );
        assert.deepEqual(
          scripts.filter((u) => schemaCode.test(u)),
          [],
          'zod and the schemas stay off the page',
        );
        await p.expectNoDefects();
      }),
    );
  });

  test('a worker script that fails to load: the page checks a replaced file itself', async (t) => {
    const chunk = chunkOf('parse-worker');
    await withReplacedStargate(() =>
      withFailingChunk(chunk, () =>
        inPage(
          t,
          async (p) => {
            const { page } = p;
            await page.goto(new URL('stargate', server.url).href);
            await expectTopicDrawn(page, 'stargate', 'no alert: the data loaded');
            const scripts = await requested(page);
            assert.ok(
              scripts.some((u) => /\/validate-[^/]*\.js$/.test(u)),
              'the page loaded the checks itself',
            );
            await p.expectNoDefects();
          },
          {
            // A worker script answered with an error status is reported as a failed request.
            allow: (d) =>
              allowServed(new RegExp(escape(chunk)))(d) ||
              (d.kind === 'request-failed' && d.text.includes(chunk)),
          },
        ),
      ),
    );
  });
});

describe('a chart module that fails to load is contained', () => {
  const allowChunk =
    (/** @type {string} */ chunk) => (/** @type {import('./browser.mjs').Defect} */ d) =>
      allowServed(new RegExp(escape(chunk)))(d) ||
      // React reports an error its boundary caught; the test asserts the containment itself.
      (d.kind === 'console-error' &&
        /Failed to fetch dynamically imported module|error-boundary|capacity-card|Contained/i.test(
          d.text,
        ));

  test('in a view: an alert inside the page, the navigation still works', async (t) => {
    const chunk = chunkOf('capacity-card');
    await withFailingChunk(chunk, () =>
      inPage(
        t,
        async (p) => {
          const { page } = p;
          await page.goto(new URL('stargate', server.url).href);
          const alert = page.getByRole('main').getByRole('alert').first();
          await alert.waitFor({ state: 'visible' });
          assert.ok(await page.getByRole('navigation').isVisible(), 'the navigation survives');
          await navigate(page, '/fusion');
          await expectTopicDrawn(page, 'fusion', 'the next view is unaffected');
          await p.expectNoDefects();
        },
        { allow: allowChunk(chunk) },
      ),
    );
  });

  test('in an embed and on a slide: the card fallback, and the presenter moves on', async (t) => {
    const chunk = chunkOf('capacity-card');
    await withFailingChunk(chunk, () =>
      inPage(
        t,
        async (p) => {
          const { page } = p;
          await page.goto(new URL('embed/stargate-capacity', server.url).href);
          await page.getByRole('alert').first().waitFor({ state: 'visible' });

          await page.goto(new URL('present/1', server.url).href);
          const slideAlert = page.getByRole('alert').first();
          await slideAlert.waitFor({ state: 'visible' });
          await page.keyboard.press('ArrowRight');
          await page.waitForURL((url) => url.pathname === '/present/2', { timeout: TIMEOUT_MS });
          await page.waitForFunction(
            () => document.querySelectorAll('[data-chart-id]').length > 0,
            undefined,
            { timeout: TIMEOUT_MS },
          );
          const id = await page.locator('[data-chart-id]').first().getAttribute('data-chart-id');
          assert.ok(id && id !== 'stargate-capacity', `slide 2 shows another chart (${id})`);
          await waitForChart(page, id);
          await p.expectNoDefects();
        },
        { allow: allowChunk(chunk) },
      ),
    );
  });
});
