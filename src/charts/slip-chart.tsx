import {
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TooltipBox } from './chart-tooltip';
import { numberAxis } from './axis-props';
import { usePalette } from './palette';

export type SlipDatum = {
  /** When the forecast was made (decimal year). */
  x: number;
  /** The date it promised (decimal year). */
  y: number;
  uncertain: boolean;
  title: string;
  lines: [string, string][];
};

export type SlipLine = { key: string; label: string; color: string; points: SlipDatum[] };

type ShapeProps = { cx?: number; cy?: number; payload?: SlipDatum };

/** Recharts hands tooltip payloads over untyped; this checks the shape instead of asserting it. */
function isSlipDatum(value: unknown): value is SlipDatum {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    typeof value.title === 'string' &&
    'lines' in value &&
    Array.isArray(value.lines)
  );
}

/**
 * A slip chart: x is when a forecast was made, y the date it promised. A plan that keeps
 * its date runs flat; the diagonal y = x is "arrives as forecast, today" — a line of points
 * climbing parallel to it means every year of waiting moved the date a year.
 */
export function SlipChart({
  lines,
  xDomain,
  yDomain,
  height,
  formatYear,
  compact,
}: {
  lines: SlipLine[];
  xDomain: [number, number];
  yDomain: [number, number];
  height: number;
  formatYear: (year: number) => string;
  compact: boolean;
}) {
  const palette = usePalette();
  // The diagonal is named in the card's legend: drawn on the line, its label sat on the points.
  const tick = (from: number, to: number, step: number) => {
    const out: number[] = [];
    for (let y = Math.ceil(from / step) * step; y <= to; y += step) out.push(y);
    return out;
  };
  const lo = Math.max(xDomain[0], yDomain[0]);
  const hi = Math.min(xDomain[1], yDomain[1]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 16, right: compact ? 12 : 24, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={palette.grid} />
        <XAxis
          dataKey="x"
          {...numberAxis(
            palette,
            xDomain,
            tick(xDomain[0], xDomain[1], compact ? 4 : 2),
            formatYear,
          )}
        />
        <YAxis
          dataKey="y"
          {...numberAxis(palette, yDomain, tick(yDomain[0], yDomain[1], 5), formatYear)}
          width={48}
        />
        {hi > lo && (
          <ReferenceLine
            segment={[
              { x: lo, y: lo },
              { x: hi, y: hi },
            ]}
            stroke={palette.muted}
            strokeDasharray="4 4"
          />
        )}
        <Tooltip
          isAnimationActive={false}
          cursor={false}
          content={({ active, payload }) => {
            const datum: unknown = payload?.[0]?.payload;
            if (!active || !isSlipDatum(datum)) return null;
            return <TooltipBox title={datum.title} lines={datum.lines} />;
          }}
        />
        {lines.map((line) => (
          <Scatter
            key={line.key}
            name={line.label}
            data={line.points}
            line={{ stroke: line.color, strokeWidth: 2 }}
            isAnimationActive={false}
            shape={({ cx, cy, payload }: ShapeProps) =>
              cx === undefined || cy === undefined ? (
                <g />
              ) : (
                <circle
                  cx={cx}
                  cy={cy}
                  r={6}
                  fill={payload?.uncertain ? palette.surface : line.color}
                  stroke={line.color}
                  strokeWidth={2}
                  strokeDasharray={payload?.uncertain ? '3 2' : undefined}
                />
              )
            }
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
