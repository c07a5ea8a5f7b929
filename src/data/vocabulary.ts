/*
 * The data files' fixed vocabularies and the date arithmetic their checks share, without the
 * schemas: views use these to list statuses, kinds and metrics and to place dates, and must not
 * pull zod and the schemas onto the main thread for that (the files are checked in a worker).
 * The schemas build their enums from the same lists, so the two cannot drift apart.
 */

export const siteStatuses = [
  'operating',
  'partly-operating',
  'under-construction',
  'planned',
  'letter-of-intent',
  'cancelled',
] as const;
export type SiteStatus = (typeof siteStatuses)[number];

export const powerTopics = [
  'comparison',
  'on-site-generation',
  'grid',
  'cooling',
  'water',
  'emissions',
  'regulation',
  'reliability',
  'correction',
] as const;

export const programmeKinds = ['experiment', 'demo', 'pilot', 'commercial', 'developer'] as const;

export const fusionMetrics = [
  'q-physics',
  'target-gain',
  'facility-gain',
  'fusion-power',
  'fusion-energy',
  'heating-power',
  'net-electric-power',
  'pulse-duration',
  'h-mode-duration',
  'temperature-hold',
  'triple-product-duration',
  'ion-temperature',
  'magnetic-field',
  'first-plasma',
] as const;
export type FusionMetric = (typeof fusionMetrics)[number];

export const metricUnits = ['ratio', 'MW', 'MJ', 's', 'million-celsius', 'T'] as const;
export type MetricUnit = (typeof metricUnits)[number];

/** The one unit each metric is stored in; `first-plasma` is an event without a value. */
export const unitOfMetric: Record<FusionMetric, MetricUnit | null> = {
  'q-physics': 'ratio',
  'target-gain': 'ratio',
  'facility-gain': 'ratio',
  'fusion-power': 'MW',
  'fusion-energy': 'MJ',
  'heating-power': 'MW',
  'net-electric-power': 'MW',
  'pulse-duration': 's',
  'h-mode-duration': 's',
  /** Seconds an ion temperature of about 100 million °C was held. */
  'temperature-hold': 's',
  /** Seconds a record triple product was held. */
  'triple-product-duration': 's',
  'ion-temperature': 'million-celsius',
  'magnetic-field': 'T',
  'first-plasma': null,
};

/** The fractional-year interval an ISO date covers: `2025` → [2025, 2026); `2025-12` → [2025.92, 2026). */
export function isoDateSpan(value: string): { start: number; end: number } {
  const [y = Number.NaN, m, d] = value.split('-').map(Number);
  const fraction = (ms: number) => {
    const whole = new Date(ms).getUTCFullYear();
    const from = Date.UTC(whole, 0, 1);
    return whole + (ms - from) / (Date.UTC(whole + 1, 0, 1) - from);
  };
  if (m === undefined) return { start: y, end: y + 1 };
  if (d === undefined)
    return { start: fraction(Date.UTC(y, m - 1, 1)), end: fraction(Date.UTC(y, m, 1)) };
  return { start: fraction(Date.UTC(y, m - 1, d)), end: fraction(Date.UTC(y, m - 1, d + 1)) };
}

/** A point in time as the fusion file states it: an ISO date or a year window. */
type TimePointLike = { date?: string; earliestYear?: number; latestYear?: number };

/** The fractional-year interval a time point covers; a window `2030–2033` is [2030, 2034). */
export function timePointSpan(point: TimePointLike): { start: number; end: number } {
  if (point.date !== undefined) return isoDateSpan(point.date);
  return { start: point.earliestYear ?? Number.NaN, end: (point.latestYear ?? Number.NaN) + 1 };
}
