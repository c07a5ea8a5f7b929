import type { Source } from '../../data/common-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import { growthSeries, siteDetail } from '../../data/stargate-derive';
import type { FigureQualifier, StargateDocument } from '../../data/stargate-schema';
import type { I18n } from '../../i18n/i18n-context';
import { figureText } from './stargate-format';
import '../../i18n/messages/stargate';

/*
 * What the Stargate pages say, shaped from the parsed document: the headline figures of
 * /stargate, and for a site page its capacity figures, financing and every source behind it.
 */

/** "1–1.4 GW", "more than 1 GW", or "not disclosed". */
export function gwRange(
  i18n: I18n,
  low: number | null,
  high: number | null,
  qualifier: FigureQualifier | null,
): string {
  if (low === null) return i18n.t('value.unknown');
  const text =
    high !== null && high !== low ? `${i18n.number(low)}–${i18n.gw(high)}` : i18n.gw(low);
  return figureText(i18n, text, qualifier);
}

/** The figures /stargate leads with: the pledge, the target, the last solid claim, what runs. */
export function stargateHeadline(doc: StargateDocument) {
  const growth = growthSeries(doc);
  const active = doc.sites.filter((s) => s.status !== 'cancelled');
  return {
    pledge: doc.investment.commitments.find((c) => c.kind === 'pledge'),
    target: growth.target,
    /** The latest claim on sources above grade C. */
    solid: growth.points.filter((p) => p.capacityGw !== null && !p.uncertain).at(-1),
    running: growth.observed.filter((o) => o.date !== null).at(-1),
    activeSites: active.length,
    countries: new Set(active.map((s) => s.country)).size,
    cancelledSites: doc.sites.length - active.length,
  };
}

/** One line of a site's capacity table: a figure, what it measures, its sources. */
export type CapacityFigure = {
  key: string;
  figure: string;
  /** A word in brackets after the figure ("headline"). */
  aside: string | null;
  /** A quieter line under the figure: what the source called it, or when. */
  detail: string | null;
  measure: string;
  uncertain: boolean;
  sourceIds: readonly string[];
};

export type FinancingRow = {
  id: string;
  label: string;
  note: string | null;
  kind: string;
  amount: string;
  uncertain: boolean;
  date: string;
  sourceIds: readonly string[];
};

const gradeOrder = { A: 0, B: 1, C: 2 } as const;

/** Everything /stargate/sites/:siteId shows, or undefined for an unknown site. */
export function siteModel(doc: StargateDocument, siteId: string, i18n: I18n) {
  const detail = siteDetail(doc, siteId);
  if (!detail) return undefined;
  const { t, pick, date, usdBn } = i18n;
  const sources = sourcesById(doc);
  const { site, events, financing, observed, power, conflicts } = detail;
  const observedSources = new Map(doc.capacityTimeline.observed.map((o) => [o.id, o.sourceIds]));

  const capacity: CapacityFigure[] = [
    {
      key: 'headline',
      figure: gwRange(i18n, site.capacityGw, null, site.capacityQualifier),
      aside: t('sg.site.headlineShort'),
      detail: null,
      measure: t('sg.measure.unspecified'),
      uncertain: false,
      sourceIds: site.capacitySourceIds ?? [],
    },
    ...site.alternativeCapacities.map((a, index) => ({
      key: `alternative-${index}`,
      figure: gwRange(i18n, a.valueGw, a.valueMaxGw, a.qualifier),
      aside: null,
      detail: pick(a.label),
      measure: t(`sg.measure.${a.measure}`),
      uncertain: isUncertain(a, sources),
      sourceIds: a.sourceIds,
    })),
    ...observed.map((o) => ({
      key: o.id,
      figure: t('sg.site.runningFigure', { value: i18n.gw(o.capacityGw) }),
      aside: null,
      detail: `${pick(o.label)}${o.date ? ` · ${date(o.date)}` : o.dateNote ? ` · ${pick(o.dateNote)}` : ''}`,
      measure: t(`sg.measure.${o.measure}`),
      uncertain: o.uncertain,
      sourceIds: observedSources.get(o.id) ?? [],
    })),
  ];

  const financingRows: FinancingRow[] = financing.map((f) => ({
    id: f.id,
    label: pick(f.label),
    note: f.note ? pick(f.note) : null,
    kind: t(`sg.invest.financing.${f.kind}`),
    amount: figureText(
      i18n,
      f.amountMaxUsdBn
        ? `${usdBn(f.amountUsdBn)}–${usdBn(f.amountMaxUsdBn)}`
        : usdBn(f.amountUsdBn),
      f.qualifier,
    ),
    uncertain: isUncertain(f, sources),
    date: f.date ? date(f.date) : t('date.none'),
    sourceIds: f.sourceIds,
  }));

  const cited = new Set([
    ...site.sourceIds,
    ...(site.capacitySourceIds ?? []),
    ...site.alternativeCapacities.flatMap((a) => a.sourceIds),
    ...site.phases.flatMap((p) => p.sourceIds),
    ...financing.flatMap((f) => f.sourceIds),
    ...events.flatMap((e) => e.sourceIds),
    ...power.flatMap((p) => p.sourceIds),
    ...conflicts.flatMap((c) => c.sourceIds),
  ]);
  // Strongest first, then by publisher: the list a reader checks the page against.
  const siteSources: Source[] = [...cited]
    .flatMap((id) => {
      const s = sources.get(id);
      return s ? [s] : [];
    })
    .sort(
      (a, b) =>
        gradeOrder[a.reliability] - gradeOrder[b.reliability] ||
        a.publisher.localeCompare(b.publisher),
    );

  return {
    ...detail,
    lead: doc.partners.find((p) => p.id === site.leadPartner),
    uncertain: isUncertain(
      { uncertain: site.uncertain, sourceIds: site.capacitySourceIds ?? site.sourceIds },
      sources,
    ),
    expectedUncertain: site.expectedOnline ? isUncertain(site.expectedOnline, sources) : false,
    phaseUncertain: (id: string) => {
      const phase = site.phases.find((p) => p.id === id);
      return phase ? isUncertain(phase, sources) : false;
    },
    capacity,
    financing: financingRows,
    sources: siteSources,
  };
}
