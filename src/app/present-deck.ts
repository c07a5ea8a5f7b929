import { useQuery } from '@tanstack/react-query';
import type { LocalizedText } from '../data/common-schema';
import type { DeckDocument } from './deck-schema';
import { chartById, charts, type ChartEntry } from '../views/registry';

/*
 * What a deck is: its slides (a chart each, with the view state it is shown in, and optional
 * title and notes), from `?slides=a,b`, from a named deck file (`?deck=<name>`), or every
 * registered chart in registry order.
 */

export type SlideSpec = {
  entry: ChartEntry;
  /** View-state parameters the deck gives this slide (filters, hidden series). */
  params: Readonly<Record<string, string>>;
  title?: LocalizedText;
  notes?: LocalizedText;
};

/** `?slides=a,b` → those charts in that order; unknown ids drop out quietly, none left → all. */
export function parseDeck(raw: string | null): ChartEntry[] {
  if (raw === null) return [...charts];
  const deck = raw
    .split(',')
    .map((id) => chartById(id.trim()))
    .filter((entry): entry is ChartEntry => entry !== undefined);
  return deck.length > 0 ? deck : [...charts];
}

/** The 1-based slide to show for a raw `:n`: out-of-range and junk land on the nearest real slide. */
export function clampSlide(raw: string | undefined, total: number): number {
  const value = Number.parseInt(raw ?? '', 10);
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(value, Math.max(total, 1));
}

/** `?interval=` in seconds; fractions allowed, nonsense ignored. Bounds keep a typo from spinning. */
export function parseInterval(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0.25 && seconds <= 86_400 ? seconds : null;
}

/** A key press pauses auto-advance; it resumes after this long without one (or two intervals). */
export function resumeAfterMs(intervalSeconds: number): number {
  return Math.max(15_000, intervalSeconds * 2_000);
}

/** Parameters that steer the presenter itself, never a chart. */
const presenterParams = new Set(['slides', 'deck', 'interval', 'slide', 'notes']);

/**
 * The query a slide's chart reads: the deck's parameters for that slide, then whatever the
 * address bar adds (language, theme, and filters typed into the link win over the deck's).
 */
export function slideSearch(slide: SlideSpec, search: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(slide.params)) params.set(key, value);
  for (const [key, value] of new URLSearchParams(search)) {
    if (!presenterParams.has(key)) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function slidesFromDocument(deck: DeckDocument): SlideSpec[] {
  return deck.slides.flatMap((slide) => {
    const entry = chartById(slide.chartId);
    return entry
      ? [{ entry, params: slide.params ?? {}, title: slide.title, notes: slide.notes }]
      : [];
  });
}

export class DeckError extends Error {
  readonly deck: string;
  constructor(deck: string, detail: string) {
    super(`decks/${deck}.json: ${detail}`);
    this.name = 'DeckError';
    this.deck = deck;
  }
}

export function deckUrl(name: string): string {
  return `${import.meta.env.BASE_URL}decks/${name}.json`;
}

async function fetchDeck(name: string, signal: AbortSignal): Promise<DeckDocument> {
  // Imported here: zod loads only when a named deck is asked for.
  const { deckNamePattern, validateDeckText } = await import('./deck-schema');
  if (!deckNamePattern.test(name))
    throw new DeckError(name, '(name): use lower-case letters, digits and hyphens');
  let response: Response;
  try {
    response = await fetch(deckUrl(name), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DeckError(name, '(root): the file could not be fetched (offline or blocked)');
  }
  if (!response.ok)
    throw new DeckError(name, `(root): the server answered HTTP ${response.status}`);
  const result = validateDeckText(await response.text());
  if (!result.ok) {
    const first = result.problems[0];
    throw new DeckError(name, first ? `${first.path}: ${first.message}` : 'unusable');
  }
  return result.deck;
}

export type Deck = {
  slides: SlideSpec[];
  /** The named deck shown, when one loaded. */
  name: string | null;
  title: LocalizedText | null;
  loading: boolean;
  /** Why the named deck could not be used (the default deck is shown instead). */
  error: DeckError | null;
};

/** The deck the URL asks for. A named deck that fails falls back to the default deck. */
export function useDeck(searchParams: URLSearchParams): Deck {
  const name = searchParams.get('deck');
  const slidesParam = searchParams.get('slides');
  const query = useQuery({
    queryKey: ['deck', name],
    queryFn: ({ signal }) => fetchDeck(name ?? '', signal),
    enabled: name !== null,
    staleTime: Infinity,
    retry: false,
  });
  const fallback = parseDeck(slidesParam).map((entry) => ({ entry, params: {} }));
  if (name === null)
    return { slides: fallback, name: null, title: null, loading: false, error: null };
  if (query.data) {
    const slides = slidesFromDocument(query.data);
    return {
      slides: slides.length ? slides : fallback,
      name,
      title: query.data.title,
      loading: false,
      error: null,
    };
  }
  const error = query.isError
    ? query.error instanceof DeckError
      ? query.error
      : new DeckError(name, String(query.error))
    : null;
  return { slides: fallback, name: null, title: null, loading: query.isPending && !error, error };
}
