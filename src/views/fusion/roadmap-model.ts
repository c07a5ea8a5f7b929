import type { ExportSpec } from '../../charts/chart-export';
import type { TimelineDatum } from '../../charts/timeline-chart';
import { timelineBands, timelineHeight } from '../../charts/timeline-layout';
import type { LocalizedText } from '../../data/common-schema';
import { roadmapRows, type RoadmapRow } from '../../data/fusion-derive';
import type {
  FusionDocument,
  Phase,
  PhaseStatus,
  ProgrammeKind,
  TimePoint,
} from '../../data/fusion-schema';
import { timePointSpan } from '../../data/vocabulary';
import type { MessageKey } from '../../i18n/catalogue';
import type { I18n } from '../../i18n/i18n-context';
import { pointColumns } from './fusion-export';
import { pointText, slipText } from './fusion-format';
import '../../i18n/messages/fusion';

/*
 * The roadmap card's state apart from its drawing: programmes grouped ITER → DEMO → pilot →
 * commercial, which of them a page or a slide draws, the timeline rows, and the takeaway and
 * summary sentences. The card reads the URL and the screen, calls `roadmapView` and draws.
 */

/** The order of the road: experiments, then DEMOs, pilots, commercial plants, companies. */
export const kindOrder: readonly ProgrammeKind[] = [
  'experiment',
  'demo',
  'pilot',
  'commercial',
  'developer',
];

/** The axis of the roadmap: from the ITER agreement era to past mid-century. */
export const roadmapDomain: [number, number] = [2005, 2060];

/** A date as a fractional year, for the "today" line. */
export function fractionalYear(date: Date): number {
  const y = date.getUTCFullYear();
  const from = Date.UTC(y, 0, 1);
  return y + (date.getTime() - from) / (Date.UTC(y + 1, 0, 1) - from);
}

export type Span = { start: number; end: number; shape: 'point' | 'span' | 'window' };

/** A milestone dated to a year or finer is a point; a phrase ("the 2030s") is a window. */
export function spanOf(point: TimePoint, type: Phase['type'], end?: TimePoint | null): Span {
  const s = timePointSpan(point);
  if (type === 'phase') {
    return { start: s.start, end: end ? timePointSpan(end).end : s.end, shape: 'span' };
  }
  return { ...s, shape: point.date === undefined && s.end - s.start > 1 ? 'window' : 'point' };
}

export type PlanMark = Span & {
  plan: LocalizedText;
  statedIn: string | null;
  label: LocalizedText | null;
};

export type RoadmapItem = RoadmapRow & {
  phase: Phase;
  current: Span | null;
  /** The phase is under way and has no end date: it runs on past today. */
  openEnded: boolean;
  /** Dates earlier plans gave, oldest first, leaving out any that match the current plan. */
  earlier: PlanMark[];
};

export type RoadmapGroup = {
  programmeId: string;
  name: LocalizedText;
  kind: ProgrammeKind;
  items: RoadmapItem[];
};

const middle = (s: { start: number; end: number }) => (s.start + s.end) / 2;

/** Roadmap rows grouped by programme, programmes in road order (file order within a kind). */
export function roadmapGroups(
  doc: FusionDocument,
  filters: { kind?: readonly string[]; programme?: readonly string[] },
  today: number,
): RoadmapGroup[] {
  const phases = new Map(doc.programmes.flatMap((p) => p.phases.map((ph) => [ph.id, ph] as const)));
  const groups = new Map<string, RoadmapGroup>();
  for (const row of roadmapRows(doc, filters)) {
    const phase = phases.get(row.phaseId);
    if (!phase) continue;
    const current = phase.start ? spanOf(phase.start, phase.type, phase.end) : null;
    const openEnded =
      phase.type === 'phase' && phase.end === null && phase.status === 'in-progress';
    if (current && openEnded) current.end = Math.max(current.end, today);
    const earlier = phase.forecasts.flatMap((f): PlanMark[] => {
      const span = spanOf(f.when, 'milestone');
      if (current && Math.abs(middle(span) - middle(current)) < 0.01 && phase.type === 'milestone')
        return [];
      return [{ ...span, plan: f.plan, statedIn: f.statedIn, label: f.when.label ?? null }];
    });
    const group = groups.get(row.programmeId) ?? {
      programmeId: row.programmeId,
      name: row.programmeName,
      kind: row.kind,
      items: [],
    };
    group.items.push({ ...row, phase, current, openEnded, earlier });
    groups.set(row.programmeId, group);
  }
  return [...groups.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
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

/** One band: a label line or a bar. Phones put labels on their own lines above the bars. */
const bandHeight = 20;
const bandHeightPhone = 17;
/**
 * Rows (programme headings and phases) drawn at most: about 2,200 px of plot. The bundled roadmap
 * (13 programmes, about 70 rows) fits whole; a file with thousands of phases would draw marks a
 * reader cannot tell apart and freeze the page, so past it whole programmes are drawn, a few of
 * each stage, and the note says what is left to the table.
 */
export const maxRows = 100;
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
export function programmesToDraw(groups: readonly GroupRows[], budget: number): Set<string> {
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

export type RoadmapState = {
  kind: readonly ProgrammeKind[];
  programme: readonly string[];
  showEarlier: boolean;
};

export type RoadmapFrame = {
  /** Today as a fractional year: open-ended phases run on to it. */
  today: number;
  /** A slide's fixed height; a page or an embed draws every row. */
  fixedHeight?: number;
  /** Labels above the bars (phones). */
  narrow: boolean;
  colorOf: (kind: ProgrammeKind) => string;
};

export type RoadmapLayout = {
  domain: [number, number];
  showEarlier: boolean;
  labelsAbove: boolean;
  labelWidth: number;
  bandHeight: number;
};

export type RoadmapView = {
  groups: RoadmapGroup[];
  /** Every row the filters keep: the table's and the download's. */
  items: RoadmapItem[];
  /** The timeline's rows: programme headings and the phases drawn. */
  data: TimelineDatum[];
  layout: RoadmapLayout;
  height: number;
  /** Rows with no mark inside the time axis, named in the note. */
  offAxis: RoadmapItem[];
  /** The slide form's phases per programme, and the phases it leaves to the table. */
  phasesShown: number;
  trimmedPhases: number;
  /** Programmes not drawn at all (too many for one chart), and their phases. */
  undrawn: { programmes: number; phases: number };
  takeaway: string;
  summary: string;
  sourceIds: string[];
};

/** "A; B; C and 4 more": at most `maxNames` names in a sentence. */
export function listOfNames(i18n: I18n, names: string[], separator = '; '): string {
  return names.length > maxNames
    ? i18n.t('fusion.roadmap.list', {
        names: names.slice(0, maxNames).join(separator),
        count: i18n.number(names.length - maxNames),
      })
    : names.join(separator);
}

function datumOf(i18n: I18n, item: RoadmapItem, color: string): TimelineDatum {
  const { t, pick } = i18n;
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
          [t('fusion.col.slip'), t('fusion.years', { value: slipText(i18n, item.slipYears) })] as [
            string,
            string,
          ],
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
    color,
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
}

/** Everything the roadmap card draws, from the document, the URL state and the frame it is in. */
export function roadmapView(
  doc: FusionDocument,
  state: RoadmapState,
  frame: RoadmapFrame,
  i18n: I18n,
): RoadmapView {
  const { t, pick, number } = i18n;
  const { fixedHeight, colorOf } = frame;
  const groups = roadmapGroups(doc, state, frame.today);
  const items = groups.flatMap((g) => g.items);
  const [min, max] = roadmapDomain;
  const onAxis = (item: RoadmapItem) =>
    [...(item.current ? [item.current] : []), ...item.earlier].some(
      (m) => m.end > min && m.start < max,
    );

  // The slide form (a fixed height: slide, embed) tells the storyline, ITER → DEMO → commercial:
  // each programme by its latest few phases, so more programmes fit; the rest stay in the table.
  const slideForm = fixedHeight !== undefined;
  const onAxisAll = groups.map((g) => ({ group: g, all: g.items.filter(onAxis) }));
  type Shown = { group: RoadmapGroup; shown: RoadmapItem[] };
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
    showEarlier: state.showEarlier,
    labelsAbove: frame.narrow,
    labelWidth: 300,
  };
  const baseBand = frame.narrow ? bandHeightPhone : bandHeight;
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
          ...shown.map((item) => datumOf(i18n, item, colorOf(item.kind))),
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

  // The takeaway and summary come from the data: the biggest slip, and the plans pulled forward.
  const slipped = items
    .filter((i) => i.slipYears !== null && i.slipYears >= 1 && i.status !== 'done')
    .sort((a, b) => (b.slipYears ?? 0) - (a.slipYears ?? 0));
  const pulled = [
    ...new Set(
      items
        .filter((i) => i.slipYears !== null && i.slipYears <= -1)
        .map((p) => pick(p.programmeName)),
    ),
  ];
  const biggest = slipped[0];
  const pulledText =
    pulled.length === 0
      ? '–'
      : pulled.length > maxNames
        ? listOfNames(i18n, pulled, ', ')
        : new Intl.ListFormat(i18n.lang, { type: 'conjunction' }).format(pulled);
  const takeaway = biggest
    ? t('fusion.roadmap.takeaway', {
        phase: `${pick(biggest.programmeName)} ${pick(biggest.name)}`,
        years: number(Math.round(biggest.slipYears ?? 0)),
        pulled: pulledText,
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

  // On a slide the bands share out the fixed height, so the chart drawn is as tall as the slide
  // gives it (timelineHeight(data) equals fixedHeight, bar a pixel's rounding).
  const bands = timelineBands(data, baseLayout);
  const layout: RoadmapLayout = {
    ...baseLayout,
    bandHeight:
      fixedHeight !== undefined && bands > 0
        ? Math.min(
            slideBandMax,
            Math.max(baseBand, Math.floor(((fixedHeight - chrome) / bands) * 100) / 100),
          )
        : baseBand,
  };

  return {
    groups,
    items,
    data,
    layout,
    height: fixedHeight ?? Math.max(160, timelineHeight(data, layout)),
    offAxis: items.filter((item) => !onAxis(item)),
    phasesShown,
    trimmedPhases,
    undrawn: { programmes: undrawn.length, phases: undrawnPhases },
    takeaway,
    summary,
    sourceIds: items.flatMap((i) => [
      ...i.sourceIds,
      ...i.phase.forecasts.flatMap((f) => f.sourceIds),
    ]),
  };
}

/** One record per phase or milestone shown; dates as the sources gave them, the first plan beside. */
export function roadmapDownload(
  items: RoadmapItem[],
  pick: (text: LocalizedText) => string,
): ExportSpec<RoadmapItem> {
  return {
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
}
