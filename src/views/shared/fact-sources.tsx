import { SourceList } from '../../charts/source-list';
import type { Source } from '../../data/common-schema';
import { cardSources } from './card-sources';

/** A fact's sources by id, in the one source-list look: for a table cell or a footnote. */
export function FactSources({
  ids,
  sources,
  lead,
}: {
  ids: Iterable<string>;
  sources: ReadonlyMap<string, Source>;
  lead?: number;
}) {
  return <SourceList sources={cardSources(sources, ids)} lead={lead} />;
}
