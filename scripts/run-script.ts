import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Used by tests only, where vitest defines __dirname.
const root = path.resolve(__dirname, '..');

/**
 * Runs one of the repo's scripts the way `npm run` does (through tsx, from the repo root) and
 * returns its exit status and what it printed, for the tests of the command line.
 */
export function runScript(script: string, args: string[]): { status: number; stdout: string } {
  const cli = path.join(root, 'node_modules', '.bin', 'tsx');
  try {
    const stdout = execFileSync(cli, [script, ...args], { cwd: root, encoding: 'utf8' });
    return { status: 0, stdout };
  } catch (error) {
    const status =
      typeof error === 'object' && error && 'status' in error && typeof error.status === 'number'
        ? error.status
        : -1;
    const stdout =
      typeof error === 'object' && error && 'stdout' in error ? String(error.stdout) : '';
    return { status, stdout };
  }
}
