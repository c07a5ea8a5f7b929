import type { LabelPosition } from 'recharts';
import type { Palette } from './palette';

/** How every chart's axes look: lines in the grid colour, ticks muted at 12 px. */
export function axisStyle(palette: Palette) {
  return { stroke: palette.grid, tick: { fill: palette.muted, fontSize: 12 } };
}

/**
 * A numeric axis over a domain the chart fixes: marks outside it are clipped rather than
 * stretching the axis, so a filter or a slide never rescales the chart under the reader.
 */
export function numberAxis(
  palette: Palette,
  domain: [number, number],
  ticks: number[] | undefined,
  format: (value: number) => string,
) {
  return {
    type: 'number' as const,
    domain,
    ticks,
    tickFormatter: format,
    allowDataOverflow: true,
    ...axisStyle(palette),
  };
}

/** A reference mark's label (a target, a goal, a band): its words at `position`, in `fill`, at the ticks' 12 px. */
export function markLabel(value: string, position: LabelPosition, fill: string) {
  return { value, position, fill, fontSize: 12 };
}

/** A target across the plot (the 10 GW goal): a dashed line in the target colour, labelled at `position`. */
export function targetLine(
  palette: Palette,
  target: { y: number; label: string },
  position: LabelPosition,
) {
  return {
    y: target.y,
    stroke: palette.target,
    strokeDasharray: '6 4',
    label: markLabel(target.label, position, palette.target),
  };
}

/**
 * `numberAxis` for an x axis, 6 px between the axis and its labels (Recharts' default is 2):
 * the first year label then clears the lowest value label in the corner on a phone, where the
 * two come within a pixel.
 */
export function xNumberAxis(...args: Parameters<typeof numberAxis>) {
  return { ...numberAxis(...args), tickMargin: 6 };
}
