import { wrapLabel } from './category-label';
import type { TimelineDatum } from './timeline-chart';

// Apart from the chart, so a card can reserve its height without loading Recharts.

/**
 * One band of the chart. A datum takes as many bands as its label needs lines (labels beside the
 * bars), or one more (labels above the bars, on a phone): Recharts bands are all the same height,
 * so a two-line label is given two bands rather than every row being made taller.
 */
export type Row = TimelineDatum & {
  band: string;
  range: [number, number] | null;
  /** The label line this band shows, if any. */
  line: string;
  /** Bands of the same datum after the first carry no marks. */
  marks: boolean;
  lineIndex: number;
  lineCount: number;
};

/** Room above the plot for the today label, and the height of the sticky year axis. */
export const todayRoom = 22;
const axisHeight = 26;

export type Layout = {
  domain: [number, number];
  showEarlier: boolean;
  labelsAbove: boolean;
  labelWidth: number;
};

export function timelineRows(
  data: readonly TimelineDatum[],
  { domain, showEarlier, labelsAbove, labelWidth }: Layout,
): Row[] {
  const [min, max] = domain;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  // Labels above the bars span the plot: the container's width is not known here, so the
  // budget is for the narrowest phone (375 px less the card's padding).
  const lineBudget = labelsAbove ? 300 : labelWidth - 16;
  return data.flatMap((d) => {
    const marks = [...(d.current ? [d.current] : []), ...(showEarlier ? d.earlier : [])];
    let range: [number, number] | null = null;
    if (!d.header && marks.length > 0) {
      const start = clamp(Math.min(...marks.map((m) => m.start)));
      // At least a year wide, so the bar's width always yields the scale.
      const end = Math.max(start + 1, clamp(Math.max(...marks.map((m) => m.end))));
      range = [start, end];
    }
    const wrapped = wrapLabel(d.label, lineBudget, 2, d.header ? 1.08 : 1);
    const lineCount = wrapped.length;
    const lines = wrapped.map((line, lineIndex) => ({ line, lineIndex, lineCount }));
    if (d.header)
      return lines.map((l, i) => ({ ...d, ...l, band: `${d.key}#${i}`, range, marks: false }));
    if (labelsAbove) {
      return [
        ...lines.map((l, i) => ({ ...d, ...l, band: `${d.key}#${i}`, range: null, marks: false })),
        { ...d, band: `${d.key}#bar`, range, line: '', lineIndex: 0, lineCount: 0, marks: true },
      ];
    }
    return lines.map((l, i) => ({
      ...d,
      ...l,
      band: `${d.key}#${i}`,
      range: i === 0 ? range : null,
      marks: i === 0,
    }));
  });
}

/**
 * How many bands these rows take (a wrapped label takes two; on a phone a bar takes one more), so a
 * caller with a fixed height can choose rows that fit it and size the bands to fill it.
 */
export function timelineBands(data: readonly TimelineDatum[], layout: Layout): number {
  return timelineRows(data, layout).length;
}

/** The pixel height a TimelineChart with these rows takes: the card reserves it before drawing. */
export function timelineHeight(
  data: readonly TimelineDatum[],
  layout: Layout & { bandHeight: number },
): number {
  return timelineRows(data, layout).length * layout.bandHeight + 12 + todayRoom + axisHeight;
}
