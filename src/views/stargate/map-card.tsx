import { memo } from 'react';
import { Link } from 'react-router-dom';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { usePalette } from '../../charts/palette';
import { SiteMap } from '../../charts/site-map';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { cardFrame } from '../shared/card-frame';
import { sourcesColumn } from '../shared/fact-sources';
import { useCardState, useLinkTo } from '../url-state';
import { mapModel, type MapRow } from './map-model';
import { siteFilterEntries, useFollowedSiteFilters } from './site-filters';
import { siteLabels } from './stargate-format';
import { MarkKey, StatusLegend, useSiteColumn } from './stargate-parts';
import './stargate.css';
import '../../i18n/messages/stargate';

/**
 * The sites on a map: the US by county, the rest by country. It reads the capacity chart's
 * filters (partner, status, country, hidden statuses) from the URL, so the two always agree.
 */
export const MapCard = datasetCard('stargate', 480, MapCardFilters);

/**
 * The filters, a step behind the capacity chart's clicks (useFollowedSiteFilters); the body
 * below re-renders only once they change here, so a click redraws its own chart first.
 */
function MapCardFilters(props: ChartProps & { doc: StargateDocument }) {
  const { filters, hidden, setHidden } = useFollowedSiteFilters(props.doc);
  return <MapCardBody {...props} filters={filters} hidden={hidden} setHidden={setHidden} />;
}

type FollowedFilters = ReturnType<typeof useFollowedSiteFilters>;

const MapCardBody = memo(function MapCardBody({
  doc,
  headingLevel,
  height,
  filters,
  hidden,
  setHidden,
}: ChartProps & { doc: StargateDocument } & FollowedFilters) {
  const i18n = useI18n();
  const { t, gw, date } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const linkTo = useLinkTo();
  const card = useCardState('stargate-map');
  const siteColumn = useSiteColumn<MapRow>();
  const labels = siteLabels(i18n, doc);
  const sources = sourcesById(doc);
  const sites = new Map(doc.sites.map((s) => [s.id, s]));
  const model = mapModel(doc, i18n, labels, palette, { filters, hidden });

  const table: TableSpec<MapRow> = {
    rowKey: (r) => r.siteId,
    rows: model.rows,
    columns: [
      siteColumn,
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
        render: labels.capacity,
        value: (r) => r.capacityGw,
      },
      {
        key: 'qualifier',
        label: t('sg.col.figure'),
        render: (r) => r.capacityQualifier ?? '',
        value: (r) => r.capacityQualifier,
      },
      { key: 'status', label: t('sg.col.status'), render: (r) => labels.status(r.status) },
      {
        key: 'uncertain',
        label: t('chart.uncertain'),
        render: (r) => (r.uncertain ? t('chart.uncertain') : ''),
        value: (r) => r.uncertain,
      },
      { key: 'lead', label: t('sg.col.lead'), render: (r) => labels.partner(r.leadPartner) },
      {
        key: 'as_of',
        label: t('sg.col.asOf'),
        render: (r) => {
          const site = sites.get(r.siteId);
          return site ? date(site.statusAsOf) : '';
        },
        value: (r) => sites.get(r.siteId)?.statusAsOf ?? null,
      },
      sourcesColumn(t('chart.sources'), sources, model.placeSourceIds),
    ],
  };

  const note = (
    <>
      <MarkKey
        marks={{
          hatched: t('sg.key.uncertain'),
          outline: t('sg.key.cancelled'),
          open: t('sg.map.key.ring'),
        }}
      />
      {model.notes.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );

  return (
    <ChartCard
      {...card}
      title={t('sg.map.title')}
      {...cardFrame(model)}
      asOf={doc.asOf}
      table={table}
      filters={siteFilterEntries(i18n, labels, filters, hidden)}
      height={height ?? 'auto'}
      legend={<StatusLegend statuses={model.statuses} hidden={hidden} onHiddenChange={setHidden} />}
      note={note}
      headingLevel={headingLevel}
    >
      <SiteMap
        marks={model.placed}
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
});
