import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { niceTicks } from './horizontal-bar-chart';
import { AboveBarLabel, aboveBarBox, SideCategoryTick } from './category-label';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
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
type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: Row };

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
}: {
  data: RangeDatum[];
  height: number;
  /** Labels on their own line above each bar, across the plot (phones); else beside the bars. */
  labelsAbove?: boolean;
  categoryWidth?: number;
  formatTick: (value: number) => string;
  valueLabelWidth?: number;
}) {
  const palette = usePalette();
  const rows: Row[] = data.map((d) => ({ ...d, solid: d.low, span: Math.max(0, d.high - d.low) }));
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => r.high)));

  const labelOf = (row: RangeDatum) =>
    row.sublabel ? `${row.label} · ${row.sublabel}` : row.label;
  /** Above-bar labels take the band's top; the bar goes under them. */
  const place = (props: ShapeProps): ShapeProps => {
    if (!labelsAbove || !props.payload) return props;
    const box = aboveBarBox(labelOf(props.payload), { y: props.y ?? 0, height: props.height ?? 0 });
    return { ...props, y: box.barY, height: box.barHeight };
  };

  // Above the bars, the solid part (always drawn, if only a pixel wide) carries the label.
  const solidShape = (props: ShapeProps) => {
    if (!labelsAbove || !props.payload) return solidShapeIn(props);
    const box = aboveBarBox(labelOf(props.payload), { y: props.y ?? 0, height: props.height ?? 0 });
    return (
      <g>
        <AboveBarLabel x={0} y={props.y ?? 0} lines={box.lines} fill={palette.text} />
        {solidShapeIn(place(props))}
      </g>
    );
  };

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

  const spanShape = (raw: ShapeProps) => {
    const props = place(raw);
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

  const renderValueLabel = (props: LabelProps) => {
    const { x, y, width, height: h, index } = props;
    const row = typeof index === 'number' ? rows[index] : undefined;
    if (!row) return null;
    const box = labelsAbove
      ? aboveBarBox(labelOf(row), { y: Number(y ?? 0), height: Number(h ?? 0) })
      : { barY: Number(y ?? 0), barHeight: Number(h ?? 0) };
    return (
      <text
        x={Number(x ?? 0) + Number(width ?? 0) + 6}
        y={box.barY + box.barHeight / 2}
        dominantBaseline="central"
        fontSize={12}
        fontWeight={600}
        fill={palette.text}
        fontStyle={row.uncertain || row.outlier ? 'italic' : undefined}
      >
        {row.valueLabel}
      </text>
    );
  };

  const renderTick = (props: { x?: number | string; y?: number | string; index?: number }) => {
    const row = typeof props.index === 'number' ? rows[props.index] : undefined;
    if (!row || labelsAbove) return <g />;
    return (
      <SideCategoryTick
        x={Number(props.x ?? 0) - 8}
        y={Number(props.y ?? 0)}
        label={row.label}
        sublabel={row.sublabel}
        width={categoryWidth}
        fontPx={12}
        text={palette.text}
        muted={palette.muted}
      />
    );
  };

  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: valueLabelWidth, bottom: 4, left: 0 }}
        barCategoryGap={labelsAbove ? 0 : '24%'}
      >
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={formatTick}
          stroke={palette.grid}
          tick={{ fill: palette.muted, fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelsAbove ? 1 : categoryWidth}
          tick={renderTick}
          tickLine={false}
          axisLine={{ stroke: palette.grid }}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: palette.grid, fillOpacity: 0.35 }}
          isAnimationActive={false}
          content={({ active, label }) => {
            const row = active ? rows.find((r) => r.key === label) : undefined;
            return row ? <TooltipBox {...row.tooltip} /> : null;
          }}
        />
        <Bar dataKey="solid" stackId="range" shape={solidShape} isAnimationActive="auto" />
        <Bar dataKey="span" stackId="range" shape={spanShape} isAnimationActive="auto">
          <LabelList dataKey="span" content={renderValueLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
