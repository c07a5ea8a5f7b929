import type { LocalizedText } from './common-schema';
import type {
  AlternativeValue,
  FusionConcept,
  FusionDocument,
  FusionMetric,
  MetricUnit,
  PhaseStatus,
  PhaseType,
  ProgrammeKind,
  Sector,
  ValueQualifier,
} from './fusion-schema';
import { fusionMetrics, isoDateSpan, timePointSpan, unitOfMetric } from './vocabulary';
import { isUncertain, sourcesById } from './sources-derive';

/*
 * Dates become fractional years (2025-07 → 2025.5) so charts share one numeric axis. Every
 * date names a period ("2027", "2025-12", "the 2030s"): bars run from its start to its end,
 * and a point (a record, a forecast) sits at its middle. Slips compare middles, so a
 * coarse window is not read as a move: "late 2040s" → "mid-century" is +2, not −2.
 */

const middle = (span: { start: number; end: number }) => (span.start + span.end) / 2;

// ——— Roadmap (Gantt) ———

export type RoadmapFilters = { kind?: readonly string[]; programme?: readonly string[] };

export type RoadmapRow = {
  programmeId: string;
  programmeName: LocalizedText;
  kind: ProgrammeKind;
  concept: FusionConcept;
  sector: Sector;
  phaseId: string;
  name: LocalizedText;
  type: PhaseType;
  status: PhaseStatus;
  /** Current plan or actual date; null where the sources give none (a gap, still listed). */
  startYear: number | null;
  /**
   * A phase's end (null while open-ended). For a milestone, the end of the period its date
   * names, so "the 2030s" spans 2030–2040 and "2034" spans 2034–2035.
   */
  endYear: number | null;
  /** What the source said about the date, e.g. "early 2030s", when it said more than a date. */
  label: LocalizedText | null;
  /** The period the oldest plan named for the same date (for a ghost bar); null without a forecast history. */
  baselineYear: number | null;
  baselineEndYear: number | null;
  baselinePlan: LocalizedText | null;
  /** How far the date has moved since the oldest plan, middle to middle (positive = later). */
  slipYears: number | null;
  uncertain: boolean;
  sourceIds: string[];
};

const matches = (wanted: readonly string[] | undefined, value: string) =>
  !wanted?.length || wanted.includes(value);

/** One row per programme phase or milestone, in file order, for the roadmap chart and its table. */
export function roadmapRows(doc: FusionDocument, filters: RoadmapFilters = {}): RoadmapRow[] {
  const sources = sourcesById(doc);
  return doc.programmes
    .filter((p) => matches(filters.kind, p.kind) && matches(filters.programme, p.id))
    .flatMap((p) =>
      p.phases.map((phase): RoadmapRow => {
        const start = phase.start ? timePointSpan(phase.start) : null;
        const endPoint = phase.type === 'milestone' ? phase.start : phase.end;
        const baseline = phase.forecasts[0];
        const baselineSpan = baseline ? timePointSpan(baseline.when) : null;
        return {
          programmeId: p.id,
          programmeName: p.name,
          kind: p.kind,
          concept: p.concept,
          sector: p.sector,
          phaseId: phase.id,
          name: phase.name,
          type: phase.type,
          status: phase.status,
          startYear: start?.start ?? null,
          endYear: endPoint ? timePointSpan(endPoint).end : null,
          label: phase.start?.label ?? null,
          baselineYear: baselineSpan?.start ?? null,
          baselineEndYear: baselineSpan?.end ?? null,
          baselinePlan: baseline?.plan ?? null,
          slipYears: start && baselineSpan ? middle(start) - middle(baselineSpan) : null,
          uncertain: isUncertain(phase, sources),
          sourceIds: phase.sourceIds,
        };
      }),
    );
}

// ——— Forecast slip ———

export type ForecastPoint = {
  plan: LocalizedText;
  /** When the forecast was made (middle of the period the source gives). */
  statedYear: number;
  /** What it forecast: the middle of the named period, with its start and end for a range mark ("the 2050s": 2050–2060). */
  forecastYear: number;
  forecastYearStart: number;
  forecastYearEnd: number;
  label: LocalizedText | null;
  uncertain: boolean;
  sourceIds: string[];
};

/**
 * The planned dates of one milestone against the year each plan was made, oldest first.
 * Plans the sources do not date cannot be placed on the x axis and are left out here
 * (the roadmap row still uses them as the baseline).
 */
export function forecastHistory(doc: FusionDocument, milestoneId: string): ForecastPoint[] {
  const sources = sourcesById(doc);
  const phase = doc.programmes.flatMap((p) => p.phases).find((ph) => ph.id === milestoneId);
  if (!phase) return [];
  return phase.forecasts.flatMap((f) => {
    if (f.statedIn === null) return [];
    const span = timePointSpan(f.when);
    return [
      {
        plan: f.plan,
        statedYear: middle(isoDateSpan(f.statedIn)),
        forecastYear: middle(span),
        forecastYearStart: span.start,
        forecastYearEnd: span.end,
        label: f.when.label ?? null,
        uncertain: isUncertain(f, sources),
        sourceIds: f.sourceIds,
      },
    ];
  });
}

// ——— Records against targets ———

export type RecordPoint = {
  id: string;
  device: LocalizedText;
  date: string;
  /** Middle of the period the date names ("2024" → 2024.5). */
  year: number;
  value: number;
  qualifier: ValueQualifier | null;
  derived: boolean;
  alternativeValues: AlternativeValue[];
  uncertain: boolean;
  sourceIds: string[];
};

export type TargetLine = {
  id: string;
  programmeId: string | null;
  subject: LocalizedText;
  label: LocalizedText;
  low: number;
  high: number;
  qualifier: ValueQualifier | null;
  uncertain: boolean;
  sourceIds: string[];
};

export type RecordSeries = {
  metric: FusionMetric;
  unit: MetricUnit;
  points: RecordPoint[];
  targets: TargetLine[];
};

/** The targets of one metric, as reference lines with the uncertainty rule applied. */
export function targetLines(
  doc: FusionDocument,
  metric: FusionMetric,
  sources: ReturnType<typeof sourcesById> = sourcesById(doc),
): TargetLine[] {
  return doc.targets
    .filter((t) => t.metric === metric)
    .map((t) => ({
      id: t.id,
      programmeId: t.programmeId,
      subject: t.subject,
      label: t.label,
      low: t.low,
      high: t.high,
      qualifier: t.qualifier ?? null,
      uncertain: isUncertain(t, sources),
      sourceIds: t.sourceIds,
    }));
}

/**
 * Records grouped by metric (in the schema's metric order), oldest first, each with the
 * targets of the same metric as reference lines. Only dated, positive values are kept, so
 * every series can go on a log scale; metrics without such a record are left out.
 */
export function recordSeries(doc: FusionDocument): RecordSeries[] {
  const sources = sourcesById(doc);
  return fusionMetrics.flatMap((metric): RecordSeries[] => {
    const points = doc.records.flatMap((r): RecordPoint[] => {
      if (r.metric !== metric || r.date === null || r.value === null || r.value <= 0) return [];
      return [
        {
          id: r.id,
          device: r.device,
          date: r.date,
          year: middle(isoDateSpan(r.date)),
          value: r.value,
          qualifier: r.qualifier ?? null,
          derived: r.derived ?? false,
          alternativeValues: r.alternativeValues ?? [],
          uncertain: isUncertain(r, sources),
          sourceIds: r.sourceIds,
        },
      ];
    });
    const unit = unitOfMetric[metric];
    if (points.length === 0 || unit === null) return [];
    points.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
    const targets = targetLines(doc, metric, sources);
    return [{ metric, unit, points, targets }];
  });
}

// ——— Private investment ———

export type InvestmentPoint = {
  id: string;
  reportYear: number;
  cumulativeUsdBn: number;
  cumulativeQualifier: ValueQualifier | null;
  newUsdBn: number | null;
  newQualifier: ValueQualifier | null;
  companiesSurveyed: number | null;
  publicFundingUsdM: number | null;
  alternativeValues: AlternativeValue[];
  uncertain: boolean;
  sourceIds: string[];
};

/** The FIA survey series by report year, oldest first. */
export function investmentSeries(doc: FusionDocument): InvestmentPoint[] {
  const sources = sourcesById(doc);
  return doc.investment.fia
    .map((f): InvestmentPoint => ({
      id: f.id,
      reportYear: f.reportYear,
      cumulativeUsdBn: f.cumulativeUsdBn,
      cumulativeQualifier: f.cumulativeQualifier ?? null,
      newUsdBn: f.newUsdBn,
      newQualifier: f.newQualifier ?? null,
      companiesSurveyed: f.companiesSurveyed,
      publicFundingUsdM: f.publicFundingUsdM,
      alternativeValues: f.alternativeValues ?? [],
      uncertain: isUncertain(f, sources),
      sourceIds: f.sourceIds,
    }))
    .sort((a, b) => a.reportYear - b.reportYear);
}
