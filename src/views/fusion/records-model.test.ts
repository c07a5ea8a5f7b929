import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fusionDocument } from '../../data/fusion-schema';
import { createI18n } from '../../i18n/i18n-context';
import { otherRecords, recordsDownload, recordsView, seriesOfGroup } from './records-model';

const doc = fusionDocument.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/fusion.json'), 'utf8')),
);
const en = createI18n('en');
const colors = ['red', 'blue', 'green'];

describe('seriesOfGroup', () => {
  it('keeps Q, target gain and facility gain as separate series', () => {
    expect(seriesOfGroup(doc, 'gain').map((s) => s.metric)).toEqual([
      'q-physics',
      'target-gain',
      'facility-gain',
    ]);
  });

  it('keeps the goals of a metric that has no record yet', () => {
    const power = seriesOfGroup(doc, 'power');
    const electric = power.find((s) => s.metric === 'net-electric-power');
    expect(electric?.points).toEqual([]);
    expect(electric?.targets.map((t) => t.id)).toContain('eu-demo-net-electric');
  });

  it('leaves records of no option (field, first plasma) for the note', () => {
    expect(otherRecords(doc).map((r) => r.metric)).toEqual(
      expect.arrayContaining(['magnetic-field', 'first-plasma']),
    );
  });
});

describe('recordsView', () => {
  it('keeps gain on a log scale, one series per metric, with the goals the story turns on', () => {
    const view = recordsView(doc, { group: 'gain', hidden: [] }, colors, en);
    expect(view.series.map((s) => s.key)).toEqual(['q-physics', 'target-gain', 'facility-gain']);
    expect(view.series.map((s) => s.color)).toEqual(colors);
    expect(view.log).toBe(true);
    expect(view.references.map((r) => r.key).sort()).toEqual(
      ['iter-q', 'power-plant-q', 'sparc-q-goal'].sort(),
    );
    expect(view.takeaway).toContain('0.67 (JET, 1997');
    expect(view.takeaway).toContain('4.13 (NIF, 2025');
  });

  it('splits energy by device, so JET and NIF are not one line', () => {
    const view = recordsView(doc, { group: 'energy', hidden: [] }, colors, en);
    expect(view.series.map((s) => s.key)).toEqual(['jet', 'nif']);
    expect(view.series.every((s) => s.joined)).toBe(true);
    expect(view.takeaway).toMatch(/^Most fusion energy from one pulse: JET .* 69 MJ/);
  });

  it('leaves a hidden series out of the download but not out of the table', () => {
    const shown = recordsView(doc, { group: 'energy', hidden: [] }, colors, en);
    const hidden = recordsView(doc, { group: 'energy', hidden: ['nif'] }, colors, en);
    expect(hidden.tableRows).toHaveLength(shown.tableRows.length);
    expect(hidden.exportRows.length).toBeLessThan(shown.exportRows.length);
    expect(
      hidden.exportRows.some((r) => r.type === 'record' && r.record.device.en.startsWith('NIF')),
    ).toBe(false);
  });

  it('names the records of no option in the note', () => {
    expect(recordsView(doc, { group: 'gain', hidden: [] }, colors, en).others).toContain(
      'First plasma',
    );
  });
});

describe('recordsDownload', () => {
  it('puts the unit in the value column name when the rows share one', () => {
    const view = recordsView(doc, { group: 'energy', hidden: [] }, colors, en);
    const names = recordsDownload(doc, view.exportRows, en.pick).columns.map((c) => c.name);
    expect(names).toContain('value_mj');
    expect(names).toContain('value_mj_low');
  });
});
