import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
import { markLabel, numberAxis, xNumberAxis } from './axis-props';
import { logTicks } from './log-scale';
import { usePalette } from './palette';

export type ScatterPoint = {
  key: string;
  x: number;
  y: number;
  /** Uncertain figures (C-grade sources only, or flagged): hollow marker. */
  hollow?: boolean;
  /** Calculated here from sourced inputs: drawn as a diamond. */
  derived?: boolean;
  /** A short annotation drawn beside the point. */
  note?: string;
  /** Which side of the point the note goes, so neighbouring notes do not collide (default right). */
  notePosition?: 'right' | 'left' | 'top';
  tooltip: TooltipContent;
};

export type ScatterSeries = {
  key: string;
  label: string;
  color: string;
  points: ScatterPoint[];
  /** Join the points in order (one device's or one metric's records over time). */
  joined?: boolean;
};

/** A horizontal goal: a line where low = high, a band where they differ. */
export type ReferenceMark = {
  key: string;
  label: string;
  low: number;
  high: number;
  dashed?: boolean;
};

type PointRow = ScatterPoint & { series: string; color: string };
type DotProps = { cx?: number; cy?: number; payload?: PointRow };

/**
 * Points over time on a log (or linear) y axis, one Scatter per series, goals as labelled
 * reference lines or bands. Marker shape carries what colour cannot: hollow for uncertain,
 * diamond for derived.
 */
export function LogScatterChart({
  series,
  hidden,
  references,
  xDomain,
  yDomain,
  log,
  height,
  formatX,
  formatY,
  yLabel,
}: {
  series: ScatterSeries[];
  hidden: readonly string[];
  references: ReferenceMark[];
  xDomain: [number, number];
  yDomain: [number, number];
  log: boolean;
  height: number;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  yLabel: string;
}) {
  const palette = usePalette();
  const shown = series.filter((s) => !hidden.includes(s.key));
  const xTicks: number[] = [];
  const step = xDomain[1] - xDomain[0] > 24 ? 5 : 2;
  for (let year = Math.ceil(xDomain[0] / step) * step; year <= xDomain[1]; year += step)
    xTicks.push(year);

  const renderDot = (props: DotProps) => {
    const { cx, cy, payload } = props;
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const fill = payload.hollow ? palette.surface : payload.color;
    if (payload.derived) {
      const s = 7;
      return (
        <path
          d={`M${cx} ${cy - s} L${cx + s} ${cy} L${cx} ${cy + s} L${cx - s} ${cy} Z`}
          fill={fill}
          stroke={payload.color}
          strokeWidth={2}
        />
      );
    }
    return <circle cx={cx} cy={cy} r={5.5} fill={fill} stroke={payload.color} strokeWidth={2} />;
  };

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={palette.grid} strokeDasharray="2 4" />
        <XAxis dataKey="x" {...xNumberAxis(palette, xDomain, xTicks, formatX)} />
        <YAxis
          dataKey="y"
          {...numberAxis(palette, yDomain, log ? logTicks(yDomain) : undefined, formatY)}
          scale={log ? 'log' : 'linear'}
          width={64}
          label={{
            value: yLabel,
            angle: -90,
            position: 'insideLeft',
            fill: palette.muted,
            fontSize: 12,
            dx: -2,
            dy: 40,
          }}
        />
        {references.map((ref) =>
          ref.low < ref.high ? (
            <ReferenceArea
              key={ref.key}
              y1={ref.low}
              y2={ref.high}
              fill={palette.target}
              fillOpacity={0.08}
              stroke={palette.target}
              strokeOpacity={0.4}
              strokeDasharray="4 3"
              ifOverflow="hidden"
              label={markLabel(ref.label, 'insideTopLeft', palette.target)}
            />
          ) : (
            <ReferenceLine
              key={ref.key}
              y={ref.low}
              stroke={palette.target}
              strokeWidth={1.5}
              strokeDasharray={ref.dashed ? '5 4' : undefined}
              ifOverflow="hidden"
              label={markLabel(ref.label, 'insideBottomRight', palette.target)}
            />
          ),
        )}
        <Tooltip
          cursor={{ stroke: palette.grid, strokeDasharray: '3 3' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const key: unknown = active ? payload?.[0]?.payload?.key : undefined;
            const point = shown.flatMap((s) => s.points).find((p) => p.key === key);
            return point ? <TooltipBox {...point.tooltip} /> : null;
          }}
        />
        {shown.map((s) => (
          <Scatter
            key={s.key}
            name={s.label}
            data={s.points.map((p): PointRow => ({ ...p, series: s.key, color: s.color }))}
            fill={s.color}
            line={
              s.joined && s.points.length > 1
                ? { stroke: s.color, strokeWidth: 1.5, strokeOpacity: 0.6 }
                : false
            }
            shape={renderDot}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="note"
              content={(props) => {
                const point = typeof props.index === 'number' ? s.points[props.index] : undefined;
                if (!point?.note) return null;
                // Recharts gives the marker's box; its centre is the point.
                const cx = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
                const cy = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
                const side = point.notePosition ?? 'right';
                return (
                  <text
                    x={side === 'right' ? cx + 10 : side === 'left' ? cx - 10 : cx}
                    y={side === 'top' ? cy - 12 : cy}
                    textAnchor={side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle'}
                    dominantBaseline={side === 'top' ? 'auto' : 'central'}
                    fill={palette.text}
                    fontSize={12}
                  >
                    {point.note}
                  </text>
                );
              }}
            />
          </Scatter>
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
