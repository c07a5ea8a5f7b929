import { z } from 'zod';
import {
  checkRange,
  documentHeader,
  id,
  isAfterDate,
  isoDate,
  localizedText,
  plausible,
  ranges,
  notAfterAsOf,
  sourceIds,
  withDocumentRules,
  type Issue,
  type PlausibleRange,
} from './common-schema';
import { powerTopics, siteStatuses } from './vocabulary';

/*
 * The Stargate data file (public/data/stargate.json). Every figure comes from the
 * sources it names; a gap is `null` plus a note,
 * never 0. Source grades (A/B/C) follow the grading rule; where none is given, the page is
 * graded by its kind (trade press → B; aggregator or wiki → C, noted in its `note`). "Uncertain" is stored where the sources flag a figure; the UI also derives it
 * from all-C sources (see isUncertain in stargate-derive.ts), so both must be checked.
 *
 * Piketon, Ohio (SB Energy's 10 GW campus, March 2026) is deliberately NOT in `sites`:
 * only C-grade pages call it Stargate, and a 10 GW bar beside the real
 * sites would read as a confirmed site and swamp every total. It appears as an
 * `uncertain` event and a conflict note instead.
 */

/** Every fact names its sources and says whether they leave it uncertain (see isUncertain). */
const sourced = { sourceIds, uncertain: z.boolean() };

/** How a source words a figure: "nearly 7 GW" is not "7 GW". `exact` = stated as a plain number. */
export const figureQualifier = z.enum([
  'exact',
  'about',
  'nearly',
  'more-than',
  'at-least',
  'up-to',
]);
export type FigureQualifier = z.infer<typeof figureQualifier>;

/**
 * `letter-of-intent` is kept apart from `planned`: a non-binding LOI (Argentina, Korea) is
 * weaker than a site with a named developer and a start date.
 */
export const siteStatus = z.enum(siteStatuses);

/**
 * Organisations that lead a site or fund the programme. `samsung-sk` is one value because
 * the Korean letters of intent were signed jointly and the sources name no single lead.
 */
export const partnerId = z.enum([
  'openai',
  'oracle',
  'softbank',
  'mgx',
  'arm',
  'microsoft',
  'nvidia',
  'g42',
  'nscale',
  'sur-energy',
  'samsung-sk',
]);
export type PartnerId = z.infer<typeof partnerId>;

export const partnerKind = z.enum(['equity', 'technology', 'site-partner']);
export type PartnerKind = z.infer<typeof partnerKind>;

export const siteRegion = z.enum(['us', 'international']);
export type SiteRegion = z.infer<typeof siteRegion>;

export const powerKind = z.enum([
  'grid',
  'gas',
  'fuel-cell',
  'renewable',
  'hydro',
  'solar',
  'nuclear',
  'battery',
  'undisclosed',
]);
export type PowerKind = z.infer<typeof powerKind>;

/**
 * What a GW figure measures. Facility power is typically ~1.3 × IT power (Epoch), and
 * permitted generation or a grid request is larger again, so these must not be mixed.
 */
export const capacityMeasure = z.enum([
  'facility',
  'it',
  'generation',
  'grid-connection',
  'unspecified',
]);
export type CapacityMeasure = z.infer<typeof capacityMeasure>;

export const financingKind = z.enum([
  'capex',
  'debt',
  'debt-and-equity',
  'chips',
  'bond-ceiling',
  'purchase',
  'commitment',
  'estimate',
  'grid-upgrade',
  'aspirational',
]);
export type FinancingKind = z.infer<typeof financingKind>;

export const costBasis = z.enum(['facility', 'it', 'unspecified']);
export type CostBasis = z.infer<typeof costBasis>;

/** What an announced programme total claims: "under development" and "secured" are not "operating". */
export const announcementKind = z.enum(['launch', 'under-development', 'planned', 'secured']);
export type AnnouncementKind = z.infer<typeof announcementKind>;

export const powerTopic = z.enum(powerTopics);
export type PowerTopic = z.infer<typeof powerTopic>;

export const powerUnit = z.enum([
  'GW',
  'MW',
  'us-homes',
  'reactors',
  'percent',
  'gallons-per-year-per-building',
  'mt-co2e-per-year',
]);
export type PowerUnit = z.infer<typeof powerUnit>;

export const targetMetric = z.enum(['capacity', 'investment']);
export const commitmentKind = z.enum(['pledge', 'immediate']);
export const programmeItemKind = z.enum([
  'contract',
  'supplier-investment',
  'subsidiary-investment',
  'capital-raised',
]);
export const amountPeriod = z.enum(['total', 'per-year']);

// ---------------------------------------------------------------- plausible ranges

/*
 * How large a Stargate figure can plausibly be (see PlausibleRange in common-schema.ts). Each
 * bound leaves ten times or more above the largest value in the sources; `why` is printed with
 * a value that falls outside.
 */

/**
 * One site, phase or observation. The largest Stargate site figure in the sources is 3.5 GW
 * (Port Washington at full build-out, its utility's CEO); the largest campus any source names
 * is SB Energy's 10 GW at Piketon, Ohio. 100 GW is ten times that.
 */
const siteGw = plausible({
  min: 0,
  max: 100,
  unit: 'GW',
  why: 'one site; the largest campus in the sources is 10 GW (Piketon, Ohio)',
});

/** The programme, a deal or a target: the target is 10 GW; 1,000 GW is a hundred times it. */
const programmeGw = plausible({
  min: 0,
  max: 1000,
  unit: 'GW',
  why: "a programme total; Stargate's target is 10 GW",
});

const usdBn = plausible(ranges.usdBn);

/** Cost of a gigawatt: the estimates in the sources run from $3B to $100B per GW. */
const usdBnPerGw = plausible({
  min: 0,
  max: 1000,
  unit: 'US$ bn per GW',
  why: 'the estimates in the data run from $3B to $100B per GW',
});

/**
 * The power and environment figures, by the unit they are stated in. Each bound is far above
 * the largest value of that unit in the sources, named in `why`.
 */
const powerRanges: Record<z.infer<typeof powerUnit>, PlausibleRange> = {
  /** Grid-scale comparisons: ERCOT's peak-demand forecast of 150 GW is the largest. */
  GW: {
    min: 0,
    max: 10_000,
    unit: 'GW',
    why: "the largest is ERCOT's 150 GW peak-demand forecast",
  },
  /** On-site plants and loads: Doña Ana's 2,462 MW of fuel cells is the largest. */
  MW: { min: 0, max: 100_000, unit: 'MW', why: "the largest is Doña Ana's 2,462 MW of fuel cells" },
  /** "10 GW ≈ 8 million US homes"; there are not a billion US homes. */
  'us-homes': {
    min: 0,
    max: 1e9,
    unit: 'US homes',
    why: 'the largest is 8 million homes for 10 GW',
  },
  /** "10 GW ≈ 10 reactors" at about 1 GW each. */
  reactors: { min: 0, max: 10_000, unit: 'reactors', why: 'the largest is 10 reactors for 10 GW' },
  percent: ranges.percent,
  /** Abilene's 12,000 gallons a year per building; the "463 million gallons" was a misreading. */
  'gallons-per-year-per-building': {
    min: 0,
    max: 1e10,
    unit: 'gallons a year per building',
    why: 'the data has 12,000 gallons a year per building (Abilene)',
  },
  /** Doña Ana's gas microgrids: about 14 Mt CO2e a year. */
  'mt-co2e-per-year': {
    min: 0,
    max: 10_000,
    unit: 'Mt CO2e a year',
    why: "the largest is Doña Ana's 14 Mt a year from gas microgrids",
  },
};

// ---------------------------------------------------------------- sites

export const alternativeCapacity = z.strictObject({
  valueGw: siteGw,
  /** Upper end where the source gives a range (Epoch's "1.2–1.4 GW"); null for one value. */
  valueMaxGw: siteGw.nullable(),
  qualifier: figureQualifier,
  measure: capacityMeasure,
  label: localizedText,
  ...sourced,
});
export type AlternativeCapacity = z.infer<typeof alternativeCapacity>;

/** A coarse ISO date for sorting and axes, with the source's own wording ("Q3 2026"). */
export const expectedDate = z.strictObject({
  date: isoDate,
  label: localizedText,
});
export type ExpectedDate = z.infer<typeof expectedDate>;

export const sitePhase = z.strictObject({
  id: id,
  name: localizedText,
  capacityGw: siteGw.nullable(),
  capacityMaxGw: siteGw.nullable(),
  capacityQualifier: figureQualifier.nullable(),
  /** True where the figure is the site total after this phase (Abilene phase 2 → 1.2 GW). */
  cumulative: z.boolean(),
  /** True for an ambition beyond the headline figure (Norway's extra 290 MW). */
  beyondHeadline: z.boolean(),
  status: siteStatus,
  started: isoDate.nullable(),
  expectedOnline: expectedDate.nullable(),
  note: localizedText.nullable(),
  ...sourced,
});
export type SitePhase = z.infer<typeof sitePhase>;

export const siteSchedule = z.strictObject({
  date: isoDate,
  label: localizedText,
  ...sourced,
});
export type SiteSchedule = z.infer<typeof siteSchedule>;

/**
 * Where a site is, by a code a reader can check: a US county's 5-digit FIPS code, a US
 * state's 2-digit FIPS code where the sources name no county (with a note saying so), or the
 * ISO 3166-1 alpha-2 code of the country elsewhere. Optional so that files written before it
 * still load (the site is then listed as not on the map); check-data asks for it and also
 * rejects a code that names no county, state or country.
 */
export const sitePlace = z.strictObject({
  code: z
    .string()
    .regex(
      /^(\d{5}|\d{2}|[A-Z]{2})$/,
      'expected a county FIPS code (5 digits), a state FIPS code (2 digits) or an ISO 3166-1 alpha-2 code',
    ),
  note: localizedText.nullable(),
  sourceIds,
});
export type SitePlace = z.infer<typeof sitePlace>;

export const site = z.strictObject({
  id: id,
  name: localizedText,
  /** The developer's project name ("Frontier", "Lighthouse"); null where none is reported. */
  codename: z.string().min(1).nullable(),
  location: localizedText,
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'),
  region: siteRegion,
  place: sitePlace.optional(),
  leadPartner: partnerId,
  /** Who builds, owns or operates the site: a proper name, and its role in both languages. */
  developers: z.array(z.strictObject({ name: z.string().min(1), role: localizedText.nullable() })),
  /** The headline figure from the developer or partners; null where none is disclosed. */
  capacityGw: siteGw.nullable(),
  capacityQualifier: figureQualifier.nullable(),
  /** What the headline means, or why there is none. */
  capacityNote: localizedText.nullable(),
  /** Sources of the headline figure alone (the site's `sourceIds` cover everything else). */
  capacitySourceIds: sourceIds.nullable(),
  alternativeCapacities: z.array(alternativeCapacity),
  /** Convenience copy of phases[0]'s capacity; the superRefine keeps the two equal. */
  firstPhaseGw: siteGw.nullable(),
  firstPhaseMaxGw: siteGw.nullable(),
  firstPhaseQualifier: figureQualifier.nullable(),
  phases: z.array(sitePhase),
  status: siteStatus,
  /** The date of the newest source the status rests on. */
  statusAsOf: isoDate,
  /** When the current status began (a cancellation's date); null where not reported. */
  statusSince: isoDate.nullable(),
  statusNote: localizedText,
  powerSource: localizedText.nullable(),
  powerKinds: z.array(powerKind).min(1),
  chips: localizedText.nullable(),
  expectedOnline: siteSchedule.nullable(),
  /** When it was announced as a Stargate site. */
  announced: isoDate,
  /** The sources leave the site itself uncertain (existence, terms or status). */
  uncertain: z.boolean(),
  sourceIds,
});
export type Site = z.infer<typeof site>;

// ---------------------------------------------------------------- capacity over time

export const capacityAnnouncement = z.strictObject({
  id: id,
  date: isoDate,
  kind: announcementKind,
  /** Null at the launch: it set a target but claimed no capacity. */
  capacityGw: programmeGw.nullable(),
  qualifier: figureQualifier.nullable(),
  /** The target restated at this point, if any. */
  targetGw: programmeGw.nullable(),
  investmentUsdBn: usdBn.nullable(),
  investmentQualifier: figureQualifier.nullable(),
  investmentHorizon: localizedText.nullable(),
  label: localizedText,
  ...sourced,
});
export type CapacityAnnouncement = z.infer<typeof capacityAnnouncement>;

/** Capacity a source reports as actually running, kept apart from announcements. */
export const capacityObservation = z.strictObject({
  id: id,
  siteId: id,
  date: isoDate.nullable(),
  dateInferred: z.boolean(),
  dateNote: localizedText.nullable(),
  capacityGw: siteGw,
  qualifier: figureQualifier,
  measure: capacityMeasure,
  /** True where the measure is this project's reading, not the source's label. */
  measureInferred: z.boolean(),
  label: localizedText,
  ...sourced,
});
export type CapacityObservation = z.infer<typeof capacityObservation>;

// ---------------------------------------------------------------- targets and money

export const targetHorizon = z.strictObject({
  by: isoDate,
  label: localizedText,
  ...sourced,
});
export type TargetHorizon = z.infer<typeof targetHorizon>;

export const target = z.strictObject({
  id: id,
  metric: targetMetric,
  capacityGw: programmeGw.nullable(),
  amountUsdBn: usdBn.nullable(),
  qualifier: figureQualifier,
  setOn: isoDate,
  label: localizedText,
  /** Every deadline a source has attached: the slip between them is part of the story. */
  horizons: z.array(targetHorizon),
  ...sourced,
});
export type Target = z.infer<typeof target>;

export const commitment = z.strictObject({
  id: id,
  kind: commitmentKind,
  /** The target this commitment restates; its amount must agree. */
  targetId: id.nullable(),
  amountUsdBn: usdBn,
  qualifier: figureQualifier,
  date: isoDate,
  horizon: localizedText.nullable(),
  label: localizedText,
  ...sourced,
});
export type Commitment = z.infer<typeof commitment>;

export const equityAlternative = z.strictObject({
  amountUsdBn: usdBn,
  label: localizedText,
  ...sourced,
});
export type EquityAlternative = z.infer<typeof equityAlternative>;

export const equityStake = z.strictObject({
  id: id,
  partnerId,
  amountUsdBn: usdBn.nullable(),
  qualifier: figureQualifier,
  sharePct: plausible(ranges.percent).nullable(),
  shareQualifier: figureQualifier.nullable(),
  /** Conflicting reports of the same stake ($18B vs $19B). */
  alternatives: z.array(equityAlternative),
  note: localizedText.nullable(),
  ...sourced,
});
export type EquityStake = z.infer<typeof equityStake>;

export const siteFinancing = z.strictObject({
  id: id,
  siteId: id,
  kind: financingKind,
  amountUsdBn: usdBn,
  amountMaxUsdBn: usdBn.nullable(),
  qualifier: figureQualifier,
  date: isoDate.nullable(),
  label: localizedText,
  note: localizedText.nullable(),
  ...sourced,
});
export type SiteFinancing = z.infer<typeof siteFinancing>;

export const costYardstick = z.strictObject({
  id: id,
  lowUsdBnPerGw: usdBnPerGw,
  highUsdBnPerGw: usdBnPerGw,
  qualifier: figureQualifier,
  basis: costBasis,
  who: localizedText,
  date: isoDate.nullable(),
  /** False for an estimate of a different scope (a shell-only $3–4B/GW). */
  comparable: z.boolean(),
  note: localizedText.nullable(),
  ...sourced,
});
export type CostYardstick = z.infer<typeof costYardstick>;

export const programmeItem = z.strictObject({
  id: id,
  kind: programmeItemKind,
  amountUsdBn: usdBn,
  qualifier: figureQualifier,
  period: amountPeriod,
  horizon: localizedText.nullable(),
  capacityGw: programmeGw.nullable(),
  date: isoDate,
  label: localizedText,
  note: localizedText.nullable(),
  ...sourced,
});
export type ProgrammeItem = z.infer<typeof programmeItem>;

export const investment = z.strictObject({
  commitments: z.array(commitment),
  equity: z.array(equityStake),
  /** Why the equity split is shown as reported intentions, not transfers. */
  equityNote: z.strictObject({ text: localizedText, sourceIds }),
  siteFinancing: z.array(siteFinancing),
  costPerGw: z.array(costYardstick),
  programmeItems: z.array(programmeItem),
});
export type Investment = z.infer<typeof investment>;

// ---------------------------------------------------------------- partners, events, context

export const partner = z.strictObject({
  id: partnerId,
  name: localizedText,
  /** Oracle and OpenAI are both equity funders and technology partners. */
  kinds: z.array(partnerKind).min(1),
  role: localizedText,
  sourceIds,
});
export type Partner = z.infer<typeof partner>;

export const stargateEvent = z.strictObject({
  id: id,
  date: isoDate,
  dateInferred: z.boolean(),
  title: localizedText,
  keyFigures: localizedText.nullable(),
  siteIds: z.array(id),
  ...sourced,
});
export type StargateEvent = z.infer<typeof stargateEvent>;

export const powerItem = z
  .strictObject({
    id: id,
    topic: powerTopic,
    title: localizedText,
    /** Checked against the range of its unit (powerRanges) in the document rules. */
    value: z.number().nullable(),
    unit: powerUnit.nullable(),
    text: localizedText,
    siteId: id.nullable(),
    ...sourced,
  })
  .superRefine((item, ctx) => {
    if (item.value !== null && item.unit !== null)
      checkRange(ctx, ['value'], item.value, powerRanges[item.unit]);
  });
export type PowerItem = z.infer<typeof powerItem>;

export const conflict = z.strictObject({
  id: id,
  topic: localizedText,
  text: localizedText,
  siteIds: z.array(id),
  sourceIds,
});
export type Conflict = z.infer<typeof conflict>;

// ---------------------------------------------------------------- the document

const stargateShape = z.strictObject({
  ...documentHeader,
  targets: z.array(target).min(1),
  capacityTimeline: z.strictObject({
    announcements: z.array(capacityAnnouncement).min(1),
    observed: z.array(capacityObservation),
  }),
  sites: z.array(site).min(1),
  investment,
  partners: z.array(partner).min(1),
  events: z.array(stargateEvent),
  power: z.array(powerItem),
  conflicts: z.array(conflict),
});

type Shape = z.infer<typeof stargateShape>;

/** Stargate-specific cross-field rules; the generic ones come from withDocumentRules. */
export function stargateRuleIssues(doc: Shape): Issue[] {
  const issues: Issue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const siteIds = new Set(doc.sites.map((s) => s.id));
  const sourceIdSet = new Set(doc.sources.map((s) => s.id));
  const partnerIds = new Set(doc.partners.map((p) => p.id));
  const targetsById = new Map(doc.targets.map((t) => [t.id, t]));

  const checkSite = (path: PropertyKey[], id: string) => {
    if (!siteIds.has(id)) add(path, `unknown site id "${id}"`);
  };
  const checkPair = (path: PropertyKey[], value: unknown, qualifier: unknown, what: string) => {
    if ((value === null) !== (qualifier === null))
      add(path, `${what} and its qualifier must both be set or both be null`);
  };
  const checkRange = (path: PropertyKey[], low: number | null, high: number | null) => {
    if (low !== null && high !== null && high < low) add(path, `upper end ${high} is below ${low}`);
    if (low === null && high !== null) add(path, 'an upper end needs a lower value');
  };
  const checkDate = notAfterAsOf(doc.asOf, issues);

  doc.sites.forEach((s, i) => {
    const at = (...rest: PropertyKey[]) => ['sites', i, ...rest];
    if ((s.region === 'us') !== (s.country === 'US'))
      add(at('region'), `region "${s.region}" does not fit country ${s.country}`);
    if (s.place) {
      const fips = /^\d+$/.test(s.place.code);
      if (s.region === 'us' && !fips)
        add(at('place', 'code'), `a US site is placed by its FIPS code, not "${s.place.code}"`);
      if (s.region !== 'us' && s.place.code !== s.country)
        add(at('place', 'code'), `"${s.place.code}" does not match country ${s.country}`);
    }
    if (!partnerIds.has(s.leadPartner))
      add(at('leadPartner'), `lead partner "${s.leadPartner}" is not in partners`);
    checkPair(at('capacityQualifier'), s.capacityGw, s.capacityQualifier, 'capacityGw');
    if (s.capacityGw === null && s.capacityNote === null)
      add(at('capacityNote'), 'a site without a capacity needs a note saying why');
    if (s.capacityGw !== null && s.capacitySourceIds === null)
      add(at('capacitySourceIds'), 'a capacity needs its sources');
    // The generic walker only checks keys named exactly `sourceIds`.
    s.capacitySourceIds?.forEach((id, k) => {
      if (!sourceIdSet.has(id)) add(at('capacitySourceIds', k), `unknown source id "${id}"`);
    });
    checkPair(at('firstPhaseQualifier'), s.firstPhaseGw, s.firstPhaseQualifier, 'firstPhaseGw');
    checkRange(at('firstPhaseMaxGw'), s.firstPhaseGw, s.firstPhaseMaxGw);
    if (s.firstPhaseGw !== null) {
      const first = s.phases[0];
      if (!first) add(at('phases'), 'firstPhaseGw needs the phase it comes from in phases[0]');
      else if (first.capacityGw !== s.firstPhaseGw || first.capacityMaxGw !== s.firstPhaseMaxGw)
        add(at('firstPhaseGw'), 'firstPhaseGw / firstPhaseMaxGw must equal phases[0] capacity');
    }
    s.alternativeCapacities.forEach((alt, k) =>
      checkRange(at('alternativeCapacities', k, 'valueMaxGw'), alt.valueGw, alt.valueMaxGw),
    );
    s.phases.forEach((p, k) => {
      checkPair(
        at('phases', k, 'capacityQualifier'),
        p.capacityGw,
        p.capacityQualifier,
        'capacityGw',
      );
      checkRange(at('phases', k, 'capacityMaxGw'), p.capacityGw, p.capacityMaxGw);
      const top = p.capacityMaxGw ?? p.capacityGw;
      if (s.capacityGw !== null && top !== null && top > s.capacityGw && !p.beyondHeadline)
        add(
          at('phases', k, 'capacityGw'),
          `phase capacity ${top} GW exceeds the site's ${s.capacityGw} GW; set beyondHeadline if intended`,
        );
    });
    if (s.status === 'cancelled' && s.statusSince === null)
      add(at('statusSince'), 'a cancelled site needs the date it was cancelled');
    if (s.statusSince !== null && isAfterDate(s.statusSince, s.statusAsOf))
      add(at('statusSince'), 'statusSince is after statusAsOf');
    checkDate(at('statusAsOf'), s.statusAsOf);
    if (s.powerKinds.includes('undisclosed') && s.powerKinds.length > 1)
      add(at('powerKinds'), '"undisclosed" cannot be combined with known kinds');
  });

  doc.capacityTimeline.announcements.forEach((a, i) => {
    const at = (...rest: PropertyKey[]) => ['capacityTimeline', 'announcements', i, ...rest];
    checkPair(at('qualifier'), a.capacityGw, a.qualifier, 'capacityGw');
    checkPair(
      at('investmentQualifier'),
      a.investmentUsdBn,
      a.investmentQualifier,
      'investmentUsdBn',
    );
    if (a.capacityGw === null && a.targetGw === null)
      add(at('capacityGw'), 'a point needs a capacity or a target');
    checkDate(at('date'), a.date);
  });
  doc.capacityTimeline.observed.forEach((o, i) => {
    const at = (...rest: PropertyKey[]) => ['capacityTimeline', 'observed', i, ...rest];
    checkSite(at('siteId'), o.siteId);
    if (o.date === null && o.dateNote === null)
      add(at('dateNote'), 'an undated observation needs a note on its date');
    checkDate(at('date'), o.date);
  });

  doc.targets.forEach((t, i) => {
    const expected = t.metric === 'capacity' ? 'capacityGw' : 'amountUsdBn';
    const other = t.metric === 'capacity' ? 'amountUsdBn' : 'capacityGw';
    if (t[expected] === null)
      add(['targets', i, expected], `a ${t.metric} target needs ${expected}`);
    if (t[other] !== null) add(['targets', i, other], `a ${t.metric} target has no ${other}`);
  });

  doc.investment.commitments.forEach((c, i) => {
    if (c.targetId === null) return;
    const t = targetsById.get(c.targetId);
    if (!t) add(['investment', 'commitments', i, 'targetId'], `unknown target id "${c.targetId}"`);
    else if (t.amountUsdBn !== c.amountUsdBn)
      add(
        ['investment', 'commitments', i, 'amountUsdBn'],
        `differs from target "${t.id}" (${String(t.amountUsdBn)})`,
      );
  });
  doc.investment.equity.forEach((e, i) => {
    if (!partnerIds.has(e.partnerId))
      add(['investment', 'equity', i, 'partnerId'], `partner "${e.partnerId}" is not in partners`);
    checkPair(
      ['investment', 'equity', i, 'shareQualifier'],
      e.sharePct,
      e.shareQualifier,
      'sharePct',
    );
  });
  doc.investment.siteFinancing.forEach((f, i) => {
    checkSite(['investment', 'siteFinancing', i, 'siteId'], f.siteId);
    checkRange(
      ['investment', 'siteFinancing', i, 'amountMaxUsdBn'],
      f.amountUsdBn,
      f.amountMaxUsdBn,
    );
  });
  doc.investment.costPerGw.forEach((c, i) =>
    checkRange(['investment', 'costPerGw', i, 'highUsdBnPerGw'], c.lowUsdBnPerGw, c.highUsdBnPerGw),
  );

  doc.events.forEach((e, i) => {
    e.siteIds.forEach((id, k) => checkSite(['events', i, 'siteIds', k], id));
    checkDate(['events', i, 'date'], e.date);
  });
  doc.power.forEach((p, i) => {
    if (p.siteId !== null) checkSite(['power', i, 'siteId'], p.siteId);
    if ((p.value === null) !== (p.unit === null))
      add(['power', i, 'unit'], 'value and unit must both be set or both be null');
  });
  doc.conflicts.forEach((c, i) =>
    c.siteIds.forEach((id, k) => checkSite(['conflicts', i, 'siteIds', k], id)),
  );

  return issues;
}

export const stargateDocument = withDocumentRules(stargateShape, stargateRuleIssues);
export type StargateDocument = z.infer<typeof stargateDocument>;
