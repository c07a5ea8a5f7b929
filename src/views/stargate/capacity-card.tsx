import { useCallback, useContext } from 'react';
import { HorizontalBarChart } from '../../charts/lazy-charts';
import { aboveBarRowHeight } from '../../charts/category-label';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { FilterChips, ResetFilters } from '../../charts/filter-chips';
import { FilterSheet } from '../../charts/filter-sheet';
import { usePalette } from '../../charts/palette';
import { SlideFormContext } from '../../charts/slide-form';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import type { CapacityRow, CapacitySort } from '../../data/stargate-derive';
import type { StargateDocument } from '../../data/stargate-schema';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { cardFrame } from '../shared/card-frame';
import { sourcesColumn } from '../shared/fact-sources';
import { enumParam, useCardState, useUrlParam } from '../url-state';
import { barRowsFor, capacityModel } from './capacity-model';
import { filterCount, siteFilterEntries, useSiteFilters } from './site-filters';
import { MarkKey, StatusLegend, useSiteColumn } from './stargate-parts';
import { capacitySourceIds, siteLabels } from './stargate-format';
import './stargate.css';
import '../../i18n/messages/stargate';

const sorts = [
  'capacity',
  'name',
  'status',
  'announced',
] as const satisfies readonly CapacitySort[];
const sortParam = enumParam(sorts, 'capacity');

/** Planned capacity (GW) by site, coloured by status, with its lead partner under the name. */
export const CapacityCard = datasetCard('stargate', 420, CapacityCardBody);

function CapacityCardBody({ doc, headingLevel, height }: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, gw, date } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const slideForm = useContext(SlideFormContext);
  const card = useCardState('stargate-capacity');
  const siteFilters = useSiteFilters(doc);
  const { chips, filters, hidden } = siteFilters;
  const [sort, setSort] = useUrlParam('sort', sortParam);
  const labels = siteLabels(i18n, doc);
  const sources = sourcesById(doc);
  const sites = new Map(doc.sites.map((s) => [s.id, s]));
  const siteColumn = useSiteColumn<CapacityRow>();
  // Stable across filter clicks, so the value axis is not replaced when only the bars change.
  const formatTick = useCallback((v: number) => (v === 0 ? '0' : gw(v)), [gw]);

  const model = capacityModel(doc, i18n, labels, palette, {
    filters,
    sort,
    hidden,
    barRows: barRowsFor(height, slideForm),
  });

  const table: TableSpec<CapacityRow> = {
    rowKey: (r) => r.siteId,
    rows: model.rows,
    columns: [
      siteColumn,
      {
        key: 'capacity',
        label: t('sg.col.capacity'),
        numeric: true,
        render: labels.capacity,
        value: (r) => r.capacityGw,
      },
      {
        key: 'status',
        label: t('sg.col.status'),
        sortValue: (r) => labels.status(r.status),
        render: (r) => (
          <>
            {labels.status(r.status)}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      { key: 'lead', label: t('sg.col.lead'), render: (r) => labels.partner(r.leadPartner) },
      { key: 'country', label: t('sg.col.country'), render: (r) => labels.country(r.country) },
      {
        key: 'asOf',
        label: t('sg.col.asOf'),
        sortValue: (r) => sites.get(r.siteId)?.statusAsOf ?? null,
        render: (r) => {
          const site = sites.get(r.siteId);
          return site ? date(site.statusAsOf) : '';
        },
      },
      sourcesColumn(t('chart.sources'), sources, (r) => capacitySourceIds(sites.get(r.siteId))),
    ],
  };

  const active = filterCount(filters);
  const controls = (
    <FilterSheet activeCount={active}>
      <FilterChips legend={t('sg.filter.partner')} label={labels.partner} {...chips.partner} />
      <FilterChips legend={t('sg.filter.status')} label={labels.status} {...chips.status} />
      <FilterChips legend={t('sg.filter.country')} label={labels.country} {...chips.country} />
      <div className="filter-sheet__row">
        <label className="sg-select">
          <span>{t('chart.sort')}</span>
          <select value={sort} onChange={(event) => setSort(sortParam.parse(event.target.value))}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`sg.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <ResetFilters active={active > 0} onReset={siteFilters.reset} />
      </div>
    </FilterSheet>
  );

  const legend = (
    <>
      <StatusLegend
        statuses={model.statuses}
        hidden={hidden}
        onHiddenChange={siteFilters.setHidden}
      />
      {model.restNote && <p className="chart-note">{model.restNote}</p>}
    </>
  );

  const note = (
    <>
      <MarkKey
        marks={{
          hatched: t('sg.key.uncertain'),
          outline: t('sg.key.cancelled'),
          open: t('sg.key.undisclosed'),
        }}
      />
      <p>
        <strong>{t('sg.capacity.byStatus')}</strong> {model.byStatus}
      </p>
      <p>
        <strong>{t('sg.capacity.byPartner')}</strong> {model.byPartner}
      </p>
      <p>{model.sumNote}</p>
    </>
  );

  const plotHeight =
    height ?? Math.max(240, model.bars.length * (narrow ? aboveBarRowHeight : 36) + 40);

  return (
    <ChartCard
      {...card}
      title={t('sg.capacity.title')}
      {...cardFrame(model)}
      asOf={doc.asOf}
      table={table}
      filters={siteFilterEntries(i18n, labels, filters, hidden)}
      height={plotHeight}
      controls={controls}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      {model.bars.length === 0 ? (
        <p className="chart-card__empty">{t('sg.capacity.allHidden')}</p>
      ) : (
        <HorizontalBarChart
          data={model.bars}
          height={plotHeight}
          categoryWidth={170}
          labelsAbove={narrow}
          valueLabelWidth={narrow ? 78 : 110}
          unknownLabel={t('value.unknown')}
          formatTick={formatTick}
        />
      )}
    </ChartCard>
  );
}
