import {
  Bar,
  BarChart,
  Cell,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TooltipBox } from './chart-tooltip';
import { axisStyle, targetLine } from './axis-props';
import { labelWidth12 } from './category-label';
import { usePalette } from './palette';

export type SparkPoint = {
  key: string;
  x: number;
  y: number;
  /** Tooltip title for the point. */
  label: string;
  /** How the tooltip names the point's x value (a full date where the axis shows years). */
  xLabel?: string;
  /** Shown hollow/lighter: rests on weak sources or is flagged unverified. */
  uncertain?: boolean;
};

type Props = {
  kind: 'step' | 'bar';
  points: SparkPoint[];
  height: number;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** A horizontal target line, e.g. the 10 GW goal. */
  reference?: { y: number; label: string };
  uncertainNote?: string;
};

/** The smallest round step × 10^k at or above `value`: an axis end a reader can read, with little headroom. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** A compact chart for the overview: one series, axes kept to the minimum, tooltips on every mark. */
export function SparkChart({
  kind,
  points,
  height,
  formatX,
  formatY,
  reference,
  uncertainNote,
}: Props) {
  const palette = usePalette();
  const color = palette.series[0] ?? palette.text;
  const tooltip = (
    <Tooltip
      cursor={{ stroke: palette.grid }}
      content={({ active, payload }) => {
        const point = active ? (payload?.[0]?.payload as SparkPoint | undefined) : undefined;
        if (!point) return null;
        return (
          <TooltipBox
            title={point.label}
            lines={[[point.xLabel ?? formatX(point.x), formatY(point.y)]]}
            note={point.uncertain ? uncertainNote : undefined}
          />
        );
      }}
    />
  );
  // On a continuous time axis, tick only whole years: 2025.6 means nothing to a reader.
  const xs = points.map((p) => p.x);
  const yearTicks =
    kind === 'step' && xs.length > 0
      ? Array.from(
          { length: Math.ceil(Math.max(...xs)) - Math.floor(Math.min(...xs)) + 1 },
          (_, i) => Math.floor(Math.min(...xs)) + i,
        )
      : undefined;
  const yTop = niceCeiling(Math.max(...points.map((p) => p.y), reference?.y ?? 0) * 1.05);
  // Room for the longest label ("120억 달러" in Korean): the top's or a tick's below it.
  const yWidth = Math.ceil(
    Math.max(40, ...[yTop, yTop * 0.75, yTop / 2].map((v) => labelWidth12(formatY(v)) + 10)),
  );
  const axes = [
    <XAxis
      key="x"
      dataKey="x"
      type={kind === 'bar' ? 'category' : 'number'}
      domain={
        kind === 'step'
          ? [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))]
          : ['dataMin', 'dataMax']
      }
      ticks={yearTicks}
      // The first and last years sit inside the plot: clear of the y labels and the edge.
      padding={kind === 'step' ? { left: 16, right: 18 } : undefined}
      tickFormatter={formatX}
      {...axisStyle(palette)}
      tickLine={false}
      minTickGap={24}
    />,
    <YAxis
      key="y"
      width={yWidth}
      tickFormatter={formatY}
      {...axisStyle(palette)}
      tickLine={false}
      axisLine={false}
      domain={[0, yTop]}
    />,
  ];
  const target = reference && (
    <ReferenceLine {...targetLine(palette, reference, 'insideTopLeft')} strokeWidth={1.5} />
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      {kind === 'bar' ? (
        <BarChart data={points} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
          {axes}
          {tooltip}
          {target}
          <Bar dataKey="y" isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {points.map((point) => (
              <Cell
                key={point.key}
                fill={point.uncertain ? palette.surface : color}
                stroke={color}
                strokeDasharray={point.uncertain ? '4 3' : undefined}
                strokeWidth={1.5}
              />
            ))}
          </Bar>
        </BarChart>
      ) : (
        <LineChart data={points} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
          {axes}
          {tooltip}
          {target}
          <Line
            type="stepAfter"
            dataKey="y"
            stroke={color}
            strokeWidth={2.5}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: SparkPoint }) => (
              <circle
                key={props.payload?.key}
                cx={props.cx}
                cy={props.cy}
                r={4.5}
                fill={props.payload?.uncertain ? palette.surface : color}
                stroke={color}
                strokeWidth={2}
                strokeDasharray={props.payload?.uncertain ? '2 2' : undefined}
              />
            )}
          />
        </LineChart>
      )}
    </ResponsiveContainer>
  );
}
