import { Suspense, lazy, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { DataTable as EagerDataTable, TableSort, TableSpec } from './data-table';
import { ChartErrorBoundary } from './chart-error-boundary';
import { ChartActionsContext, ChartTitleContext } from './chart-actions';
import { ChartSlot } from './chart-slot';
import type { ActiveFilter, ExportSpec } from './chart-export';
import { CopyLinkButton } from './copy-link-button';
import { ExportMenu } from './export-menu';
import { SourceList } from './source-list';
import { UncertainBadge } from './uncertain-badge';
import { useScrollToHash } from './use-scroll-to-hash';
import './chart-card.css';

/** The table behind a chart, with its virtualiser: loaded when a reader asks for the table. */
const DataTable = lazy(() =>
  import('./data-table').then((m) => ({ default: m.DataTable })),
) as unknown as typeof EagerDataTable;

export type CardSource = {
  id: string;
  publisher: string;
  title: string;
  url: string;
  date: string | null;
  reliability: 'A' | 'B' | 'C';
};

export type ChartMode = 'chart' | 'table';

type Props<Row, ExportRow> = {
  /** Stable chart id from INTERFACE.md, carried as data-chart-id. */
  id: string;
  title: string;
  /** The one line a reader should take away. */
  takeaway: string;
  sources: CardSource[];
  asOf: string;
  /** Some of the figures shown rest only on grade-C sources or are flagged unverified. */
  uncertain?: boolean;
  mode: ChartMode;
  onModeChange: (mode: ChartMode) => void;
  table: TableSpec<Row>;
  /** The table's sort (kept in the URL by the caller) and its setter; without it, headers do not sort. */
  tableSort?: [TableSort | null, (sort: TableSort | null) => void];
  /** What the CSV and JSON downloads hold: tidy records, filters and hidden series applied. */
  download?: ExportSpec<ExportRow>;
  /** Filters and hidden series in force, for file names, the JSON and "Filtered: …" on images. */
  filters?: readonly ActiveFilter[];
  /** A text summary of the chart for screen readers, generated from its data. */
  summary: string;
  /** Pixel height reserved for the chart, so nothing shifts when it draws ('auto': the chart sizes itself). */
  height?: number | 'auto';
  controls?: ReactNode;
  actions?: ReactNode;
  legend?: ReactNode;
  note?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/** The one frame every chart sits in: caption, takeaway, chart or table, sources, as-of date. */
export function ChartCard<Row, ExportRow = Row>({
  id,
  title,
  takeaway,
  sources,
  asOf,
  uncertain,
  mode,
  onModeChange,
  table,
  tableSort,
  download,
  filters,
  summary,
  height = 360,
  controls,
  actions,
  legend,
  note,
  headingLevel = 2,
  children,
}: Props<Row, ExportRow>) {
  const { t, date } = useI18n();
  const layoutActions = useContext(ChartActionsContext);
  const titleId = useId();
  const summaryId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const uniqueSources = [...new Map(sources.map((s) => [s.id, s])).values()];
  // The export reads the drawn chart and its legend from the page, so it needs the figure.
  const figureRef = useRef<HTMLElement>(null);
  // `/stargate#stargate-growth` lands on this card once it has drawn, even as cards above it load.
  useScrollToHash(id, figureRef);
  // A layout that shows one chart (an embed, a slide) names the tab after it.
  const reportTitle = useContext(ChartTitleContext);
  useEffect(() => reportTitle?.(title), [reportTitle, title]);
  // Hydrated (or rendered) and so answering clicks: a prerendered card's controls are only a
  // picture of them until then. Set on the node, not rendered, so it costs no second render.
  useEffect(() => {
    if (figureRef.current) figureRef.current.dataset.live = '';
  }, []);

  return (
    <figure
      ref={figureRef}
      id={id}
      className="chart-card"
      data-chart-id={id}
      aria-labelledby={titleId}
    >
      <header className="chart-card__header">
        <div className="chart-card__titles">
          <Heading id={titleId} className="chart-card__title">
            {title}
          </Heading>
          <p className="chart-card__takeaway">{takeaway}</p>
        </div>
        <div className="chart-card__tools">
          <div className="segmented" role="group" aria-label={t('chart.view.label')}>
            {(['chart', 'table'] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={mode === value}
                onClick={() => onModeChange(value)}
              >
                {t(`chart.view.${value}`)}
              </button>
            ))}
          </div>
          {actions}
          {layoutActions?.({ id, title })}
          <ExportMenu
            chartId={id}
            title={title}
            takeaway={takeaway}
            asOf={asOf}
            sources={uniqueSources}
            table={table}
            download={download}
            filters={filters}
            mode={mode}
            figure={figureRef}
          />
          <CopyLinkButton anchor={id} />
        </div>
      </header>
      {controls && <div className="chart-card__controls">{controls}</div>}
      {/* Keyed by mode: when the chart cannot draw, switching to the table must still show the numbers. */}
      <ChartErrorBoundary key={mode}>
        {mode === 'chart' ? (
          <>
            <p id={summaryId} className="visually-hidden">
              {summary}
            </p>
            {legend}
            {table.rows.length === 0 ? (
              <div className="chart-card__plot" style={{ height }} aria-describedby={summaryId}>
                <p className="chart-card__empty">{t('chart.noData')}</p>
              </div>
            ) : (
              <ChartSlot id={id} height={height} describedBy={summaryId}>
                {children}
              </ChartSlot>
            )}
          </>
        ) : (
          <Suspense
            fallback={<div className="loading-block" style={{ height }} aria-busy="true" />}
          >
            <DataTable
              caption={t('chart.tableCaption', { title })}
              table={table}
              sort={tableSort?.[0]}
              onSortChange={tableSort?.[1]}
            />
          </Suspense>
        )}
      </ChartErrorBoundary>
      <figcaption className="chart-card__caption">
        {note && <div className="chart-card__note">{note}</div>}
        {uncertain && (
          <p className="chart-card__uncertain">
            <UncertainBadge /> {t('chart.uncertain.note')}
          </p>
        )}
        {/* A chart drawn from sixty pages would bury its caption: the strongest few lead, the
            rest fold away. Exports and the table still carry them all. */}
        <p className="chart-card__sources">
          <span>{uniqueSources.length > 1 ? t('chart.sources') : t('chart.source')}: </span>
          <SourceList sources={uniqueSources} />
        </p>
        <p className="chart-card__asof">{t('chart.asOf', { date: date(asOf) })}</p>
      </figcaption>
    </figure>
  );
}
