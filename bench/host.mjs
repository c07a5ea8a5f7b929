// Serves a build for the bench the way the README deploys it: Debian's nginx running the README's
// nginx block as written (its base and root swapped for a temporary copy of the build), with
// gzip on as Debian's nginx.conf proposes it (its commented gzip lines switched on, SVG added).
// Without nginx the e2e server answers instead, gzipping the same types at the same level; the
// bench says which one served.
//
// The build is copied, not linked: nginx's workers run as an unprivileged user, and the scale
// measurements replace the copy's data files with synthetic ones (setData).

import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { NGINX, startNginx } from '../tests/e2e/nginx.mjs';
import { startServer } from '../tests/e2e/server.mjs';

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

/**
 * @typedef {object} Host
 * @property {string} url origin plus base, ending in `/`
 * @property {'nginx' | 'node'} kind
 * @property {(name: string, text: string | null) => void} setData replace `data/<name>` (null: the build's own)
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ dir: string, nginx?: boolean }} options the build folder; nginx if installed
 * @returns {Promise<Host>}
 */
export async function startHost({ dir, nginx = true }) {
  if (nginx && NGINX) {
    const host = await startNginx({
      dist: dir,
      base: BENCH_BASE.replace(/\/$/, ''),
      http: `sendfile on;\n  ${GZIP_CONF}`,
    });
    return {
      url: `${host.origin}${BENCH_BASE}`,
      kind: 'nginx',
      setData: dataSetter(host.site),
      close: host.close,
    };
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gigawatt-bench-'));
  const site = path.join(tmp, ...BENCH_BASE.split('/').filter(Boolean));
  mkdirSync(site, { recursive: true });
  cpSync(dir, site, { recursive: true });
  const server = await startServer({ dir: site, base: BENCH_BASE, override: nginxLike(site) });
  return {
    url: server.url,
    kind: 'node',
    setData: dataSetter(site),
    close: async () => {
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Replaces `data/<name>` of the served copy (null: puts the build's own back).
 * @param {string} site
 * @returns {Host['setData']}
 */
function dataSetter(site) {
  /** @type {Map<string, Buffer>} */
  const originals = new Map();
  return (name, text) => {
    const file = path.join(site, 'data', name);
    if (!originals.has(name)) originals.set(name, readFileSync(file));
    writeFileSync(file, text ?? originals.get(name) ?? '');
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
