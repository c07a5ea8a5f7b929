import { useContext, useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { BarDatum } from '../../charts/bar-chart';
import { keepLargest } from '../../charts/keep-largest';
import { HorizontalBarChart } from '../../charts/lazy-charts';
import { aboveBarRowHeight } from '../../charts/category-label';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { SlideFormContext } from '../../charts/slide-form';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { sourcesById } from '../../data/sources-derive';
import {
  capacityBySite,
  filterOptions,
  totalsByPartner,
  totalsByStatus,
  type CapacityRow,
  type CapacitySort,
} from '../../data/stargate-derive';
import type { PartnerId, StargateDocument } from '../../data/stargate-schema';
import { siteStatuses } from '../../data/vocabulary';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { filterEntry, hiddenEntry } from '../export-filters';
import {
  enumParam,
  setParam,
  useChartMode,
  useLinkTo,
  useTableSort,
  useUrlParam,
} from '../url-state';
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

const chartId = 'stargate-capacity';
const sorts = [
  'capacity',
  'name',
  'status',
  'announced',
] as const satisfies readonly CapacitySort[];
const sortParam = enumParam(sorts, 'capacity');
const hideParam = setParam(siteStatuses);

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

/** Planned capacity (GW) by site, coloured by status, with its lead partner under the name. */
export function CapacityCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 420}>
      {(doc) => <CapacityCardBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

function CapacityCardBody({ doc, headingLevel, height }: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick, gw, date, number } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const slideForm = useContext(SlideFormContext);
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
  const [partner, setPartner] = useUrlParam('partner', params.partner);
  const [status, setStatus] = useUrlParam('status', params.status);
  const [country, setCountry] = useUrlParam('country', params.country);
  const [sort, setSort] = useUrlParam('sort', sortParam);
  const [hidden, setHidden] = useUrlParam('hide', hideParam);

  const sources = useMemo(() => sourcesById(doc), [doc]);
  const sites = useMemo(() => new Map(doc.sites.map((s) => [s.id, s])), [doc]);
  const partnerNames = useMemo(() => new Map(doc.partners.map((p) => [p.id, p.name])), [doc]);
  const partnerName = (id: PartnerId) => {
    const name = partnerNames.get(id);
    return name ? pick(name) : id;
  };

  const rows = capacityBySite(doc, { partner, status, country }, sort, i18n.lang);
  const shown = rows.filter((r) => !hidden.includes(r.status));
  // Rows of bars that stay readable: the page grows with them up to maxBars (and one for the
  // rest); an embed or a slide fixes the height, so fewer fit there.
  const barRows =
    height === undefined
      ? maxBars + 1
      : Math.min(
          maxBars + 1,
          Math.max(6, Math.floor((height - 40) / (slideForm ? slideRowPx : minRowPx))),
        );
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
  const byStatus = totalsByStatus(rows);
  const byPartner = totalsByPartner(rows);
  const bounded = active.some(
    (r) => r.capacityQualifier === 'more-than' || r.capacityQualifier === 'at-least',
  );
  const capped = active.some(
    (r) => r.capacityQualifier === 'up-to' || r.capacityQualifier === 'nearly',
  );
  const filterCount = partner.length + status.length + country.length;

  const statusLabel = (s: CapacityRow['status']) => t(statusKeys[s]);
  const capacityText = (r: CapacityRow) =>
    r.capacityGw === null
      ? t('value.unknown')
      : figureText(i18n, gw(r.capacityGw), r.capacityQualifier);

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
      sublabel: partnerName(r.leadPartner),
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
          [t('sg.col.capacity'), capacityText(r)],
          [t('sg.col.status'), statusLabel(r.status)],
          [t('sg.col.lead'), partnerName(r.leadPartner)],
          [t('sg.col.country'), countryName(i18n, r.country)],
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

  const sumNote =
    bounded && capped
      ? t('sg.capacity.sumNote.mixed')
      : bounded
        ? t('sg.capacity.sumNote.lowerBound')
        : t('sg.capacity.sumNote.plain');

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
  const data = rest.length > 0 ? [...siteBars, restBar] : siteBars;

  const table: TableSpec<CapacityRow> = {
    rowKey: (r) => r.siteId,
    rows,
    columns: [
      {
        key: 'site',
        label: t('sg.col.site'),
        render: (r) => <Link to={linkTo(`/stargate/sites/${r.siteId}`)}>{pick(r.name)}</Link>,
      },
      {
        key: 'capacity',
        label: t('sg.col.capacity'),
        numeric: true,
        render: capacityText,
        value: (r) => r.capacityGw,
      },
      {
        key: 'status',
        label: t('sg.col.status'),
        sortValue: (r) => statusLabel(r.status),
        render: (r) => (
          <>
            {statusLabel(r.status)}
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
          </>
        ),
      },
      { key: 'lead', label: t('sg.col.lead'), render: (r) => partnerName(r.leadPartner) },
      { key: 'country', label: t('sg.col.country'), render: (r) => countryName(i18n, r.country) },
      {
        key: 'asOf',
        label: t('sg.col.asOf'),
        sortValue: (r) => sites.get(r.siteId)?.statusAsOf ?? null,
        render: (r) => {
          const site = sites.get(r.siteId);
          return site ? date(site.statusAsOf) : '';
        },
      },
      {
        key: 'sources',
        label: t('chart.sources'),
        value: (r) => {
          const site = sites.get(r.siteId);
          return (site?.capacitySourceIds ?? site?.sourceIds ?? []).join(' ');
        },
        render: (r) => {
          const site = sites.get(r.siteId);
          return (
            <SourceLinks ids={site?.capacitySourceIds ?? site?.sourceIds ?? []} sources={sources} />
          );
        },
      },
    ],
  };

  // One record per site shown (filters and hidden statuses applied), the figure apart from its wording.
  const rowSourceIds = (r: CapacityRow) => {
    const site = sites.get(r.siteId);
    return site?.capacitySourceIds ?? site?.sourceIds ?? [];
  };
  const download: ExportSpec<CapacityRow> = {
    rows: shown,
    sources: cardSources(sources, shown.flatMap(rowSourceIds)),
    columns: [
      { name: 'site_id', type: 'text', value: (r) => r.siteId },
      { name: 'site', type: 'text', value: (r) => pick(r.name) },
      { name: 'capacity_gw', type: 'number', value: (r) => r.capacityGw },
      {
        name: 'qualifier',
        type: 'text',
        value: (r) => (r.capacityGw === null ? null : (r.capacityQualifier ?? 'exact')),
      },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'lead_partner', type: 'text', value: (r) => r.leadPartner },
      { name: 'country', type: 'text', value: (r) => r.country },
      { name: 'announced', type: 'date', value: (r) => r.announced },
      { name: 'status_as_of', type: 'date', value: (r) => sites.get(r.siteId)?.statusAsOf ?? null },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: rowSourceIds },
    ],
  };
  const filters = [
    ...filterEntry('partner', partner, t('sg.filter.partner'), partnerName),
    ...filterEntry('status', status, t('sg.filter.status'), statusLabel),
    ...filterEntry('country', country, t('sg.filter.country'), (c) => countryName(i18n, c)),
    ...hiddenEntry('hide', hidden, (items) => t('share.hidden', { items }), statusLabel),
  ];

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
      ? t('sg.capacity.summary.largest', { name: pick(largest.name), value: capacityText(largest) })
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
    t('sg.capacity.takeaway', { count: number(active.length), total: gw(activeTotal) }),
    undisclosed.length
      ? t('sg.capacity.takeaway.undisclosed', { count: number(undisclosed.length) })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const chip = <T extends string>(value: T, label: string, list: T[], set: (next: T[]) => void) => (
    <button
      key={value}
      type="button"
      className="chip"
      aria-pressed={list.includes(value)}
      onClick={() => set(toggled(list, value))}
    >
      {label}
    </button>
  );

  const controls = (
    <details className="sg-filters" open={!narrow || filterCount > 0}>
      <summary>
        {t('chart.filters')}
        {filterCount > 0 && ` (${number(filterCount)})`}
      </summary>
      <div className="sg-filters__body">
        <fieldset className="filter-group">
          <legend>{t('sg.filter.partner')}</legend>
          {options.partners.map((p) => chip(p, partnerName(p), partner, setPartner))}
        </fieldset>
        <fieldset className="filter-group">
          <legend>{t('sg.filter.status')}</legend>
          {options.statuses.map((s) => chip(s, statusLabel(s), status, setStatus))}
        </fieldset>
        <fieldset className="filter-group">
          <legend>{t('sg.filter.country')}</legend>
          {options.countries.map((c) => chip(c, countryName(i18n, c), country, setCountry))}
        </fieldset>
        <div className="sg-filters__row">
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
          {filterCount > 0 && (
            <button
              type="button"
              onClick={() => {
                setPartner([]);
                setStatus([]);
                setCountry([]);
              }}
            >
              {t('chart.reset')}
            </button>
          )}
        </div>
      </div>
    </details>
  );

  const present = new Set(rows.map((r) => r.status));
  const legend = (
    <>
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
          const status = siteStatuses.find((s) => s === key);
          if (status) setHidden(toggled(hidden, status));
        }}
      />
      {rest.length > 0 && (
        <p className="chart-note">
          {t('sg.capacity.rest.note', {
            shown: number(kept.length),
            count: restCount,
            total: restTotalText,
          })}
        </p>
      )}
    </>
  );

  const totalsText = (total: {
    capacityGw: number;
    siteCount: number;
    undisclosedCount: number;
  }) => {
    const sites = t(total.siteCount === 1 ? 'sg.count.site.one' : 'sg.count.site.other', {
      count: number(total.siteCount),
    });
    // A group whose every site is undisclosed has no total, not a total of zero.
    if (total.undisclosedCount === total.siteCount) return t('sg.capacity.total.none', { sites });
    const text = t('sg.capacity.total', { value: gw(total.capacityGw), sites });
    return total.undisclosedCount
      ? `${text} ${t('sg.capacity.total.undisclosed', { count: number(total.undisclosedCount) })}`
      : text;
  };

  const note = (
    <>
      <p className="sg-key">
        <span className="sg-key__item sg-key__item--hatched">{t('sg.key.uncertain')}</span>
        <span className="sg-key__item sg-key__item--outline">{t('sg.key.cancelled')}</span>
        <span className="sg-key__item sg-key__item--open">{t('sg.key.undisclosed')}</span>
      </p>
      <p>
        <strong>{t('sg.capacity.byStatus')}</strong>{' '}
        {byStatus.map((s) => `${statusLabel(s.key)} ${totalsText(s)}`).join(' · ')}
      </p>
      <p>
        <strong>{t('sg.capacity.byPartner')}</strong>{' '}
        {byPartner.map((p) => `${partnerName(p.key)} ${totalsText(p)}`).join(' · ')}
      </p>
      <p>{sumNote}</p>
    </>
  );

  const plotHeight = height ?? Math.max(240, data.length * (narrow ? aboveBarRowHeight : 36) + 40);

  return (
    <ChartCard
      id={chartId}
      title={t('sg.capacity.title')}
      takeaway={takeaway}
      sources={cardSources(
        sources,
        rows.flatMap((r) => sites.get(r.siteId)?.capacitySourceIds ?? []),
      )}
      asOf={doc.asOf}
      uncertain={rows.some((r) => r.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={filters}
      summary={summary}
      height={plotHeight}
      controls={controls}
      legend={legend}
      note={note}
      headingLevel={headingLevel}
    >
      {data.length === 0 ? (
        <p className="chart-card__empty">{t('sg.capacity.allHidden')}</p>
      ) : (
        <HorizontalBarChart
          data={data}
          height={plotHeight}
          categoryWidth={170}
          labelsAbove={narrow}
          valueLabelWidth={narrow ? 78 : 110}
          unknownLabel={t('value.unknown')}
          formatTick={(v) => (v === 0 ? '0' : gw(v))}
        />
      )}
    </ChartCard>
  );
}
