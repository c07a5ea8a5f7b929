import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { AboveBarLabel, aboveBarBox, labelWidth12, SideCategoryTick } from './category-label';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
import { usePalette } from './palette';
import './category-bars.css';

/*
 * The horizontal category-bar charts (site capacity, investment ranges): one row per category,
 * its label beside the bar (or above it, on a phone), the value at the bar's end, a value axis
 * below and the row's tooltip. Drawn as plain SVG rather than through Recharts: a filter click
 * redraws the chart in its own event, and Recharts' store takes several passes over every
 * selector to move a few bars (the click cost three times as long). Each chart keeps only the
 * shapes of its bars.
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

/** Where a row's bar goes: its box across the band, and the value axis as pixels. */
export type BarBox<R> = {
  row: R;
  index: number;
  y: number;
  height: number;
  /** The x of a value on the value axis. */
  x: (value: number) => number;
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

/** Room under the plot for the value axis: its line, 6 px ticks and their labels. */
const axisHeight = 30;
const margin = { top: 4, bottom: 4 };

/**
 * The value axis' labels that fit: each centred under its tick but moved in where it would
 * cross the chart's edge, and kept from the last one back only while it clears the one kept
 * after it by 6 px (long labels, in Korean on a phone, skip every other tick).
 */
export function fitTicks(
  ticks: readonly number[],
  x: (value: number) => number,
  width: number,
  format: (value: number) => string,
): { value: number; at: number; label: string }[] {
  const kept: { value: number; at: number; label: string }[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const value = ticks[i] ?? 0;
    const label = format(value);
    const half = labelWidth12(label) / 2;
    const at = Math.min(Math.max(x(value), half), width - half);
    if (at + half + 6 > limit) continue;
    kept.unshift({ value, at, label });
    limit = at - half;
  }
  return kept;
}

/** The width of the element `ref` points at, followed as it changes (0 until measured). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    // The layout width, which a scaled slide does not change (a bounding box would).
    setWidth(node.clientWidth || node.getBoundingClientRect().width);
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, Math.floor(width)] as const;
}

/** The row under the reader's pointer or keyboard, and where its tooltip goes. */
type Active = { index: number; x: number; y: number };

/**
 * A horizontal category-bar chart: the value axis below, the categories at the left (or their
 * labels above the bars), each row's value at its end, and the row tooltip (pointer, or arrow
 * keys once the chart has focus). `bar` draws a row's bar in the box it is given.
 */
export function CategoryBarFrame<R extends CategoryRow>({
  rows,
  height,
  labelsAbove = false,
  categoryWidth = 150,
  valueLabelWidth = 96,
  fontPx,
  barGap,
  ticks,
  formatTick,
  bar,
  valueEnd,
  italic,
}: Omit<CategoryBarLayout, 'height'> & {
  rows: readonly R[];
  height: number;
  fontPx: number;
  /** The gap each side of a bar, as a share of its band. */
  barGap: number;
  ticks: number[];
  /** Draws a row's bar. */
  bar: (box: BarBox<R>) => ReactNode;
  /** The value the row's end label sits after; null draws none. */
  valueEnd: (row: R) => number | null;
  /** End labels in italics (figures that are not like their neighbours). */
  italic?: (row: R) => boolean;
}) {
  const palette = usePalette();
  const [ref, width] = useWidth();
  const [active, setActive] = useState<Active | null>(null);

  const left = labelsAbove ? 1 : categoryWidth;
  const plotWidth = Math.max(0, width - left - valueLabelWidth);
  const top = margin.top;
  const bottom = height - margin.bottom - axisHeight;
  const band = rows.length > 0 ? (bottom - top) / rows.length : 0;
  const axisMax = ticks.at(-1) ?? 1;
  const x = useMemo(
    () => (value: number) => left + (Math.max(0, value) / axisMax) * plotWidth,
    [left, axisMax, plotWidth],
  );
  // Above-bar labels take the band's top: the bar goes under them.
  const gap = labelsAbove ? 0 : band * barGap;
  const boxes = rows.map((row, index) => {
    const y = top + index * band;
    const label = labelsAbove ? aboveBarBox(labelOf(row), { y, height: band }) : null;
    return {
      row,
      index,
      band: y,
      label,
      y: label ? label.barY : y + gap,
      height: label ? label.barHeight : band - 2 * gap,
    };
  });

  const rowAt = (offsetY: number) =>
    band > 0 && offsetY >= top && offsetY < bottom
      ? Math.min(rows.length - 1, Math.floor((offsetY - top) / band))
      : -1;
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    const px = (event.clientX - box.left) * scale;
    const py = (event.clientY - box.top) * scale;
    const index = rowAt(py);
    setActive(index < 0 ? null : { index, x: px, y: py });
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (event.key === 'Escape') return setActive(null);
    if (!step || rows.length === 0) return;
    event.preventDefault();
    const index = active
      ? Math.min(rows.length - 1, Math.max(0, active.index + step))
      : step > 0
        ? 0
        : rows.length - 1;
    const box = boxes[index];
    if (!box) return;
    const end = valueEnd(box.row);
    setActive({ index, x: end === null ? left : x(end), y: box.y + box.height / 2 });
  };
  const shown = active && active.index < rows.length ? active : null;
  const tip = shown ? rows[shown.index]?.tooltip : undefined;

  return (
    <div ref={ref} className="category-bars" style={{ height }}>
      {width > 0 && (
        <svg
          className="chart-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="application"
          tabIndex={0}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          {shown && (
            <rect
              x={left}
              y={top + shown.index * band}
              width={plotWidth}
              height={band}
              fill={palette.grid}
              fillOpacity={0.35}
            />
          )}
          <g>
            {ticks.map((t) => (
              <line key={t} x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={palette.grid} />
            ))}
          </g>
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={palette.grid} />
          <g>
            <line x1={left} x2={left + plotWidth} y1={bottom} y2={bottom} stroke={palette.grid} />
            {ticks.map((t) => (
              <line key={t} x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} stroke={palette.grid} />
            ))}
            {fitTicks(ticks, x, width, formatTick).map((tick) => (
              <text
                key={tick.value}
                x={tick.at}
                y={bottom + 8}
                dy="0.71em"
                textAnchor="middle"
                fontSize={12}
                fill={palette.muted}
              >
                {tick.label}
              </text>
            ))}
          </g>
          {boxes.map((box) => {
            const end = valueEnd(box.row);
            return (
              <g key={box.row.key}>
                {box.label ? (
                  <AboveBarLabel x={0} y={box.band} lines={box.label.lines} fill={palette.text} />
                ) : (
                  <SideCategoryTick
                    x={left - 8}
                    y={box.band + band / 2}
                    label={box.row.label}
                    sublabel={box.row.sublabel}
                    width={categoryWidth}
                    fontPx={fontPx}
                    text={palette.text}
                    muted={palette.muted}
                  />
                )}
                {bar({ row: box.row, index: box.index, y: box.y, height: box.height, x })}
                {end !== null && (
                  <text
                    x={x(end) + 6}
                    y={box.y + box.height / 2}
                    dominantBaseline="central"
                    fontSize={12}
                    fontWeight={600}
                    fill={palette.text}
                    fontStyle={italic?.(box.row) ? 'italic' : undefined}
                  >
                    {box.row.valueLabel}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
      {shown && tip && (
        <div
          className="category-bars__tooltip"
          style={{
            left: shown.x < width / 2 ? shown.x + 14 : undefined,
            right: shown.x < width / 2 ? undefined : width - shown.x + 14,
            top: shown.y < height / 2 ? shown.y + 14 : undefined,
            bottom: shown.y < height / 2 ? undefined : height - shown.y + 14,
          }}
        >
          <TooltipBox {...tip} />
        </div>
      )}
    </div>
  );
}
