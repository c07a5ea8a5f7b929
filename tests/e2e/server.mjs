// A tiny static server for the built app, in plain Node so the browser tests need no
// extra dependency. It behaves like the deployments INTERFACE.md promises to work with:
// the app lives under a base path, unknown routes fall back to index.html, and every
// response carries the strict Content-Security-Policy — so a test passing here means
// the build really runs under that policy, not under Vite's lenient dev server.
//
// Command line, for manual checks:
//   node tests/e2e/server.mjs --dir dist --base /x/y/ --port 4173 [--frame-ancestors "'self' https://intranet.example"] [--no-csp]

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy from INTERFACE.md, word for word; `frame-ancestors` is appended per host. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'";

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * What an override hook may answer instead of the file on disk.
 * @typedef {object} OverrideResponse
 * @property {number} [status] HTTP status, 200 by default.
 * @property {string | Buffer} [body] Response body, empty by default.
 * @property {string} [contentType] Content-Type; guessed from the path when omitted.
 * @property {Record<string, string>} [headers] Extra headers (merged over the defaults, CSP included).
 * @property {boolean} [destroy] Drop the connection without a response (a network error in the browser).
 * @property {number} [delayMs] Wait this long before answering (a slow network, not a test sleep).
 */

/**
 * Called for every GET/HEAD under the base before the disk is consulted.
 * `relPath` is the path relative to the base without a leading slash, e.g. `data/stargate.json`;
 * return undefined to serve normally.
 * @typedef {(request: { relPath: string, pathname: string, search: string, req: import('node:http').IncomingMessage }) =>
 *   OverrideResponse | undefined | Promise<OverrideResponse | undefined>} OverrideHook
 */

/**
 * @typedef {object} ServerOptions
 * @property {string} [dir] Folder to serve (absolute or relative to the working directory); `dist` by default.
 * @property {string} [base] Deploy base, `/` by default; normalised to start and end with `/`.
 * @property {number} [port] 0 (a free port) by default.
 * @property {string} [host] 127.0.0.1 by default.
 * @property {string | false} [csp] The policy to send; STRICT_CSP by default, false for none.
 * @property {string[]} [frameAncestors] Sources for `frame-ancestors`, e.g. [`'self'`, 'http://127.0.0.1:5000'].
 * @property {Record<string, string>} [headers] Extra headers on every response.
 * @property {OverrideHook} [override] Replace the response for some paths.
 */

/**
 * @typedef {object} RequestRecord
 * @property {string} method
 * @property {string} url Path and query as received.
 * @property {number} status
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url Origin plus base, e.g. `http://127.0.0.1:39123/x/y/`.
 * @property {string} origin e.g. `http://127.0.0.1:39123`.
 * @property {string} base e.g. `/x/y/`.
 * @property {number} port
 * @property {string} csp The Content-Security-Policy header value sent ('' when none).
 * @property {RequestRecord[]} requests Every request answered so far, oldest first.
 * @property {(hook: OverrideHook | null | undefined) => void} setOverride Replace the override hook (null to clear).
 * @property {() => Promise<void>} close
 */

/** @param {string} base */
export function normaliseBase(base) {
  let b = base.trim() || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

/**
 * The policy header for a list of frame ancestors.
 * @param {string | false} csp
 * @param {string[] | undefined} frameAncestors
 */
export function buildCsp(csp, frameAncestors) {
  if (csp === false) return '';
  return frameAncestors?.length ? `${csp}; frame-ancestors ${frameAncestors.join(' ')}` : csp;
}

/** @param {string} filePath */
function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Paths that name a file rather than a route: a miss must be a real 404, because an
 * index.html answered for a missing data file or chunk hides the bug (the app would
 * then try to parse HTML as JSON, or load HTML as a module).
 * @param {string} relPath
 */
function looksLikeFile(relPath) {
  if (/^(data|assets)(\/|$)/.test(relPath)) return true;
  const last = relPath.split('/').pop() ?? '';
  return /\.[A-Za-z0-9]{1,12}$/.test(last);
}

/** @param {string} p */
async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * Start the server. Resolves once it listens.
 * @param {ServerOptions} [options]
 * @returns {Promise<StaticServer>}
 */
export async function startServer(options = {}) {
  const root = path.resolve(options.dir ?? 'dist');
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const csp = buildCsp(
    options.csp === undefined ? STRICT_CSP : options.csp,
    options.frameAncestors,
  );
  let override = options.override;
  /** @type {RequestRecord[]} */
  const requests = [];
  const indexPath = path.join(root, 'index.html');

  /** @type {Record<string, string>} */
  const baseHeaders = {
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
    'X-Content-Type-Options': 'nosniff',
    // Every test context starts cold; no-store keeps a reload honest as well.
    'Cache-Control': 'no-store',
    ...options.headers,
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) {
        res.writeHead(500, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end(`server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const rawUrl = req.url ?? '/';
    const record = { method: req.method ?? 'GET', url: rawUrl, status: 0 };
    requests.push(record);
    /**
     * @param {number} status
     * @param {Record<string, string>} headers
     * @param {string | Buffer | import('node:stream').Readable} [body]
     */
    const send = (status, headers, body) => {
      record.status = status;
      res.writeHead(status, { ...baseHeaders, ...headers });
      if (req.method === 'HEAD' || body === undefined) res.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) res.end(body);
      else body.pipe(res);
    };
    const notFound = () =>
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(
        405,
        { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
        'method not allowed\n',
      );
      return;
    }
    const url = new URL(rawUrl, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'bad request\n');
      return;
    }
    // `/x/y` → `/x/y/`, as static hosts do, so the base itself is reachable without the slash.
    if (base !== '/' && pathname === base.slice(0, -1)) {
      send(301, { Location: base + url.search });
      return;
    }
    if (!pathname.startsWith(base)) {
      notFound();
      return;
    }
    const relPath = pathname.slice(base.length);

    if (override) {
      const answer = await override({ relPath, pathname, search: url.search, req });
      if (answer) {
        if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
        if (answer.destroy) {
          record.status = -1;
          req.socket.destroy();
          return;
        }
        send(
          answer.status ?? 200,
          {
            'Content-Type': answer.contentType ?? contentTypeFor(relPath || 'index.html'),
            ...answer.headers,
          },
          answer.body ?? '',
        );
        return;
      }
    }

    // Dotfiles (the build stamp among them) are never served; a traversal never escapes root.
    const segments = relPath.split('/');
    if (segments.some((s) => s.startsWith('.'))) {
      notFound();
      return;
    }
    const filePath = path.join(root, ...segments);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) {
      notFound();
      return;
    }
    if (relPath !== '' && (await isFile(filePath))) {
      const size = (await stat(filePath)).size;
      send(
        200,
        { 'Content-Type': contentTypeFor(filePath), 'Content-Length': String(size) },
        createReadStream(filePath),
      );
      return;
    }
    // A folder's own index.html, as nginx's `try_files $uri $uri/` serves it: the build writes a
    // prerendered page per route (dist/stargate/index.html), which beats the generic shell.
    const folderIndex = path.join(filePath, 'index.html');
    if (relPath !== '' && !looksLikeFile(relPath) && (await isFile(folderIndex))) {
      send(200, { 'Content-Type': CONTENT_TYPES['.html'] }, createReadStream(folderIndex));
      return;
    }
    if (looksLikeFile(relPath) || !(await isFile(indexPath))) {
      notFound();
      return;
    }
    // SPA fallback: client-side routes (and the base itself) get the app shell.
    send(200, { 'Content-Type': CONTENT_TYPES['.html'] }, createReadStream(indexPath));
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const origin = `http://${host}:${address.port}`;

  return {
    url: origin + base,
    origin,
    base,
    port: address.port,
    csp,
    requests,
    setOverride(hook) {
      override = hook ?? undefined;
    },
    close() {
      return new Promise((resolve) => {
        // Keep-alive sockets from the browser would otherwise hold close() open.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {ServerOptions} */
  const options = { dir: 'dist', base: '/', port: 4173 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dir') options.dir = value();
    else if (arg === '--base') options.base = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--frame-ancestors')
      options.frameAncestors = value().split(/\s+/).filter(Boolean);
    else if (arg === '--no-csp') options.csp = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: node tests/e2e/server.mjs [--dir dist] [--base /] [--port 4173] [--host 127.0.0.1]\n' +
          '                                 [--frame-ancestors "\'self\' https://host"] [--no-csp]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const options = parseArgs(process.argv.slice(2));
  const server = await startServer(options);
  console.log(`serving ${path.resolve(options.dir ?? 'dist')} at ${server.url}`);
  console.log(server.csp ? `Content-Security-Policy: ${server.csp}` : 'no Content-Security-Policy');
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
