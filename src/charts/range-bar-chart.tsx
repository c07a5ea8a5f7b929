import { CategoryBarFrame, niceTicks, type BarBox, type CategoryBarLayout } from './category-bars';
import type { TooltipContent } from './chart-tooltip';

export type RangeDatum = {
  key: string;
  label: string;
  sublabel?: string;
  /** Equal ends draw a plain bar; different ends ("$18–19B reported") draw the span as a range. */
  low: number;
  high: number;
  valueLabel: string;
  color: string;
  uncertain?: boolean;
  /** Not comparable with its neighbours (another scope or basis): outlined and labelled. */
  outlier?: boolean;
  tooltip: TooltipContent;
};

/**
 * Horizontal bars that can be ranges: a solid bar to the low end, then a hatched span
 * with end caps to the high end, so "$18–19B" never reads as a single figure. One chart
 * is one comparable group; callers draw groups that must not be added as separate charts.
 */
export function RangeBarChart({
  data,
  height,
  categoryWidth = 170,
  formatTick,
  valueLabelWidth = 110,
  labelsAbove = false,
}: CategoryBarLayout & {
  data: RangeDatum[];
}) {
  const ticks = niceTicks(Math.max(0, ...data.map((r) => r.high)));

  // The solid part is always drawn, if only a pixel wide.
  const solidShape = ({ row: payload, y, height: h, x: at }: BarBox<RangeDatum>) => {
    const outlined = payload.outlier || payload.uncertain;
    return (
      <rect
        x={at(0)}
        y={y}
        width={Math.max(at(payload.low) - at(0), 1)}
        height={h}
        fill={outlined ? 'none' : payload.color}
        fillOpacity={outlined ? 0 : 1}
        stroke={payload.color}
        strokeWidth={outlined ? 1.5 : 0}
        strokeDasharray={outlined ? '4 2' : undefined}
      />
    );
  };

  const spanShape = ({ row: payload, y, height: h, x: at }: BarBox<RangeDatum>) => {
    const x = at(payload.low);
    const width = at(payload.high) - x;
    if (width <= 0) return null;
    // A bracket, not a bar: the figure is somewhere in here.
    return (
      <g>
        <rect
          x={x}
          y={y + h * 0.2}
          width={width}
          height={h * 0.6}
          fill={payload.color}
          fillOpacity={0.3}
        />
        <line
          x1={x}
          x2={x + width}
          y1={y + h / 2}
          y2={y + h / 2}
          stroke={payload.color}
          strokeWidth={2}
        />
        <line
          x1={x + width}
          x2={x + width}
          y1={y}
          y2={y + h}
          stroke={payload.color}
          strokeWidth={2}
        />
      </g>
    );
  };

  return (
    <CategoryBarFrame
      rows={data}
      height={height}
      labelsAbove={labelsAbove}
      categoryWidth={categoryWidth}
      valueLabelWidth={valueLabelWidth}
      fontPx={12}
      barGap={0.24}
      ticks={ticks}
      formatTick={formatTick}
      bar={(box) => (
        <>
          {solidShape(box)}
          {spanShape(box)}
        </>
      )}
      valueEnd={(row) => row.high}
      italic={(row) => Boolean(row.uncertain || row.outlier)}
    />
  );
}
