import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/toggle-legend';
import { usePalette } from '../../charts/palette';
import {
  placeMarks,
  SiteMap,
  stateName,
  type MapMark,
  type PlacedMark,
} from '../../charts/site-map';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import { capacityBySite, filterOptions, type CapacityRow } from '../../data/stargate-derive';
import type { PartnerId, StargateDocument } from '../../data/stargate-schema';
import { siteStatuses } from '../../data/vocabulary';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import { filterEntry, hiddenEntry } from '../export-filters';
import type { ChartProps } from '../registry';
import { setParam, useChartMode, useLinkTo, useTableSort, useUrlParam } from '../url-state';
import { SourceLinks } from './source-links';
import {
  cardSources,
  countryName,
  figureShort,
  figureText,
  statusKeys,
  toggled,
} from './stargate-format';
import './stargate.css';
import '../../i18n/messages/stargate';

const chartId = 'stargate-map';
const hideParam = setParam(siteStatuses);

/**
 * The sites on a map: the US by county, the rest by country. It reads the capacity chart's
 * filters (partner, status, country, hidden statuses) from the URL, so the two always agree.
 */
export function MapCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 480}>
      {(doc) => <MapCardBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

type Row = CapacityRow & { place: string | null; placed: PlacedMark | null; regionName: string };

function MapCardBody({ doc, headingLevel, height }: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick, gw, date, number } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const linkTo = useLinkTo();
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);

  const options = useMemo(() => filterOptions(doc), [doc]);
  const params = useMemo(
    () => ({
      partner: setParam(options.partners),
      status: setParam(options.statuses),
      country: setParam(options.countries),
    }),
    [options],
  );
  const [partner] = useUrlParam('partner', params.partner);
  const [status] = useUrlParam('status', params.status);
  const [country] = useUrlParam('country', params.country);
  const [hidden, setHidden] = useUrlParam('hide', hideParam);

  const sources = useMemo(() => sourcesById(doc), [doc]);
  const sites = useMemo(() => new Map(doc.sites.map((s) => [s.id, s])), [doc]);
  const partnerNames = useMemo(() => new Map(doc.partners.map((p) => [p.id, p.name])), [doc]);
  const partnerName = (id: PartnerId) => {
    const name = partnerNames.get(id);
    return name ? pick(name) : id;
  };
  const statusLabel = (s: CapacityRow['status']) => t(statusKeys[s]);
  const capacityText = (r: CapacityRow) =>
    r.capacityGw === null
      ? t('value.unknown')
      : figureText(i18n, gw(r.capacityGw), r.capacityQualifier);

  const rows = capacityBySite(doc, { partner, status, country }, 'capacity', i18n.lang);
  const shown = rows.filter((r) => !hidden.includes(r.status));

  const marks: MapMark[] = shown.flatMap((r) => {
    const site = sites.get(r.siteId);
    const place = site?.place?.code;
    if (!site || !place) return [];
    const asOf = date(site.statusAsOf);
    const capacity = capacityText(r);
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
          partnerName(r.leadPartner),
          capacity,
          statusLabel(r.status),
          r.uncertain ? t('chart.uncertain') : '',
          t('chart.asOf', { date: asOf }),
        ]
          .filter(Boolean)
          .join(', '),
        tooltip: {
          title: pick(r.name),
          lines: [
            [t('sg.col.location'), pick(site.location)],
            [t('sg.col.lead'), partnerName(r.leadPartner)],
            [t('sg.col.capacity'), capacity],
            [t('sg.col.status'), statusLabel(r.status)],
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
  const regionName = (m: PlacedMark | null, r: CapacityRow) =>
    m?.placement.panel === 'us'
      ? (stateName(m.placement.region) ?? m.placement.region)
      : countryName(i18n, r.country);

  const tableRows: Row[] = rows.map((r) => {
    const m = placedByKey.get(r.siteId) ?? null;
    return {
      ...r,
      place: sites.get(r.siteId)?.place?.code ?? null,
      placed: m,
      regionName: regionName(m, r),
    };
  });

  const table: TableSpec<Row> = {
    rowKey: (r) => r.siteId,
    rows: tableRows,
    columns: [
      {
        key: 'site',
        label: t('sg.col.site'),
        render: (r) => <Link to={linkTo(`/stargate/sites/${r.siteId}`)}>{pick(r.name)}</Link>,
      },
      {
        key: 'place_code',
        label: t('sg.map.col.place'),
        render: (r) => r.place ?? '',
        value: (r) => r.place,
      },
      { key: 'region', label: t('sg.map.col.region'), render: (r) => r.regionName },
      {
        key: 'placed_by',
        label: t('sg.map.col.level'),
        render: (r) => t(`sg.map.level.${r.placed?.placement.level ?? 'none'}`),
      },
      {
        key: 'capacity_gw',
        label: t('sg.col.capacity'),
        numeric: true,
        render: capacityText,
        value: (r) => r.capacityGw,
      },
      {
        key: 'qualifier',
        label: t('sg.col.figure'),
        render: (r) => r.capacityQualifier ?? '',
        value: (r) => r.capacityQualifier,
      },
      { key: 'status', label: t('sg.col.status'), render: (r) => statusLabel(r.status) },
      {
        key: 'uncertain',
        label: t('chart.uncertain'),
        render: (r) => (r.uncertain ? t('chart.uncertain') : ''),
        value: (r) => r.uncertain,
      },
      { key: 'lead', label: t('sg.col.lead'), render: (r) => partnerName(r.leadPartner) },
      {
        key: 'as_of',
        label: t('sg.col.asOf'),
        render: (r) => {
          const site = sites.get(r.siteId);
          return site ? date(site.statusAsOf) : '';
        },
        value: (r) => sites.get(r.siteId)?.statusAsOf ?? null,
      },
      {
        key: 'sources',
        label: t('chart.sources'),
        render: (r) => (
          <SourceLinks ids={sites.get(r.siteId)?.place?.sourceIds ?? []} sources={sources} />
        ),
        value: (r) => (sites.get(r.siteId)?.place?.sourceIds ?? []).join(' '),
      },
    ],
  };

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
    unplaced.length ? t('sg.map.unplaced', { names: names(unplaced) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const present = new Set(rows.map((r) => r.status));
  const legend = (
    <ToggleLegend
      label={t('sg.capacity.legend')}
      items={siteStatuses
        .filter((s) => present.has(s))
        .map((s) => ({
          key: s,
          label: statusLabel(s),
          color: palette.status[s],
          dashed: s === 'cancelled',
        }))}
      hidden={hidden}
      onToggle={(key) => {
        const next = siteStatuses.find((s) => s === key);
        if (next) setHidden(toggled(hidden, next));
      }}
    />
  );

  // One record per site shown (the URL's filters and hidden statuses applied), the figure apart
  // from its wording. Its sources are those of where the site is and of its capacity.
  const rowSourceIds = (r: CapacityRow) => {
    const site = sites.get(r.siteId);
    const ids = [
      ...(site?.place?.sourceIds ?? []),
      ...(site?.capacitySourceIds ?? site?.sourceIds ?? []),
    ];
    return [...new Set(ids)];
  };
  const download: ExportSpec<Row> = {
    rows: tableRows.filter((r) => !hidden.includes(r.status)),
    sources: cardSources(sources, shown.flatMap(rowSourceIds)),
    columns: [
      { name: 'site_id', type: 'text', value: (r) => r.siteId },
      { name: 'site', type: 'text', value: (r) => pick(r.name) },
      { name: 'place_code', type: 'text', value: (r) => r.place },
      { name: 'placed_by', type: 'text', value: (r) => r.placed?.placement.level ?? null },
      {
        name: 'state',
        type: 'text',
        value: (r) =>
          r.placed?.placement.panel === 'us'
            ? (stateName(r.placed.placement.region) ?? r.placed.placement.region)
            : null,
      },
      { name: 'country', type: 'text', value: (r) => r.country },
      { name: 'capacity_gw', type: 'number', value: (r) => r.capacityGw },
      {
        name: 'qualifier',
        type: 'text',
        value: (r) => (r.capacityGw === null ? null : (r.capacityQualifier ?? 'exact')),
      },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'lead_partner', type: 'text', value: (r) => r.leadPartner },
      { name: 'status_as_of', type: 'date', value: (r) => sites.get(r.siteId)?.statusAsOf ?? null },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: rowSourceIds },
    ],
  };
  const exportFilters = [
    ...filterEntry('partner', partner, t('sg.filter.partner'), partnerName),
    ...filterEntry('status', status, t('sg.filter.status'), statusLabel),
    ...filterEntry('country', country, t('sg.filter.country'), (c) => countryName(i18n, c)),
    ...hiddenEntry('hide', hidden, (items) => t('share.hidden', { items }), statusLabel),
  ];

  const filters = [
    ...partner.map(partnerName),
    ...status.map(statusLabel),
    ...country.map((c) => countryName(i18n, c)),
  ];
  const note = (
    <>
      <p className="sg-key">
        <span className="sg-key__item sg-key__item--hatched">{t('sg.key.uncertain')}</span>
        <span className="sg-key__item sg-key__item--outline">{t('sg.key.cancelled')}</span>
        <span className="sg-key__item sg-key__item--open">{t('sg.map.key.ring')}</span>
      </p>
      {filters.length > 0 && <p>{t('sg.map.filtered', { filters: filters.join(', ') })}</p>}
      {stateLevel.length > 0 && <p>{t('sg.map.stateLevel', { names: names(stateLevel) })}</p>}
      {unplaced.length > 0 && <p>{t('sg.map.unplaced', { names: names(unplaced) })}</p>}
      <p>{t('sg.map.countryLevel')}</p>
    </>
  );

  const takeaway = t('sg.map.takeaway', {
    us: sitesText(us.length),
    abroad: sitesText(abroad.length),
  });

  return (
    <ChartCard
      id={chartId}
      title={t('sg.map.title')}
      takeaway={takeaway}
      sources={cardSources(
        sources,
        rows.flatMap((r) => sites.get(r.siteId)?.place?.sourceIds ?? []),
      )}
      asOf={doc.asOf}
      uncertain={rows.some((r) => r.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={exportFilters}
      summary={summary}
      height={height ?? 'auto'}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      <SiteMap
        marks={placed}
        height={height}
        narrow={narrow}
        titles={{ us: t('sg.map.us'), world: t('sg.map.world') }}
        sizeKey={{
          values: [0.5, 1].map((v) => ({ value: v, label: gw(v) })),
          undisclosed: t('value.unknown'),
        }}
        linksLabel={t('sg.map.links')}
        renderLink={(mark, props) => <Link to={linkTo(`/stargate/sites/${mark.key}`)} {...props} />}
      />
    </ChartCard>
  );
}
