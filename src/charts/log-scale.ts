// Apart from the chart, so a card can lay out its axis without loading Recharts.

/** Round out to whole decades, so a log axis has readable 1-2-5 or 10× ticks. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [0.1, 10];
  // Padded, so a point just above a decade (0.0105) does not sit on the axis line.
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive) * 0.8));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive) * 1.05));
  return [lo, hi > lo ? hi : lo * 10];
}

/** Powers of ten inside the domain, the ticks of a log axis. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); 10 ** e <= hi * 1.0001; e += 1) {
    const v = Number((10 ** e).toPrecision(6));
    if (v >= lo * 0.9999) ticks.push(v);
  }
  return ticks;
}
