import type { CardSource } from '../../charts/chart-card';
import type { Source } from '../../data/common-schema';

/**
 * The sources behind some facts, resolved and deduplicated in the order first cited: for a
 * card's source line, a download's source list or a table cell. Ids that do not resolve are
 * skipped (the schema has already refused them in bundled data).
 */
export function cardSources(
  sources: ReadonlyMap<string, Source>,
  ids: Iterable<string>,
): CardSource[] {
  const out = new Map<string, CardSource>();
  for (const id of ids) {
    const s = sources.get(id);
    if (s && !out.has(id))
      out.set(id, {
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        date: s.date,
        reliability: s.reliability,
      });
  }
  return [...out.values()];
}
