import type { TableColumn } from '../../charts/data-table';
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

/** A table's sources column: the row's sources drawn as above, their ids in downloads. */
export function sourcesColumn<Row>(
  label: string,
  sources: ReadonlyMap<string, Source>,
  ids: (row: Row) => readonly string[],
): TableColumn<Row> {
  return {
    key: 'sources',
    label,
    value: (row) => ids(row).join(' '),
    render: (row) => <FactSources ids={ids(row)} sources={sources} />,
  };
}
