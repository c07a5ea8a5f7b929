// Apart from the chart, so a card can choose its bars without loading Recharts.

/**
 * The `max` rows with the largest size (unknown sizes count as smallest), in their given order,
 * and the rest, also in order. A chart with more categories than bars that stay readable draws
 * `kept` and sums `rest` in one bar.
 */
export function keepLargest<T>(
  rows: readonly T[],
  max: number,
  size: (row: T) => number | null,
): { kept: T[]; rest: T[] } {
  if (rows.length <= max) return { kept: [...rows], rest: [] };
  const ranked = rows
    .map((row, index) => ({ index, size: size(row) ?? -Infinity }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
  const keep = new Set(ranked.slice(0, Math.max(0, max)).map((r) => r.index));
  return {
    kept: rows.filter((_, index) => keep.has(index)),
    rest: rows.filter((_, index) => !keep.has(index)),
  };
}
