import { useContext, useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { ToggleLegend } from '../../charts/legend';
import { usePalette } from '../../charts/palette';
import { SlideFormContext } from '../../charts/slide-form';
import { TimelineChart } from '../../charts/lazy-charts';
import type { TimelineDatum } from '../../charts/timeline-chart';
import { timelineBands, timelineHeight } from '../../charts/timeline-layout';
import type { FusionDocument, PhaseStatus, ProgrammeKind } from '../../data/fusion-schema';
import { programmeKinds } from '../../data/vocabulary';
import { sourcesById } from '../../data/sources-derive';
import type { MessageKey } from '../../i18n/catalogue';
import { plainNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { filterEntry } from '../export-filters';
import {
  enumParam,
  setParam,
  useChartMode,
  useTableSort,
  useUpdateSearch,
  useUrlParam,
} from '../url-state';
import { pointColumns } from './fusion-export';
import {
  cardSources,
  pointText,
  slipText,
  SourceList,
  toggled,
  useNarrowScreen,
} from './fusion-format';
import {
  fractionalYear,
  kindOrder,
  roadmapDomain,
  roadmapGroups,
  type RoadmapItem,
} from './fusion-model';
import './fusion.css';
import '../../i18n/messages/fusion';

const chartId = 'fusion-roadmap';
const kindParam = setParam(programmeKinds);
const baselineParam = enumParam(['show', 'hide'], 'show');
/** One band: a label line or a bar. Phones put labels on their own lines above the bars. */
const bandHeight = 20;
const bandHeightPhone = 17;
/**
 * Rows (programme headings and phases) drawn at most: about 2,200 px of plot. The bundled roadmap
 * (13 programmes, about 70 rows) fits whole; a file with thousands of phases would draw marks a
 * reader cannot tell apart and freeze the page, so past it whole programmes are drawn, a few of
 * each stage, and the note says what is left to the table.
 */
const maxRows = 100;
/**
 * The slide form counts bands, not rows (a long label wraps to two bands), so the programmes it
 * draws fit the slide's height at `bandHeight` each; the bands are then stretched to fill that
 * height, up to this many pixels, so the slide and its image are full and nothing overflows.
 */
const slideBandMax = 32;
/** Phases per programme in the slide form: the latest ones, where the story is. */
const phasesPerProgrammeOnSlide = 2;
/** Names listed in a sentence before "and N more". */
const maxNames = 10;

type GroupRows = { id: string; kind: ProgrammeKind; rows: number };

/**
 * The programmes to draw within `budget` rows: all when they fit; otherwise whole programmes,
 * one of each stage in turn (the next of that stage that fits), so every
 * stage is on the chart and none crowds out the rest. Programmes with nothing on the time axis
 * take no room and count as drawn.
 */
function programmesToDraw(groups: readonly GroupRows[], budget: number): Set<string> {
  const all = new Set(groups.map((g) => g.id));
  if (groups.reduce((sum, g) => sum + g.rows, 0) <= budget) return all;
  const chosen = new Set(groups.filter((g) => g.rows === 0).map((g) => g.id));
  const queues = kindOrder.map((k) => groups.filter((g) => g.kind === k && g.rows > 0));
  let used = 0;
  while (queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      // The stage's next programme that still fits (a long one is passed over for a shorter one,
      // so a tight slide still shows every stage); a stage with none that fits is done.
      const index = queue.findIndex((g) => used + g.rows <= budget);
      if (index < 0) {
        queue.length = 0;
        continue;
      }
      const [next] = queue.splice(index, 1);
      if (!next) continue;
      chosen.add(next.id);
      used += next.rows;
    }
  }
  return chosen;
}

export const statusKeys: Record<PhaseStatus, MessageKey> = {
  done: 'fusion.status.done',
  'in-progress': 'fusion.status.in-progress',
  planned: 'fusion.status.planned',
  superseded: 'fusion.status.superseded',
};

export const kindKeys: Record<ProgrammeKind, MessageKey> = {
  experiment: 'fusion.kind.experiment',
  demo: 'fusion.kind.demo',
  pilot: 'fusion.kind.pilot',
  commercial: 'fusion.kind.commercial',
  developer: 'fusion.kind.developer',
};

const styleOf: Record<PhaseStatus, TimelineDatum['style']> = {
  done: 'done',
  'in-progress': 'active',
  planned: 'planned',
  superseded: 'superseded',
};

/** Programmes and phases on a time axis, each current plan against the dates earlier plans gave. */
export function RoadmapCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="fusion" minHeight={640}>
      {(doc) => <RoadmapBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

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
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const narrowLabel = useNarrowScreen();
  const programmeIds = useMemo(() => doc.programmes.map((p) => p.id), [doc]);
  const programmeParam = useMemo(() => setParam(programmeIds), [programmeIds]);
  const [kind, setKind] = useUrlParam('kind', kindParam);
  const [programme, setProgramme] = useUrlParam('programme', programmeParam);
  const [baseline, setBaseline] = useUrlParam('baseline', baselineParam);
  const updateSearch = useUpdateSearch();
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const today = fractionalYear(new Date());
  const groups = roadmapGroups(doc, { kind, programme }, today);
  const items = groups.flatMap((g) => g.items);
  const [min, max] = roadmapDomain;
  const colorOf = (k: ProgrammeKind) => palette.stages[kindOrder.indexOf(k)] ?? palette.muted;
  const showEarlier = baseline === 'show';

  const onAxis = (item: RoadmapItem) =>
    [...(item.current ? [item.current] : []), ...item.earlier].some(
      (m) => m.end > min && m.start < max,
    );

  const datum = (item: RoadmapItem): TimelineDatum => {
    const lines: [string, string][] = [
      [t('fusion.col.programme'), pick(item.programmeName)],
      [t('fusion.col.current'), pointText(i18n, item.phase.start)],
      ...(item.phase.end
        ? [[t('fusion.col.end'), pointText(i18n, item.phase.end)] as [string, string]]
        : []),
      [t('fusion.col.status'), t(statusKeys[item.status])],
      ...item.earlier.map((e): [string, string] => [
        pick(e.plan),
        e.label
          ? pick(e.label)
          : `${Math.floor(e.start)}${e.end - e.start > 1.01 ? `–${Math.ceil(e.end) - 1}` : ''}`,
      ]),
      ...(item.slipYears !== null && Math.abs(item.slipYears) >= 0.5
        ? [
            [
              t('fusion.col.slip'),
              t('fusion.years', { value: slipText(i18n, item.slipYears) }),
            ] as [string, string],
          ]
        : []),
    ];
    return {
      key: item.phaseId,
      label: pick(item.name),
      current: item.current,
      openEnded: item.openEnded,
      earlier: item.earlier.map((e) => ({
        start: e.start,
        end: e.end,
        shape: e.shape,
        label: pick(e.plan),
      })),
      color: colorOf(item.kind),
      style: styleOf[item.status],
      uncertain: item.uncertain,
      tooltip: {
        title: `${pick(item.programmeName)} · ${pick(item.name)}`,
        lines,
        note: item.uncertain
          ? t('chart.uncertain.note')
          : item.phase.note
            ? pick(item.phase.note)
            : undefined,
      },
    };
  };

  // The slide form (a fixed height: slide, embed) tells the storyline, ITER → DEMO → commercial:
  // each programme by its latest few phases, so more programmes fit; the rest stay in the table.
  const slideForm = fixedHeight !== undefined;
  const onAxisAll = groups.map((g) => ({ group: g, all: g.items.filter(onAxis) }));
  type Shown = { group: (typeof groups)[number]; shown: RoadmapItem[] };
  const shownWith = (perProgramme: number): Shown[] =>
    onAxisAll.map(({ group, all }) => ({
      group,
      // One phase a programme: the one whose date moved most (ITER's D-T start, the takeaway),
      // the latest on a tie; more: the latest ones, where the story is.
      shown: !slideForm
        ? all
        : perProgramme === 1
          ? all.reduce<RoadmapItem[]>(
              (best, item) =>
                !best[0] || Math.abs(item.slipYears ?? 0) >= Math.abs(best[0].slipYears ?? 0)
                  ? [item]
                  : best,
              [],
            )
          : all.slice(-perProgramme),
    }));
  const baseLayout = {
    domain: roadmapDomain,
    showEarlier,
    labelsAbove: narrowLabel,
    labelWidth: 300,
  };
  const baseBand = narrowLabel ? bandHeightPhone : bandHeight;
  // What a chart with no rows takes: the today label, the year axis and the plot's padding.
  const chrome = timelineHeight([], { ...baseLayout, bandHeight: baseBand });
  const groupData = ({ group: g, shown }: Shown): TimelineDatum[] =>
    shown.length === 0
      ? []
      : [
          {
            key: `group:${g.programmeId}`,
            label: pick(g.name),
            header: true,
            current: null,
            earlier: [],
            color: colorOf(g.kind),
            style: 'planned' as const,
            tooltip: { title: pick(g.name), lines: [] },
          },
          ...shown.map(datum),
        ];
  const choose = (byGroup: Shown[]) =>
    programmesToDraw(
      byGroup.map((entry) => ({
        id: entry.group.programmeId,
        kind: entry.group.kind,
        // A page counts rows; a slide counts the bands they take, wrapped labels included.
        rows: slideForm
          ? timelineBands(groupData(entry), baseLayout)
          : entry.shown.length > 0
            ? entry.shown.length + 1
            : 0,
      })),
      // A slide fixes the height: its slide form draws the programmes whose bands fit there, a few
      // of each stage (ITER, then DEMO, then the commercial plans), and says what is left.
      fixedHeight === undefined ? maxRows : Math.floor((fixedHeight - chrome) / baseBand),
    );
  // A stage left off the slide breaks the storyline: then each programme shows its latest phase.
  const missesStage = (byGroup: Shown[], chosen: Set<string>) =>
    kindOrder.some((k) => {
      const onChart = byGroup.filter((e) => e.group.kind === k && e.shown.length > 0);
      return onChart.length > 0 && !onChart.some((e) => chosen.has(e.group.programmeId));
    });
  let phasesShown = phasesPerProgrammeOnSlide;
  let onAxisByGroup = shownWith(phasesShown);
  let drawn = choose(onAxisByGroup);
  if (slideForm && missesStage(onAxisByGroup, drawn)) {
    phasesShown = 1;
    onAxisByGroup = shownWith(phasesShown);
    drawn = choose(onAxisByGroup);
  }
  const undrawn = onAxisByGroup.filter(({ group }) => !drawn.has(group.programmeId));
  const undrawnPhases = undrawn.reduce((sum, { shown }) => sum + shown.length, 0);
  const drawnGroups = groups.filter((g) => drawn.has(g.programmeId));
  const trimmedPhases = slideForm
    ? onAxisAll.reduce(
        (sum, { group, all }) =>
          drawn.has(group.programmeId) ? sum + Math.max(0, all.length - phasesShown) : sum,
        0,
      )
    : 0;

  const data: TimelineDatum[] = onAxisByGroup.flatMap((entry) =>
    drawn.has(entry.group.programmeId) ? groupData(entry) : [],
  );
  const offAxis = items.filter((item) => !onAxis(item));
  const listOf = (names: string[]) =>
    names.length > maxNames
      ? t('fusion.roadmap.list', {
          names: names.slice(0, maxNames).join('; '),
          count: number(names.length - maxNames),
        })
      : names.join('; ');

  // The takeaway and summary come from the data: the biggest slip, and the plans pulled forward.
  const slipped = items
    .filter((i) => i.slipYears !== null && i.slipYears >= 1 && i.status !== 'done')
    .sort((a, b) => (b.slipYears ?? 0) - (a.slipYears ?? 0));
  const pulled = items.filter((i) => i.slipYears !== null && i.slipYears <= -1);
  const biggest = slipped[0];
  const pulledText = (names: string[]) =>
    names.length === 0
      ? '–'
      : names.length > maxNames
        ? t('fusion.roadmap.list', {
            names: names.slice(0, maxNames).join(', '),
            count: number(names.length - maxNames),
          })
        : new Intl.ListFormat(i18n.lang, { type: 'conjunction' }).format(names);
  const takeaway = biggest
    ? t('fusion.roadmap.takeaway', {
        phase: `${pick(biggest.programmeName)} ${pick(biggest.name)}`,
        years: number(Math.round(biggest.slipYears ?? 0)),
        pulled: pulledText([...new Set(pulled.map((p) => pick(p.programmeName)))]),
      })
    : t('fusion.roadmap.takeawayPlain');
  const summary = [
    t('fusion.roadmap.summaryIntro', { count: number(groups.length) }),
    ...drawnGroups.map((g) => {
      const next = g.items.find((i) => i.status === 'planned' && i.phase.start);
      return next
        ? t('fusion.roadmap.summaryNext', {
            programme: pick(g.name),
            phase: pick(next.name),
            when: pointText(i18n, next.phase.start),
          })
        : pick(g.name);
    }),
    ...(undrawn.length > 0
      ? [
          t('fusion.roadmap.summaryUndrawn', {
            count: number(undrawn.length),
            phases: number(undrawnPhases),
          }),
        ]
      : []),
  ].join('; ');

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
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
          </>
        ),
      },
      {
        key: 'sources',
        label: t('fusion.col.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => <SourceList ids={r.sourceIds} sources={sources} />,
      },
    ],
  };

  // One record per phase or milestone shown; dates as the sources gave them, the first plan beside.
  const download: ExportSpec<RoadmapItem> = {
    rows: items,
    columns: [
      { name: 'programme_id', type: 'text', value: (r) => r.programmeId },
      { name: 'programme', type: 'text', value: (r) => pick(r.programmeName) },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'phase_id', type: 'text', value: (r) => r.phaseId },
      { name: 'phase', type: 'text', value: (r) => pick(r.name) },
      { name: 'type', type: 'text', value: (r) => r.type },
      { name: 'status', type: 'text', value: (r) => r.status },
      ...pointColumns<RoadmapItem>('start', (r) => r.phase.start, pick),
      ...pointColumns<RoadmapItem>('end', (r) => r.phase.end, pick),
      ...pointColumns<RoadmapItem>('first_plan', (r) => r.phase.forecasts[0]?.when, pick),
      {
        name: 'first_plan',
        type: 'text',
        value: (r) => {
          const first = r.phase.forecasts[0];
          return first ? pick(first.plan) : null;
        },
      },
      { name: 'slip_years', type: 'number', value: (r) => r.slipYears },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
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
      <fieldset className="filter-group">
        <legend>{t('fusion.filter.kind')}</legend>
        {kindOrder.map((k) => (
          <button
            key={k}
            type="button"
            className="chip"
            aria-pressed={kind.includes(k)}
            onClick={() => setKind(toggled(kind, k))}
          >
            {t(kindKeys[k])}
          </button>
        ))}
      </fieldset>
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
      {filterCount > 0 && (
        <button
          type="button"
          className="fu-reset"
          onClick={() =>
            updateSearch((params) => {
              params.delete('kind');
              params.delete('programme');
            })
          }
        >
          {t('chart.reset')}
        </button>
      )}
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
        <ul className="fu-key" aria-label={t('fusion.roadmap.keyLabel')}>
          <li>
            <span className="fu-key__diamond" aria-hidden="true" />{' '}
            {t('fusion.roadmap.key.milestone')}
          </li>
          <li>
            <span className="fu-key__bar" aria-hidden="true" /> {t('fusion.roadmap.key.phase')}
          </li>
          <li>
            <span className="fu-key__window" aria-hidden="true" /> {t('fusion.roadmap.key.window')}
          </li>
          <li>
            <span className="fu-key__hollow" aria-hidden="true" />{' '}
            {t('fusion.roadmap.key.superseded')}
          </li>
          {showEarlier && (
            <li>
              <span className="fu-key__slip" style={{ color: palette.target }} aria-hidden="true" />{' '}
              {t('fusion.roadmap.key.slip')}
            </li>
          )}
        </ul>
      </div>
      {trimmedPhases > 0 && (
        <p className="chart-note">
          {phasesShown === 1
            ? t('fusion.roadmap.slideFormOne', { phases: number(trimmedPhases) })
            : t('fusion.roadmap.slideForm', {
                count: number(phasesShown),
                phases: number(trimmedPhases),
              })}
        </p>
      )}
      {undrawn.length > 0 && (
        <p className="chart-note">
          {t('fusion.roadmap.undrawn', {
            shown: number(groups.length - undrawn.length),
            total: number(groups.length),
            count: number(undrawn.length),
            phases: number(undrawnPhases),
          })}
        </p>
      )}
    </>
  );

  // On a slide the bands share out the fixed height, so the chart drawn is as tall as the slide
  // gives it (timelineHeight(data) equals fixedHeight, bar a pixel's rounding).
  const bands = timelineBands(data, baseLayout);
  const layout = {
    ...baseLayout,
    bandHeight:
      fixedHeight !== undefined && bands > 0
        ? Math.min(
            slideBandMax,
            Math.max(baseBand, Math.floor(((fixedHeight - chrome) / bands) * 100) / 100),
          )
        : baseBand,
  };
  const height = fixedHeight ?? Math.max(160, timelineHeight(data, layout));

  return (
    <ChartCard
      id={chartId}
      title={t('fusion.roadmap.title')}
      takeaway={takeaway}
      sources={cardSources(
        items.flatMap((i) => [...i.sourceIds, ...i.phase.forecasts.flatMap((f) => f.sourceIds)]),
        sources,
      )}
      asOf={doc.asOf}
      uncertain={items.some((i) => i.uncertain)}
      mode={mode}
      onModeChange={setMode}
      table={table}
      tableSort={tableSort}
      download={download}
      filters={filters}
      summary={summary}
      height={height}
      controls={controls}
      legend={legend}
      headingLevel={headingLevel}
      note={
        <>
          <p>{t('fusion.roadmap.note')}</p>
          {offAxis.length > 0 && (
            <p>
              {t('fusion.roadmap.offAxis', {
                list: listOf(offAxis.map((i) => `${pick(i.programmeName)}: ${pick(i.name)}`)),
              })}
            </p>
          )}
        </>
      }
    >
      <TimelineChart
        data={data}
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
