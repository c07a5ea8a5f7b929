// Full-page screenshots of the built app for a person to look at — not a test, nothing is
// compared. Every route at 375, 1280 and 1920 px, light and dark, English and Korean, into
// test-results/screens/<route>--<width>--<theme>--<lang>.png.
//
//   node tests/e2e/screenshots.mjs                      every route
//   node tests/e2e/screenshots.mjs /stargate /fusion    only these
//
// Builds dist-e2e/ first if it is missing (an existing build is reused: rebuild with
// `node tests/e2e/run.mjs` or delete the folder to pick up new code).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, REPO_ROOT, buildApp } from './build.mjs';
import { launchBrowser, newContext, newPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { APP_ROUTES, waitForReady } from './share-helpers.mjs';

const DEFAULT_ROUTES = [...APP_ROUTES, '/present/1', '/embed/stargate-capacity'];
const WIDTHS = [375, 1280, 1920];
const THEMES = ['light', 'dark'];
const LANGS = ['en', 'ko'];

/** @param {string} route */
function slug(route) {
  return route === '/' ? 'overview' : route.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-');
}

async function main() {
  const routes = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const outDir = path.join(REPO_ROOT, 'test-results', 'screens');
  mkdirSync(outDir, { recursive: true });

  await buildApp({ outDir: DIST, base: '/', reuseExisting: true });
  const server = await startServer({ dir: DIST });
  const browser = await launchBrowser();
  let failures = 0;
  try {
    for (const route of routes.length ? routes : DEFAULT_ROUTES) {
      for (const width of WIDTHS) {
        // One context per route and width; theme and language come from the URL, as for a reader.
        const context = await newContext(browser, { viewport: { width, height: 900 } });
        try {
          for (const theme of THEMES) {
            for (const lang of LANGS) {
              const name = `${slug(route)}--${width}--${theme}--${lang}`;
              const p = await newPage(context, server.url);
              try {
                const url = new URL(route.replace(/^\//, ''), server.url);
                url.searchParams.set('theme', theme);
                url.searchParams.set('lang', lang);
                await p.page.goto(url.href);
                await waitForReady(p);
                const file = path.join(outDir, `${name}.png`);
                await p.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
                const defects = await p.collectDefects();
                console.log(
                  `${file}${defects.length ? `  (${defects.length} defect(s): ${defects.map((d) => d.kind).join(', ')})` : ''}`,
                );
              } catch (error) {
                failures += 1;
                console.error(
                  `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
                );
                await p.page
                  .screenshot({ path: path.join(outDir, `${name}--FAILED.png`), fullPage: true })
                  .catch(() => {});
              } finally {
                await p.page.close();
              }
            }
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `screenshots in ${path.relative(process.cwd(), outDir) || '.'}${failures ? `; ${failures} failed` : ''}`,
  );
  return failures ? 1 : 0;
}

process.exitCode = await main();
