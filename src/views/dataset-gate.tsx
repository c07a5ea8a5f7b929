import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataError, datasetQuery, datasets, type Dataset, type DatasetName } from '../data/load';
import { useI18n } from '../i18n/i18n-context';

/** The alert INTERFACE.md promises: names the file and the first invalid path, with a retry. */
export function DataAlert({ error, file, onRetry }: { error: unknown; file: string; onRetry: () => void }) {
  const { t } = useI18n();
  const message = error instanceof DataError ? error.message : `${file}: ${String(error)}`;
  // What to do about the first problem, as `npm run check-data` prints it (in English, like the path).
  const hint = error instanceof DataError ? error.problems[0]?.hint : undefined;
  return (
    <div role="alert" className="data-alert">
      <p className="data-alert__title">{t('error.data.title')}</p>
      {/* Rendered as text: nothing from a data file is ever interpreted as markup. */}
      <p className="data-alert__message">
        <code>{message}</code>
      </p>
      {hint && (
        <p className="data-alert__hint">
          {t('error.data.hint')} <code>{hint}</code>
        </p>
      )}
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

export function useDataset<N extends DatasetName>(name: N) {
  return useQuery(datasetQuery(name));
}

/**
 * Renders its children with the parsed dataset, a placeholder of the given height while
 * it loads, or the alert if the file is unusable. Other datasets are unaffected.
 */
export function DatasetGate<N extends DatasetName>({
  name,
  minHeight = 240,
  children,
}: {
  name: N;
  minHeight?: number;
  children: (data: Dataset<N>) => ReactNode;
}) {
  const { t } = useI18n();
  const query = useDataset(name);
  const file = datasets[name].file;
  if (query.isError) return <DataAlert error={query.error} file={file} onRetry={() => void query.refetch()} />;
  if (!query.data) {
    return (
      <div className="loading-block" style={{ minHeight }} aria-busy="true">
        <span className="visually-hidden">{t('loading.data', { file })}</span>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
