// Builds the app for the browser tests, once per run per (outDir, base).
//
// `npm run build` also typechecks; here only `vite build` runs, because the typecheck is its own
// CI step and the tests need the bundle, not a second tsc pass. Every test file runs in its own
// process under `node --test`, so an in-memory cache would not be shared: a stamp file inside the
// out dir records the base and the run id, and run.mjs hands the run id to every test process
// (E2E_RUN_ID). Without a run id, each process builds once.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Root-deployed build, and one deployed under a sub-path, as INTERFACE.md promises both. */
export const DIST = path.join(REPO_ROOT, 'dist-e2e');
export const DIST_SUB = path.join(REPO_ROOT, 'dist-e2e-sub');
export const SUB_BASE = '/x/y/';
/** The no-rewrite build: hash routes and a relative base, so the folder works anywhere. */
export const DIST_HASH = path.join(REPO_ROOT, 'dist-e2e-hash');
export const HASH_ENV = { VITE_ROUTER: 'hash' };

const STAMP = '.e2e-build.json';
const processRunId = `pid-${process.pid}-${Date.now()}`;

/** The id shared by every process of one `npm run test:e2e`. */
export function runId() {
  return process.env.E2E_RUN_ID || processRunId;
}

/**
 * @typedef {object} BuildOptions
 * @property {string} [outDir] Absolute or relative to the repo root; dist-e2e by default.
 * @property {string} [base] `/` by default.
 * @property {boolean} [reuseExisting] Accept any earlier build with the same base (for manual
 *   scripts such as screenshots.mjs), not only one from this run.
 * @property {boolean} [force] Build even if this run already did.
 * @property {Record<string, string>} [env] Extra build-time variables (e.g. `{ VITE_ROUTER: 'hash' }`);
 *   part of the stamp, so a build with other variables is not mistaken for this one.
 */

/** @param {string} outDir */
function readStamp(outDir) {
  try {
    return /** @type {{ base?: string, runId?: string, env?: Record<string, string> }} */ (
      JSON.parse(readFileSync(path.join(outDir, STAMP), 'utf8'))
    );
  } catch {
    return undefined;
  }
}

/**
 * Builds unless this run already built the same thing; resolves to the absolute out dir.
 * @param {BuildOptions} [options]
 * @returns {Promise<string>}
 */
export async function buildApp(options = {}) {
  const outDir = path.resolve(REPO_ROOT, options.outDir ?? DIST);
  const base = options.base ?? '/';
  const envKey = JSON.stringify(options.env ?? {});
  const stamp = readStamp(outDir);
  const fresh =
    stamp?.base === base &&
    JSON.stringify(stamp.env ?? {}) === envKey &&
    existsSync(path.join(outDir, 'index.html')) &&
    (options.reuseExisting || stamp.runId === runId());
  if (fresh && !options.force) return outDir;

  const relOut = path.relative(REPO_ROOT, outDir) || '.';
  const args = [
    '--no',
    '--',
    'vite',
    'build',
    `--base=${base}`,
    `--outDir=${relOut}`,
    '--emptyOutDir',
    '--logLevel=warn',
  ];
  console.log(`[e2e] npx ${args.join(' ')}`);
  const started = Date.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...options.env, NODE_ENV: 'production' },
    });
    child.on('error', reject);
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  if (code !== 0)
    throw new Error(`vite build --base=${base} --outDir=${relOut} failed (exit ${code})`);
  writeFileSync(
    path.join(outDir, STAMP),
    JSON.stringify({
      base,
      env: options.env ?? {},
      runId: runId(),
      builtAt: new Date().toISOString(),
    }),
  );
  console.log(
    `[e2e] built ${relOut} (base ${base}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return outDir;
}

/** Both builds the tests need: `{ dist, distSub }`. */
export async function buildAll() {
  const dist = await buildApp({ outDir: DIST, base: '/' });
  const distSub = await buildApp({ outDir: DIST_SUB, base: SUB_BASE });
  return { dist, distSub };
}
