// The README's nginx configuration, run as written: the block is read from README.md, its
// example base (/gigawatt) and root (/srv/www) swapped for the sub-path test build's, and
// served by Debian's nginx. The bare base must not be a 404, redirects must be relative (right
// behind a TLS proxy), prerendered routes are answered in place, missing assets and data are
// real 404s, and in Chromium every link to the base ends in `/` and survives a reload.
//
// Skipped, saying so, where nginx is not installed (`apt-get install -y nginx-light`).
// Run alone with `node tests/e2e/run.mjs nginx`.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST_SUB, REPO_ROOT, SUB_BASE, buildAll } from './build.mjs';
import { TIMEOUT_MS, launchBrowser, waitForMainHeading, withPage } from './browser.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const BASE = SUB_BASE.replace(/\/$/, ''); // /x/y

/** The first ```nginx block of the README, exactly as a reader copies it. */
export function readmeNginxBlock() {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md: no ```nginx block');
  return block;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** @type {import('node:child_process').ChildProcess | undefined} */
let nginx;
let origin = '';
let tmp = '';

before(async () => {
  if (!NGINX) return;
  const { distSub } = await buildAll();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gigawatt-nginx-'));
  // mkdtemp makes it owner-only; nginx's workers (nobody) must be able to enter it.
  chmodSync(tmp, 0o755);
  const root = path.join(tmp, 'www');
  // Copied, not linked: nginx's workers run as an unprivileged user who may not read the repo.
  mkdirSync(path.join(root, ...BASE.split('/').filter(Boolean)), { recursive: true });
  cpSync(distSub ?? DIST_SUB, path.join(root, ...BASE.split('/').filter(Boolean)), {
    recursive: true,
  });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The base first: the temporary root's own name must not be rewritten.
  const block = readmeNginxBlock().replaceAll('/gigawatt', BASE).replaceAll('/srv/www', root);
  const conf = path.join(tmp, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
${block}
  }
}
`,
  );
  nginx = spawn(NGINX, ['-c', conf, '-p', tmp], { stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline || nginx.exitCode !== null)
        throw new Error(`nginx did not start (see ${tmp}/error.log)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx?.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (tmp && !process.env.GW_KEEP_NGINX) rmSync(tmp, { recursive: true, force: true });
});

/** @param {string} url */
const get = (url) => fetch(url, { redirect: 'manual' });

test(
  'nginx as in the README: bare base, relative redirects, routes in place, real 404s',
  { skip: NGINX ? false : 'nginx is not installed' },
  async () => {
    const bare = await get(`${origin}${BASE}`);
    assert.equal(bare.status, 301, 'the bare base redirects');
    assert.equal(
      bare.headers.get('location'),
      `${BASE}/`,
      'to the slashed base, as a path (no scheme, host or port)',
    );
    const bareQuery = await get(`${origin}${BASE}?lang=ko`);
    assert.equal(bareQuery.headers.get('location'), `${BASE}/?lang=ko`, 'keeping the query');

    for (const route of [
      '/',
      '/stargate',
      '/stargate?partner=oracle',
      '/stargate/sites/abilene',
      '/fusion',
      '/energy',
      '/sources',
      '/no/such/page',
      '/embed/energy-slip',
    ]) {
      const response = await get(`${origin}${BASE}${route}`);
      assert.equal(response.status, 200, `${route} is answered in place, no redirect`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, route);
      assert.match(
        response.headers.get('content-security-policy') ?? '',
        /script-src 'self'/,
        `${route}: CSP`,
      );
    }
    // The prerendered page of the route itself, not the overview's.
    const stargate = await (await get(`${origin}${BASE}/stargate`)).text();
    assert.match(stargate, /data-chart-id="stargate-capacity"/, '/stargate paints its own content');

    for (const missing of ['/assets/missing.js', '/data/missing.json']) {
      assert.equal(
        (await get(`${origin}${BASE}${missing}`)).status,
        404,
        `${missing} is a real 404`,
      );
    }
    const data = await get(`${origin}${BASE}/data/stargate.json`);
    assert.equal(data.status, 200);
    assert.match(data.headers.get('content-type') ?? '', /application\/json/);
  },
);

test(
  'in Chromium behind that nginx, the bare base loads and every link to the base ends in /',
  { skip: NGINX ? false : 'nginx is not installed' },
  async (t) => {
    assert.ok(browser);
    await withPage(
      browser,
      origin,
      async ({ page, expectNoDefects }) => {
        await page.goto(`${origin}${BASE}`);
        await waitForMainHeading(page);
        assert.equal(new URL(page.url()).pathname, `${BASE}/`);

        const response = await page.goto(`${origin}${BASE}/stargate?lang=ko`);
        assert.equal(
          response?.request().redirectedFrom(),
          null,
          '/stargate answered without a redirect',
        );
        await waitForMainHeading(page);
        const brand = page.locator('a.brand');
        await brand.waitFor();
        assert.equal(
          await brand.getAttribute('href'),
          `${BASE}/?lang=ko`,
          'the logo links to <base>/',
        );
        const overview = page.locator('.shell__nav a').first();
        assert.equal(
          await overview.getAttribute('href'),
          `${BASE}/?lang=ko`,
          '"Overview" links to <base>/',
        );
        const toBase = await page.$$eval(
          'a[href]',
          (links, base) =>
            links
              .map((a) => a.getAttribute('href') ?? '')
              .filter(
                (href) =>
                  href === base || href.startsWith(`${base}?`) || href.startsWith(`${base}#`),
              ),
          BASE,
        );
        assert.deepEqual(toBase, [], 'no link names the base without its slash');

        await brand.click();
        await page.waitForURL((url) => url.pathname === `${BASE}/`);
        const reload = await page.reload();
        assert.equal(reload?.status(), 200, 'a reload of the base is not a 404');
        await waitForMainHeading(page);
        await expectNoDefects();
      },
      { name: t.name },
    );
  },
);
