import { useContext, useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { TableSpec } from '../../charts/data-table';
import { FilterChips, ResetFilters } from '../../charts/filter-chips';
import { usePalette } from '../../charts/palette';
import { SlideFormContext } from '../../charts/slide-form';
import { TimelineChart } from '../../charts/lazy-charts';
import { ToggleLegend } from '../../charts/toggle-legend';
import { UncertainBadge } from '../../charts/uncertain-badge';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import type { FusionDocument, ProgrammeKind } from '../../data/fusion-schema';
import { programmeKinds } from '../../data/vocabulary';
import { sourcesById } from '../../data/sources-derive';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartProps } from '../registry';
import { datasetCard } from '../shared/dataset-card';
import { filterEntry } from '../export-filters';
import { cardSources } from '../shared/card-sources';
import { sourcesColumn } from '../shared/fact-sources';
import { enumParam, setParam, useUpdateSearch, useUrlParam, useCardState } from '../url-state';
import { pointText, slipText } from './fusion-format';
import { MarkKey } from './mark-key';
import {
  fractionalYear,
  kindKeys,
  kindOrder,
  listOfNames,
  roadmapDomain,
  roadmapDownload,
  roadmapView,
  statusKeys,
  type RoadmapItem,
} from './roadmap-model';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-roadmap';
const kindParam = setParam(programmeKinds);
const baselineParam = enumParam(['show', 'hide'], 'show');

/** Programmes and phases on a time axis, each current plan against the dates earlier plans gave. */
export const RoadmapCard = datasetCard('fusion', { fixed: 640 }, RoadmapBody);

function RoadmapBody({
  doc,
  headingLevel,
  height: givenHeight,
}: ChartProps & { doc: FusionDocument }) {
  // Only a slide fixes the roadmap's height; an embed or a page draws every row.
  const fixedHeight = useContext(SlideFormContext) ? givenHeight : undefined;
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const palette = usePalette();
  const cardState = useCardState(chartId);
  const narrow = useMediaQuery(narrowScreen);
  const programmeIds = useMemo(() => doc.programmes.map((p) => p.id), [doc]);
  const programmeParam = useMemo(() => setParam(programmeIds), [programmeIds]);
  const [kind, setKind] = useUrlParam('kind', kindParam);
  const [programme, setProgramme] = useUrlParam('programme', programmeParam);
  const [baseline, setBaseline] = useUrlParam('baseline', baselineParam);
  const updateSearch = useUpdateSearch();
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const today = fractionalYear(new Date());
  const colorOf = (k: ProgrammeKind) => palette.stages[kindOrder.indexOf(k)] ?? palette.muted;
  const showEarlier = baseline === 'show';
  const view = roadmapView(
    doc,
    { kind, programme, showEarlier },
    { today, fixedHeight, narrow, colorOf },
    i18n,
  );
  const { groups, items, layout } = view;

  const table: TableSpec<RoadmapItem> = {
    rowKey: (r) => r.phaseId,
    rows: items,
    columns: [
      { key: 'programme', label: t('fusion.col.programme'), render: (r) => pick(r.programmeName) },
      { key: 'phase', label: t('fusion.col.phase'), render: (r) => pick(r.name) },
      {
        key: 'current',
        label: t('fusion.col.current'),
        sortValue: (r) => r.startYear,
        render: (r) =>
          r.phase.type === 'phase' && r.phase.end
            ? `${pointText(i18n, r.phase.start)} – ${pointText(i18n, r.phase.end)}`
            : pointText(i18n, r.phase.start),
      },
      {
        key: 'baseline',
        label: t('fusion.col.baseline'),
        sortValue: (r) => r.baselineYear,
        render: (r) => {
          const first = r.phase.forecasts[0];
          return first ? `${pointText(i18n, first.when)} (${pick(first.plan)})` : '–';
        },
      },
      {
        key: 'slip',
        label: t('fusion.col.slipYears'),
        numeric: true,
        value: (r) => r.slipYears,
        render: (r) => slipText(i18n, r.slipYears),
      },
      {
        key: 'status',
        label: t('fusion.col.status'),
        render: (r) => (
          <>
            {t(statusKeys[r.status])}
            <UncertainBadge shown={r.uncertain} />
          </>
        ),
      },
      sourcesColumn(t('fusion.col.sources'), sources, (r) => r.sourceIds),
    ],
  };

  const filters = [
    ...filterEntry('kind', kind, t('fusion.filter.kind'), (k) => t(kindKeys[k])),
    ...filterEntry('programme', programme, t('fusion.filter.programme'), (id) => {
      const found = doc.programmes.find((p) => p.id === id);
      return found ? pick(found.name) : id;
    }),
  ];

  const filterCount = kind.length + programme.length;
  const controls = (
    <>
      <FilterChips
        legend={t('fusion.filter.kind')}
        options={kindOrder}
        label={(k) => t(kindKeys[k])}
        selected={kind}
        onChange={setKind}
      />
      <div className="filter-tail">
        <label className="fu-select">
          <span>{t('fusion.filter.programme')}</span>
          <select
            value={programme[0] ?? ''}
            onChange={(e) => setProgramme(e.target.value ? [e.target.value] : [])}
          >
            <option value="">{t('chart.all')}</option>
            {doc.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(p.name)}
              </option>
            ))}
          </select>
        </label>
        <ResetFilters
          active={filterCount > 0}
          onReset={() =>
            updateSearch((params) => {
              params.delete('kind');
              params.delete('programme');
            })
          }
        />
      </div>
    </>
  );

  const legend = (
    <>
      <div className="fu-legends">
        <ToggleLegend
          label={t('fusion.roadmap.kinds')}
          hidden={[]}
          items={kindOrder
            .filter((k) => groups.some((g) => g.kind === k))
            .map((k) => ({ key: k, label: t(kindKeys[k]), color: colorOf(k) }))}
        />
        <ToggleLegend
          label={t('fusion.roadmap.marks')}
          hidden={showEarlier ? [] : ['earlier']}
          onToggle={() => setBaseline(showEarlier ? 'hide' : 'show')}
          items={[
            {
              key: 'earlier',
              label: t('fusion.roadmap.earlier'),
              color: palette.muted,
              dashed: true,
            },
          ]}
        />
        <MarkKey
          label={t('fusion.roadmap.keyLabel')}
          items={[
            { mark: 'fu-key__diamond', text: t('fusion.roadmap.key.milestone') },
            { mark: 'fu-key__bar', text: t('fusion.roadmap.key.phase') },
            { mark: 'fu-key__window', text: t('fusion.roadmap.key.window') },
            { mark: 'fu-key__hollow', text: t('fusion.roadmap.key.superseded') },
            ...(showEarlier
              ? [
                  {
                    mark: 'fu-key__slip',
                    text: t('fusion.roadmap.key.slip'),
                    style: { color: palette.target },
                  },
                ]
              : []),
          ]}
        />
      </div>
      {view.trimmedPhases > 0 && (
        <p className="chart-note">
          {view.phasesShown === 1
            ? t('fusion.roadmap.slideFormOne', { phases: number(view.trimmedPhases) })
            : t('fusion.roadmap.slideForm', {
                count: number(view.phasesShown),
                phases: number(view.trimmedPhases),
              })}
        </p>
      )}
      {view.undrawn.programmes > 0 && (
        <p className="chart-note">
          {t('fusion.roadmap.undrawn', {
            shown: number(groups.length - view.undrawn.programmes),
            total: number(groups.length),
            count: number(view.undrawn.programmes),
            phases: number(view.undrawn.phases),
          })}
        </p>
      )}
    </>
  );

  return (
    <ChartCard
      {...cardState}
      title={t('fusion.roadmap.title')}
      takeaway={view.takeaway}
      sources={cardSources(sources, view.sourceIds)}
      asOf={doc.asOf}
      uncertain={items.some((i) => i.uncertain)}
      table={table}
      download={roadmapDownload(items, pick)}
      filters={filters}
      summary={view.summary}
      height={view.height}
      controls={controls}
      legend={legend}
      headingLevel={headingLevel}
      note={
        <>
          <p>{t('fusion.roadmap.note')}</p>
          {view.offAxis.length > 0 && (
            <p>
              {t('fusion.roadmap.offAxis', {
                list: listOfNames(
                  i18n,
                  view.offAxis.map((i) => `${pick(i.programmeName)}: ${pick(i.name)}`),
                ),
              })}
            </p>
          )}
        </>
      }
    >
      <TimelineChart
        data={view.data}
        domain={roadmapDomain}
        today={today}
        todayLabel={t('fusion.today', { year: String(new Date().getUTCFullYear()) })}
        showEarlier={showEarlier}
        labelWidth={layout.labelWidth}
        labelsAbove={layout.labelsAbove}
        bandHeight={layout.bandHeight}
        formatYear={(y) => plainNumber(y)}
      />
    </ChartCard>
  );
}
