import type { Reliability, Source } from './common-schema';

/** Every source of a document by id, for resolving a fact's `sourceIds`. */
export function sourcesById(doc: { sources: readonly Source[] }): Map<string, Source> {
  return new Map(doc.sources.map((source) => [source.id, source]));
}

/**
 * Whether a fact must be shown as uncertain (badge, dashed mark): the data flags it, or
 * nothing better than a C-grade source backs it (the grading rule: "a figure backed only by
 * C sources is shown as uncertain"). An id that does not resolve counts as no backing at
 * all, so it can never make a fact look solid.
 */
export function isUncertain(
  fact: { uncertain?: boolean; sourceIds: readonly string[] },
  sources: ReadonlyMap<string, { reliability: Reliability }>,
): boolean {
  if (fact.uncertain) return true;
  return fact.sourceIds.every((id) => {
    const grade = sources.get(id)?.reliability;
    return grade === undefined || grade === 'C';
  });
}
