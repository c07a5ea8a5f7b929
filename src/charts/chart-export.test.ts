import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CardSource } from './chart-card';
import { buildCsv, buildJson, csvField, exportFileName, nodeText, tableData, type JsonExport } from './chart-export';
import type { TableSpec } from './data-table';

type Row = { id: string; name: string; gw: number | null; note: string };

const table: TableSpec<Row> = {
  rowKey: (r) => r.id,
  rows: [
    { id: 'a', name: 'Abilene, TX', gw: 1.2, note: 'more than 1.2 GW' },
    { id: 'b', name: '=HYPERLINK("x")', gw: null, note: 'not "disclosed"' },
  ],
  columns: [
    { key: 'site', label: 'Site', render: (r) => createElement('a', { href: `/s/${r.id}` }, r.name) },
    { key: 'capacity', label: 'Capacity (GW)', numeric: true, render: (r) => r.note, value: (r) => r.gw },
    { key: 'note', label: 'Note', render: (r) => createElement('span', null, 'Note: ', createElement('em', null, r.note)) },
  ],
};

const sources: CardSource[] = [
  { id: 's1', publisher: 'OpenAI', title: 'Announcing Stargate', url: 'https://openai.com/x', date: '2025-01-21', reliability: 'A' },
];
const meta = { chartId: 'stargate-capacity', title: 'Capacity by site', asOf: '2026-06-12', sources };
const labels = { title: 'Chart', asOf: 'As of', source: 'Source', link: 'Link' };

describe('nodeText', () => {
  it('collects the text of nested elements and skips booleans and null', () => {
    expect(nodeText(['a', 1, null, false, createElement('b', null, 'c', createElement('i', null, 'd'))])).toBe('a1cd');
  });
});

describe('tableData', () => {
  it('uses the raw value where a column has one, the rendered text elsewhere', () => {
    const data = tableData(table);
    expect(data.columns).toEqual([
      { key: 'site', label: 'Site' },
      { key: 'capacity', label: 'Capacity (GW)' },
      { key: 'note', label: 'Note' },
    ]);
    expect(data.rows[0]).toEqual({ site: 'Abilene, TX', capacity: 1.2, note: 'Note: more than 1.2 GW' });
    expect(data.rows[1]?.capacity).toBeNull();
  });
});

describe('buildCsv', () => {
  const csv = buildCsv(tableData(table), meta, labels);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a BOM and the header row, then one line per row', () => {
    expect(csv.startsWith('\uFEFFSite,Capacity (GW),Note\r\n')).toBe(true);
    expect(lines[1]).toBe('"Abilene, TX",1.2,Note: more than 1.2 GW');
  });

  it('quotes, doubles quotes and defuses formulas; null is an empty field', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",,"Note: not ""disclosed"""`);
  });

  it('ends with a block naming the chart, the date and every source', () => {
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('Chart,Capacity by site');
    expect(lines[5]).toBe('As of,2026-06-12');
    expect(lines[6]).toBe('Source,OpenAI: Announcing Stargate,https://openai.com/x,2025-01-21');
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe("'-3.5");
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('buildJson', () => {
  it('carries the chart id, title, date, sources, columns and raw rows', () => {
    const parsed = JSON.parse(buildJson(tableData(table), { ...meta, url: 'http://x/stargate?sort=name' })) as JsonExport;
    expect(parsed.chartId).toBe('stargate-capacity');
    expect(parsed.asOf).toBe('2026-06-12');
    expect(parsed.url).toBe('http://x/stargate?sort=name');
    expect(parsed.sources[0]).toMatchObject({ publisher: 'OpenAI', url: 'https://openai.com/x', reliability: 'A' });
    expect(parsed.rows.map((r) => r.capacity)).toEqual([1.2, null]);
  });
});

describe('exportFileName', () => {
  it('names the chart and the data date', () => {
    expect(exportFileName('stargate-capacity', '2026-06-12', 'png')).toBe('gigawatt-stargate-capacity-2026-06-12.png');
    expect(exportFileName('fusion-records', '2026-06', 'png', 'slide')).toBe('gigawatt-fusion-records-2026-06-slide.png');
  });
});
