import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TooltipBox } from './chart-tooltip';
import { markLabel, numberAxis, targetLine, xNumberAxis } from './axis-props';
import { usePalette } from './palette';

/** A step series: each value holds until the next one (a claim until restated, a plant until the next). */
export type GapLine = {
  key: string;
  label: string;
  color: string;
  points: { x: number; y: number }[];
  /** Dashed: uncertain or an assumption rather than a report. */
  dashed?: boolean;
  width?: number;
  /** Short text drawn at the line's last point ("> 10 GW"). */
  endLabel?: string;
  /** Which side of the last point the label goes, so labels near each other do not collide. */
  endLabelSide?: 'above' | 'below';
  /** Keep the end label on a phone too (it states a figure the card's takeaway claims). */
  endLabelOnPhone?: boolean;
  /** 'end': the label ends at the last point, above the line (for a line that runs to the plot's
   *  right edge, where a label after the point would be cut off). */
  endLabelAnchor?: 'start' | 'end';
};

export type GapMarker = {
  key: string;
  x: number;
  y: number;
  color: string;
  shape: 'triangle' | 'circle';
  /** Open marker: uncertain (grade C or flagged). */
  open: boolean;
  label: string;
};

export type GapBand = { key: string; x1: number; x2: number; label: string };

type Row = { x: number } & Record<string, number | null>;

/** The value a step series holds at `x`, or null before it starts and after it ends. */
function stepValue(points: readonly { x: number; y: number }[], x: number): number | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || x < first.x || x > last.x) return null;
  let value = first.y;
  for (const p of points) if (p.x <= x) value = p.y;
  return value;
}

/** One row per x at which any series changes, so a shared tooltip can read every series there. */
function mergeRows(lines: readonly GapLine[]): Row[] {
  const xs = [...new Set(lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
  return xs.map((x) => {
    const row: Row = { x };
    for (const line of lines) row[line.key] = stepValue(line.points, x);
    return row;
  });
}

type MarkerShapeProps = { cx?: number; cy?: number; payload?: GapMarker };

function MarkerShape({ cx, cy, payload, surface }: MarkerShapeProps & { surface: string }) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const fill = payload.open ? surface : payload.color;
  if (payload.shape === 'triangle') {
    const r = 7;
    return (
      <path
        d={`M${cx},${cy - r} L${cx + r},${cy + r - 1} L${cx - r},${cy + r - 1} Z`}
        fill={fill}
        stroke={payload.color}
        strokeWidth={2}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={5} fill={fill} stroke={payload.color} strokeWidth={2} />;
}

type EndLabelProps = { x?: number | string; y?: number | string; index?: number };

/**
 * AI demand against supply on one time axis: step lines for announced capacity and for
 * fusion scenarios, markers for snapshots and on-site plants, a target line, and bands for
 * the dates a scenario names. Thin over Recharts; knows no topic.
 */
export function GapChart({
  lines,
  markers,
  bands,
  target,
  today,
  xDomain,
  xTicks,
  scale,
  yMax,
  height,
  formatX,
  formatY,
  compact,
}: {
  lines: GapLine[];
  markers: GapMarker[];
  bands: GapBand[];
  target: { y: number; label: string } | null;
  today: { x: number; label: string } | null;
  xDomain: [number, number];
  xTicks: number[];
  scale: 'linear' | 'log';
  yMax: number;
  height: number;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  compact: boolean;
}) {
  const palette = usePalette();
  const rows = mergeRows(lines);
  const yDomain: [number, number] = scale === 'log' ? [0.01, yMax] : [0, yMax];
  const yTicks = scale === 'log' ? [0.01, 0.1, 1, 10].filter((t) => t <= yMax) : undefined;
  const labels = new Map(lines.map((l) => [l.key, l.label]));

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 24, right: compact ? 12 : 96, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={palette.grid} vertical={false} />
        {bands.map((band) => (
          <ReferenceArea
            key={band.key}
            x1={band.x1}
            x2={band.x2}
            fill={palette.muted}
            fillOpacity={0.1}
            stroke="none"
            ifOverflow="hidden"
            // On a phone the bands are too narrow for their words; the notes under the chart name them.
            label={compact ? undefined : markLabel(band.label, 'insideTop', palette.muted)}
          />
        ))}
        <XAxis dataKey="x" {...xNumberAxis(palette, xDomain, xTicks, formatX)} />
        <YAxis
          {...numberAxis(palette, yDomain, yTicks, formatY)}
          scale={scale}
          // Room for "600 MW" on one line: a narrower axis wraps its ticks.
          width={66}
        />
        {target && (
          <ReferenceLine {...targetLine(palette, target, 'insideTopRight')} strokeWidth={2} />
        )}
        {today && (
          <ReferenceLine
            x={today.x}
            stroke={palette.today}
            strokeDasharray="2 3"
            // Above the plot: at the bottom it would sit on the markers of the same months.
            label={
              compact
                ? undefined
                : // Inside the plot, starting at the line: centred on it, a long label (Korean)
                  // ran into the top tick of the value axis.
                  {
                    value: today.label,
                    position: 'insideTopLeft',
                    fill: palette.muted,
                    fontSize: 11,
                  }
            }
          />
        )}
        <Tooltip
          isAnimationActive={false}
          content={({ active, label, payload }) => {
            if (!active || typeof label !== 'number' || !payload?.length) return null;
            const shown = payload.filter(
              (p) => typeof p.value === 'number' && labels.has(String(p.dataKey)),
            );
            if (shown.length === 0) return null;
            return (
              <TooltipBox
                title={formatX(label)}
                lines={shown.map((p) => [
                  labels.get(String(p.dataKey)) ?? '',
                  formatY(Number(p.value)),
                ])}
              />
            );
          }}
        />
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            type="stepAfter"
            stroke={line.color}
            strokeWidth={line.width ?? 2.5}
            strokeDasharray={line.dashed ? '6 4' : undefined}
            dot={false}
            activeDot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
            label={
              line.endLabel && (!compact || line.endLabelOnPhone)
                ? ({ x, y, index }: EndLabelProps) => {
                    let lastIndex = -1;
                    rows.forEach((row, i) => {
                      if (row[line.key] !== null) lastIndex = i;
                    });
                    if (index !== lastIndex || typeof x !== 'number' || typeof y !== 'number')
                      return <g />;
                    return (
                      <text
                        x={line.endLabelAnchor === 'end' ? x : x + 6}
                        y={line.endLabelSide === 'below' ? y + 16 : y - 8}
                        textAnchor={line.endLabelAnchor === 'end' ? 'end' : 'start'}
                        fill={line.color}
                        fontSize={12}
                        fontWeight={600}
                      >
                        {line.endLabel}
                      </text>
                    );
                  }
                : undefined
            }
          />
        ))}
        <Scatter
          data={markers}
          dataKey="y"
          isAnimationActive={false}
          shape={(props: MarkerShapeProps) => <MarkerShape {...props} surface={palette.surface} />}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
