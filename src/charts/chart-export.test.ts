import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CardSource } from './chart-card';
import {
  buildCsv,
  buildJson,
  csvField,
  exportFileName,
  filterSuffix,
  nodeText,
  tableData,
  tidyData,
  type ExportSpec,
  type JsonExport,
} from './chart-export';
import type { TableSpec } from './data-table';

type Row = { id: string; name: string; gw: number | null; note: string };

const table: TableSpec<Row> = {
  rowKey: (r) => r.id,
  rows: [
    { id: 'a', name: 'Abilene, TX', gw: 1.2, note: 'more than 1.2 GW' },
    { id: 'b', name: '=HYPERLINK("x")', gw: null, note: 'not "disclosed"' },
  ],
  columns: [
    {
      key: 'site',
      label: 'Site',
      render: (r) => createElement('a', { href: `/s/${r.id}` }, r.name),
    },
    {
      key: 'capacity',
      label: 'Capacity (GW)',
      numeric: true,
      render: (r) => r.note,
      value: (r) => r.gw,
    },
    {
      key: 'note',
      label: 'Note',
      render: (r) => createElement('span', null, 'Note: ', createElement('em', null, r.note)),
    },
  ],
};

const sources: CardSource[] = [
  {
    id: 's1',
    publisher: 'OpenAI',
    title: 'Announcing Stargate',
    url: 'https://openai.com/x',
    date: '2025-01-21',
    reliability: 'A',
  },
];
const meta = {
  chartId: 'stargate-capacity',
  title: 'Capacity by site',
  asOf: '2026-06-12',
  sources,
};

describe('nodeText', () => {
  it('collects the text of nested elements and skips booleans and null', () => {
    expect(
      nodeText(['a', 1, null, false, createElement('b', null, 'c', createElement('i', null, 'd'))]),
    ).toBe('a1cd');
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
    expect(data.rows[0]).toEqual({
      site: 'Abilene, TX',
      capacity: 1.2,
      note: 'Note: more than 1.2 GW',
    });
    expect(data.rows[1]?.capacity).toBeNull();
  });
});

type Site = {
  id: string;
  name: string;
  gw: number | null;
  qualifier: string | null;
  announced: string;
  uncertain: boolean;
  sourceIds: string[];
};
const spec: ExportSpec<Site> = {
  rows: [
    {
      id: 'abilene',
      name: 'Abilene, TX',
      gw: 1.2,
      qualifier: 'more-than',
      announced: '2025-01-21',
      uncertain: false,
      sourceIds: ['s1', 's2'],
    },
    {
      id: 'x',
      name: '=HYPERLINK("x")',
      gw: null,
      qualifier: null,
      announced: '2025',
      uncertain: true,
      sourceIds: [],
    },
  ],
  columns: [
    { name: 'site', type: 'text', value: (r) => r.name },
    { name: 'capacity_gw', type: 'number', value: (r) => r.gw },
    { name: 'qualifier', type: 'text', value: (r) => r.qualifier },
    { name: 'announced', type: 'date', value: (r) => r.announced },
    { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
    { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
  ],
};

describe('tidyData', () => {
  it('keeps numbers, booleans and id lists as they are', () => {
    const data = tidyData(spec);
    expect(data.columns.map((c) => c.name)).toEqual([
      'site',
      'capacity_gw',
      'qualifier',
      'announced',
      'uncertain',
      'source_ids',
    ]);
    expect(data.rows[0]).toMatchObject({
      capacity_gw: 1.2,
      qualifier: 'more-than',
      uncertain: false,
      source_ids: ['s1', 's2'],
    });
  });

  it('refuses formatted text in a number column and prose in a date column', () => {
    expect(() =>
      tidyData({ rows: [1], columns: [{ name: 'x_gw', type: 'number', value: () => '1 GW' }] }),
    ).toThrow(/x_gw/);
    expect(() =>
      tidyData({
        rows: [1],
        columns: [{ name: 'date', type: 'date', value: () => 'early 2030s' }],
      }),
    ).toThrow(/date/);
  });
});

describe('buildCsv', () => {
  const csv = buildCsv(tidyData(spec));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('is a BOM, one header row of column names and one line per record, nothing else', () => {
    expect(
      csv.startsWith('\uFEFFsite,capacity_gw,qualifier,announced,uncertain,source_ids\r\n'),
    ).toBe(true);
    expect(lines[1]).toBe('"Abilene, TX",1.2,more-than,2025-01-21,false,s1 s2');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('quotes, doubles quotes and defuses formulas; null is an empty field', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",,,2025,true,`);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe("'-3.5");
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('buildJson', () => {
  it('carries the same rows plus chart id, title, date, filters and sources with their grade', () => {
    const filters = [{ param: 'hide', values: ['cancelled'], label: 'Hidden: Cancelled' }];
    const parsed = JSON.parse(
      buildJson(tidyData(spec), { ...meta, filters, url: 'http://x/stargate?hide=cancelled' }),
    ) as JsonExport;
    expect(parsed.chartId).toBe('stargate-capacity');
    expect(parsed.asOf).toBe('2026-06-12');
    expect(parsed.url).toBe('http://x/stargate?hide=cancelled');
    expect(parsed.filters).toEqual(filters);
    expect(parsed.sources[0]).toMatchObject({
      id: 's1',
      publisher: 'OpenAI',
      date: '2025-01-21',
      grade: 'A',
    });
    expect(parsed.rows.map((r) => r.capacity_gw)).toEqual([1.2, null]);
    expect(parsed.rows[0]?.source_ids).toEqual(['s1', 's2']);
  });
});

describe('filterSuffix', () => {
  it('says what was filtered, or nothing', () => {
    expect(filterSuffix([])).toBe('');
    expect(filterSuffix([{ param: 'hide', values: ['cancelled'], label: '' }])).toBe(
      'filtered-hide-cancelled',
    );
    expect(
      exportFileName(
        'stargate-capacity',
        '2026-06-12',
        'csv',
        filterSuffix([{ param: 'partner', values: ['oracle', 'softbank'], label: '' }]),
      ),
    ).toBe('gigawatt-stargate-capacity-2026-06-12-filtered-partner-oracle-softbank.csv');
  });
});

describe('exportFileName', () => {
  it('names the chart and the data date', () => {
    expect(exportFileName('stargate-capacity', '2026-06-12', 'png')).toBe(
      'gigawatt-stargate-capacity-2026-06-12.png',
    );
    expect(exportFileName('fusion-records', '2026-06', 'png', 'slide')).toBe(
      'gigawatt-fusion-records-2026-06-slide.png',
    );
  });
});
