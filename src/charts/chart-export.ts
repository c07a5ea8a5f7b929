import { nodeText } from './node-text';
import { withTemporaryElement } from './temporary-element';
import type { CardSource } from './chart-card';
import type { TableSpec } from './data-table';

/*
 * The data behind a chart as files a reader can take away: CSV for spreadsheets and pandas,
 * JSON for scripts. Both carry the same tidy records (see ExportSpec); the JSON adds the
 * title, as-of date, filters and sources that make them citable.
 */

export type ExportCell = string | number | boolean | null;

export type ExportData = {
  columns: { key: string; label: string }[];
  rows: Record<string, ExportCell>[];
};

export { nodeText } from './node-text';

/** Rows as plain records: the raw `value` where a column has one, else the cell's text. */
export function tableData<Row>(table: TableSpec<Row>): ExportData {
  return {
    columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: table.rows.map((row) =>
      Object.fromEntries(
        table.columns.map((c): [string, ExportCell] => [
          c.key,
          c.value ? c.value(row) : nodeText(c.render(row)).replace(/\s+/g, ' ').trim(),
        ]),
      ),
    ),
  };
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @ at the start)
 * gets a leading apostrophe; numbers stay numbers, so a negative value is not mangled.
 */
export function csvField(value: ExportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/*
 * Tidy downloads. A card says what its records are with an ExportSpec: one row per record,
 * columns named in snake_case with the unit in the name (`capacity_gw`, `cost_usd_bn`), the
 * wording of a figure in its own `qualifier` column, ranges as `_low`/`_high`, dates as ISO
 * text with the prose in a `_note` column, `uncertain` true/false and `source_ids`. The rows
 * are the ones the reader sees: filters and hidden series applied.
 */

export type ExportColumnType = 'text' | 'number' | 'date' | 'boolean' | 'ids';

export type ExportColumn<Row> = {
  /** snake_case, unit in the name: `capacity_gw`, `date`, `date_note`, `source_ids`. */
  name: string;
  type: ExportColumnType;
  /** A number for `number` (never formatted text), ISO `YYYY[-MM[-DD]]` for `date`, ids for `ids`. */
  value: (row: Row) => ExportCell | readonly string[];
};

export type ExportSpec<Row> = {
  columns: ExportColumn<Row>[];
  /** The records the reader sees, in the order shown. */
  rows: readonly Row[];
  /**
   * Every source the records name, for the JSON, where that is more than the card's source
   * line lists (which names the sources of what is drawn); the card's sources otherwise.
   */
  sources?: readonly CardSource[];
};

/** A filter or hidden series in force, for the file name, the JSON and an image's footer. */
export type ActiveFilter = {
  /** The URL parameter (`partner`, `hide`). */
  param: string;
  /** Its raw values (`oracle`, `cancelled`). */
  values: readonly string[];
  /** In the reader's language: "Hidden: Cancelled". */
  label: string;
};

export type TidyRecord = Record<string, ExportCell | string[]>;
export type TidyData = { columns: { name: string; type: ExportColumnType }[]; rows: TidyRecord[] };

/** The spec's rows as plain records; a wrong-typed value is a bug in the card, so it throws. */
export function tidyData<Row>(spec: ExportSpec<Row>): TidyData {
  return {
    columns: spec.columns.map((c) => ({ name: c.name, type: c.type })),
    rows: spec.rows.map((row) =>
      Object.fromEntries(
        spec.columns.map((c): [string, ExportCell | string[]] => {
          const value = c.value(row);
          if (Array.isArray(value)) return [c.name, [...(value as readonly string[])]];
          const cell = value as ExportCell;
          if (
            cell !== null &&
            c.type === 'number' &&
            (typeof cell !== 'number' || !Number.isFinite(cell))
          )
            throw new Error(`${c.name}: not a number`);
          if (cell !== null && c.type === 'boolean' && typeof cell !== 'boolean')
            throw new Error(`${c.name}: not true/false`);
          if (cell !== null && c.type === 'date' && !/^\d{4}(-\d{2}){0,2}$/.test(String(cell)))
            throw new Error(`${c.name}: not an ISO date`);
          return [c.name, cell];
        }),
      ),
    ),
  };
}

/**
 * Any card without an ExportSpec still downloads: its table's raw values (or cell text) under
 * snake_case names of its column keys. Cards should give a spec; this keeps a new chart working.
 */
export function tidyFromTable<Row>(table: TableSpec<Row>): TidyData {
  const data = tableData(table);
  const snake = (key: string) =>
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[^a-zA-Z0-9]+/g, '_')
      .toLowerCase();
  return {
    columns: data.columns.map((c) => ({
      name: snake(c.key),
      type: data.rows.every((r) => typeof r[c.key] === 'number' || r[c.key] === null)
        ? 'number'
        : 'text',
    })),
    rows: data.rows.map((r) =>
      Object.fromEntries(data.columns.map((c) => [snake(c.key), r[c.key] ?? null])),
    ),
  };
}

/**
 * RFC 4180: one header row of column names, one line per record and nothing else (CRLF line
 * ends, every line as many fields as the header). Source ids are joined by spaces. A byte-order
 * mark leads so spreadsheet programs read Korean as UTF-8; it is not part of the first name.
 */
export function buildCsv(data: TidyData): string {
  const lines = [data.columns.map((c) => csvField(c.name)).join(',')];
  for (const row of data.rows) {
    lines.push(
      data.columns
        .map((c) => {
          const value = row[c.name] ?? null;
          return csvField(Array.isArray(value) ? value.join(' ') : value);
        })
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type ExportMeta = {
  chartId: string;
  title: string;
  asOf: string;
  sources: readonly CardSource[];
  filters?: readonly ActiveFilter[];
  /** The page the chart was taken from, with its filters; omitted in tests. */
  url?: string;
};

export type JsonExport = {
  chartId: string;
  title: string;
  asOf: string;
  url?: string;
  filters: { param: string; values: string[]; label: string }[];
  sources: {
    id: string;
    publisher: string;
    title: string;
    url: string;
    date: string | null;
    grade: string;
  }[];
  columns: { name: string; type: ExportColumnType }[];
  rows: TidyRecord[];
};

/** The CSV's rows (source ids as arrays) plus what makes them citable. */
export function buildJson(data: TidyData, meta: ExportMeta): string {
  const body: JsonExport = {
    chartId: meta.chartId,
    title: meta.title,
    asOf: meta.asOf,
    ...(meta.url ? { url: meta.url } : {}),
    filters: (meta.filters ?? []).map((f) => ({
      param: f.param,
      values: [...f.values],
      label: f.label,
    })),
    sources: meta.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      date: s.date,
      grade: s.reliability,
    })),
    columns: data.columns,
    rows: data.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** `filtered-partner-oracle-hide-cancelled`: a file name that says what was left out. */
export function filterSuffix(filters: readonly ActiveFilter[] | undefined): string {
  if (!filters || filters.length === 0) return '';
  const text = filters.map((f) => [f.param, ...f.values].join('-')).join('-');
  return `filtered-${text}`.slice(0, 80);
}

/** `gigawatt-stargate-capacity-2026-06-12.png`: the chart and the data's date, safe on any disk. */
export function exportFileName(
  chartId: string,
  asOf: string,
  extension: string,
  suffix = '',
): string {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '');
  return `gigawatt-${[safe(chartId), safe(asOf), safe(suffix)].filter(Boolean).join('-')}.${extension}`;
}

/**
 * Saves a blob as a file through a temporary blob: link. A download is a navigation, which
 * the CSP's img-src does not govern, and the object URL is revoked once the click is handled.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  withTemporaryElement('a', { href: url, download: fileName, rel: 'noopener' }, (link) =>
    link.click(),
  );
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
