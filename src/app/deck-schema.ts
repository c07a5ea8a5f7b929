import { z } from 'zod';
import { chartIds, chartSpec } from '../topics';
import { listProblems, localizedText, type ValidationProblem } from '../data/common-schema';

/*
 * A named deck, `public/decks/<name>.json`: which charts to present, in which order, with which
 * view state, and optional titles and speaker notes in both languages. Fetched at run time (an
 * intranet team adds a deck without rebuilding) and checked by `npm run check-data` too.
 */

export const DECK_SCHEMA_VERSION = 1;

/** A deck name as it appears in `?deck=`: also its file name, so no path tricks. */
export const deckNamePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

const paramValue = z.string().max(200);

const deckSlide = z
  .strictObject({
    chartId: z.string(),
    params: z.record(z.string(), paramValue).optional(),
    title: localizedText.optional(),
    notes: localizedText.optional(),
  })
  .superRefine((slide, ctx) => {
    const entry = chartSpec(slide.chartId);
    if (!entry) {
      ctx.addIssue({
        code: 'custom',
        path: ['chartId'],
        message: `unknown chart id "${slide.chartId}" (known: ${chartIds.join(', ')})`,
      });
      return;
    }
    for (const key of Object.keys(slide.params ?? {})) {
      if (!entry.params.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['params', key],
          message: `"${slide.chartId}" has no parameter "${key}" (it reads: ${entry.params.join(', ') || 'none'})`,
        });
      }
    }
  });

export const deckDocument = z.strictObject({
  schemaVersion: z.literal(DECK_SCHEMA_VERSION),
  title: localizedText,
  slides: z.array(deckSlide).min(1, 'expected at least one slide'),
});

export type DeckDocument = z.infer<typeof deckDocument>;
export type DeckSlide = DeckDocument['slides'][number];

export type DeckValidation =
  { ok: true; deck: DeckDocument } | { ok: false; problems: ValidationProblem[] };

export function validateDeck(json: unknown): DeckValidation {
  const result = deckDocument.safeParse(json);
  return result.success
    ? { ok: true, deck: result.data }
    : { ok: false, problems: listProblems(result.error) };
}

/** Parses a deck file's text: JSON first, then the schema; problems name the field path. */
export function validateDeckText(text: string): DeckValidation {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // A host without the file may answer with the app's index.html instead of a 404.
    const message = /^\s*</.test(text)
      ? 'expected JSON but got an HTML page (is the file there?)'
      : 'not valid JSON (truncated or malformed)';
    return { ok: false, problems: [{ path: '(root)', message }] };
  }
  return validateDeck(json);
}
