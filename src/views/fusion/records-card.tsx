import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { FilterChips, toggled } from '../../charts/filter-chips';
import { LogScatterChart } from '../../charts/lazy-charts';
import { usePalette } from '../../charts/palette';
import { ToggleLegend } from '../../charts/toggle-legend';
import { UncertainBadge } from '../../charts/uncertain-badge';
import type { FusionDocument } from '../../data/fusion-schema';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { filterEntry, hiddenEntry } from '../export-filters';
import { cardSources } from '../shared/card-sources';
import { FactSources } from '../shared/fact-sources';
import { enumParam, setParam, useUrlParam, useCardState } from '../url-state';
import { MarkKey } from './mark-key';
import {
  groupKeys,
  metricGroups,
  metricKeys,
  recordsDownload,
  recordsView,
  seriesKeys,
  unitText,
  type RecordsRow,
} from './records-model';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-records';
const metricParam = enumParam(metricGroups, 'gain');

/** Fusion records over time against the ITER, DEMO and power-plant goals, one metric family at a time. */
export const RecordsCard = datasetCard('fusion', 420, RecordsBody);

function RecordsBody({ doc, headingLevel, height = 400 }: ChartProps & { doc: FusionDocument }) {
  const i18n = useI18n();
  const { t, pick, date } = i18n;
  const palette = usePalette();
  const cardState = useCardState(chartId);
  const [group, setGroup] = useUrlParam('metric', metricParam);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const hiddenParam = useMemo(() => setParam(seriesKeys(doc)), [doc]);
  const [hidden, setHidden] = useUrlParam('hidden', hiddenParam);
  const view = recordsView(doc, { group, hidden }, palette.series, i18n);
  const { series, unit, log } = view;

  const table: TableSpec<RecordsRow> = {
    rowKey: (r) => (r.type === 'record' ? r.record.id : r.target.id),
    rows: view.tableRows,
    columns: [
      {
        key: 'device',
        label: t('fusion.col.device'),
        render: (r) =>
          r.type === 'record'
            ? pick(r.record.device)
            : `${pick(r.target.subject)} (${t('fusion.records.target')})`,
      },
      {
        key: 'metric',
        label: t('fusion.col.metric'),
        render: (r) => t(metricKeys[r.type === 'record' ? r.record.metric : r.target.metric]),
      },
      {
        key: 'value',
        label: t('fusion.col.value'),
        numeric: true,
        sortValue: (r) => (r.type === 'record' ? r.record.value : r.target.high),
        render: (r) =>
          r.type === 'record'
            ? i18n.number(r.record.value ?? Number.NaN, 4)
            : r.target.low === r.target.high
              ? i18n.number(r.target.low, 2)
              : `${i18n.number(r.target.low, 2)}–${i18n.number(r.target.high, 2)}`,
      },
      {
        key: 'unit',
        label: t('fusion.col.unit'),
        render: (r) =>
          unitText(i18n, r.type === 'record' ? r.record.unit : r.target.unit) ||
          t('fusion.unit.ratio'),
      },
      {
        key: 'date',
        label: t('fusion.col.date'),
        sortValue: (r) => (r.type === 'record' ? r.record.date : (r.target.when?.date ?? null)),
        render: (r) =>
          r.type === 'record'
            ? r.record.date
              ? date(r.record.date)
              : r.record.dateNote
                ? pick(r.record.dateNote)
                : t('fusion.date.none')
            : r.target.when?.label
              ? pick(r.target.when.label)
              : r.target.when?.date
                ? date(r.target.when.date)
                : '–',
      },
      {
        key: 'qualifier',
        label: t('fusion.col.qualifier'),
        render: (r) => {
          const item = r.type === 'record' ? r.record : r.target;
          const parts = [
            item.qualifier ? t(`fusion.qual.${item.qualifier}`) : '',
            item.derived ? t('fusion.records.derived') : '',
          ].filter(Boolean);
          return (
            <>
              {parts.join(', ') || '–'}
              <UncertainBadge shown={isUncertain(item, sources)} />
            </>
          );
        },
      },
      {
        key: 'sources',
        label: t('fusion.col.sources'),
        value: (r) => (r.type === 'record' ? r.record.sourceIds : r.target.sourceIds).join(' '),
        render: (r) => (
          <FactSources
            ids={r.type === 'record' ? r.record.sourceIds : r.target.sourceIds}
            sources={sources}
          />
        ),
      },
    ],
  };

  const seriesLabels = new Map(series.map((s) => [s.key, s.label]));
  const filters = [
    ...filterEntry('metric', group === 'gain' ? [] : [group], t('fusion.records.metric'), (g) =>
      t(groupKeys[g]),
    ),
    ...hiddenEntry(
      'hidden',
      hidden.filter((key) => seriesLabels.has(key)),
      (items) => t('share.hidden', { items }),
      (key) => seriesLabels.get(key) ?? key,
    ),
  ];

  const controls = (
    <FilterChips
      legend={t('fusion.records.metric')}
      options={metricGroups}
      label={(g) => t(groupKeys[g])}
      selected={[group]}
      onChange={([g]) => g && setGroup(g)}
      single
    />
  );

  const legend = (
    <div className="fu-legends">
      <ToggleLegend
        label={t('fusion.records.series')}
        hidden={hidden}
        onToggle={(key) => setHidden(toggled(hidden, key))}
        items={series.map((s) => ({ key: s.key, label: s.label, color: s.color }))}
      />
      <MarkKey
        label={t('fusion.roadmap.keyLabel')}
        items={[
          { mark: 'fu-key__dot', text: t('fusion.records.key.record') },
          { mark: 'fu-key__dot fu-key__dot--hollow', text: t('fusion.records.key.uncertain') },
          {
            mark: 'fu-key__diamond fu-key__diamond--small',
            text: t('fusion.records.key.derived'),
          },
          { mark: 'fu-key__target', text: t('fusion.records.key.target') },
        ]}
      />
    </div>
  );

  return (
    <ChartCard
      {...cardState}
      title={t('fusion.records.title')}
      takeaway={view.takeaway}
      sources={cardSources(sources, view.sourceIds)}
      asOf={doc.asOf}
      uncertain={series.some((s) => s.points.some((p) => p.hollow))}
      table={table}
      download={recordsDownload(doc, view.exportRows, pick)}
      filters={filters}
      summary={view.summary}
      height={height}
      controls={controls}
      legend={legend}
      headingLevel={headingLevel}
      note={
        <>
          {group === 'gain' && <p>{t('fusion.records.gainNote')}</p>}
          {log && <p>{t('fusion.records.logNote')}</p>}
          {view.others && <p>{t('fusion.records.others', { list: view.others })}</p>}
        </>
      }
    >
      <LogScatterChart
        series={series}
        hidden={hidden}
        references={view.references}
        xDomain={view.xDomain}
        yDomain={view.yDomain}
        log={log}
        height={height}
        formatX={(x) => plainNumber(x)}
        formatY={(y) => i18n.number(y, y < 1 ? 3 : 0)}
        yLabel={unitText(i18n, unit) || t('fusion.unit.ratio')}
      />
    </ChartCard>
  );
}
