import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TooltipContent } from './chart-tooltip';
import { TooltipBox } from './chart-tooltip';
import { axisStyle, xNumberAxis } from './axis-props';
import { usePalette } from './palette';

/**
 * How a point's figure is worded. `lower-bound` ("more than 8 GW") is an open upward
 * triangle: the truth is at or above it. `approx` ("nearly", "about") is an open circle.
 */
export type MarkerKind = 'exact' | 'lower-bound' | 'upper-bound' | 'approx';

export type StepPoint = {
  key: string;
  /** Position on the time axis as a decimal year. */
  x: number;
  value: number;
  marker: MarkerKind;
  uncertain?: boolean;
  /** Short text drawn beside the marker ("> 8 GW"). */
  pointLabel?: string;
  tooltip: TooltipContent;
};

export type StepSeries = {
  key: string;
  color: string;
  points: StepPoint[];
  /** Connect points as a step (a claim holds until the next one) or not at all (snapshots). */
  connect: 'step' | 'none';
  dashed?: boolean;
  /** Where the point label sits: `left` keeps it off a step line's riser, which is to the right. */
  labelSide?: 'above' | 'below' | 'left';
  /** `start` lets a long label run right from its marker instead of centring on it. */
  labelAnchor?: 'middle' | 'start';
};

export type Reference = {
  key: string;
  /** A horizontal line at this value, or a vertical one at this x. */
  axis: 'y' | 'x';
  at: number;
  label: string;
  color: string;
  dashed?: boolean;
  /** Where the label sits so neighbouring labels do not collide; defaults to the top, inside. */
  labelPosition?: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight';
  /** Pixels from the plot's edge to the label (Recharts' default is 5): a second row of labels. */
  labelOffset?: number;
};

type ScatterShapeProps = { cx?: number; cy?: number; payload?: StepPoint };

function Marker({
  cx,
  cy,
  point,
  color,
  surface,
  textColor,
  labelSide,
  labelAnchor,
}: {
  cx: number;
  cy: number;
  point: StepPoint;
  color: string;
  surface: string;
  textColor: string;
  labelSide: 'above' | 'below' | 'left';
  labelAnchor: 'middle' | 'start';
}) {
  const dash = point.uncertain ? '3 2' : undefined;
  const r = 6;
  let mark;
  if (point.marker === 'lower-bound' || point.marker === 'upper-bound') {
    const up = point.marker === 'lower-bound';
    const tip = up ? cy - r - 2 : cy + r + 2;
    const base = up ? cy + r - 1 : cy - r + 1;
    mark = (
      <path
        d={`M${cx},${tip} L${cx + r + 1},${base} L${cx - r - 1},${base} Z`}
        fill={surface}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash}
      />
    );
  } else {
    const open = point.marker === 'approx' || point.uncertain;
    mark = (
      <circle
        cx={cx}
        cy={cy}
        r={r - 1}
        fill={open ? surface : color}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash}
      />
    );
  }
  return (
    <g>
      {mark}
      {point.pointLabel && (
        <text
          x={labelSide === 'left' ? cx - 11 : labelAnchor === 'start' ? cx - 8 : cx}
          y={labelSide === 'above' ? cy - 14 : labelSide === 'below' ? cy + 18 : cy}
          textAnchor={labelSide === 'left' ? 'end' : labelAnchor}
          dominantBaseline={labelSide === 'left' ? 'central' : undefined}
          fontSize={12}
          fontWeight={600}
          fill={textColor}
          fontStyle={point.uncertain ? 'italic' : undefined}
        >
          {point.pointLabel}
        </text>
      )}
    </g>
  );
}

/**
 * Values over time: step lines for claims that hold until restated, loose markers for
 * snapshots, reference lines for targets and deadlines. Markers say how a figure is
 * worded (open triangle = "more than"), dashes say it is uncertain.
 */
export function StepChart({
  series,
  references,
  height,
  xDomain,
  xTicks,
  formatX,
  yDomain,
  formatY,
}: {
  series: StepSeries[];
  references: Reference[];
  height: number;
  xDomain: [number, number];
  xTicks: number[];
  formatX: (x: number) => string;
  yDomain: [number, number];
  formatY: (y: number) => string;
}) {
  const palette = usePalette();
  const all = series.flatMap((s) => s.points);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 28, right: 24, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={palette.grid} vertical={false} />
        <XAxis dataKey="x" {...xNumberAxis(palette, xDomain, xTicks, formatX)} />
        <YAxis
          type="number"
          dataKey="value"
          domain={yDomain}
          tickFormatter={formatY}
          width={56}
          {...axisStyle(palette)}
        />
        {references.map((ref) => (
          <ReferenceLine
            key={ref.key}
            {...(ref.axis === 'y' ? { y: ref.at } : { x: ref.at })}
            stroke={ref.color}
            strokeWidth={ref.axis === 'y' ? 2 : 1.5}
            strokeDasharray={ref.dashed ? '5 4' : undefined}
            ifOverflow="extendDomain"
            label={{
              value: ref.label,
              position:
                ref.labelPosition ?? (ref.axis === 'y' ? 'insideTopLeft' : 'insideTopRight'),
              fill: ref.color,
              fontSize: 12,
              fontWeight: 600,
              offset: ref.labelOffset ?? 5,
            }}
          />
        ))}
        {series
          .filter((s) => s.connect === 'step' && s.points.length > 1)
          .map((s) => (
            <Line
              key={`${s.key}-line`}
              data={s.points}
              dataKey="value"
              type="stepAfter"
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={false}
              activeDot={false}
              tooltipType="none"
              isAnimationActive={false}
            />
          ))}
        {series.map((s) => (
          <Scatter
            key={`${s.key}-points`}
            data={s.points}
            dataKey="value"
            isAnimationActive={false}
            shape={(props: ScatterShapeProps) =>
              props.payload && props.cx !== undefined && props.cy !== undefined ? (
                <Marker
                  cx={props.cx}
                  cy={props.cy}
                  point={props.payload}
                  color={s.color}
                  surface={palette.surface}
                  textColor={palette.text}
                  labelSide={s.labelSide ?? 'above'}
                  labelAnchor={s.labelAnchor ?? 'middle'}
                />
              ) : (
                <g />
              )
            }
          />
        ))}
        <Tooltip
          cursor={false}
          isAnimationActive={false}
          shared={false}
          content={({ active, payload }) => {
            // Recharts types the payload loosely: look our point up by key instead of trusting it.
            const key: unknown = payload?.[0]?.payload?.key;
            const point = active ? all.find((p) => p.key === key) : undefined;
            return point ? <TooltipBox {...point.tooltip} /> : null;
          }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
