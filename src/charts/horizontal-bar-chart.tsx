import { useId, useMemo } from 'react';
import { CategoryBarFrame, niceTicks, type BarBox, type CategoryBarLayout } from './category-bars';
import type { TooltipContent } from './chart-tooltip';
import { usePalette } from './palette';

export type BarDatum = {
  key: string;
  /** The category axis label (first line). */
  label: string;
  /** A second, quieter line under the label (a second encoding such as the lead). */
  sublabel?: string;
  /** Null = not disclosed: drawn as a labelled marker at the axis, never as a zero bar. */
  value: number | null;
  /** The bar-end label, already formatted with its qualifier ("> 1 GW"). */
  valueLabel: string;
  color: string;
  /** Rests on weak sources: dashed outline and hatching instead of a solid fill. */
  uncertain?: boolean;
  /** No longer in play (withdrawn, cancelled): an outline only, so it reads as absent capacity. */
  struck?: boolean;
  /**
   * Many categories summed in one bar (those not drawn one by one). It does not set the axis:
   * a sum of thousands would flatten every other bar. Longer than the axis, it is drawn to the
   * end with a break mark, and its label gives the whole figure.
   */
  rest?: boolean;
  tooltip: TooltipContent;
};

type Row = BarDatum & { plotValue: number; cut: boolean };

/** Ids from useId contain characters that are awkward inside url(#…). */
function svgId(raw: string): string {
  return raw.replace(/[^a-zA-Z0-9_-]/g, '');
}

/**
 * Horizontal bars, one per category, each with its own colour. Uncertain bars are hatched
 * with a dashed outline (a pattern defined inside the chart, so exports keep it); a missing
 * value is a labelled marker, not a zero.
 */
export function HorizontalBarChart({
  data,
  height,
  categoryWidth = 150,
  unknownLabel,
  formatTick,
  valueLabelWidth = 96,
  labelsAbove = false,
}: CategoryBarLayout & {
  data: BarDatum[];
  /** Text beside a bar whose value is null ("not disclosed"). */
  unknownLabel: string;
}) {
  const palette = usePalette();
  const patternBase = svgId(useId());
  const fontPx = 13;
  const scaled = data.some((d) => !d.rest) ? data.filter((d) => !d.rest) : data;
  const largest = Math.max(0, ...scaled.map((d) => d.value ?? 0));
  // The same array while the largest bar stays: a filter that keeps it keeps the value axis.
  const ticks = useMemo(() => niceTicks(largest), [largest]);
  const axisMax = ticks.at(-1) ?? 1;
  const rows: Row[] = data.map((d) => {
    const value = d.value ?? 0;
    const cut = Boolean(d.rest) && value > axisMax;
    return { ...d, plotValue: cut ? axisMax : value, cut };
  });

  const renderBar = ({ row: payload, index, y, height: h, x: at }: BarBox<Row>) => {
    const x = at(0);
    const width = at(payload.plotValue) - x;
    if (payload.value === null) {
      // A small open box at the axis: there is a site here, its size is not known.
      const size = Math.min(h, 14);
      return (
        <g>
          <rect
            x={x + 1}
            y={y + (h - size) / 2}
            width={size}
            height={size}
            fill="none"
            stroke={payload.color}
            strokeWidth={1.5}
            strokeDasharray="3 2"
          />
          <text
            x={x + size + 8}
            y={y + h / 2}
            dominantBaseline="central"
            fontSize={12}
            fontStyle="italic"
            fill={palette.muted}
          >
            {unknownLabel}
          </text>
        </g>
      );
    }
    const id = `${patternBase}-${index}`;
    // The bar's box; rest, struck, uncertain and plain bars differ only in paint.
    const area = { x, y, width, height: h };
    if (payload.rest) {
      // Two slashes across the end, in the background colour: the bar runs on past the axis.
      const end = x + width;
      const slash = (at: number) => `M${at - 4} ${y + h + 2} L${at + 4} ${y - 2}`;
      return (
        <g>
          <rect {...area} fill={payload.color} rx={2} />
          {payload.cut && width > 24 && (
            <path
              d={`${slash(end - 16)} ${slash(end - 9)}`}
              stroke={palette.surface}
              strokeWidth={3}
              fill="none"
            />
          )}
        </g>
      );
    }
    if (payload.struck) {
      return (
        <rect
          {...area}
          fill="none"
          stroke={payload.color}
          strokeWidth={1.5}
          strokeDasharray="6 3"
        />
      );
    }
    if (payload.uncertain) {
      return (
        <g>
          <defs>
            <pattern
              id={id}
              patternUnits="userSpaceOnUse"
              width={6}
              height={6}
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} fill={payload.color} fillOpacity={0.25} />
              <line x1={0} y1={0} x2={0} y2={6} stroke={payload.color} strokeWidth={2.5} />
            </pattern>
          </defs>
          <rect
            {...area}
            fill={`url(#${id})`}
            stroke={payload.color}
            strokeWidth={1.5}
            strokeDasharray="4 2"
          />
        </g>
      );
    }
    return <rect {...area} fill={payload.color} rx={2} />;
  };

  return (
    <CategoryBarFrame
      rows={rows}
      height={height}
      labelsAbove={labelsAbove}
      categoryWidth={categoryWidth}
      valueLabelWidth={valueLabelWidth}
      fontPx={fontPx}
      barGap={0.22}
      ticks={ticks}
      formatTick={formatTick}
      bar={renderBar}
      valueEnd={(row) => (row.value === null ? null : row.plotValue)}
    />
  );
}
