// Debian's nginx running the README's nginx block as written, for the nginx test and the bench:
// the block is read from README.md, its example base (/gigawatt) and root (/srv/www) swapped for
// a temporary copy of a build.
//
// The build is copied, not linked: nginx's workers run as an unprivileged user who may not read
// the repository.

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
import { REPO_ROOT } from './build.mjs';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** The first ```nginx block of the README, exactly as a reader copies it. */
function readmeNginxBlock() {
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

/**
 * @typedef {object} Nginx
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {string} site the copy of the build nginx serves (under the base)
 * @property {string} tmp the temporary folder holding the copy, the configuration and error.log
 * @property {() => Promise<void>} close stops nginx and removes `tmp` (unless `keep`)
 */

/**
 * Copies `dist` under `base` in a temporary root and starts nginx on a free port with the
 * README's block, `http` lines added to its http context (gzip, say).
 * @param {{ dist: string, base: string, http?: string, timeoutMs?: number, keep?: boolean }} options
 *   `base` without a trailing slash (`/x/y`)
 * @returns {Promise<Nginx>}
 */
export async function startNginx({ dist, base, http = '', timeoutMs = 30_000, keep = false }) {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install -y nginx-light)');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gigawatt-nginx-'));
  // mkdtemp makes it owner-only; nginx's workers (nobody) must be able to enter it.
  chmodSync(tmp, 0o755);
  const root = path.join(tmp, 'www');
  const site = path.join(root, ...base.split('/').filter(Boolean));
  mkdirSync(site, { recursive: true });
  cpSync(dist, site, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The base first: the temporary root's own name must not be rewritten.
  const block = readmeNginxBlock().replaceAll('/gigawatt', base).replaceAll('/srv/www', root);
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
  ${http}
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
  const child = spawn(NGINX, ['-c', conf, '-p', tmp], { stdio: ['ignore', 'inherit', 'inherit'] });
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(`${origin}/`);
      return { origin, site, tmp, close };
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGQUIT');
        throw new Error(`nginx did not start (see ${tmp}/error.log)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
