import { z } from 'zod';

// zod 4 probes `new Function` to decide whether it may JIT-compile parsers; a strict
// CSP (script-src 'self') reports that probe even though zod catches it.
z.config({ jitless: true });

/** Text a reader sees, in both languages the dashboard speaks. */
export const localizedText = z.strictObject({
  en: z.string().min(1),
  ko: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * An ISO 8601 calendar date at the precision the source gives: `2025`, `2025-09` or
 * `2025-09-23`. Reduced precision is data, not sloppiness: many sources give only a month.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    if (d === undefined || m === undefined || y === undefined) return true;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a real calendar date');

/** A–C as in the dossiers: A the organisation itself, B established press, C aggregator/wiki. */
export const reliability = z.enum(['A', 'B', 'C']);
export type Reliability = z.infer<typeof reliability>;

export const source = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id (a-z, 0-9, -)'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date as shown on the page; null where the stored copy showed none. */
  date: isoDate.nullable(),
  /** True where the date was inferred from the text rather than printed on the page. */
  dateInferred: z.boolean().optional(),
  reliability,
  note: localizedText.optional(),
});
export type Source = z.infer<typeof source>;

export const sourceIds = z.array(z.string().min(1)).min(1, 'expected at least one source id');

export const nonNegative = z.number().finite().nonnegative();

/** Fields every data file starts with. */
export const documentHeader = {
  schemaVersion: z.literal(1),
  asOf: isoDate,
  sources: z.array(source).min(1),
};

type Issue = { path: PropertyKey[]; message: string };

/**
 * Cross-field rules shared by every data file, checked over the parsed tree so that a
 * new field gets them without anyone remembering to wire it up:
 * - every `sourceIds` entry names a source in the file's `sources`;
 * - within any array of objects with an `id`, ids are unique.
 */
export function documentRuleIssues(doc: { sources: { id: string }[] }): Issue[] {
  const known = new Set(doc.sources.map((s) => s.id));
  const issues: Issue[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) {
      const seen = new Map<string, number>();
      node.forEach((item, index) => {
        if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') {
          const first = seen.get(item.id);
          if (first !== undefined) {
            issues.push({
              path: [...path, index, 'id'],
              message: `duplicate id "${item.id}" (first at index ${first})`,
            });
          } else seen.set(item.id, index);
        }
        walk(item, [...path, index]);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sourceIds' && Array.isArray(value)) {
        value.forEach((id, index) => {
          if (typeof id === 'string' && !known.has(id)) {
            issues.push({ path: [...path, key, index], message: `unknown source id "${id}"` });
          }
        });
      } else walk(value, [...path, key]);
    }
  };
  walk(doc, []);
  return issues;
}

/** Adds the shared cross-field rules to a document schema. */
export function withDocumentRules<T extends z.ZodType<{ sources: { id: string }[] }>>(schema: T) {
  return schema.superRefine((doc, ctx) => {
    for (const issue of documentRuleIssues(doc)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });
}

/** `sites[3].capacityGw` from `['sites', 3, 'capacityGw']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** A plain-language message for one zod issue, e.g. `expected a number`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
    return `expected ${article} ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') return `unexpected key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

export type ValidationProblem = { path: string; message: string };

export function listProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}
