// Serves a build for the bench the way the README deploys it: Debian's nginx running the README's
// nginx block as written (its base and root swapped for a temporary copy of the build), with
// gzip on as Debian's nginx.conf proposes it (its commented gzip lines switched on, SVG added).
// Without nginx the e2e server answers instead, gzipping the same types at the same level; the
// bench says which one served.
//
// The build is copied, not linked: nginx's workers run as an unprivileged user, and the scale
// measurements replace the copy's data files with synthetic ones (setData).

import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/server.mjs';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** The README's example base; the bench builds with it so the block runs unchanged. */
export const BENCH_BASE = '/gigawatt/';

/** Debian's nginx.conf gzip lines, uncommented (image/svg+xml added: the app draws SVG). */
export const GZIP_LEVEL = 6;
export const GZIP_TYPES = [
  'text/plain',
  'text/css',
  'application/json',
  'application/javascript',
  'text/xml',
  'application/xml',
  'application/xml+rss',
  'text/javascript',
  'image/svg+xml',
];
const GZIP_CONF = `gzip on;
  gzip_vary on;
  gzip_proxied any;
  gzip_comp_level ${GZIP_LEVEL};
  gzip_http_version 1.1;
  gzip_types ${GZIP_TYPES.join(' ')};`;

/** @param {string} root repository root */
function readmeNginxBlock(root) {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
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

/**
 * @typedef {object} Host
 * @property {string} url origin plus base, ending in `/`
 * @property {'nginx' | 'node'} kind
 * @property {(name: string, text: string | null) => void} setData replace `data/<name>` (null: the build's own)
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ root: string, dir: string, nginx?: boolean }} options repository root, build folder
 * @returns {Promise<Host>}
 */
export async function startHost({ root, dir, nginx = true }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gigawatt-bench-'));
  chmodSync(tmp, 0o755);
  const www = path.join(tmp, 'www');
  const site = path.join(www, ...BENCH_BASE.split('/').filter(Boolean));
  mkdirSync(site, { recursive: true });
  cpSync(dir, site, { recursive: true });
  /** @type {Map<string, Buffer>} */
  const originals = new Map();
  /** @type {Host['setData']} */
  const setData = (name, text) => {
    const file = path.join(site, 'data', name);
    if (!originals.has(name)) originals.set(name, readFileSync(file));
    writeFileSync(file, text ?? originals.get(name) ?? '');
  };

  if (nginx && NGINX) {
    const port = await freePort();
    const block = readmeNginxBlock(root).replaceAll('/srv/www', www);
    const conf = path.join(tmp, 'nginx.conf');
    writeFileSync(
      conf,
      `daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  ${GZIP_CONF}
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
    const child = spawn(NGINX, ['-c', conf, '-p', tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await fetch(`${origin}${BENCH_BASE}`);
        break;
      } catch {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`nginx did not start (see ${tmp}/error.log)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return {
      url: `${origin}${BENCH_BASE}`,
      kind: 'nginx',
      setData,
      close: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGQUIT');
          await exited;
        }
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  }

  const server = await startServer({ dir: site, base: BENCH_BASE, override: nginxLike(site) });
  return {
    url: server.url,
    kind: 'node',
    setData,
    close: async () => {
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** @param {string} file */
const isFile = (file) => existsSync(file) && statSync(file).isFile();

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

/**
 * The e2e server's override hook answering as the nginx above would: `try_files $uri
 * $uri/index.html /index.html` (files under assets/ and data/ never fall back), gzip at the
 * same level for the same types (and HTML, which nginx always compresses), only when asked.
 * @param {string} site
 * @returns {import('../tests/e2e/server.mjs').OverrideHook}
 */
function nginxLike(site) {
  return ({ relPath, req }) => {
    if (relPath.split('/').some((s) => s.startsWith('.'))) return undefined;
    let file = path.join(site, ...relPath.split('/'));
    if (!relPath || !isFile(file)) {
      const folderIndex = path.join(file, 'index.html');
      if (relPath && isFile(folderIndex)) file = folderIndex;
      else if (/^(data|assets)(\/|$)/.test(relPath) || /\.[A-Za-z0-9]{1,12}$/.test(relPath))
        return undefined;
      else file = path.join(site, 'index.html');
    }
    const type = TYPES[path.extname(file)];
    const gzip =
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
      type !== undefined &&
      (type === 'text/html' || GZIP_TYPES.includes(type));
    const body = readFileSync(file);
    return {
      body: gzip ? gzipSync(body, { level: GZIP_LEVEL }) : body,
      ...(type
        ? { contentType: `${type}${type.startsWith('image/') ? '' : '; charset=utf-8'}` }
        : {}),
      headers: gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {},
    };
  };
}
