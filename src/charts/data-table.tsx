import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/i18n-context';
import { nodeText } from './node-text';
import './data-table.css';

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
  /** What the column sorts by; else `value`, else the cell's text. */
  sortValue?: (row: Row) => string | number | null;
  numeric?: boolean;
};

/** A table sorted by one column; kept in the URL by the view (`table-sort=<chartId>.<key>.<dir>`). */
export type TableSort = { key: string; dir: 'asc' | 'desc' };

/** Rows ordered by `sort`: numbers as numbers, text in the reader's collation, blanks last either way. */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: TableSort | null | undefined,
  locale?: string,
): Row[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column) return [...rows];
  const key = (row: Row): string | number | null => {
    if (column.sortValue) return column.sortValue(row);
    const value = column.value ? column.value(row) : nodeText(column.render(row)).trim();
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value === '' ? null : value;
  };
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const keyed = rows.map((row, index) => ({ row, index, key: key(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null)
      return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return (sort.dir === 'asc' ? order : -order) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** The next sort after a press on `key`'s header: its first direction, the other, then none. */
export function nextSort(
  current: TableSort | null | undefined,
  key: string,
  numeric: boolean,
): TableSort | null {
  const first = numeric ? 'desc' : 'asc';
  if (current?.key !== key) return { key, dir: first };
  return current.dir === first ? { key, dir: first === 'asc' ? 'desc' : 'asc' } : null;
}

export type TableSpec<Row> = {
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Attributes for a row's <tr>: a class to grey out a cancelled site, an id to link to. */
  rowAttributes?: (row: Row) => { className?: string; id?: string };
};

/**
 * Tables up to this many rows render whole: the bundled data (14 sites, 54 phases, about 300
 * sources) stays a plain table, so prerendered HTML, print, find-in-page and screen readers see
 * every row. Longer ones (an administrator's file with thousands of sites) render the rows in
 * view only; at 10,000 rows a full table is tens of thousands of cells and freezes the page.
 */
export const virtualRowsAbove = 500;

/** A first guess at a row's height (one line of text and its padding); each row is measured once drawn. */
const estimatedRowPx = 37;
/** The box assumed while the real one measures nothing (not laid out yet, hidden, or jsdom). */
const fallbackRect = { width: 960, height: 640 };

type RowWindow = {
  /** Only the rows in view (and a few either side) are rendered. */
  virtual: boolean;
  /** Indices of the rows to render, in order: all of them unless virtual. */
  indices: number[];
  /** Empty space above and below the rendered rows, so the scrollbar spans every row. */
  before: number;
  after: number;
  /**
   * Props for the table: the total row count, header included, for assistive technology, and a
   * ref that holds the column widths once the first rows are drawn.
   */
  tableProps: {
    'aria-rowcount'?: number;
    'data-columns-held'?: boolean;
    ref?: (table: HTMLTableElement | null) => void;
  };
  /** Widths in px to give the columns (a <colgroup>, see ColumnWidths), once held. */
  columnWidths: number[] | null;
  /** Props for the row at `index`: its position among all rows, and a ref to measure it. */
  rowProps: (index: number) => {
    'aria-rowindex'?: number;
    'data-index'?: number;
    ref?: (row: HTMLTableRowElement | null) => void;
  };
};

/**
 * While the browser prints, every row: a virtual table would otherwise print the few in view.
 * flushSync, because `beforeprint` gives no second chance to render after it returns.
 */
function usePrinting(listen: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!listen) return undefined;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [listen]);
  return printing;
}

/**
 * Which of `count` table rows to render. Above `virtualRowsAbove` rows, those in view of
 * `scrollRef` (the box the table scrolls in, under its sticky header), with spacer heights for
 * the rest; below it, all of them.
 */
function useRowWindow(count: number, scrollRef: RefObject<HTMLDivElement | null>): RowWindow {
  const long = count > virtualRowsAbove;
  const printing = usePrinting(long);
  const virtual = long && !printing;
  // A table sizes its columns from the rows it has, and a virtual table's rows come and go as
  // it scrolls: the columns would jump. So they are laid out once, from the first rows drawn,
  // and held (table-layout: fixed) from then on.
  const [columnWidths, setColumnWidths] = useState<number[] | null>(null);
  const holdColumns = useCallback(
    (table: HTMLTableElement | null) => {
      const cells = virtual ? table?.tHead?.rows[0]?.cells : undefined;
      if (!cells) return;
      const widths = [...cells].map((cell) => cell.getBoundingClientRect().width);
      if (widths.every((width) => width > 0)) setColumnWidths(widths);
    },
    [virtual],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself on scroll.
  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowPx,
    overscan: 8,
    initialRect: fallbackRect,
    // A box or a row that measures no height (not laid out: hidden, or jsdom) would make every
    // row fit and render them all; the estimates are the better guess.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : fallbackRect)),
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || estimatedRowPx,
  });

  if (!virtual) {
    return {
      virtual: false,
      indices: Array.from({ length: count }, (_, index) => index),
      before: 0,
      after: 0,
      tableProps: {},
      columnWidths: null,
      rowProps: () => ({}),
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    virtual: true,
    indices: items.map((item) => item.index),
    before: first ? first.start : 0,
    after: last ? virtualizer.getTotalSize() - last.end : 0,
    tableProps: {
      'aria-rowcount': count + 1,
      ...(columnWidths ? { 'data-columns-held': true } : { ref: holdColumns }),
    },
    columnWidths,
    rowProps: (index) => ({
      // 1 is the header row.
      'aria-rowindex': index + 2,
      'data-index': index,
      ref: virtualizer.measureElement,
    }),
  };
}

/** The blank height standing in for rows not rendered; hidden from assistive technology. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="data-table__spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

/** The held column widths of a virtual table; nothing for a plain one. */
function ColumnWidths({ widths }: { widths: number[] | null }) {
  if (!widths) return null;
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width }} />
      ))}
    </colgroup>
  );
}

/**
 * A plain accessible table, the one every view draws its rows with (a chart's numbers, the list
 * of sites, the list of sources); long tables render the rows in view. The first column heads
 * its row. With `onSortChange`, each header is a button that sorts by its column (aria-sort
 * says how). The table scrolls in a box of its own, reachable by keyboard and named after the
 * caption unless `labelledBy` names the heading that already says it.
 */
export function DataTable<Row>({
  caption,
  table,
  sort,
  onSortChange,
  className,
  label,
  labelledBy,
}: {
  caption: string;
  table: TableSpec<Row>;
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort | null) => void;
  /** A class of the view's own beside `data-table`. */
  className?: string;
  /** The scroll box's name, where it differs from the caption. */
  label?: string;
  /** The id of a heading that names the scroll box (instead of `label`). */
  labelledBy?: string;
}) {
  const { t, lang } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorted = sortRows(table.rows, table.columns, onSortChange ? sort : null, lang);
  const rows = useRowWindow(sorted.length, scrollRef);
  const columns = table.columns.length;
  return (
    <div
      ref={scrollRef}
      className={rows.virtual ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={labelledBy ? undefined : (label ?? caption)}
      aria-labelledby={labelledBy}
    >
      <table className={className ? `data-table ${className}` : 'data-table'} {...rows.tableProps}>
        <caption className="visually-hidden">{caption}</caption>
        <ColumnWidths widths={rows.columnWidths} />
        <thead>
          <tr {...(rows.virtual ? { 'aria-rowindex': 1 } : {})}>
            {table.columns.map((column) => {
              const active = onSortChange && sort?.key === column.key ? sort.dir : null;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={
                    onSortChange
                      ? active === 'asc'
                        ? 'ascending'
                        : active === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                >
                  {onSortChange ? (
                    <button
                      type="button"
                      className="data-table__sort"
                      title={t('table.sortBy', { column: column.label })}
                      onClick={() =>
                        onSortChange(nextSort(sort, column.key, column.numeric ?? false))
                      }
                    >
                      {column.label}
                      <span className="data-table__sort-mark" aria-hidden="true">
                        {active === 'asc' ? ' ▲' : active === 'desc' ? ' ▼' : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={rows.before} columns={columns} />
          {rows.indices.map((index) => {
            const row = sorted[index];
            if (row === undefined) return null;
            return (
              <tr key={table.rowKey(row)} {...table.rowAttributes?.(row)} {...rows.rowProps(index)}>
                {table.columns.map((column, columnIndex) =>
                  columnIndex === 0 ? (
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
            );
          })}
          <SpacerRow height={rows.after} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}
