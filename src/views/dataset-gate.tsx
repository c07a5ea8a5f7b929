import { useQuery } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useId,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { DataError, datasetQuery, datasets, type Dataset, type DatasetName } from '../data/load';
import { useI18n } from '../i18n/i18n-context';
import { dataProblemText } from './data-problem-text';

/**
 * Which alert speaks for each file on a page. Several cards of one page read the same file
 * (/energy reads stargate.json in three), and one broken file is one problem: the first alert
 * to mount owns it and the others point to it. Ownership passes on when the owner unmounts.
 */
type AlertStore = {
  claim: (file: string, id: string) => void;
  release: (file: string, id: string) => void;
  ownerOf: (file: string) => string | undefined;
  subscribe: (listener: () => void) => () => void;
};

function createAlertStore(): AlertStore {
  const claims = new Map<string, string[]>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    claim(file, id) {
      claims.set(file, [...(claims.get(file) ?? []), id]);
      changed();
    },
    release(file, id) {
      claims.set(
        file,
        (claims.get(file) ?? []).filter((x) => x !== id),
      );
      changed();
    },
    ownerOf: (file) => claims.get(file)?.[0],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const AlertScope = createContext<AlertStore | null>(null);

/** One page: inside it, each file's alert is shown once. Outside (embeds, slides), always. */
export function DataAlertScope({ children }: { children: ReactNode }) {
  const [store] = useState(createAlertStore);
  return <AlertScope.Provider value={store}>{children}</AlertScope.Provider>;
}

const noStore = () => () => {};

/** The alert INTERFACE.md promises: names the file and the first invalid path, with a retry. */
export function DataAlert({
  error,
  file,
  onRetry,
}: {
  error: unknown;
  file: string;
  onRetry: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const store = useContext(AlertScope);
  useLayoutEffect(() => {
    if (!store) return undefined;
    store.claim(file, id);
    return () => store.release(file, id);
  }, [store, file, id]);
  const owner = useSyncExternalStore(
    store?.subscribe ?? noStore,
    () => store?.ownerOf(file),
    () => undefined,
  );
  if (store && owner !== undefined && owner !== id) {
    return <p className="data-alert-ref">{t('error.data.seeAbove', { file })}</p>;
  }
  const message = dataProblemText(i18n, file, error);
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
  if (query.isError)
    return <DataAlert error={query.error} file={file} onRetry={() => void query.refetch()} />;
  if (!query.data) {
    return (
      <div className="loading-block" style={{ minHeight }} aria-busy="true">
        <span className="visually-hidden">{t('loading.data', { file })}</span>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
