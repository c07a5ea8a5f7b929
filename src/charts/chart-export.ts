import { isValidElement, type ReactNode } from 'react';
import type { CardSource } from './chart-card';
import type { TableSpec } from './data-table';

/*
 * The data behind a chart as files a reader can take away: CSV for spreadsheets, JSON for
 * scripts. Both are built from the card's own table spec, so what is downloaded is exactly
 * what the table shows, plus the sources and the as-of date that make it citable.
 */

export type ExportCell = string | number | boolean | null;

export type ExportMeta = {
  chartId: string;
  title: string;
  asOf: string;
  sources: readonly CardSource[];
  /** The page the chart was taken from, with its filters; omitted in tests. */
  url?: string;
};

export type ExportData = {
  columns: { key: string; label: string }[];
  rows: Record<string, ExportCell>[];
};

/**
 * The visible text of a rendered cell. Walks React elements through their children only:
 * a component such as a router link carries its text as children, while one that builds
 * its text from props (a list of source links) yields '' — give such a column a `value`.
 */
export function nodeText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => nodeText(child)).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return nodeText(node.props.children);
  return '';
}

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

export type CsvLabels = { title: string; asOf: string; source: string; link: string };

/**
 * A header row and the data rows first, so any CSV reader takes the table as it is; then,
 * after a blank line, a block of label/value rows naming the chart, its date and each source
 * (no `#` comments, which most readers do not understand). CRLF line ends per RFC 4180; a
 * byte-order mark so spreadsheet programs read Korean as UTF-8.
 */
export function buildCsv(data: ExportData, meta: ExportMeta, labels: CsvLabels): string {
  const lines: string[] = [];
  lines.push(data.columns.map((c) => csvField(c.label)).join(','));
  for (const row of data.rows) lines.push(data.columns.map((c) => csvField(row[c.key] ?? null)).join(','));
  lines.push('');
  lines.push([labels.title, meta.title].map(csvField).join(','));
  lines.push([labels.asOf, meta.asOf].map(csvField).join(','));
  for (const s of meta.sources) {
    lines.push([labels.source, `${s.publisher}: ${s.title}`, s.url, s.date ?? ''].map(csvField).join(','));
  }
  if (meta.url) lines.push([labels.link, meta.url].map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type JsonExport = {
  chartId: string;
  title: string;
  asOf: string;
  url?: string;
  sources: { publisher: string; title: string; url: string; date: string | null; reliability: string }[];
  columns: { key: string; label: string }[];
  rows: Record<string, ExportCell>[];
};

export function buildJson(data: ExportData, meta: ExportMeta): string {
  const body: JsonExport = {
    chartId: meta.chartId,
    title: meta.title,
    asOf: meta.asOf,
    ...(meta.url ? { url: meta.url } : {}),
    sources: meta.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      date: s.date,
      reliability: s.reliability,
    })),
    columns: data.columns,
    rows: data.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** `gigawatt-stargate-capacity-2026-06-12.png`: the chart and the data's date, safe on any disk. */
export function exportFileName(chartId: string, asOf: string, extension: string, suffix = ''): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `gigawatt-${[safe(chartId), safe(asOf), safe(suffix)].filter(Boolean).join('-')}.${extension}`;
}

/**
 * Saves a blob as a file through a temporary blob: link. A download is a navigation, which
 * the CSP's img-src does not govern, and the object URL is revoked once the click is handled.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
