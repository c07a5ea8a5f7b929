import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { digestBytes } from './digest';
import { DataError, fetchDataset, trustBuildFiles } from './load';
import { validAsIs } from './validate';

const text = readFileSync(resolve(__dirname, '../../public/data/stargate.json'), 'utf8');
const bytes = new TextEncoder().encode(text);

/** Serves `body` as data/stargate.json. */
function serve(body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { headers: { 'Content-Type': 'application/json' } })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('./validate');
});

it('uses a file the build checked as it is without checking it again', async () => {
  expect(validAsIs('stargate', text)).toBe(true);
  trustBuildFiles([['stargate', digestBytes(bytes)]]);
  const validate = vi.fn();
  vi.doMock('./validate', () => ({ validateText: validate }));
  serve(text);
  const data = await fetchDataset('stargate');
  expect(data.sites.length).toBeGreaterThan(0);
  expect(validate).not.toHaveBeenCalled();
});

it('checks a file that differs from the build’s, by a byte', async () => {
  trustBuildFiles([['stargate', digestBytes(bytes)]]);
  // The same shape with one figure broken: the checks, not the digest, must catch it.
  const changed = text.replace(/"capacityGw": \d+/, '"capacityGw": "a lot"');
  expect(changed).not.toBe(text);
  serve(changed);
  await expect(fetchDataset('stargate')).rejects.toBeInstanceOf(DataError);
});

it('does not vouch for a file the build could only load with warnings', () => {
  const withStrayKey = text.replace('{', '{"editorNote": "check the Abilene figure",');
  expect(validAsIs('stargate', withStrayKey)).toBe(false);
});
