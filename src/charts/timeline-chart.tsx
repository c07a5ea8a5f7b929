import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { timelineRows, todayRoom, type Row } from './timeline-layout';
import { TooltipBox, type TooltipContent } from './chart-tooltip';
import { usePalette } from './palette';
import './timeline-chart.css';

/**
 * A date on the time axis, in fractional years. `point` is a dated milestone (drawn as a
 * diamond in the middle of its period), `span` a phase that runs from start to end, and
 * `window` a phrase such as "the 2030s" that names a period rather than a date: it is
 * drawn hatched, so nobody reads it as a firm date.
 */
export type TimelineMark = { start: number; end: number; shape: 'point' | 'span' | 'window' };

export type TimelineEarlier = TimelineMark & { label: string };

export type TimelineDatum = {
  key: string;
  label: string;
  /** A group heading row (a programme): no marks, bold label. */
  header?: boolean;
  current: TimelineMark | null;
  /** The phase is still running: the bar fades out towards its open end. */
  openEnded?: boolean;
  /** Dates earlier plans gave for the same thing, oldest first; drawn as ghosts. */
  earlier: TimelineEarlier[];
  color: string;
  /** done/in progress are filled, planned is lighter, superseded is hollow and dashed. */
  style: 'done' | 'active' | 'planned' | 'superseded';
  uncertain?: boolean;
  tooltip: TooltipContent;
};

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: Row };

const safeId = (raw: string) => raw.replace(/[^a-zA-Z0-9_-]/g, '');

/**
 * A Gantt chart on a numeric year axis: one row per item, the current plan solid, every
 * earlier plan as a ghost mark with an arrow to where the date is now, and a labelled
 * "today" line. Rows are Recharts range bars ([start, end]); the bar's own geometry gives
 * the pixels per year, from which the ghosts are placed on the same scale.
 */
export function TimelineChart({
  data,
  domain,
  today,
  todayLabel,
  showEarlier,
  labelWidth,
  labelsAbove = false,
  bandHeight,
  formatYear,
}: {
  data: TimelineDatum[];
  domain: [number, number];
  today: number;
  todayLabel: string;
  showEarlier: boolean;
  /** Width of the label column; ignored when labels go above the bars. */
  labelWidth: number;
  /** Labels on their own lines above each bar, across the whole plot (for phones). */
  labelsAbove?: boolean;
  /** Height of one band (a label line, or a bar). */
  bandHeight: number;
  formatYear: (year: number) => string;
}) {
  const palette = usePalette();
  const hatchId = `hatch-${safeId(useId())}`;
  const fadeId = `fade-${safeId(useId())}`;
  const [min, max] = domain;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));

  // Recharts draws no ticks on a zero-wide axis; one pixel keeps the labels above the bars.
  const axisWidth = labelsAbove ? 1 : labelWidth;
  const rows = timelineRows(data, { domain, showEarlier, labelsAbove, labelWidth });
  const height = rows.length * bandHeight + 12;

  const ticks: number[] = [];
  // Every five years, or ten on a phone, where five-year labels would run into one another.
  const step = labelsAbove ? 10 : 5;
  for (let year = Math.ceil(min / step) * step; year <= max; year += step) ticks.push(year);

  const renderRow = (props: ShapeProps) => {
    const { x = 0, y = 0, width = 0, height: h = 0, payload } = props;
    if (!payload?.range || !payload.marks || width <= 0) return <g />;
    const [a, b] = payload.range;
    const perYear = width / (b - a);
    const px = (year: number) => x + (clamp(year) - a) * perYear;
    const mid = y + h / 2;
    const barH = Math.max(6, Math.min(14, h * 0.62));
    const stroke = payload.color;
    const filled = payload.style === 'done' || payload.style === 'active';
    const dashed = payload.style === 'superseded' || payload.uncertain ? '4 3' : undefined;
    const fillOpacity = payload.style === 'superseded' ? 0 : filled ? 1 : 0.45;

    const diamond = (cx: number, size: number, ghost: boolean) => (
      <path
        d={`M${cx} ${mid - size} L${cx + size} ${mid} L${cx} ${mid + size} L${cx - size} ${mid} Z`}
        fill={ghost ? palette.surface : stroke}
        fillOpacity={ghost ? 1 : fillOpacity === 0 ? 0 : Math.max(fillOpacity, 0.6)}
        stroke={ghost ? palette.muted : stroke}
        strokeWidth={1.5}
        strokeDasharray={ghost ? '2 2' : dashed}
      />
    );

    const drawMark = (mark: TimelineMark, ghost: boolean, key: string) => {
      const x1 = px(mark.start);
      const x2 = px(mark.end);
      if (mark.shape === 'point')
        return <g key={key}>{diamond((x1 + x2) / 2, ghost ? 4.5 : 6, ghost)}</g>;
      const top = ghost ? mid - barH / 4 : mid - barH / 2;
      const hh = ghost ? barH / 2 : barH;
      // The box every mark of a span fills: its rows of rectangles differ only in paint.
      const area = { x: x1, y: top, width: Math.max(2, x2 - x1), height: hh };
      if (ghost) {
        return (
          <rect key={key} {...area} fill="none" stroke={palette.muted} strokeDasharray="2 2" />
        );
      }
      if (mark.shape === 'window') {
        return (
          <g key={key}>
            <rect {...area} fill={stroke} fillOpacity={0.3} rx={2} />
            <rect {...area} fill={`url(#${hatchId})`} rx={2} />
            <rect {...area} fill="none" stroke={stroke} strokeDasharray="3 2" rx={2} />
          </g>
        );
      }
      return (
        <rect
          key={key}
          {...area}
          rx={2}
          fill={payload.openEnded ? `url(#${fadeId}-${safeId(payload.key)})` : stroke}
          fillOpacity={fillOpacity}
          stroke={stroke}
          // Planned bars are lighter; their outline keeps them at full contrast.
          strokeWidth={payload.style === 'superseded' || payload.style === 'planned' ? 1.5 : 0}
          strokeDasharray={dashed}
        />
      );
    };

    const current = payload.current;
    const last = payload.earlier[payload.earlier.length - 1];
    const from = last ? (px(last.start) + px(last.end)) / 2 : 0;
    const to = current ? (px(current.start) + px(current.end)) / 2 : 0;
    return (
      <g>
        {payload.openEnded && (
          <defs>
            <linearGradient id={`${fadeId}-${safeId(payload.key)}`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0%" stopColor={stroke} stopOpacity={1} />
              <stop offset="80%" stopColor={stroke} stopOpacity={0.85} />
              <stop offset="100%" stopColor={stroke} stopOpacity={0.15} />
            </linearGradient>
          </defs>
        )}
        {showEarlier && payload.earlier.map((mark, i) => drawMark(mark, true, `e${i}`))}
        {showEarlier && current && last && Math.abs(to - from) > 10 && (
          // The slip: from the latest earlier plan to the current one, in the warning colour and
          // thick enough to be seen at a glance (a delay is the point of this chart).
          <g stroke={palette.target} fill={palette.target}>
            <line x1={from} x2={to - Math.sign(to - from) * 10} y1={mid} y2={mid} strokeWidth={2} />
            <path
              d={`M${to - Math.sign(to - from) * 11} ${mid - 4.5} L${to - Math.sign(to - from) * 3} ${mid} L${to - Math.sign(to - from) * 11} ${mid + 4.5} Z`}
              stroke="none"
            />
          </g>
        )}
        {current && drawMark(current, false, 'c')}
      </g>
    );
  };

  const renderTick = (props: {
    x?: number | string;
    y?: number | string;
    payload?: { value?: unknown };
  }) => {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const row = rows.find((r) => r.band === props.payload?.value);
    if (!row || !row.line) return <g />;
    const left = labelsAbove || row.header;
    return (
      <g>
        {/* One title per row (on its first line), and on a cut last line, which must name
            the whole label too. */}
        {(row.lineIndex === 0 || row.line.endsWith('…')) && <title>{row.label}</title>}
        <text
          // Beside the bars: right-aligned against them, headings from the left edge. Above the
          // bars: from the plot's left edge (the axis is zero wide there).
          // (Above the bars the tick's x is off the one-pixel axis: the plot starts at axisWidth.)
          x={labelsAbove ? axisWidth + 2 : row.header ? x - axisWidth + 10 : x}
          // The two lines of one label sit closer than two rows do.
          y={y + (row.lineCount === 2 && !labelsAbove ? (row.lineIndex === 0 ? 2 : -2) : 0)}
          textAnchor={left ? 'start' : 'end'}
          dominantBaseline="central"
          fontSize={row.header ? 12.5 : 12}
          fontWeight={row.header ? 700 : 400}
          fill={row.header ? palette.text : palette.muted}
          // Above the bars a label may cross the grid and the today line: a halo keeps it legible.
          stroke={labelsAbove ? palette.surface : undefined}
          strokeWidth={labelsAbove ? 3 : undefined}
          paintOrder="stroke"
        >
          {row.line}
        </text>
      </g>
    );
  };

  // The year axis sits above the plot in HTML, sticky under the app header, so the years stay in
  // view while a long roadmap scrolls by; tick positions are percentages of the plot's width.
  const plotLeft = axisWidth;
  const plotRight = 12;

  return (
    <>
      <svg
        width="0"
        height="0"
        aria-hidden="true"
        focusable="false"
        style={{ position: 'absolute' }}
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              stroke={palette.surface}
              strokeWidth="2.5"
              strokeOpacity="0.75"
            />
          </pattern>
        </defs>
      </svg>
      <div
        className="timeline-axis"
        data-sticks-under-header=""
        aria-hidden="true"
        style={{ paddingLeft: plotLeft, paddingRight: plotRight }}
      >
        <div className="timeline-axis__scale">
          {ticks.map((year) => (
            <span
              key={year}
              className={`timeline-axis__tick${year === min ? ' timeline-axis__tick--start' : year === max ? ' timeline-axis__tick--end' : ''}`}
              style={{ left: `${((year - min) / (max - min)) * 100}%` }}
            >
              {formatYear(year)}
            </span>
          ))}
        </div>
      </div>
      <ResponsiveContainer width="100%" height={height + todayRoom}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: todayRoom, right: plotRight, bottom: 4, left: 0 }}
          barCategoryGap={labelsAbove ? 0 : 2}
        >
          <CartesianGrid horizontal={false} stroke={palette.grid} strokeDasharray="2 4" />
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            orientation="top"
            hide
          />
          <YAxis
            type="category"
            dataKey="band"
            width={axisWidth}
            tick={renderTick}
            tickLine={false}
            axisLine={{ stroke: palette.grid }}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: palette.grid, fillOpacity: 0.3 }}
            isAnimationActive={false}
            content={({ active, label }) => {
              const row = active ? rows.find((r) => r.band === label) : undefined;
              return row && !row.header ? <TooltipBox {...row.tooltip} /> : null;
            }}
          />
          <ReferenceLine
            x={today}
            stroke={palette.today}
            strokeWidth={1.5}
            strokeDasharray="5 3"
            label={{
              value: todayLabel,
              position: 'top',
              fill: palette.today,
              fontSize: 12,
              fontWeight: 600,
              offset: 6,
            }}
          />
          <Bar dataKey="range" shape={renderRow} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
