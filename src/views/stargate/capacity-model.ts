import type { BarDatum } from '../../charts/horizontal-bar-chart';
import { keepLargest } from '../../charts/keep-largest';
import type { ExportColumn, ExportSpec } from '../../charts/chart-export';
import type { Palette } from '../../charts/palette';
import { sourcesById } from '../../data/sources-derive';
import {
  capacityBySite,
  totalsByPartner,
  totalsByStatus,
  type CapacityRow,
  type CapacitySort,
  type CapacityTotal,
} from '../../data/stargate-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import type { SiteStatus } from '../../data/vocabulary';
import type { I18n } from '../../i18n/i18n-context';
import { cardSources } from '../shared/card-sources';
import type { SiteFilters } from './site-filters';
import { capacitySourceIds, figureShort, figureText, type SiteLabels } from './stargate-format';
import '../../i18n/messages/stargate';

/*
 * What the capacity chart shows, from the parsed document and the URL's filters: the bars
 * (the largest sites one by one, the rest summed), the totals, the summary and takeaway. Plain
 * functions, so the counting and the wording are tested apart from the drawing.
 */

/**
 * Site bars drawn one by one at most, in the page's own layout (36–40 px each, so about 1,100 px
 * of plot). Past it, the largest are drawn and the rest summed in one bar: thousands of bars would
 * be thinner than a pixel, and drawing them freezes the page. The table keeps every site.
 */
const maxBars = 30;
/** The least a bar and its two-line label need when the layout fixes the plot height (embed, slide). */
const minRowPx = 22;
/** On a slide, read from across a room: 13 px and 11 px label lines, 15 px apart, clear of the next row. */
const slideRowPx = 32;
/** Names listed in the screen-reader summary before "and N more". */
const maxNames = 10;

/**
 * Rows of bars that stay readable: the page grows with them up to maxBars (and one for the
 * rest); an embed or a slide fixes the height, so fewer fit there.
 */
export function barRowsFor(height: number | undefined, slide: boolean): number {
  if (height === undefined) return maxBars + 1;
  return Math.min(
    maxBars + 1,
    Math.max(6, Math.floor((height - 40) / (slide ? slideRowPx : minRowPx))),
  );
}

/**
 * Download columns the capacity chart and the map share, one record per site, the figure apart
 * from its wording: who the site is, its figure, and its date, flag and sources.
 */
export function siteExportColumns<R extends CapacityRow>(
  doc: StargateDocument,
  i18n: I18n,
  sourceIds: (row: R) => readonly string[],
): { site: ExportColumn<R>[]; figure: ExportColumn<R>[]; checks: ExportColumn<R>[] } {
  const sites = new Map(doc.sites.map((s) => [s.id, s]));
  return {
    site: [
      { name: 'site_id', type: 'text', value: (r) => r.siteId },
      { name: 'site', type: 'text', value: (r) => i18n.pick(r.name) },
    ],
    figure: [
      { name: 'capacity_gw', type: 'number', value: (r) => r.capacityGw },
      {
        name: 'qualifier',
        type: 'text',
        value: (r) => (r.capacityGw === null ? null : (r.capacityQualifier ?? 'exact')),
      },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'lead_partner', type: 'text', value: (r) => r.leadPartner },
    ],
    checks: [
      {
        name: 'status_as_of',
        type: 'date',
        value: (r) => sites.get(r.siteId)?.statusAsOf ?? null,
      },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: sourceIds },
    ],
  };
}

export type CapacityInput = {
  filters: SiteFilters;
  sort: CapacitySort;
  hidden: readonly SiteStatus[];
  /** How many bars fit (see barRowsFor). */
  barRows: number;
};

export function capacityModel(
  doc: StargateDocument,
  i18n: I18n,
  labels: SiteLabels,
  palette: Palette,
  { filters, sort, hidden, barRows }: CapacityInput,
) {
  const { t, pick, gw, date, number } = i18n;
  const sources = sourcesById(doc);
  const sites = new Map(doc.sites.map((s) => [s.id, s]));
  const rows = capacityBySite(doc, filters, sort, i18n.lang);
  const shown = rows.filter((r) => !hidden.includes(r.status));
  const { kept, rest } =
    shown.length > barRows
      ? keepLargest(shown, barRows - 1, (r) => r.capacityGw)
      : { kept: shown, rest: [] };
  const restActive = rest.filter((r) => r.status !== 'cancelled');
  const restUndisclosed = restActive.filter((r) => r.capacityGw === null).length;
  const restTotal = restActive.reduce((sum, r) => sum + (r.capacityGw ?? 0), 0);
  const restCancelled = rest.length - restActive.length;
  const active = rows.filter((r) => r.status !== 'cancelled');
  const activeTotal = totalsByPartner(active).reduce((sum, p) => sum + p.capacityGw, 0);
  const undisclosed = active.filter((r) => r.capacityGw === null);
  const bounded = active.some(
    (r) => r.capacityQualifier === 'more-than' || r.capacityQualifier === 'at-least',
  );
  const capped = active.some(
    (r) => r.capacityQualifier === 'up-to' || r.capacityQualifier === 'nearly',
  );
  const sumNote =
    bounded && capped
      ? t('sg.capacity.sumNote.mixed')
      : bounded
        ? t('sg.capacity.sumNote.lowerBound')
        : t('sg.capacity.sumNote.plain');

  const siteBars: BarDatum[] = kept.map((r) => {
    const site = sites.get(r.siteId);
    const alternatives = r.alternatives.map((a): [string, string] => [
      t(`sg.measure.${a.measure}`),
      figureText(
        i18n,
        a.valueMaxGw ? `${number(a.valueGw)}–${gw(a.valueMaxGw)}` : gw(a.valueGw),
        a.qualifier,
      ),
    ]);
    return {
      key: r.siteId,
      label: pick(r.name),
      sublabel: labels.partner(r.leadPartner),
      value: r.capacityGw,
      valueLabel:
        r.capacityGw === null
          ? t('value.unknown')
          : r.status === 'cancelled'
            ? t('sg.capacity.cancelledLabel', { value: gw(r.capacityGw) })
            : figureShort(i18n, gw(r.capacityGw), r.capacityQualifier),
      color: palette.status[r.status],
      uncertain: r.uncertain,
      struck: r.status === 'cancelled',
      tooltip: {
        title: pick(r.name),
        lines: [
          [t('sg.col.capacity'), labels.capacity(r)],
          [t('sg.col.status'), labels.status(r.status)],
          [t('sg.col.lead'), labels.partner(r.leadPartner)],
          [t('sg.col.country'), labels.country(r.country)],
          ...(site ? [[t('sg.col.asOf'), date(site.statusAsOf)] as [string, string]] : []),
          ...alternatives,
        ],
        note: r.uncertain
          ? t('sg.capacity.uncertainNote')
          : site?.capacityNote
            ? pick(site.capacityNote)
            : undefined,
      },
    };
  });

  const restCount = number(rest.length);
  const restTotalText = gw(restTotal);
  const restBar: BarDatum = {
    key: 'rest:other-sites',
    label: t('sg.capacity.rest.label', { count: restCount }),
    sublabel: t('sg.capacity.rest.sublabel'),
    // Every summed site undisclosed: no total, not a total of zero.
    value: restActive.length > 0 && restUndisclosed === restActive.length ? null : restTotal,
    valueLabel: restTotalText,
    color: palette.muted,
    rest: true,
    tooltip: {
      title: t('sg.capacity.rest.title', { count: restCount }),
      lines: [
        [
          t('sg.col.capacity'),
          restUndisclosed
            ? `${restTotalText} ${t('sg.capacity.total.undisclosed', { count: number(restUndisclosed) })}`
            : restTotalText,
        ],
        ...(restCancelled
          ? [
              [
                t('sg.status.cancelled'),
                t('sg.capacity.rest.cancelled', { count: number(restCancelled) }),
              ] as [string, string],
            ]
          : []),
      ],
      note: sumNote,
    },
  };
  const restNote =
    rest.length > 0
      ? t('sg.capacity.rest.note', {
          shown: number(kept.length),
          count: restCount,
          total: restTotalText,
        })
      : null;

  const largest = active.find((r) => r.capacityGw !== null);
  const cancelled = rows.filter((r) => r.status === 'cancelled');
  const nameList = (list: CapacityRow[]) => {
    const names = list
      .slice(0, maxNames)
      .map((r) => pick(r.name))
      .join(', ');
    return list.length > maxNames
      ? t('sg.capacity.summary.list', { names, count: number(list.length - maxNames) })
      : names;
  };
  const summary = [
    t('sg.capacity.summary.count', { count: number(rows.length) }),
    largest && largest.capacityGw !== null
      ? t('sg.capacity.summary.largest', {
          name: pick(largest.name),
          value: labels.capacity(largest),
        })
      : '',
    undisclosed.length
      ? t('sg.capacity.summary.undisclosed', { names: nameList(undisclosed) })
      : '',
    cancelled.length ? t('sg.capacity.summary.cancelled', { names: nameList(cancelled) }) : '',
    rest.length
      ? t('sg.capacity.summary.rest', {
          shown: number(kept.length),
          count: restCount,
          total: restTotalText,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const takeaway = [
    active.length === 1
      ? t('sg.capacity.takeaway.one', { total: gw(activeTotal) })
      : t('sg.capacity.takeaway', { count: number(active.length), total: gw(activeTotal) }),
    undisclosed.length === 0
      ? ''
      : active.length === 1
        ? t('sg.capacity.takeaway.undisclosed.only')
        : undisclosed.length === 1
          ? t('sg.capacity.takeaway.undisclosed.one')
          : t('sg.capacity.takeaway.undisclosed', { count: number(undisclosed.length) }),
  ]
    .filter(Boolean)
    .join(' ');

  const totalsText = (total: CapacityTotal<string>) => {
    const sitesText = t(total.siteCount === 1 ? 'sg.count.site.one' : 'sg.count.site.other', {
      count: number(total.siteCount),
    });
    // A group whose every site is undisclosed has no total, not a total of zero.
    if (total.undisclosedCount === total.siteCount)
      return t('sg.capacity.total.none', { sites: sitesText });
    const text = t('sg.capacity.total', { value: gw(total.capacityGw), sites: sitesText });
    return total.undisclosedCount
      ? `${text} ${t('sg.capacity.total.undisclosed', { count: number(total.undisclosedCount) })}`
      : text;
  };

  const rowSourceIds = (r: CapacityRow) => capacitySourceIds(sites.get(r.siteId));
  const columns = siteExportColumns(doc, i18n, rowSourceIds);
  // One record per site shown (filters and hidden statuses applied).
  const download: ExportSpec<CapacityRow> = {
    rows: shown,
    sources: cardSources(sources, shown.flatMap(rowSourceIds)),
    columns: [
      ...columns.site,
      ...columns.figure,
      { name: 'country', type: 'text', value: (r) => r.country },
      { name: 'announced', type: 'date', value: (r) => r.announced },
      ...columns.checks,
    ],
  };

  return {
    rows,
    /** Sites drawn (hidden statuses left out), in bar order, the summed rest last. */
    bars: rest.length > 0 ? [...siteBars, restBar] : siteBars,
    restNote,
    sumNote,
    summary,
    takeaway,
    byStatus: totalsByStatus(rows)
      .map((s) => `${labels.status(s.key)} ${totalsText(s)}`)
      .join(' · '),
    byPartner: totalsByPartner(rows)
      .map((p) => `${labels.partner(p.key)} ${totalsText(p)}`)
      .join(' · '),
    /** Statuses present, in the legend's order. */
    statuses: [...new Set(rows.map((r) => r.status))],
    download,
    /** The card's source line: the sources of the capacity figures shown. */
    sources: cardSources(
      sources,
      rows.flatMap((r) => sites.get(r.siteId)?.capacitySourceIds ?? []),
    ),
    uncertain: rows.some((r) => r.uncertain),
  };
}
