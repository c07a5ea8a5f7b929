// Tidy downloads, as an analyst's tools read them: every registered chart's CSV is parsed by a
// strict RFC 4180 parser (below; it throws where a lenient one would guess) into rows of equal
// length, numeric columns are plain numbers, booleans true/false, dates ISO, and source_ids
// are filled wherever the chart shows sources; the JSON carries the same rows plus title,
// as-of date, filters and the sources with publisher, date and grade. Hidden series and
// filters leave the files and name them; an image of a filtered view says "Filtered: …".
//
// Run alone with `node tests/e2e/run.mjs downloads`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { registeredChartRoutes } from './registry.mjs';
import { downloadExport, waitForReady } from './share-helpers.mjs';
import { appSuite } from './app-suite.mjs';

/**
 * RFC 4180, strictly: CRLF between records and after the last, fields either bare (no quote,
 * comma, CR or LF inside) or wholly quoted with quotes doubled; anything else throws. A
 * leading byte-order mark is taken off first (spreadsheets need it for UTF-8).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsvStrict(text) {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.endsWith('\r\n')) throw new Error('CSV: the last record does not end in CRLF');
  /** @type {string[][]} */
  const records = [];
  /** @type {string[]} */
  let record = [];
  let i = 0;
  while (i < body.length) {
    let field = '';
    if (body[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= body.length)
          throw new Error(`CSV: unterminated quoted field in record ${records.length + 1}`);
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += body[i];
          i += 1;
        }
      }
    } else {
      while (i < body.length && body[i] !== ',' && body[i] !== '\r' && body[i] !== '\n') {
        if (body[i] === '"')
          throw new Error(`CSV: a quote inside a bare field in record ${records.length + 1}`);
        field += body[i];
        i += 1;
      }
    }
    record.push(field);
    if (body[i] === ',') {
      i += 1;
    } else if (body.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(
        `CSV: expected a comma or CRLF at offset ${i} (record ${records.length + 1})`,
      );
    }
  }
  return records;
}

const app = appSuite();

/**
 * A chart's export, as text.
 * @param {import('playwright-core').Page} page
 * @param {string} chartId
 * @param {string} format
 */
async function download(page, chartId, format) {
  const { name, body } = await downloadExport(page, chartId, format);
  return { name, text: body.toString('utf8') };
}

/**
 * Both files of one chart, checked against each other and the rules; returns the parsed rows.
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function checkedDownloads(page, id) {
  const csvFile = await download(page, id, 'csv');
  const jsonFile = await download(page, id, 'json');
  const json = JSON.parse(jsonFile.text);
  const [header, ...rows] = parseCsvStrict(csvFile.text);
  assert.ok(header, `${id}: a header row`);
  /** @type {{ name: string, type: string }[]} */
  const columns = json.columns;
  assert.deepEqual(
    header,
    columns.map((c) => c.name),
    `${id}: the CSV header is the JSON's column names`,
  );
  for (const name of header)
    assert.match(name, /^[a-z][a-z0-9_]*$/, `${id}: column "${name}" is snake_case`);
  assert.ok(header.includes('source_ids'), `${id}: a source_ids column`);
  assert.ok(header.includes('uncertain'), `${id}: an uncertain column`);
  assert.ok(rows.length > 0, `${id}: records`);
  assert.equal(rows.length, json.rows.length, `${id}: the JSON has the same rows`);
  rows.forEach((row, index) =>
    assert.equal(
      row.length,
      header.length,
      `${id}: record ${index + 1} has ${row.length} fields, the header ${header.length}`,
    ),
  );

  const sourceIds = new Set(json.sources.map((/** @type {{ id: string }} */ s) => s.id));
  for (const s of json.sources) {
    assert.ok(s.publisher && typeof s.publisher === 'string', `${id}: a source's publisher`);
    assert.ok(s.date === null || /^\d{4}(-\d{2}){0,2}$/.test(s.date), `${id}: a source's date`);
    assert.match(s.grade, /^[ABC]$/, `${id}: a source's grade`);
  }
  const chartShowsSources =
    (await page.locator(`[data-chart-id="${id}"] .chart-card__sources a`).count()) > 0;
  columns.forEach((column, c) => {
    for (const [index, row] of rows.entries()) {
      const cell = row[c] ?? '';
      const where = `${id}: ${column.name} of record ${index + 1} ("${cell}")`;
      if (column.type === 'number') {
        assert.match(cell, /^(-?\d+(\.\d+)?(e[+-]?\d+)?)?$/, `${where} is a plain number`);
        assert.equal(
          json.rows[index][column.name],
          cell === '' ? null : Number(cell),
          `${where}: the JSON agrees`,
        );
      }
      if (column.type === 'boolean') assert.match(cell, /^(true|false)$/, `${where} is true/false`);
      if (column.type === 'date')
        assert.match(cell, /^(\d{4}(-\d{2}){0,2})?$/, `${where} is an ISO date`);
      if (column.name === 'source_ids') {
        if (chartShowsSources)
          assert.notEqual(
            cell,
            '',
            `${where}: the chart shows sources, so every record names its own`,
          );
        for (const sid of cell.split(' ').filter(Boolean))
          assert.ok(sourceIds.has(sid), `${where}: source "${sid}" is among the JSON's sources`);
        assert.deepEqual(
          json.rows[index].source_ids,
          cell.split(' ').filter(Boolean),
          `${where}: the JSON lists the same ids`,
        );
      }
      // Formatted text in a cell ("300 MW–500 MW", "1.2 GW", "Under construction Uncertain").
      // Prose may name figures; a cell that is only a formatted figure, or ends in a badge, may not.
      if (column.type === 'text')
        assert.doesNotMatch(
          cell,
          /^(up to |more than |about |[~≈<>≤≥] ?)?[\d.,]+ ?(GW|MW)( ?[–-] ?[\d.,]+ ?(GW|MW))?$|\sUncertain$/,
          `${where}: no formatted figure or badge text`,
        );
    }
  });
  return { header, rows, json, csvName: csvFile.name, jsonName: jsonFile.name };
}

const CHARTS = registeredChartRoutes();
/** @type {Map<string, string[]>} */
const byRoute = new Map();
for (const { id, route } of CHARTS) byRoute.set(route, [...(byRoute.get(route) ?? []), id]);

describe('every chart downloads tidy CSV and JSON', () => {
  for (const [route, ids] of byRoute) {
    test(`${route}: ${ids.join(', ')}`, async (t) => {
      await app.inPage(t, async (p) => {
        const { page } = p;
        await page.goto(app.url(route));
        await waitForReady(p);
        for (const id of ids) {
          const { json, csvName, jsonName } = await checkedDownloads(page, id);
          assert.equal(json.chartId, id);
          assert.equal(
            json.title,
            (await page.locator(`[data-chart-id="${id}"] .chart-card__title`).innerText()).trim(),
          );
          assert.match(json.asOf, /^\d{4}(-\d{2}){0,2}$/);
          assert.deepEqual(json.filters, [], `${id}: no filters on a fresh view`);
          assert.match(
            csvName,
            new RegExp(`^gigawatt-${id}-[\\d-]+\\.csv$`),
            `${id}: unfiltered file name`,
          );
          assert.match(jsonName, /\.json$/);
        }
        await p.expectNoDefects(route);
      });
    });
  }
});

describe('filters and hidden series apply to what is exported', () => {
  test('stargate-capacity: hide=cancelled drops the cancelled site and says so in the file name, the JSON and the image', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/stargate'));
      await waitForReady(p);
      const all = await checkedDownloads(page, 'stargate-capacity');
      const status = all.header.indexOf('status');
      assert.ok(
        all.rows.some((r) => r[status] === 'cancelled'),
        'unfiltered, the cancelled site is there',
      );
      const capacity = all.header.indexOf('capacity_gw');
      const qualifier = all.header.indexOf('qualifier');
      assert.ok(
        all.rows.some((r) => r[qualifier] !== 'exact' && r[qualifier] !== ''),
        'a figure keeps its wording apart from its number',
      );
      assert.ok(all.rows.every((r) => r[capacity] === '' || Number.isFinite(Number(r[capacity]))));

      await page.goto(app.url('/stargate', { hide: 'cancelled', partner: 'oracle' }));
      await waitForReady(p);
      const shown = await checkedDownloads(page, 'stargate-capacity');
      assert.ok(shown.rows.length > 0 && shown.rows.length < all.rows.length);
      assert.ok(
        shown.rows.every((r) => r[shown.header.indexOf('status')] !== 'cancelled'),
        'the hidden status is not exported',
      );
      assert.ok(
        shown.rows.every((r) => r[shown.header.indexOf('lead_partner')] === 'oracle'),
        'the partner filter applies',
      );
      assert.match(shown.csvName, /-filtered-partner-oracle-hide-cancelled\.csv$/);
      assert.deepEqual(
        shown.json.filters.map((/** @type {{ param: string, values: string[] }} */ f) => [
          f.param,
          f.values,
        ]),
        [
          ['partner', ['oracle']],
          ['hide', ['cancelled']],
        ],
      );
      const svg = await download(page, 'stargate-capacity', 'svg');
      assert.match(svg.name, /-filtered-partner-oracle-hide-cancelled\.svg$/);
      assert.match(
        svg.text,
        /Filtered: [^<]*Oracle[^<]*Hidden: Cancelled/,
        'the image footer says the view is filtered',
      );
      await p.expectNoDefects();
    });
  });

  test('growth and energy-gap: a hidden series leaves the export', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      for (const [route, id, param, series] of [
        ['/stargate', 'stargate-growth', 'growth-hide', 'running'],
        ['/energy', 'energy-gap', 'gap-hide', 'observed'],
      ]) {
        await page.goto(app.url(route));
        await waitForReady(p);
        const before = await checkedDownloads(page, id);
        const column = before.header.indexOf('series');
        assert.ok(
          before.rows.some((r) => r[column] === series),
          `${id}: "${series}" records without the filter`,
        );
        await page.goto(app.url(route, { [param]: series }));
        await waitForReady(p);
        const after = await checkedDownloads(page, id);
        assert.ok(
          after.rows.every((r) => r[column] !== series),
          `${id}: hidden "${series}" is not exported`,
        );
        assert.match(after.csvName, new RegExp(`-filtered-${param}-${series}\\.csv$`));
      }
      await p.expectNoDefects();
    });
  });

  test('a Korean reader gets the same columns and numbers', async (t) => {
    await app.inPage(t, async (p) => {
      const { page } = p;
      await page.goto(app.url('/energy', { lang: 'ko' }));
      await waitForReady(p);
      const ko = await checkedDownloads(page, 'energy-gap');
      await page.goto(app.url('/energy'));
      await waitForReady(p);
      const en = await checkedDownloads(page, 'energy-gap');
      assert.deepEqual(ko.header, en.header);
      const low = en.header.indexOf('power_gw_low');
      assert.deepEqual(
        ko.rows.map((r) => r[low]),
        en.rows.map((r) => r[low]),
      );
      await p.expectNoDefects();
    });
  });
});
