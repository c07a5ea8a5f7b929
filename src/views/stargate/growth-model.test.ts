import { describe, expect, it } from 'vitest';
import { palettes } from '../../charts/palette';
import { createI18n } from '../../i18n/i18n-context';
import { growthModel } from './growth-model';
import { bundledStargate } from './model-fixtures';

const doc = bundledStargate();
const en = createI18n('en');
const today = new Date('2026-07-01T00:00:00Z');

describe('growthModel', () => {
  it('splits claims on weak sources into their own dashed series', () => {
    const m = growthModel(doc, en, palettes.light, { hidden: [], narrow: false, today });
    expect(m.series.map((s) => s.key)).toEqual(['announced', 'claimed', 'running']);
    const claimed = m.series.find((s) => s.key === 'claimed');
    expect(claimed?.dashed).toBe(true);
    expect(claimed?.points.slice(1).every((p) => p.uncertain)).toBe(true);
    expect(m.series.find((s) => s.key === 'announced')?.points.every((p) => !p.uncertain)).toBe(
      true,
    );
    expect(m.takeaway).toMatch(/^Announced capacity grew from more than 5 GW/);
    expect(m.takeaway).toMatch(/rests on secondary pages only/);
  });

  it('marks today at the date given and the target with each deadline', () => {
    const m = growthModel(doc, en, palettes.light, { hidden: [], narrow: false, today });
    const marks = m.references.map((r) => r.key);
    expect(marks).toEqual(expect.arrayContaining(['target', 'today', 'as-of', 'launch']));
    expect(m.references.find((r) => r.key === 'today')?.label).toContain('2026');
    const target = doc.targets.find((x) => x.metric === 'capacity');
    expect(marks.filter((k) => k.startsWith('deadline-'))).toHaveLength(
      target?.horizons.length ?? 0,
    );
  });

  it('leaves a hidden series out of the chart and the download, keeping the target rows', () => {
    const m = growthModel(doc, en, palettes.light, { hidden: ['running'], narrow: false, today });
    expect(m.series.map((s) => s.key)).toEqual(['announced', 'claimed']);
    expect(m.rows.some((r) => r.series === 'running')).toBe(true);
    expect(m.download.rows.some((r) => r.series === 'running')).toBe(false);
    expect(m.download.rows.some((r) => r.series === 'target')).toBe(true);
  });

  it('labels only the latest solid claim on a phone', () => {
    const m = growthModel(doc, en, palettes.light, { hidden: [], narrow: true, today });
    const labelled = m.series
      .find((s) => s.key === 'announced')
      ?.points.filter((p) => p.pointLabel !== undefined);
    expect(labelled).toHaveLength(1);
  });
});
