import { useId } from 'react';
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
import { AboveBarLabel, aboveBarBox, SideCategoryTick } from './category-label';
import { TooltipBox } from './chart-tooltip';
import { usePalette } from './palette';

// Re-exported: the helper lives apart so a card can use it without loading Recharts.
export { keepLargest } from './keep-largest';

export type TooltipContent = { title: string; lines: [string, string][]; note?: string };

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

/** Shape props Recharts passes to a custom bar; only what we draw with. */
type ShapeProps = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
  index?: number;
};

/** Ids from useId contain characters that are awkward inside url(#…). */
function svgId(raw: string): string {
  return raw.replace(/[^a-zA-Z0-9_-]/g, '');
}

/** Round axis ticks (0, 0.5, 1, 1.5 …) up to the largest value, about five of them. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((s) => max / s <= 5) ?? max / 5;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** Approximate rendered width: CJK glyphs are about 1em, Latin about 0.58em. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(text[i] ?? '')
      ? fontPx
      : fontPx * 0.58;
    if (width > maxPx) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
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
}: {
  data: BarDatum[];
  height: number;
  /** Labels on their own line above each bar, across the plot (phones); else beside the bars. */
  labelsAbove?: boolean;
  /** Pixels for the category labels. */
  categoryWidth?: number;
  /** Text beside a bar whose value is null ("not disclosed"). */
  unknownLabel: string;
  formatTick: (value: number) => string;
  /** Room kept to the right of the longest bar for its label. */
  valueLabelWidth?: number;
}) {
  const palette = usePalette();
  const patternBase = svgId(useId());
  const fontPx = 13;
  const scaled = data.some((d) => !d.rest) ? data.filter((d) => !d.rest) : data;
  const ticks = niceTicks(Math.max(0, ...scaled.map((d) => d.value ?? 0)));
  const axisMax = ticks.at(-1) ?? 1;
  const rows: Row[] = data.map((d) => {
    const value = d.value ?? 0;
    const cut = Boolean(d.rest) && value > axisMax;
    return { ...d, plotValue: cut ? axisMax : value, cut };
  });

  const labelOf = (row: BarDatum) => (row.sublabel ? `${row.label} · ${row.sublabel}` : row.label);

  const renderBar = (props: ShapeProps) => {
    if (!labelsAbove || !props.payload) return renderBarIn(props);
    const box = aboveBarBox(labelOf(props.payload), { y: props.y ?? 0, height: props.height ?? 0 });
    return (
      <g>
        <AboveBarLabel x={0} y={props.y ?? 0} lines={box.lines} fill={palette.text} />
        {renderBarIn({ ...props, y: box.barY, height: box.barHeight })}
      </g>
    );
  };

  const renderBarIn = (props: ShapeProps) => {
    const { x = 0, y = 0, width = 0, height: h = 0, payload, index = 0 } = props;
    if (!payload) return <g />;
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
    if (payload.rest) {
      // Two slashes across the end, in the background colour: the bar runs on past the axis.
      const end = x + width;
      const slash = (at: number) => `M${at - 4} ${y + h + 2} L${at + 4} ${y - 2}`;
      return (
        <g>
          <rect x={x} y={y} width={width} height={h} fill={payload.color} rx={2} />
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
          x={x}
          y={y}
          width={width}
          height={h}
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
            x={x}
            y={y}
            width={width}
            height={h}
            fill={`url(#${id})`}
            stroke={payload.color}
            strokeWidth={1.5}
            strokeDasharray="4 2"
          />
        </g>
      );
    }
    return <rect x={x} y={y} width={width} height={h} fill={payload.color} rx={2} />;
  };

  const renderValueLabel = (props: LabelProps) => {
    const { x, y, width, height: h, index } = props;
    const row = typeof index === 'number' ? rows[index] : undefined;
    if (!row || row.value === null) return null;
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
        fontPx={fontPx}
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
        // Above-bar labels take the band's top: the bar is placed under them by the shape.
        barCategoryGap={labelsAbove ? 0 : '22%'}
      >
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis
          type="number"
          dataKey="plotValue"
          domain={[0, axisMax]}
          ticks={ticks}
          tickFormatter={formatTick}
          stroke={palette.grid}
          tick={{ fill: palette.muted, fontSize: 12 }}
          allowDecimals
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
            // The category axis is keyed by `key`, so the label names the hovered row.
            const row = active ? rows.find((r) => r.key === label) : undefined;
            return row ? <TooltipBox {...row.tooltip} /> : null;
          }}
        />
        {/* "auto": Recharts turns animation off when the reader prefers reduced motion. */}
        <Bar dataKey="plotValue" shape={renderBar} isAnimationActive="auto" minPointSize={0}>
          <LabelList dataKey="plotValue" content={renderValueLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
