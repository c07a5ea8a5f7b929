import type { ExportSpec } from '../../charts/chart-export';
import type { Palette } from '../../charts/palette';
import { placeMarks, stateName, type MapMark, type PlacedMark } from '../../charts/site-map';
import { sourcesById } from '../../data/sources-derive';
import { capacityBySite, type CapacityRow } from '../../data/stargate-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import type { SiteStatus } from '../../data/vocabulary';
import type { I18n } from '../../i18n/i18n-context';
import { cardSources } from '../shared/card-sources';
import { siteExportColumns } from './capacity-model';
import type { SiteFilters } from './site-filters';
import { capacitySourceIds, figureShort, type SiteLabels } from './stargate-format';
import '../../i18n/messages/stargate';

/*
 * What the map shows, from the parsed document and the capacity chart's filters in the URL:
 * a mark per site with a place code, where each lands, the table and the words a screen reader
 * hears instead of the picture.
 */

export type MapRow = CapacityRow & {
  place: string | null;
  placed: PlacedMark | null;
  regionName: string;
};

export function mapModel(
  doc: StargateDocument,
  i18n: I18n,
  labels: SiteLabels,
  palette: Palette,
  { filters, hidden }: { filters: SiteFilters; hidden: readonly SiteStatus[] },
) {
  const { t, pick, gw, date, number } = i18n;
  const sources = sourcesById(doc);
  const sites = new Map(doc.sites.map((s) => [s.id, s]));
  const rows = capacityBySite(doc, filters, 'capacity', i18n.lang);
  const shown = rows.filter((r) => !hidden.includes(r.status));

  const marks: MapMark[] = shown.flatMap((r) => {
    const site = sites.get(r.siteId);
    const place = site?.place?.code;
    if (!site || !place) return [];
    const asOf = date(site.statusAsOf);
    const capacity = labels.capacity(r);
    return [
      {
        key: r.siteId,
        place,
        value: r.capacityGw,
        color: palette.status[r.status],
        uncertain: r.uncertain,
        struck: r.status === 'cancelled',
        label: pick(r.name),
        valueLabel:
          r.capacityGw === null ? '' : figureShort(i18n, gw(r.capacityGw), r.capacityQualifier),
        description: [
          pick(r.name),
          labels.partner(r.leadPartner),
          capacity,
          labels.status(r.status),
          r.uncertain ? t('chart.uncertain') : '',
          t('chart.asOf', { date: asOf }),
        ]
          .filter(Boolean)
          .join(', '),
        tooltip: {
          title: pick(r.name),
          lines: [
            [t('sg.col.location'), pick(site.location)],
            [t('sg.col.lead'), labels.partner(r.leadPartner)],
            [t('sg.col.capacity'), capacity],
            [t('sg.col.status'), labels.status(r.status)],
            [t('sg.col.asOf'), asOf],
          ],
          note: r.uncertain
            ? t('sg.capacity.uncertainNote')
            : site.place?.note
              ? pick(site.place.note)
              : undefined,
        },
      },
    ];
  });
  const { placed, unplaced } = placeMarks(marks);
  const placedByKey = new Map(placed.map((m) => [m.key, m]));

  const tableRows: MapRow[] = rows.map((r) => {
    const m = placedByKey.get(r.siteId) ?? null;
    return {
      ...r,
      place: sites.get(r.siteId)?.place?.code ?? null,
      placed: m,
      regionName:
        m?.placement.panel === 'us'
          ? (stateName(m.placement.region) ?? m.placement.region)
          : labels.country(r.country),
    };
  });

  // The summary a screen reader hears instead of the picture.
  const active = placed.filter((m) => !m.struck);
  const us = active.filter((m) => m.placement.panel === 'us');
  const abroad = active.filter((m) => m.placement.panel === 'world');
  const byState = new Map<string, PlacedMark[]>();
  for (const m of us)
    byState.set(m.placement.region, [...(byState.get(m.placement.region) ?? []), m]);
  const busiest = [...byState.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const sitesText = (count: number) =>
    t(count === 1 ? 'sg.count.site.one' : 'sg.count.site.other', { count: number(count) });
  const names = (list: readonly MapMark[]) => list.map((m) => m.label).join(', ');
  const undisclosed = active.filter((m) => m.value === null);
  const cancelled = placed.filter((m) => m.struck);
  const stateLevel = placed.filter((m) => m.placement.level === 'state');
  const unplacedNote = unplaced.length ? t('sg.map.unplaced', { names: names(unplaced) }) : '';
  const summary = [
    t('sg.map.summary.counts', { us: number(us.length), abroad: number(abroad.length) }),
    busiest && busiest[1].length > 1
      ? t('sg.map.summary.state', {
          state: stateName(busiest[0]) ?? busiest[0],
          count: number(busiest[1].length),
          total: gw(busiest[1].reduce((sum, m) => sum + (m.value ?? 0), 0)),
        })
      : '',
    undisclosed.length ? t('sg.map.summary.undisclosed', { names: names(undisclosed) }) : '',
    cancelled.length ? t('sg.map.summary.cancelled', { names: names(cancelled) }) : '',
    unplacedNote,
  ]
    .filter(Boolean)
    .join(' ');

  const filterNames = [
    ...filters.partner.map(labels.partner),
    ...filters.status.map(labels.status),
    ...filters.country.map(labels.country),
  ];
  const notes = [
    filterNames.length ? t('sg.map.filtered', { filters: filterNames.join(', ') }) : '',
    stateLevel.length ? t('sg.map.stateLevel', { names: names(stateLevel) }) : '',
    unplacedNote,
    t('sg.map.countryLevel'),
  ].filter(Boolean);

  // One record per site shown; its sources are those of where the site is and of its capacity.
  const placeSourceIds = (r: CapacityRow) => sites.get(r.siteId)?.place?.sourceIds ?? [];
  const rowSourceIds = (r: CapacityRow) => [
    ...new Set([...placeSourceIds(r), ...capacitySourceIds(sites.get(r.siteId))]),
  ];
  const columns = siteExportColumns<MapRow>(doc, i18n, rowSourceIds);
  const download: ExportSpec<MapRow> = {
    rows: tableRows.filter((r) => !hidden.includes(r.status)),
    sources: cardSources(sources, shown.flatMap(rowSourceIds)),
    columns: [
      ...columns.site,
      { name: 'place_code', type: 'text', value: (r) => r.place },
      { name: 'placed_by', type: 'text', value: (r) => r.placed?.placement.level ?? null },
      {
        name: 'state',
        type: 'text',
        value: (r) => (r.placed?.placement.panel === 'us' ? r.regionName : null),
      },
      { name: 'country', type: 'text', value: (r) => r.country },
      ...columns.figure,
      ...columns.checks,
    ],
  };

  return {
    placed,
    rows: tableRows,
    summary,
    takeaway: t('sg.map.takeaway', {
      us: sitesText(us.length),
      abroad: sitesText(abroad.length),
    }),
    /** What the map leaves out or places loosely, said beside it. */
    notes,
    download,
    /** The card's source line: where the sites are. */
    sources: cardSources(sources, rows.flatMap(placeSourceIds)),
    uncertain: rows.some((r) => r.uncertain),
    statuses: [...new Set(rows.map((r) => r.status))],
    placeSourceIds,
  };
}
