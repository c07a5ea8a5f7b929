// One browser and one server of the test build for a test file: most browser tests start the
// same way, so they share this instead of each writing its own before/after hooks.

import { after, before } from 'node:test';
import { launchBrowser, withPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { routeUrl, testDist } from './share-helpers.mjs';

/**
 * @typedef {object} AppSuite
 * @property {import('playwright-core').Browser} browser Set once the file's `before` ran.
 * @property {import('./server.mjs').StaticServer} server Set once the file's `before` ran.
 * @property {(route: string, params?: Record<string, string>) => string} url
 *   The address of `route` on the server, with query parameters.
 * @property {<T>(t: { name: string, fullName?: string }, fn: (p: import('./browser.mjs').DefectPage & { context: import('playwright-core').BrowserContext }) => Promise<T>, options?: import('./browser.mjs').PageOptions & { context?: import('playwright-core').BrowserContextOptions }) => Promise<T>} inPage
 *   withPage() for test `t`, whose name labels the screenshot of a failure.
 */

/**
 * Registers the file's before/after hooks: the test build (see testDist) served at `/` under
 * the strict CSP, and Chromium. Both are closed after the file's last test.
 * @param {Partial<import('./server.mjs').ServerOptions>} [serverOptions] Passed to startServer.
 * @returns {AppSuite}
 */
export function appSuite(serverOptions = {}) {
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {import('./server.mjs').StaticServer | undefined} */
  let server;
  before(async () => {
    const dir = await testDist();
    browser = await launchBrowser();
    server = await startServer({ dir, base: '/', ...serverOptions });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error('appSuite: used before its before() hook ran');
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    get server() {
      return started().server;
    },
    url: (route, params) => routeUrl(started().server.url, route, params),
    inPage: (t, fn, options = {}) => {
      const { browser: b, server: s } = started();
      return withPage(b, s.url, fn, { name: t.fullName ?? t.name, ...options });
    },
  };
}
