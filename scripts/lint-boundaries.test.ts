import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

/*
 * The import rules in eslint.config.js hold only if the linter can see where an import goes:
 * without a resolver, no-restricted-paths passes every file in silence. These probes are linted
 * as if they stood at the given path (they are never written to disk), so each wrong-way import
 * must be reported and each allowed one must not.
 */

const root = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `source` placed at `file` (relative to the repo root). */
async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  expect(fatal).toEqual([]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message);
}

/** A module of a topic folder, found on disk so that the probe follows renames. */
function moduleOf(topic: string): string {
  const file = readdirSync(path.join(root, 'src/views', topic)).find(
    (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name),
  );
  if (!file) throw new Error(`no module in src/views/${topic}`);
  return file.replace(/\.tsx?$/, '');
}

const probe = (specifier: string) => `import * as probe from '${specifier}';\nexport { probe };\n`;

describe('import boundaries', () => {
  it.each([
    ['src/charts/probe.ts', '../views/registry', 'charts import nothing above them'],
    ['src/charts/probe.ts', '../data/common-schema', 'charts and data know neither each other'],
    ['src/data/probe.ts', '../charts/palette', 'data imports no chart code'],
    ['src/data/probe.ts', '../i18n/format', 'data imports no i18n'],
    ['src/i18n/probe.ts', '../data/common-schema', 'i18n imports no data'],
    ['src/i18n/probe.ts', '../charts/palette', 'i18n imports no chart code'],
    ['src/views/probe.ts', '../app/settings', 'views import nothing from app'],
    ['src/views/probe.tsx', '../test/test-utils', 'only test files import the test helpers'],
    ['src/app/probe.tsx', '../test/test-utils', 'not even app'],
  ])('%s importing %s is an error (%s)', async (file, specifier) => {
    expect(await restrictedImports(file, probe(specifier))).toHaveLength(1);
  });

  it('a topic folder importing another topic is an error', async () => {
    const errors = await restrictedImports(
      'src/views/fusion/probe.ts',
      probe(`../stargate/${moduleOf('stargate')}`),
    );
    expect(errors).toEqual([expect.stringMatching(/imports no other topic/)]);
    expect(
      await restrictedImports(
        'src/views/stargate/probe.ts',
        probe(`../energy/${moduleOf('energy')}`),
      ),
    ).toHaveLength(1);
  });

  it.each([
    ['src/app/probe.ts', '../views/registry'],
    ['src/views/fusion/probe.ts', '../registry'],
    ['src/views/fusion/probe.ts', `./${moduleOf('fusion')}`],
    ['src/views/fusion/probe.ts', '../../charts/palette'],
    ['src/views/probe.ts', '../data/common-schema'],
    ['src/charts/probe.ts', '../i18n/format'],
    ['src/views/probe.test.tsx', '../test/test-utils'],
    ['src/test/probe.tsx', '../app/root'],
  ])('%s importing %s passes', async (file, specifier) => {
    expect(await restrictedImports(file, probe(specifier))).toEqual([]);
  });
});
