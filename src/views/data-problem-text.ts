import { DataError } from '../data/load';
import type { MessageKey } from '../i18n/catalogue';
import type { I18n } from '../i18n/i18n-context';

/*
 * A bad data file's first problem in the reader's language. The checks (src/data/validate.ts)
 * word their findings in English for `npm run check-data` and the administrator; the alert on
 * the page reads them in Korean too. English readers see the check's own words, so the page and
 * the command line never disagree; a message with no Korean wording yet keeps its English
 * detail after a Korean lead-in, marked as such.
 */

type Problem = { path: string; message: string };

const typeNames: Record<string, string> = {
  number: '숫자',
  string: '문자열(따옴표 안의 글)',
  boolean: 'true 또는 false',
  array: '배열([…])',
  object: '객체({…})',
  null: 'null',
};

/** English check message → Korean catalogue key and its parameters. */
const korean: [RegExp, MessageKey, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^the file could not be fetched/, 'error.data.fetch', () => ({})],
  [/^the server answered HTTP (\d+)/, 'error.data.http', (m) => ({ status: m[1] ?? '' })],
  [/^the file is empty/, 'error.data.empty', () => ({})],
  [/^expected JSON but got an HTML page/, 'error.data.html', () => ({})],
  [
    /^not valid JSON .*?at line (\d+), column (\d+)/,
    'error.data.jsonAt',
    (m) => ({ line: m[1] ?? '', column: m[2] ?? '' }),
  ],
  [/^not valid JSON/, 'error.data.json', () => ({})],
  [/^nested more than (\d+) levels/, 'error.data.nested', (m) => ({ levels: m[1] ?? '' })],
  [/^expected an object at the top level/, 'error.data.topLevel', () => ({})],
  [/^this file is schemaVersion (\S+?);/, 'error.data.newer', (m) => ({ version: m[1] ?? '' })],
  [/^missing \(/, 'error.data.missing', () => ({})],
  [/^expected a finite number/, 'error.data.finite', () => ({})],
  [
    /^expected a number ([≥>≤<]) (.+)$/,
    'error.data.bound',
    (m) => ({ bound: `${m[1] ?? ''} ${m[2] ?? ''}` }),
  ],
  [
    /^expected an? (number|string|boolean|array|object|null)$/,
    'error.data.type',
    (m) => ({ type: typeNames[m[1] ?? ''] ?? m[1] ?? '' }),
  ],
  [/^expected one of (.+)$/, 'error.data.oneOf', (m) => ({ values: m[1] ?? '' })],
  [/^unexpected key (.+)$/, 'error.data.unexpectedKey', (m) => ({ keys: m[1] ?? '' })],
  [/^unknown (?:\w+ )?id (".*")$/, 'error.data.unknownId', (m) => ({ id: m[1] ?? '' })],
  [/^duplicate (?:phase )?id (".*?")/, 'error.data.duplicateId', (m) => ({ id: m[1] ?? '' })],
];

/** The problem's own words in Korean, or a Korean lead-in with the English detail. */
function problemDetail(i18n: I18n, message: string): string {
  for (const [pattern, key, params] of korean) {
    const match = pattern.exec(message);
    if (match) return i18n.t(key, params(match));
  }
  return i18n.t('error.data.other', { detail: message });
}

/**
 * What the alert says about a file that could not be used: `stargate.json: sites[3].capacityGw:
 * expected a number`, or in Korean `stargate.json: sites[3].capacityGw: 필요한 형식: 숫자`.
 * The file name and the JSON path stay as they are: they are what an administrator looks for.
 */
export function dataProblemText(i18n: I18n, file: string, error: unknown): string {
  const dataError = error instanceof DataError ? error : null;
  if (i18n.lang === 'en') return dataError ? dataError.message : `${file}: ${String(error)}`;
  const first: Problem | undefined = dataError?.problems[0];
  if (!first) return `${file}: ${i18n.t('error.data.other', { detail: String(error) })}`;
  return `${file}: ${first.path}: ${problemDetail(i18n, first.message)}`;
}
