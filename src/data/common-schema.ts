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

// ---------------------------------------------------------------- plausible ranges

/*
 * Every number a reader sees has a plausible range. The files are replaced by people who did
 * not write them, and a figure can be well-formed and absurd: 1e308 GW, a capacity typed in MW
 * where GW is meant, a year of 20250. Such a value is refused like any other problem, with its
 * path and a sentence of context, instead of reaching a chart as "1e+308 GW".
 *
 * Each range admits every value in the sources with room to grow (usually ten times the
 * largest value in the bundled files or more); `why` says where the bound comes from and is
 * printed with the problem. A real value outside a range means the range is wrong: widen it
 * here, with its reason, rather than bending the figure.
 */

/** A plausible range for one kind of figure: inclusive bounds, the unit a reader sees, and why. */
export type PlausibleRange = {
  readonly min: number;
  readonly max: number;
  /** As printed after the range: `GW`, `US$ bn`, `%`; empty for a pure ratio. */
  readonly unit: string;
  /** Context for whoever edits the file, e.g. "Stargate's target is 10 GW". */
  readonly why: string;
};

/** A number as an editor typed it in JSON: `1e308`, not `1e+308`. */
function numberLiteral(value: number): string {
  return String(value).replace('e+', 'e');
}

const groupedFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A bound as a reader of the message takes it in: 1950, 100,000, 1e9 (four digits are a year or read as one). */
function boundText(value: number): string {
  if (Math.abs(value) >= 1e9) return value.toExponential().replace('e+', 'e');
  return Math.abs(value) < 10_000 ? String(value) : groupedFormat.format(value);
}

/** `1e308 is outside 0–100 GW; the largest announced site is 5 GW`, or undefined when in range. */
export function rangeProblem(value: number, range: PlausibleRange): string | undefined {
  if (value >= range.min && value <= range.max) return undefined;
  const unit = range.unit ? ` ${range.unit}` : '';
  return `${numberLiteral(value)} is outside ${boundText(range.min)}–${boundText(range.max)}${unit}; ${range.why}`;
}

/** A finite number within `range` (JSON has no NaN; 1e999 parses to Infinity and is refused by z.number()). */
export function plausible(range: PlausibleRange) {
  return z.number().superRefine((value, ctx) => {
    const message = rangeProblem(value, range);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** Reports a value against a range chosen by another field (a metric, a unit) from a superRefine. */
export function checkRange(
  ctx: z.RefinementCtx,
  path: PropertyKey[],
  value: number | null | undefined,
  range: PlausibleRange,
): void {
  if (value === null || value === undefined) return;
  const message = rangeProblem(value, range);
  if (message) ctx.addIssue({ code: 'custom', path, message });
}

/** Ranges shared by both files. */
export const ranges = {
  /**
   * Money in billions of US dollars. The largest sum in either file is the $500B Stargate
   * pledge; $10,000B is twenty times that.
   */
  usdBn: {
    min: 0,
    max: 10_000,
    unit: 'US$ bn',
    why: 'the largest sum in the data is the $500B Stargate pledge',
  },
  /** Money in millions of US dollars: the same ceiling as usdBn, written in millions. */
  usdM: {
    min: 0,
    max: 10_000_000,
    unit: 'US$ m',
    why: 'the largest sum in the data is the $500B (500,000 m) Stargate pledge',
  },
  /** A share of a whole; 100 % is the whole. */
  percent: { min: 0, max: 100, unit: '%', why: 'a share cannot exceed 100 %' },
  /**
   * A calendar year. The oldest fact in either file is the Geneva summit of November 1985 that
   * started ITER; forecasts reach the 2050s ("mid-century", EU-DEMO's 2054). 1950 leaves room
   * for older history and 2100 for later forecasts, while a typo like 20250 or 1025 is caught.
   */
  year: {
    min: 1950,
    max: 2100,
    unit: '',
    why: 'dates in the data run from 1985 to the 2050s',
  },
  /** How many of something (companies surveyed, grant recipients): the file's largest is 53. */
  count: {
    min: 0,
    max: 100_000,
    unit: '',
    why: 'the largest count in the data is the 53 companies of a fusion industry survey',
  },
} as const satisfies Record<string, PlausibleRange>;

/** A calendar year as a number (a forecast window, a budget year), within ranges.year. */
export const year = plausible(ranges.year).int('expected a whole year, e.g. 2030');

/**
 * An ISO 8601 calendar date at the precision the source gives: `2025`, `2025-09` or
 * `2025-09-23`. Reduced precision is data, not sloppiness: many sources give only a month.
 * Its year must lie in ranges.year.
 */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  )
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    if (d === undefined || m === undefined || y === undefined) return true;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a real calendar date')
  .superRefine((value, ctx) => {
    // A value that is no date at all has its problem already; its "year" would be noise.
    if (!/^\d{4}(-|$)/.test(value)) return;
    const y = Number(value.slice(0, 4));
    if (y >= ranges.year.min && y <= ranges.year.max) return;
    ctx.addIssue({
      code: 'custom',
      message: `${value} is outside ${ranges.year.min}–${ranges.year.max}; ${ranges.year.why}`,
    });
  });

/** A–C, the grading rule of the README: A the organisation itself, B established press, C aggregator/wiki. */
export const reliability = z.enum(['A', 'B', 'C']);
export type Reliability = z.infer<typeof reliability>;

/** An id within a data file: lowercase letters, digits and hyphens (`abilene`, `iter-dt-operation`). */
export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id (a-z, 0-9, -)');

export const source = z.strictObject({
  id,
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

/** Fields every data file starts with. */
export const documentHeader = {
  schemaVersion: z.literal(1),
  asOf: isoDate,
  sources: z.array(source).min(1),
};

/** A problem a cross-field rule finds: where in the document, and what. */
export type Issue = { path: PropertyKey[]; message: string };

/** Hands rule problems to zod, which lists them with the schema's own. */
export function report(ctx: z.RefinementCtx, ...issues: Issue[]): void {
  for (const issue of issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

/** True where ISO date `a` is later than `b`, compared at the precision both share ("2026" is not after "2026-05"). */
export function isAfterDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * A file states what was known on its `asOf` day, so nothing in it is dated later. Returns the
 * check for one dated field, which adds a problem to `issues` (e.g. `date 2026-06 is after asOf
 * 2026-05-01`; `what` names the date where the path alone would not).
 */
export function notAfterAsOf(asOf: string, issues: Issue[]) {
  return (path: PropertyKey[], date: string | null | undefined, what = 'date'): void => {
    if (date && isAfterDate(date, asOf))
      issues.push({ path, message: `${what} ${date} is after asOf ${asOf}` });
  };
}

/** What the shared rules read; `asOf` and source dates are absent when validate.ts runs them on a tree that failed its schema. */
type DocumentBase = { asOf?: unknown; sources: { id: string; date?: string | null }[] };

/**
 * Cross-field rules shared by every data file, checked over the parsed tree so that a
 * new field gets them without anyone remembering to wire it up:
 * - every `sourceIds` entry names a source in the file's `sources`;
 * - within any array of objects with an `id`, ids are unique;
 * - no source is dated after the file's `asOf`.
 */
export function documentRuleIssues(doc: DocumentBase): Issue[] {
  const known = new Set(doc.sources.map((s) => s.id));
  const issues: Issue[] = [];
  if (typeof doc.asOf === 'string') {
    const checkDate = notAfterAsOf(doc.asOf, issues);
    doc.sources.forEach((s, i) => checkDate(['sources', i, 'date'], s.date));
  }
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

/** Adds a file's own cross-field rules, then the shared ones, to its document schema. */
export function withDocumentRules<T extends z.ZodType<DocumentBase>>(
  schema: T,
  rules: (doc: z.output<T>) => Issue[] = () => [],
) {
  return schema.superRefine((doc, ctx) => report(ctx, ...rules(doc), ...documentRuleIssues(doc)));
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
  if (issue.code === 'unrecognized_keys')
    return `unexpected key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

export type ValidationProblem = { path: string; message: string };

export function listProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue),
  }));
}
