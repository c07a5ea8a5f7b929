import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { ColumnWidths, SpacerRow, useRowWindow } from '../charts/data-table';
import type { Source } from '../data/common-schema';
import { useQueries } from '@tanstack/react-query';
import { dataUrl, datasetNames, datasetQuery, datasets, type DatasetName } from '../data/load';
import { useI18n } from '../i18n/i18n-context';
import { DataAlert } from './dataset-gate';
import { setParam, useUrlParam } from './url-state';
import '../i18n/messages/sources';
// The search row lays out like a card's controls.
import '../charts/chart-card.css';

const grades = ['A', 'B', 'C'] as const;
// Every topic with a data file (src/topics.ts), in the list's order.
const topics = datasetNames;
const gradeParam = setParam(grades);
const topicParam = setParam(topics);

type Row = Source & { topic: DatasetName };

/** Pairs each topic with its file's query; module-level, so useQueries keeps the result stable. */
function byTopic<Q>(results: Q[]): { topic: DatasetName; query: Q }[] {
  return topics.flatMap((topic, i) => {
    const query = results[i];
    return query ? [{ topic, query }] : [];
  });
}

function matches(row: Row, needle: string): boolean {
  if (!needle) return true;
  const hay = `${row.publisher} ${row.title} ${row.url} ${row.date ?? ''}`.toLowerCase();
  return needle
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

export function SourcesView() {
  const { t, date, pick, number } = useI18n();
  const files = useQueries({
    queries: topics.map((topic) => datasetQuery(topic)),
    combine: byTopic,
  });
  const [query, setQuery] = useUrlParam('q', {
    parse: (raw) => raw ?? '',
    serialize: (v) => v || null,
  });
  const [gradeFilter, setGradeFilter] = useUrlParam('grade', gradeParam);
  const [topicFilter, setTopicFilter] = useUrlParam('topic', topicParam);
  const [draft, setDraft] = useState(query);
  const needle = useDeferredValue(draft);

  const rows = useMemo(() => {
    const all: Row[] = files.flatMap(({ topic, query }) =>
      (query.data?.sources ?? []).map((source) => ({ ...source, topic })),
    );
    return all.sort(
      (a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
    );
  }, [files]);

  const shown = rows.filter(
    (row) =>
      (gradeFilter.length === 0 || gradeFilter.includes(row.reliability)) &&
      (topicFilter.length === 0 || topicFilter.includes(row.topic)) &&
      matches(row, needle),
  );

  // A file with thousands of sources renders the rows in view only (the bundled ~300 stay whole).
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(shown.length, scrollRef);

  const toggle = <T extends string>(list: T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <article>
      <header className="page-header">
        <h1>{t('sources.title')}</h1>
        <p className="page-header__lede">{t('sources.lede')}</p>
      </header>

      <section className="panel stack" aria-labelledby="method-title">
        <h2 id="method-title">{t('sources.method.title')}</h2>
        <p>{t('sources.method.grades')}</p>
        <p>{t('sources.method.dates')}</p>
        <p>{t('sources.method.gaps')}</p>
      </section>

      <section className="panel stack" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('sources.downloads.title')}</h2>
        <p>{t('sources.downloads.body')}</p>
        <ul>
          {files.map(({ topic, query }) => {
            const data = query.data;
            return (
              <li key={topic}>
                <a href={dataUrl(datasets[topic].file)} download>
                  {data
                    ? t('sources.downloads.file', {
                        file: datasets[topic].file,
                        date: date(data.asOf),
                      })
                    : datasets[topic].file}
                </a>
              </li>
            );
          })}
        </ul>
      </section>

      {files.map(({ topic, query }) =>
        query.isError ? (
          <DataAlert
            key={topic}
            error={query.error}
            file={datasets[topic].file}
            onRetry={() => void query.refetch()}
          />
        ) : null,
      )}

      <section className="panel stack" aria-labelledby="list-title">
        <h2 id="list-title" className="visually-hidden">
          {t('chart.sources')}
        </h2>
        <div className="chart-card__controls">
          <label>
            <span className="visually-hidden">{t('sources.search')}</span>
            <input
              type="search"
              value={draft}
              placeholder={t('sources.search.placeholder')}
              aria-label={t('sources.search')}
              onChange={(event) => {
                setDraft(event.target.value);
                setQuery(event.target.value);
              }}
            />
          </label>
          <fieldset className="filter-group">
            <legend>{t('sources.filter.reliability')}</legend>
            {grades.map((grade) => (
              <button
                key={grade}
                type="button"
                className="chip"
                aria-pressed={gradeFilter.includes(grade)}
                title={t(`reliability.${grade}`)}
                onClick={() => setGradeFilter(toggle(gradeFilter, grade))}
              >
                {grade}
              </button>
            ))}
          </fieldset>
          <fieldset className="filter-group">
            <legend>{t('sources.filter.topic')}</legend>
            {topics.map((topic) => (
              <button
                key={topic}
                type="button"
                className="chip"
                aria-pressed={topicFilter.includes(topic)}
                onClick={() => setTopicFilter(toggle(topicFilter, topic))}
              >
                {t(`nav.${topic}`)}
              </button>
            ))}
          </fieldset>
          <p role="status" aria-live="polite" className="kpi__meta">
            {t('sources.count', { shown: number(shown.length), total: number(rows.length) })}
          </p>
        </div>
        {shown.length === 0 ? (
          <p>{t('sources.empty')}</p>
        ) : (
          <div
            ref={scrollRef}
            className={rowWindow.virtual ? 'table-scroll table-scroll--virtual' : 'table-scroll'}
            // A box that scrolls on its own must be reachable by keyboard and named.
            {...(rowWindow.virtual
              ? { tabIndex: 0, role: 'region', 'aria-label': t('sources.list') }
              : {})}
          >
            <table className="data-table" {...rowWindow.tableProps}>
              <caption className="visually-hidden">{t('chart.sources')}</caption>
              <ColumnWidths widths={rowWindow.columnWidths} />
              <thead>
                <tr {...(rowWindow.virtual ? { 'aria-rowindex': 1 } : {})}>
                  <th scope="col">{t('sources.col.publisher')}</th>
                  <th scope="col">{t('sources.col.title')}</th>
                  <th scope="col">{t('sources.col.date')}</th>
                  <th scope="col">{t('sources.col.reliability')}</th>
                </tr>
              </thead>
              <tbody>
                <SpacerRow height={rowWindow.before} columns={4} />
                {rowWindow.indices.map((index) => {
                  const row = shown[index];
                  if (!row) return null;
                  return (
                    <tr
                      key={`${row.topic}:${row.id}`}
                      id={`source-${row.topic}-${row.id}`}
                      {...rowWindow.rowProps(index)}
                    >
                      <th scope="row">
                        {row.publisher}
                        <span className="kpi__meta">{t(`nav.${row.topic}`)}</span>
                      </th>
                      <td>
                        <a href={row.url} rel="noreferrer noopener" target="_blank">
                          {row.title}
                        </a>
                        {row.note && <span className="kpi__meta">{pick(row.note)}</span>}
                      </td>
                      <td className="num">
                        {row.date
                          ? row.dateInferred
                            ? t('date.inferred', { date: date(row.date) })
                            : date(row.date)
                          : t('date.none')}
                      </td>
                      <td>
                        <span
                          className={row.reliability === 'C' ? 'badge badge--uncertain' : 'badge'}
                          title={t(`reliability.${row.reliability}`)}
                        >
                          {row.reliability}
                        </span>
                      </td>
                    </tr>
                  );
                })}
                <SpacerRow height={rowWindow.after} columns={4} />
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
