import type { ExportColumn } from '../../charts/chart-export';
import type { TimePoint } from '../../data/fusion-schema';
import type { LocalizedText } from '../../data/common-schema';

/**
 * A date as the sources gave it, in tidy columns: `<prefix>_date` (ISO, when a date was given),
 * `<prefix>_year_low` / `_year_high` (the window of years it names) and `<prefix>_note` (what
 * the source said, e.g. "early 2030s").
 */
export function pointColumns<Row>(
  prefix: string,
  get: (row: Row) => TimePoint | null | undefined,
  pick: (text: LocalizedText) => string,
): ExportColumn<Row>[] {
  const year = (point: TimePoint | null | undefined, which: 'earliestYear' | 'latestYear') => {
    if (!point) return null;
    if (point.date) return Number(point.date.slice(0, 4));
    return point[which] ?? null;
  };
  return [
    { name: `${prefix}_date`, type: 'date', value: (row) => get(row)?.date ?? null },
    { name: `${prefix}_year_low`, type: 'number', value: (row) => year(get(row), 'earliestYear') },
    { name: `${prefix}_year_high`, type: 'number', value: (row) => year(get(row), 'latestYear') },
    {
      name: `${prefix}_note`,
      type: 'text',
      value: (row) => {
        const label = get(row)?.label;
        return label ? pick(label) : null;
      },
    },
  ];
}
