import { useContext, useId, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { CardSource, ChartMode } from './chart-card';
import {
  buildCsv,
  buildJson,
  downloadBlob,
  exportFileName,
  filterSuffix,
  tidyData,
  tidyFromTable,
  type ActiveFilter,
  type ExportSpec,
} from './chart-export';
import { chartPng, composeChartSvg, slidePng } from './chart-image';
import type { TableSpec } from './data-table';
import { copyPngToClipboard } from './share-clipboard';
import { SlideRenderContext } from './slide-render';
import './share.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

type ExportProps<Row, ExportRow> = {
  chartId: string;
  title: string;
  takeaway: string;
  asOf: string;
  sources: CardSource[];
  table: TableSpec<Row>;
  /** The tidy records to download; without one, the table's values. */
  download?: ExportSpec<ExportRow>;
  /** Filters and hidden series in force: they name the file and mark images "Filtered". */
  filters?: readonly ActiveFilter[];
  mode: ChartMode;
  figure: RefObject<HTMLElement | null>;
};

/**
 * Every chart's Download menu: its data as CSV and JSON, its picture as SVG and 2× PNG, and a
 * 16:9 slide image. A disclosure of plain buttons (not an ARIA menu) so Tab reaches each one
 * and screen readers need no menu semantics; the outcome is announced in a status line.
 */
export function ExportMenu<Row, ExportRow>({
  chartId,
  title,
  takeaway,
  asOf,
  sources,
  table,
  download,
  filters = [],
  mode,
  figure,
}: ExportProps<Row, ExportRow>) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const meta = () => ({
    chartId,
    title,
    asOf,
    sources: download?.sources ?? sources,
    filters,
    url: window.location.href,
  });
  const records = () => (download ? tidyData(download) : tidyFromTable(table));
  const suffix = filterSuffix(filters);
  const sourceLine = () =>
    `${sources.length > 1 ? t('chart.sources') : t('chart.source')}: ${[
      ...new Map(sources.map((s) => [s.id, s])).values(),
    ]
      .map((s) => (s.date ? `${s.publisher} (${date(s.date)})` : s.publisher))
      .join(' · ')}`;
  // A slide has room for the strongest few sources (A before C, newest first, as on the card);
  // the link under them leads to the rest.
  const slideSourceLine = () => {
    const unique = [...new Map(sources.map((s) => [s.id, s])).values()].sort(
      (a, b) =>
        a.reliability.localeCompare(b.reliability) || (b.date ?? '').localeCompare(a.date ?? ''),
    );
    const lead = unique.length > 5 ? unique.slice(0, 4) : unique;
    const names = lead.map((s) => (s.date ? `${s.publisher} (${date(s.date)})` : s.publisher));
    if (unique.length > lead.length)
      names.push(t('share.slide.moreSources', { count: unique.length - lead.length }));
    return `${unique.length > 1 ? t('chart.sources') : t('chart.source')}: ${names.join(' · ')}`;
  };
  const picture = () => {
    const node = figure.current;
    if (!node) throw new Error('the chart is not on the page');
    return composeChartSvg(node, {
      title,
      takeaway,
      footer: [
        ...(filters.length > 0
          ? [t('share.filtered', { filters: filters.map((f) => f.label).join(' · ') })]
          : []),
        sourceLine(),
        `${t('chart.asOf', { date: date(asOf) })} · ${window.location.href}`,
      ],
    });
  };
  // The slide image draws the chart in its slide form (laid out for 16:9, as the presenter shows
  // it), not the page's card stretched: a tall roadmap would otherwise be a narrow column.
  const renderSlide = useContext(SlideRenderContext);
  const slidePicture = async () => {
    if (!renderSlide) return slidePng(picture());
    const { figure: slideFigure, release } = await renderSlide(chartId);
    try {
      return await slidePng(
        composeChartSvg(slideFigure, {
          title,
          takeaway,
          // What the slide form left to the table is said on the image too.
          footer: [
            ...[...slideFigure.querySelectorAll('.chart-note')]
              .map((note) => (note.textContent ?? '').trim())
              .filter(Boolean),
            slideSourceLine(),
            `${t('chart.asOf', { date: date(asOf) })} · ${window.location.href}`,
          ],
        }),
      );
    } finally {
      release();
    }
  };
  const saved = (file: string) => setStatus({ kind: 'ok', text: t('share.saved', { file }) });
  const failed = (error: unknown) =>
    setStatus({
      kind: 'error',
      text: t('share.failed', { reason: error instanceof Error ? error.message : String(error) }),
    });

  const actions: { key: string; label: string; image: boolean; run: () => Promise<void> | void }[] =
    [
      {
        key: 'csv',
        label: t('share.csv'),
        image: false,
        run: () => {
          const file = exportFileName(chartId, asOf, 'csv', suffix);
          downloadBlob(new Blob([buildCsv(records())], { type: 'text/csv;charset=utf-8' }), file);
          saved(file);
        },
      },
      {
        key: 'json',
        label: t('share.json'),
        image: false,
        run: () => {
          const file = exportFileName(chartId, asOf, 'json', suffix);
          downloadBlob(
            new Blob([buildJson(records(), meta())], { type: 'application/json' }),
            file,
          );
          saved(file);
        },
      },
      {
        key: 'svg',
        label: t('share.svg'),
        image: true,
        run: () => {
          const file = exportFileName(chartId, asOf, 'svg', suffix);
          downloadBlob(new Blob([picture().svg], { type: 'image/svg+xml' }), file);
          saved(file);
        },
      },
      {
        key: 'png',
        label: t('share.png'),
        image: true,
        run: async () => {
          const file = exportFileName(chartId, asOf, 'png', suffix);
          downloadBlob(await chartPng(picture(), 2), file);
          saved(file);
        },
      },
      {
        key: 'slide',
        label: t('share.slide'),
        image: true,
        run: async () => {
          // Started before any await, so the clipboard write keeps the click's user activation.
          const png = slidePicture();
          if (await copyPngToClipboard(png)) {
            setStatus({ kind: 'ok', text: t('share.slideCopied') });
            return;
          }
          const file = exportFileName(chartId, asOf, 'png', 'slide');
          downloadBlob(await png, file);
          saved(file);
        },
      },
    ];

  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        // Escape closes from the toggle or from inside the panel, and focus returns to the toggle.
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
          setStatus(null);
        }}
      >
        {t('share.download')}
      </button>
      <div
        id={panelId}
        className="export-menu__panel"
        role="group"
        aria-label={t('share.menu', { title })}
        hidden={!open}
      >
        <ul>
          {actions.map((action) => (
            <li key={action.key}>
              <button
                type="button"
                data-export={action.key}
                disabled={action.image && mode !== 'chart'}
                onClick={() => {
                  try {
                    void Promise.resolve(action.run()).catch(failed);
                  } catch (error) {
                    failed(error);
                  }
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
        {mode !== 'chart' && <p className="export-menu__hint">{t('share.imageNeedsChart')}</p>}
      </div>
      <p
        role="status"
        className={status?.kind === 'error' ? 'share-status share-status--error' : 'share-status'}
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
