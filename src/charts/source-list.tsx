import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { CardSource } from './chart-card';
import './source-list.css';

/** How many sources lead a list before the rest fold behind "Show all N". */
export const leadSourceCount = 4;

/**
 * Strongest first: grade A before C, then newest first; a source without a date goes last in
 * its grade. Duplicates (by id) are dropped, so callers may pass the sources of several facts.
 */
export function rankSources(sources: readonly CardSource[]): CardSource[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return unique.sort(
    (a, b) =>
      a.reliability.localeCompare(b.reliability) || (b.date ?? '').localeCompare(a.date ?? ''),
  );
}

/** A source's grade as a boxed letter (C marked as weak), its meaning on hover. */
export function SourceGrade({ grade }: { grade: CardSource['reliability'] }) {
  const { t } = useI18n();
  return (
    <abbr
      className={`source-grade source-grade--${grade.toLowerCase()}`}
      title={t(`reliability.${grade}`)}
    >
      {grade}
    </abbr>
  );
}

function SourceItem({ source: s, first }: { source: CardSource; first: boolean }) {
  const { date } = useI18n();
  return (
    <span className="source-list__item">
      {!first && ' · '}
      <a href={s.url} rel="noreferrer noopener" target="_blank" title={s.title}>
        {s.publisher}
      </a>{' '}
      <SourceGrade grade={s.reliability} />
      {s.date && <span className="source-list__date"> ({date(s.date)})</span>}
    </span>
  );
}

/**
 * The one way a list of sources reads, in a card's caption and in a table cell alike:
 * publisher (a link), grade, date. The strongest few lead; past them a "Show all N" button
 * unfolds the rest in place (one extra source is shown rather than folded). Folded sources stay
 * in the page, hidden, so the print stylesheet (paper cannot click) can show them all.
 */
export function SourceList({
  sources,
  lead = leadSourceCount,
}: {
  sources: readonly CardSource[];
  /** How many lead before the fold. */
  lead?: number;
}) {
  const { t, number } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const ranked = rankSources(sources);
  const folds = ranked.length > lead + 1;
  const leading = folds ? ranked.slice(0, lead) : ranked;
  const rest = folds ? ranked.slice(lead) : [];
  return (
    <span className="source-list">
      {leading.map((s, index) => (
        <SourceItem key={s.id} source={s} first={index === 0} />
      ))}
      {folds && (
        <>
          <span className="source-list__rest" hidden={!expanded}>
            {rest.map((s) => (
              <SourceItem key={s.id} source={s} first={false} />
            ))}
          </span>{' '}
          <button
            type="button"
            className="source-list__toggle"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('list.showFewer') : t('list.showAll', { count: number(ranked.length) })}
          </button>
        </>
      )}
    </span>
  );
}
