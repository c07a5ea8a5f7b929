import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { AboveBarLabel, aboveBarBox, SideCategoryTick } from './category-label';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
import { axisStyle } from './axis-props';
import { usePalette, type Palette } from './palette';

/*
 * What the horizontal category-bar charts share: the vertical BarChart with its value axis,
 * the category labels beside the bars (or above them, on a phone), the value at each bar's end
 * and the row tooltip. Each chart keeps only what is its own: the shapes of its bars.
 */

/** A category row: what the axis, the end label and the tooltip need. */
export type CategoryRow = {
  key: string;
  label: string;
  /** A second, quieter line under the label. */
  sublabel?: string;
  valueLabel: string;
  tooltip: TooltipContent;
};

/** The layout props every category-bar chart takes. */
export type CategoryBarLayout = {
  height: number;
  /** Labels on their own line above each bar, across the plot (phones); else beside the bars. */
  labelsAbove?: boolean;
  /** Pixels for the category labels. */
  categoryWidth?: number;
  formatTick: (value: number) => string;
  /** Room kept to the right of the longest bar for its label. */
  valueLabelWidth?: number;
};

/** Shape props Recharts passes to a custom bar; only what we draw with. */
export type BarShapeProps<R> = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: R;
  index?: number;
};

/** Round axis ticks (0, 0.5, 1, 1.5 …) up to the largest value, about five of them. */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((s) => max / s <= 5) ?? max / 5;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

const labelOf = (row: CategoryRow) => (row.sublabel ? `${row.label} · ${row.sublabel}` : row.label);

/**
 * A bar's shape with its label above it when `labelsAbove`: the label takes the band's top and
 * the bar, drawn by `draw`, goes under it. Beside the bars, `draw` gets the props unchanged.
 */
export function withLabelAbove<R extends CategoryRow>(
  labelsAbove: boolean,
  palette: Palette,
  props: BarShapeProps<R>,
  draw: (props: BarShapeProps<R>) => ReactNode,
  labelled = true,
): ReactNode {
  if (!labelsAbove || !props.payload) return draw(props);
  const box = aboveBarBox(labelOf(props.payload), { y: props.y ?? 0, height: props.height ?? 0 });
  const bar = draw({ ...props, y: box.barY, height: box.barHeight });
  if (!labelled) return bar;
  return (
    <g>
      <AboveBarLabel x={0} y={props.y ?? 0} lines={box.lines} fill={palette.text} />
      {bar}
    </g>
  );
}

/** The value at a bar's end (a LabelList's content); `skip` rows get none. */
export function valueLabelAt<R extends CategoryRow>(
  rows: readonly R[],
  labelsAbove: boolean,
  palette: Palette,
  style: { skip?: (row: R) => boolean; italic?: (row: R) => boolean } = {},
) {
  return (props: LabelProps) => {
    const { x, y, width, height: h, index } = props;
    const row = typeof index === 'number' ? rows[index] : undefined;
    if (!row || style.skip?.(row)) return null;
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
        fontStyle={style.italic?.(row) ? 'italic' : undefined}
      >
        {row.valueLabel}
      </text>
    );
  };
}

/**
 * The frame of a horizontal category-bar chart: value axis below, categories at the left (or
 * none, with labels above the bars), the row tooltip. `children` are the chart's own <Bar>s.
 */
export function CategoryBarFrame<R extends CategoryRow>({
  rows,
  height,
  labelsAbove,
  categoryWidth,
  valueLabelWidth,
  fontPx,
  barGap,
  ticks,
  valueKey,
  formatTick,
  children,
}: {
  rows: readonly R[];
  height: number;
  labelsAbove: boolean;
  categoryWidth: number;
  valueLabelWidth: number;
  fontPx: number;
  barGap: string;
  ticks: number[];
  /** The row field the value axis reads, where one bar draws one field. */
  valueKey?: string;
  formatTick: (value: number) => string;
  children: ReactNode;
}) {
  const palette = usePalette();
  const margin = useMemo(
    () => ({ top: 4, right: valueLabelWidth, bottom: 4, left: 0 }),
    [valueLabelWidth],
  );
  // The tick and tooltip renderers read the rows through a ref, so they stay the same functions
  // while a filter changes the rows: a new `tick` would make Recharts replace its axis in its
  // store, one more pass over every chart selector in the click. The rows always come with new
  // `data`, which redraws the ticks; the ref is current before that (the data reaches Recharts'
  // store in an effect, after this layout effect).
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  const data = useMemo(() => [...rows], [rows]);
  const renderTick = useCallback(
    (props: { x?: number | string; y?: number | string; index?: number }) => {
      const row = typeof props.index === 'number' ? rowsRef.current[props.index] : undefined;
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
    },
    [labelsAbove, categoryWidth, fontPx, palette],
  );
  const renderTooltip = useCallback(
    ({ active, label }: { active?: boolean; label?: string | number }) => {
      // The category axis is keyed by `key`, so the label names the hovered row.
      const row = active ? rowsRef.current.find((r) => r.key === label) : undefined;
      return row ? <TooltipBox {...row.tooltip} /> : null;
    },
    [],
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        margin={margin}
        // Above-bar labels take the band's top: the bar is placed under them by the shape.
        barCategoryGap={labelsAbove ? 0 : barGap}
      >
        <CartesianGrid horizontal={false} stroke={palette.grid} />
        <XAxis
          type="number"
          dataKey={valueKey}
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={formatTick}
          {...axisStyle(palette)}
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
          content={renderTooltip}
        />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
