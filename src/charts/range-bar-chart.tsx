import { Bar, LabelList } from 'recharts';
import {
  CategoryBarFrame,
  niceTicks,
  valueLabelAt,
  withLabelAbove,
  type BarShapeProps,
  type CategoryBarLayout,
} from './category-bars';
import type { TooltipContent } from './chart-tooltip';
import { usePalette } from './palette';

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

type Row = RangeDatum & { solid: number; span: number };
type ShapeProps = BarShapeProps<Row>;

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
  const palette = usePalette();
  const rows: Row[] = data.map((d) => ({ ...d, solid: d.low, span: Math.max(0, d.high - d.low) }));
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => r.high)));

  // Above the bars, the solid part (always drawn, if only a pixel wide) carries the label.
  const solidShape = (props: ShapeProps) =>
    withLabelAbove(labelsAbove, palette, props, solidShapeIn);
  const spanShape = (props: ShapeProps) =>
    withLabelAbove(labelsAbove, palette, props, spanShapeIn, false);

  const solidShapeIn = (props: ShapeProps) => {
    const { x = 0, y = 0, width = 0, height: h = 0, payload } = props;
    if (!payload) return <g />;
    const outlined = payload.outlier || payload.uncertain;
    return (
      <rect
        x={x}
        y={y}
        width={Math.max(width, 1)}
        height={h}
        fill={outlined ? 'none' : payload.color}
        fillOpacity={outlined ? 0 : 1}
        stroke={payload.color}
        strokeWidth={outlined ? 1.5 : 0}
        strokeDasharray={outlined ? '4 2' : undefined}
      />
    );
  };

  const spanShapeIn = (props: ShapeProps) => {
    const { x = 0, y = 0, width = 0, height: h = 0, payload } = props;
    if (!payload || width <= 0) return <g />;
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
      rows={rows}
      height={height}
      labelsAbove={labelsAbove}
      categoryWidth={categoryWidth}
      valueLabelWidth={valueLabelWidth}
      fontPx={12}
      barGap="24%"
      ticks={ticks}
      formatTick={formatTick}
    >
      <Bar dataKey="solid" stackId="range" shape={solidShape} isAnimationActive={false} />
      <Bar dataKey="span" stackId="range" shape={spanShape} isAnimationActive={false}>
        <LabelList
          dataKey="span"
          content={valueLabelAt(rows, labelsAbove, palette, {
            italic: (row) => Boolean(row.uncertain || row.outlier),
          })}
        />
      </Bar>
    </CategoryBarFrame>
  );
}
