// Lighthouse 12.2.3 through its node API, against Debian's Chromium started by chrome-launcher
// (which only looks for a binary; it never downloads one). One Chromium per run, so runs do not
// share a warm cache or a throttled-CPU state.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROME_ARGS, assertChromeInstalled } from '../tests/e2e/browser.mjs';

/**
 * @typedef {object} LhResult
 * @property {number} performance
 * @property {number} accessibility
 * @property {number} bestPractices
 * @property {number} seo
 * @property {number} lcp ms
 * @property {number} tbt ms
 * @property {number} cls
 * @property {number} fcp ms
 * @property {string[]} failing audits scored below 0.9
 */

/**
 * One Lighthouse run.
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {{ lang?: string, timeoutMs?: number }} [options] `lang`: the browser's language (its
 *   UI and navigator.language, --lang) and the Accept-Language it sends, so a page is measured as
 *   a reader in that language meets it; `timeoutMs`: a run that takes longer is abandoned and its
 *   Chromium killed
 * @returns {Promise<LhResult>}
 */
export async function runLighthouse(url, preset, { lang, timeoutMs = 300_000 } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: assertChromeInstalled(),
    chromeFlags: lang ? [...CHROME_ARGS, `--lang=${lang}`, `--accept-lang=${lang}`] : CHROME_ARGS,
    logLevel: 'silent',
  });
  try {
    const flags = {
      port: chrome.port,
      ...(lang ? { extraHeaders: { 'Accept-Language': lang } } : {}),
      output: /** @type {'json'} */ ('json'),
      logLevel: /** @type {'error' | 'info'} */ (
        process.env.LH_LOG === 'info' || process.env.LH_LOG === 'verbose'
          ? process.env.LH_LOG
          : 'error'
      ),
    };
    const config = preset === 'desktop' ? desktopConfig : undefined;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const result = await Promise.race([
      lighthouse(url, flags, config),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    /** @param {string} id */
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    /** @param {string} id */
    const num = (id) => audits[id]?.numericValue ?? Number.NaN;
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.message}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      fcp: num('first-contentful-paint'),
      /** failing audits, for the person reading a score below 100 */
      failing: Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}
