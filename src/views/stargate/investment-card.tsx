import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import type { ExportSpec } from '../../charts/chart-export';
import type { TableSpec } from '../../charts/data-table';
import { usePalette, type Palette } from '../../charts/palette';
import { aboveBarRowHeight } from '../../charts/category-label';
import { RangeBarChart } from '../../charts/lazy-charts';
import type { RangeDatum } from '../../charts/range-bar-chart';
import { narrowScreen, useMediaQuery } from '../../charts/use-media-query';
import { isUncertain, sourcesById } from '../../data/sources-derive';
import { investmentBreakdown } from '../../data/stargate-derive';
import type { FigureQualifier, FinancingKind, StargateDocument } from '../../data/stargate-schema';
import { formatKoreanUnits } from '../../i18n/format';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { DatasetGate } from '../dataset-gate';
import type { ChartProps } from '../registry';
import { filterEntry } from '../export-filters';
import { enumParam, useChartMode, useTableSort, useUrlParam } from '../url-state';
import { SourceLinks } from './source-links';
import { cardSources, figureShort, figureText } from './stargate-format';
import './stargate.css';
import '../../i18n/messages/stargate';

const chartId = 'stargate-investment';
/** One group at a time: a pledge, an equity stake, a loan and a cost yardstick are never on one axis. */
const groups = ['commitments', 'equity', 'sites', 'cost'] as const;
type Group = (typeof groups)[number];
const groupParam = enumParam(groups, 'commitments');

/** Kinds that are not money spent: a bond ceiling caps a tax tool, an aspiration is a hope. */
const notSpend: readonly FinancingKind[] = ['bond-ceiling', 'aspirational'];

type Item = {
  id: string;
  label: string;
  sublabel: string;
  low: number;
  high: number;
  qualifier: FigureQualifier;
  perYear?: boolean;
  unit: 'usd' | 'usdPerGw';
  uncertain: boolean;
  outlier: boolean;
  color: string;
  detail: string;
  note: string | null;
  date: string | null;
  sourceIds: string[];
};

function amountText(i18n: I18n, item: Pick<Item, 'low' | 'high' | 'unit' | 'perYear'>): string {
  // Korean writes both ends in 억/조 ("180억–190억 달러"): a bare "18" before "190억" reads as 18 dollars.
  const low = i18n.lang === 'ko' ? formatKoreanUnits(item.low * 1e9) : i18n.number(item.low);
  const money =
    item.low === item.high
      ? i18n.usdBn(item.low)
      : i18n.t('sg.invest.range', { low, high: i18n.usdBn(item.high) });
  const base = item.unit === 'usdPerGw' ? i18n.t('sg.invest.perGw', { value: money }) : money;
  return item.perYear ? i18n.t('sg.invest.perYear', { value: base }) : base;
}

function kindColor(palette: Palette, kind: FinancingKind): string {
  if (kind === 'debt' || kind === 'debt-and-equity') return palette.series[2] ?? palette.text;
  if (kind === 'commitment' || kind === 'grid-upgrade') return palette.series[4] ?? palette.text;
  if (notSpend.includes(kind) || kind === 'estimate') return palette.muted;
  return palette.series[0] ?? palette.text;
}

/** The money: pledges, the equity split, site financings and cost-per-GW yardsticks, one group at a time. */
export function InvestmentCard({ headingLevel, height }: ChartProps) {
  return (
    <DatasetGate name="stargate" minHeight={height ?? 380}>
      {(doc) => <InvestmentCardBody doc={doc} headingLevel={headingLevel} height={height} />}
    </DatasetGate>
  );
}

function InvestmentCardBody({ doc, headingLevel, height }: ChartProps & { doc: StargateDocument }) {
  const i18n = useI18n();
  const { t, pick, usdBn, date, number } = i18n;
  const palette = usePalette();
  const narrow = useMediaQuery(narrowScreen);
  const [mode, setMode] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  const [group, setGroup] = useUrlParam('invest', groupParam);
  const sources = useMemo(() => sourcesById(doc), [doc]);
  const breakdown = useMemo(() => investmentBreakdown(doc), [doc]);
  const siteNames = useMemo(() => new Map(doc.sites.map((s) => [s.id, s.name])), [doc]);
  const inv = doc.investment;

  const itemsByGroup: Record<Group, Item[]> = {
    commitments: [
      ...inv.commitments.map((c) => ({
        id: c.id,
        label: pick(c.label),
        sublabel: c.horizon ? pick(c.horizon) : t(`sg.invest.kind.${c.kind}`),
        low: c.amountUsdBn,
        high: c.amountUsdBn,
        qualifier: c.qualifier,
        unit: 'usd' as const,
        uncertain: isUncertain(c, sources),
        outlier: false,
        color: palette.series[0] ?? palette.text,
        detail: t(`sg.invest.kind.${c.kind}`),
        note: null,
        date: c.date,
        sourceIds: c.sourceIds,
      })),
      ...inv.programmeItems.map((p) => ({
        id: p.id,
        label: pick(p.label),
        sublabel: t(`sg.invest.programme.${p.kind}`),
        low: p.amountUsdBn,
        high: p.amountUsdBn,
        qualifier: p.qualifier,
        perYear: p.period === 'per-year',
        unit: 'usd' as const,
        uncertain: isUncertain(p, sources),
        outlier: false,
        color: palette.series[4] ?? palette.text,
        detail: [t(`sg.invest.programme.${p.kind}`), p.horizon ? pick(p.horizon) : '']
          .filter(Boolean)
          .join(', '),
        note: p.note ? pick(p.note) : null,
        date: p.date,
        sourceIds: p.sourceIds,
      })),
    ],
    equity: breakdown
      .filter((r) => r.group === 'equity')
      .map((r) => {
        const stake = inv.equity.find((e) => e.id === r.id);
        return {
          id: r.id,
          label: pick(r.label),
          sublabel:
            r.sharePct !== null
              ? t('sg.invest.share', { value: number(r.sharePct) })
              : t('sg.invest.shareUnknown'),
          low: r.lowUsdBn ?? 0,
          high: r.highUsdBn ?? 0,
          qualifier: r.qualifier,
          unit: 'usd' as const,
          uncertain: r.uncertain,
          outlier: false,
          color: palette.series[2] ?? palette.text,
          detail: t('sg.invest.kind.equity'),
          note: stake?.note ? pick(stake.note) : null,
          date: null,
          sourceIds: r.sourceIds,
        };
      }),
    sites: inv.siteFinancing.map((f) => {
      const name = siteNames.get(f.siteId);
      return {
        id: f.id,
        label: name ? pick(name) : f.siteId,
        sublabel: t(`sg.invest.financing.${f.kind}`),
        low: f.amountUsdBn,
        high: f.amountMaxUsdBn ?? f.amountUsdBn,
        qualifier: f.qualifier,
        unit: 'usd' as const,
        uncertain: isUncertain(f, sources),
        outlier: notSpend.includes(f.kind),
        color: kindColor(palette, f.kind),
        detail: pick(f.label),
        note: f.note ? pick(f.note) : null,
        date: f.date,
        sourceIds: f.sourceIds,
      };
    }),
    cost: [...inv.costPerGw]
      .sort((a, b) => b.highUsdBnPerGw - a.highUsdBnPerGw)
      .map((c) => ({
        id: c.id,
        label: pick(c.who),
        sublabel: t(`sg.invest.basis.${c.basis}`),
        low: c.lowUsdBnPerGw,
        high: c.highUsdBnPerGw,
        qualifier: c.qualifier,
        unit: 'usdPerGw' as const,
        uncertain: isUncertain(c, sources),
        outlier: !c.comparable,
        color: c.comparable ? (palette.series[5] ?? palette.text) : palette.muted,
        detail: t(`sg.invest.basis.${c.basis}`),
        note: [c.comparable ? '' : t('sg.invest.notComparable'), c.note ? pick(c.note) : '']
          .filter(Boolean)
          .join(' '),
        date: c.date,
        sourceIds: c.sourceIds,
      })),
  };

  const items = itemsByGroup[group];
  const valueLabel = (item: Item) => {
    const text =
      item.low !== item.high && item.unit === 'usd' && group === 'equity'
        ? t('sg.invest.reported', { value: amountText(i18n, item) })
        : item.low === item.high
          ? figureShort(i18n, amountText(i18n, item), item.qualifier)
          : amountText(i18n, item);
    return item.outlier ? `${text} · ${t('sg.invest.outlier')}` : text;
  };

  const data: RangeDatum[] = items.map((item) => ({
    key: item.id,
    label: item.label,
    sublabel: item.sublabel,
    low: item.low,
    high: item.high,
    valueLabel: valueLabel(item),
    color: item.color,
    uncertain: item.uncertain,
    outlier: item.outlier,
    tooltip: {
      title: item.label,
      lines: [
        [t('sg.col.amount'), figureText(i18n, amountText(i18n, item), item.qualifier)],
        [t('sg.col.what'), item.detail],
        ...(item.date ? [[t('sg.col.date'), date(item.date)] as [string, string]] : []),
      ],
      note:
        [item.note ?? '', item.uncertain ? t('chart.uncertain.note') : '']
          .filter(Boolean)
          .join(' ') || undefined,
    },
  }));

  const table: TableSpec<Item> = {
    rows: items,
    rowKey: (r) => r.id,
    columns: [
      { key: 'label', label: t('sg.col.item'), render: (r) => r.label },
      {
        key: 'what',
        label: t('sg.col.what'),
        render: (r) => (r.detail === r.label ? r.sublabel : r.detail),
      },
      {
        key: 'amount',
        label: t('sg.col.amount'),
        numeric: true,
        sortValue: (r) => r.high,
        render: (r) => (
          <>
            {figureText(i18n, amountText(i18n, r), r.qualifier)}
            {r.uncertain && (
              <>
                {' '}
                <span className="badge badge--uncertain">{t('chart.uncertain')}</span>
              </>
            )}
            {r.outlier && (
              <>
                {' '}
                <span className="badge">{t('sg.invest.outlier')}</span>
              </>
            )}
          </>
        ),
      },
      {
        key: 'date',
        label: t('sg.col.date'),
        sortValue: (r) => r.date,
        render: (r) => (r.date ? date(r.date) : t('date.none')),
      },
      { key: 'note', label: t('sg.col.note'), render: (r) => r.note ?? '' },
      {
        key: 'sources',
        label: t('chart.sources'),
        value: (r) => r.sourceIds.join(' '),
        render: (r) => <SourceLinks ids={r.sourceIds} sources={sources} />,
      },
    ],
  };

  // One group at a time, so one unit per file: dollars, or dollars per GW for the cost yardsticks.
  const amount = group === 'cost' ? 'cost_usd_bn_per_gw' : 'amount_usd_bn';
  const download: ExportSpec<Item> = {
    rows: items,
    columns: [
      { name: 'id', type: 'text', value: (r) => r.id },
      { name: 'item', type: 'text', value: (r) => r.label },
      { name: 'what', type: 'text', value: (r) => (r.detail === r.label ? r.sublabel : r.detail) },
      { name: amount, type: 'number', value: (r) => (r.low === r.high ? r.low : null) },
      { name: `${amount}_low`, type: 'number', value: (r) => r.low },
      { name: `${amount}_high`, type: 'number', value: (r) => r.high },
      { name: 'qualifier', type: 'text', value: (r) => r.qualifier },
      { name: 'per_year', type: 'boolean', value: (r) => r.perYear ?? false },
      { name: 'date', type: 'date', value: (r) => r.date },
      { name: 'note', type: 'text', value: (r) => r.note },
      { name: 'uncertain', type: 'boolean', value: (r) => r.uncertain },
      { name: 'source_ids', type: 'ids', value: (r) => r.sourceIds },
    ],
  };
  const filters = filterEntry(
    'invest',
    group === 'commitments' ? [] : [group],
    t('sg.invest.groupLabel'),
    (g) => t(`sg.invest.group.${g}`),
  );

  const pledge = inv.commitments.find((c) => c.kind === 'pledge');
  const immediate = inv.commitments.find((c) => c.kind === 'immediate');
  const equityLine = itemsByGroup.equity.map((e) => `${e.label} ${valueLabel(e)}`).join(', ');
  const takeaway = t('sg.invest.takeaway', {
    pledge: pledge ? usdBn(pledge.amountUsdBn) : '–',
    immediate: immediate ? usdBn(immediate.amountUsdBn) : '–',
    equity: equityLine,
  });

  const groupNote: Record<Group, string> = {
    commitments: t('sg.invest.note.commitments'),
    equity: pick(inv.equityNote.text),
    sites: t('sg.invest.note.sites'),
    cost: t('sg.invest.note.cost'),
  };

  const summary = `${t(`sg.invest.group.${group}`)}: ${items.map((i) => `${i.label} ${figureText(i18n, amountText(i18n, i), i.qualifier)}`).join('; ')}.`;

  const controls = (
    <div className="segmented sg-groups" role="group" aria-label={t('sg.invest.groupLabel')}>
      {groups.map((g) => (
        <button key={g} type="button" aria-pressed={group === g} onClick={() => setGroup(g)}>
          {t(`sg.invest.group.${g}`)}
        </button>
      ))}
    </div>
  );

  const note = (
    <>
      <p className="sg-key">
        <span className="sg-key__item sg-key__item--range">{t('sg.key.range')}</span>
        <span className="sg-key__item sg-key__item--outline">{t('sg.key.notComparable')}</span>
      </p>
      <p>
        <strong>{t('sg.invest.noSum')}</strong> {groupNote[group]}
      </p>
    </>
  );

  // Beside the bars a label may take two lines and its sublabel a third.
  const plotHeight = height ?? Math.max(220, data.length * (narrow ? aboveBarRowHeight : 46) + 40);

  return (
    <ChartCard
      id={chartId}
      title={t('sg.invest.title')}
      takeaway={takeaway}
      sources={cardSources(
        sources,
        items.flatMap((i) => i.sourceIds),
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
      height={plotHeight}
      controls={controls}
      note={note}
      headingLevel={headingLevel}
    >
      <RangeBarChart
        data={data}
        height={plotHeight}
        categoryWidth={300}
        labelsAbove={narrow}
        valueLabelWidth={narrow ? 92 : 170}
        formatTick={(v) => (v === 0 ? '0' : group === 'cost' ? number(v) : usdBn(v))}
      />
    </ChartCard>
  );
}
