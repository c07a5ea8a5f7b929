import type { LocalizedText, Source } from './common-schema';
import type {
  AlternativeCapacity,
  CapacityAnnouncement,
  CapacityObservation,
  Conflict,
  FigureQualifier,
  FinancingKind,
  PartnerId,
  PowerItem,
  Site,
  SiteFinancing,
  SiteRegion,
  StargateDocument,
  StargateEvent,
  TargetHorizon,
} from './stargate-schema';
import { siteStatuses, type SiteStatus } from './vocabulary';
import { isUncertain, sourcesById } from './sources-derive';

/*
 * Plain functions over a parsed Stargate document, shaped for the views. No rounding up,
 * no filling gaps: a null capacity stays null so a chart can say "not disclosed".
 */

type Lang = keyof LocalizedText;

/** Sums of GW figures accumulate float noise (1.2 + 1.4 …); a megawatt is the finest unit any source gives. */
function roundGw(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** `2026` sorts before `2026-04`, which sorts before `2026-04-29`: plain string order is date order here. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

// ---------------------------------------------------------------- capacity by site

export type CapacityFilters = {
  partner?: readonly string[];
  status?: readonly string[];
  country?: readonly string[];
};
export type CapacitySort = 'capacity' | 'name' | 'status' | 'announced';

export type CapacityRow = {
  siteId: string;
  name: LocalizedText;
  codename: string | null;
  /** Null where the site discloses none: shown as "not disclosed", never as 0. */
  capacityGw: number | null;
  capacityQualifier: FigureQualifier | null;
  alternatives: AlternativeCapacity[];
  status: SiteStatus;
  leadPartner: PartnerId;
  country: string;
  region: SiteRegion;
  announced: string;
  uncertain: boolean;
};

const statusRank = new Map(siteStatuses.map((s, i) => [s, i]));

function toRow(site: Site, sources: ReadonlyMap<string, Source>): CapacityRow {
  return {
    siteId: site.id,
    name: site.name,
    codename: site.codename,
    capacityGw: site.capacityGw,
    capacityQualifier: site.capacityQualifier,
    alternatives: site.alternativeCapacities,
    status: site.status,
    leadPartner: site.leadPartner,
    country: site.country,
    region: site.region,
    announced: site.announced,
    uncertain: isUncertain(
      { uncertain: site.uncertain, sourceIds: site.capacitySourceIds ?? site.sourceIds },
      sources,
    ),
  };
}

/** An empty or missing filter list means "no filter" (what an absent URL parameter gives). */
function passes(value: string, allowed: readonly string[] | undefined): boolean {
  return !allowed || allowed.length === 0 || allowed.includes(value);
}

export function capacityBySite(
  doc: StargateDocument,
  filters: CapacityFilters = {},
  sort: CapacitySort = 'capacity',
  lang: Lang = 'en',
): CapacityRow[] {
  const sources = sourcesById(doc);
  const byName = (a: CapacityRow, b: CapacityRow) => a.name[lang].localeCompare(b.name[lang], lang);
  // Undisclosed capacities go last whatever the direction: they are unknown, not small.
  const byCapacity = (a: CapacityRow, b: CapacityRow) =>
    (b.capacityGw ?? -Infinity) - (a.capacityGw ?? -Infinity) || byName(a, b);
  const compare: Record<CapacitySort, (a: CapacityRow, b: CapacityRow) => number> = {
    capacity: byCapacity,
    name: byName,
    status: (a, b) =>
      (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0) || byCapacity(a, b),
    announced: (a, b) => compareDates(a.announced, b.announced) || byName(a, b),
  };
  return doc.sites
    .filter(
      (s) =>
        passes(s.leadPartner, filters.partner) &&
        passes(s.status, filters.status) &&
        passes(s.country, filters.country),
    )
    .map((s) => toRow(s, sources))
    .sort(compare[sort]);
}

// ---------------------------------------------------------------- totals

export type CapacityTotal<K extends string> = {
  key: K;
  /**
   * Sum of headline figures. Many are "more than" or "nearly", and undisclosed sites add
   * nothing, so this is an indicative sum (for "more than" figures, a lower bound), not a
   * measured total. `qualifiers` lists what went in so the view can say so.
   */
  capacityGw: number;
  siteCount: number;
  undisclosedCount: number;
  qualifiers: FigureQualifier[];
};

function totalsBy<K extends string>(
  rows: readonly CapacityRow[],
  keyOf: (row: CapacityRow) => K,
  order: readonly K[],
) {
  const totals = new Map<K, CapacityTotal<K>>();
  for (const row of rows) {
    const key = keyOf(row);
    const total = totals.get(key) ?? {
      key,
      capacityGw: 0,
      siteCount: 0,
      undisclosedCount: 0,
      qualifiers: [],
    };
    total.siteCount += 1;
    if (row.capacityGw === null) total.undisclosedCount += 1;
    else total.capacityGw = roundGw(total.capacityGw + row.capacityGw);
    if (row.capacityQualifier && !total.qualifiers.includes(row.capacityQualifier))
      total.qualifiers.push(row.capacityQualifier);
    totals.set(key, total);
  }
  const rank = (key: K) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...totals.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

/** Headline GW per status, in the status enum's order. Takes rows so the capacity filters apply. */
export function totalsByStatus(rows: readonly CapacityRow[]): CapacityTotal<SiteStatus>[] {
  return totalsBy(rows, (r) => r.status, siteStatuses);
}

/**
 * Headline GW per lead partner. Cancelled sites are left out: a dropped 600 MW is not
 * capacity anyone leads. Ordered by total, largest first.
 */
export function totalsByPartner(rows: readonly CapacityRow[]): CapacityTotal<PartnerId>[] {
  return totalsBy(
    rows.filter((r) => r.status !== 'cancelled'),
    (r) => r.leadPartner,
    [],
  ).sort((a, b) => b.capacityGw - a.capacityGw || a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------- growth over time

/** What the growth chart reads of an announcement: the figures, its label, and whether it is uncertain. */
const growthPointKeys = [
  'id',
  'date',
  'kind',
  'capacityGw',
  'qualifier',
  'targetGw',
  'investmentUsdBn',
  'investmentQualifier',
  'label',
] as const;
/** An announced programme total; `capacityGw` is null at the launch, which set only a target. */
export type GrowthPoint = Pick<CapacityAnnouncement, (typeof growthPointKeys)[number]> & {
  uncertain: boolean;
};

const observedPointKeys = [
  'id',
  'siteId',
  'date',
  'dateNote',
  'capacityGw',
  'measure',
  'measureInferred',
  'label',
] as const;
export type ObservedPoint = Pick<CapacityObservation, (typeof observedPointKeys)[number]> & {
  uncertain: boolean;
};

/** The fields `keys` of each fact, with `uncertain` by the usual rule, in date order. */
function datedFacts<
  T extends { date: string | null; sourceIds: string[]; uncertain: boolean },
  K extends keyof T,
>(
  facts: readonly T[],
  keys: readonly K[],
  sources: ReadonlyMap<string, Source>,
): (Pick<T, K> & { uncertain: boolean })[] {
  return [...facts]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((fact) => ({
      ...(Object.fromEntries(keys.map((key) => [key, fact[key]])) as Pick<T, K>),
      uncertain: isUncertain(fact, sources),
    }));
}

export type GrowthSeries = {
  /** Announced programme totals, oldest first. */
  points: GrowthPoint[];
  /** The capacity target line, with every deadline a source attached to it. */
  target: { capacityGw: number; label: LocalizedText; horizons: TargetHorizon[] } | null;
  /** Capacity reported as actually running; undated snapshots last. Not comparable with `points`. */
  observed: ObservedPoint[];
};

export function growthSeries(doc: StargateDocument): GrowthSeries {
  const sources = sourcesById(doc);
  const points = datedFacts(doc.capacityTimeline.announcements, growthPointKeys, sources);
  const observed = datedFacts(doc.capacityTimeline.observed, observedPointKeys, sources);
  const capacityTarget = doc.targets.find((t) => t.metric === 'capacity' && t.capacityGw !== null);
  const target =
    capacityTarget && capacityTarget.capacityGw !== null
      ? {
          capacityGw: capacityTarget.capacityGw,
          label: capacityTarget.label,
          horizons: capacityTarget.horizons,
        }
      : null;
  return { points, target, observed };
}

// ---------------------------------------------------------------- investment

export type InvestmentRow = {
  id: string;
  /** Groups are not additive: a bond ceiling, a pledge and a loan measure different things. */
  group: 'commitment' | 'equity' | 'site-financing';
  label: LocalizedText;
  partnerId: PartnerId | null;
  siteId: string | null;
  kind: FinancingKind | 'pledge' | 'immediate' | 'equity';
  /** Low and high ends; equal unless sources conflict ($18B vs $19B) or give a range. */
  lowUsdBn: number | null;
  highUsdBn: number | null;
  qualifier: FigureQualifier;
  sharePct: number | null;
  uncertain: boolean;
  sourceIds: string[];
};

export function investmentBreakdown(doc: StargateDocument): InvestmentRow[] {
  const sources = sourcesById(doc);
  const partnerNames = new Map(doc.partners.map((p) => [p.id, p.name]));
  const commitments = doc.investment.commitments.map((c): InvestmentRow => ({
    id: c.id,
    group: 'commitment',
    label: c.label,
    partnerId: null,
    siteId: null,
    kind: c.kind,
    lowUsdBn: c.amountUsdBn,
    highUsdBn: c.amountUsdBn,
    qualifier: c.qualifier,
    sharePct: null,
    uncertain: isUncertain(c, sources),
    sourceIds: c.sourceIds,
  }));
  const equity = doc.investment.equity.map((e): InvestmentRow => {
    const amounts = [e.amountUsdBn, ...e.alternatives.map((a) => a.amountUsdBn)].filter(
      (v) => v !== null,
    );
    const sourceIds = [...new Set([...e.sourceIds, ...e.alternatives.flatMap((a) => a.sourceIds)])];
    return {
      id: e.id,
      group: 'equity',
      label: partnerNames.get(e.partnerId) ?? { en: e.partnerId, ko: e.partnerId },
      partnerId: e.partnerId,
      siteId: null,
      kind: 'equity',
      lowUsdBn: amounts.length ? Math.min(...amounts) : null,
      highUsdBn: amounts.length ? Math.max(...amounts) : null,
      qualifier: e.qualifier,
      sharePct: e.sharePct,
      uncertain: isUncertain({ uncertain: e.uncertain, sourceIds }, sources),
      sourceIds,
    };
  });
  const financing = doc.investment.siteFinancing.map((f: SiteFinancing): InvestmentRow => ({
    id: f.id,
    group: 'site-financing',
    label: f.label,
    partnerId: null,
    siteId: f.siteId,
    kind: f.kind,
    lowUsdBn: f.amountUsdBn,
    highUsdBn: f.amountMaxUsdBn ?? f.amountUsdBn,
    qualifier: f.qualifier,
    sharePct: null,
    uncertain: isUncertain(f, sources),
    sourceIds: f.sourceIds,
  }));
  return [...commitments, ...equity, ...financing];
}

// ---------------------------------------------------------------- filters and one site

export type FilterOptions = { partners: PartnerId[]; statuses: SiteStatus[]; countries: string[] };

/** The values present in the data, in a stable order: partners as listed, statuses in enum order, countries as first met. */
export function filterOptions(doc: StargateDocument): FilterOptions {
  const leads = new Set(doc.sites.map((s) => s.leadPartner));
  const statuses = new Set(doc.sites.map((s) => s.status));
  return {
    partners: doc.partners.map((p) => p.id).filter((id) => leads.has(id)),
    statuses: siteStatuses.filter((s) => statuses.has(s)),
    countries: [...new Set(doc.sites.map((s) => s.country))],
  };
}

export type SiteDetail = {
  site: Site;
  events: StargateEvent[];
  financing: SiteFinancing[];
  observed: ObservedPoint[];
  power: PowerItem[];
  conflicts: Conflict[];
};

/** Everything the data says about one site, for /stargate/sites/:siteId; undefined for an unknown id. */
export function siteDetail(doc: StargateDocument, siteId: string): SiteDetail | undefined {
  const site = doc.sites.find((s) => s.id === siteId);
  if (!site) return undefined;
  return {
    site,
    events: doc.events
      .filter((e) => e.siteIds.includes(siteId))
      .sort((a, b) => compareDates(a.date, b.date)),
    financing: doc.investment.siteFinancing.filter((f) => f.siteId === siteId),
    observed: growthSeries(doc).observed.filter((o) => o.siteId === siteId),
    power: doc.power.filter((p) => p.siteId === siteId),
    conflicts: doc.conflicts.filter((c) => c.siteIds.includes(siteId)),
  };
}
