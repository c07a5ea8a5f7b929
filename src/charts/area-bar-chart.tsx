import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
import { axisStyle } from './axis-props';
import { usePalette } from './palette';

export type AreaBarDatum = {
  key: string;
  label: string;
  /** The running total, drawn as an area. */
  area: number;
  /** The period's own amount, drawn as a bar; null is a gap (not stated), not zero. */
  bar: number | null;
  tooltip: TooltipContent;
};

/**
 * A running total as an area with each period's increment as a bar in front of it: the
 * stock and the flow on one axis of the same unit. A missing increment leaves a gap.
 */
export function AreaBarChart({
  data,
  height,
  areaColor,
  barColor,
  formatValue,
}: {
  data: AreaBarDatum[];
  height: number;
  areaColor: string;
  barColor: string;
  formatValue: (value: number) => string;
}) {
  const palette = usePalette();
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* Room above for the top tick's label, which is centred on the plot's top edge. */}
      <ComposedChart data={data} margin={{ top: 14, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={palette.grid} strokeDasharray="2 4" />
        <XAxis dataKey="label" {...axisStyle(palette)} />
        <YAxis
          tickFormatter={formatValue}
          // Wide enough for "120억 달러" on one line (Recharts wraps a tick that does not fit).
          width={80}
          {...axisStyle(palette)}
        />
        <Tooltip
          cursor={{ fill: palette.grid, fillOpacity: 0.3 }}
          isAnimationActive={false}
          content={({ active, label }) => {
            const row = active ? data.find((d) => d.label === label) : undefined;
            return row ? <TooltipBox {...row.tooltip} /> : null;
          }}
        />
        <Area
          type="linear"
          dataKey="area"
          stroke={areaColor}
          strokeWidth={2}
          fill={areaColor}
          fillOpacity={0.18}
          isAnimationActive={false}
        />
        <Bar
          dataKey="bar"
          fill={barColor}
          barSize={22}
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
