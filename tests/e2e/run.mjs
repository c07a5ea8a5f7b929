// `npm run test:e2e`: build the app twice (at `/` and under `/x/y/`), then run every
// tests/e2e/*.test.mjs with Node's test runner, one file at a time — two cores cannot host
// several Chromiums without timing out — and exit with the runner's code.
//
//   node tests/e2e/run.mjs                 all browser tests
//   node tests/e2e/run.mjs routes          only files whose name contains "routes"
//   node tests/e2e/run.mjs --test-name-pattern=csp    options starting with -- go to node --test

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromePath } from './browser.mjs';
import { REPO_ROOT, buildAll, runId } from './build.mjs';

const E2E = path.join(REPO_ROOT, 'tests', 'e2e');

async function main() {
  const exe = chromePath();
  if (!existsSync(exe)) {
    console.error(
      `[e2e] Chromium not found at ${exe}.\n` +
        '[e2e] Install it with:  apt-get install -y chromium\n' +
        '[e2e] (or set CHROME_PATH to a Chromium binary). The tests never download a browser.',
    );
    return 1;
  }

  const args = process.argv.slice(2);
  const nodeTestOptions = args.filter((a) => a.startsWith('--'));
  const filters = args.filter((a) => !a.startsWith('--'));
  const files = readdirSync(E2E)
    .filter((f) => f.endsWith('.test.mjs'))
    .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
    .sort()
    .map((f) => path.join('tests', 'e2e', f));
  if (files.length === 0) {
    console.error(`[e2e] no test files match ${filters.join(', ') || '*.test.mjs'}`);
    return 1;
  }

  // Test processes inherit the run id, so build.mjs in each of them finds these builds fresh.
  process.env.E2E_RUN_ID = runId();
  try {
    await buildAll();
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const testArgs = [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    // A safety net against a hung browser; each test sets its own, tighter waits.
    '--test-timeout=300000',
    ...nodeTestOptions,
    ...files,
  ];
  console.log(`[e2e] node ${testArgs.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, testArgs, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: process.env,
    });
    child.on('error', (error) => {
      console.error(`[e2e] could not start the test runner: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

process.exitCode = await main();
