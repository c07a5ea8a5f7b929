import { useDeferredValue, useMemo, useState } from 'react';
import { DataTable, type TableSpec } from '../charts/data-table';
import { FilterChips } from '../charts/filter-chips';
import { SourceGrade } from '../charts/source-list';
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
  const table: TableSpec<Row> = {
    rows: shown,
    rowKey: (row) => `${row.topic}:${row.id}`,
    rowAttributes: (row) => ({ id: `source-${row.topic}-${row.id}` }),
    columns: [
      {
        key: 'publisher',
        label: t('sources.col.publisher'),
        render: (row) => (
          <>
            {row.publisher}
            <span className="kpi__meta">{t(`nav.${row.topic}`)}</span>
          </>
        ),
      },
      {
        key: 'title',
        label: t('sources.col.title'),
        render: (row) => (
          <>
            <a href={row.url} rel="noreferrer noopener" target="_blank">
              {row.title}
            </a>
            {row.note && <span className="kpi__meta">{pick(row.note)}</span>}
          </>
        ),
      },
      {
        key: 'date',
        label: t('sources.col.date'),
        numeric: true,
        render: (row) =>
          row.date
            ? row.dateInferred
              ? t('date.inferred', { date: date(row.date) })
              : date(row.date)
            : t('date.none'),
      },
      {
        key: 'reliability',
        label: t('sources.col.reliability'),
        render: (row) => <SourceGrade grade={row.reliability} />,
      },
    ],
  };

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
          <FilterChips
            legend={t('sources.filter.reliability')}
            options={grades}
            label={(grade) => grade}
            title={(grade) => t(`reliability.${grade}`)}
            selected={gradeFilter}
            onChange={setGradeFilter}
          />
          <FilterChips
            legend={t('sources.filter.topic')}
            options={topics}
            label={(topic) => t(`nav.${topic}`)}
            selected={topicFilter}
            onChange={setTopicFilter}
          />
          <p role="status" aria-live="polite" className="kpi__meta">
            {t('sources.count', { shown: number(shown.length), total: number(rows.length) })}
          </p>
        </div>
        {shown.length === 0 ? (
          <p>{t('sources.empty')}</p>
        ) : (
          <DataTable caption={t('chart.sources')} label={t('sources.list')} table={table} />
        )}
      </section>
    </article>
  );
}
