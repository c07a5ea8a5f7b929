import type { ReactNode } from 'react';

export type TableColumn<Row> = {
  key: string;
  label: string;
  /** The cell's content; numbers right-align. */
  render: (row: Row) => ReactNode;
  /**
   * The raw value for CSV/JSON downloads (a number, not "more than 1.2 GW"). Without it the
   * download carries the rendered cell's text.
   */
  value?: (row: Row) => string | number | boolean | null;
  numeric?: boolean;
};

export type TableSpec<Row> = {
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
};

/** The numbers behind a chart, as a plain accessible table. */
export function DataTable<Row>({ caption, table }: { caption: string; table: TableSpec<Row> }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={table.rowKey(row)}>
              {table.columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
