import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router-dom';
import type { ChartId } from '../topics';

/**
 * View state lives in the URL so a pasted link reproduces the view on a cold load.
 * Each parameter has a parser that falls back quietly on anything it does not know.
 */
export type Param<T> = {
  parse: (raw: string | null) => T;
  /** null removes the parameter (it is at its default). */
  serialize: (value: T) => string | null;
};

export function enumParam<const T extends string>(allowed: readonly T[], fallback: T): Param<T> {
  return {
    parse: (raw) => ((allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback),
    serialize: (value) => (value === fallback ? null : value),
  };
}

/** A comma-separated subset of known values; unknown entries are dropped, order is canonical. */
export function setParam<const T extends string>(allowed: readonly T[]): Param<T[]> {
  return {
    parse: (raw) => {
      if (!raw) return [];
      const wanted = new Set(raw.split(','));
      return allowed.filter((value) => wanted.has(value));
    },
    serialize: (value) =>
      value.length === 0 ? null : allowed.filter((v) => value.includes(v)).join(','),
  };
}

export function numberParam(fallback: number, min: number, max: number): Param<number> {
  return {
    parse: (raw) => {
      if (raw === null || raw.trim() === '') return fallback;
      const value = Number(raw);
      return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
    },
    serialize: (value) => (value === fallback ? null : String(value)),
  };
}

/**
 * The query string as a store a component can read one parameter of.
 *
 * React Router re-renders every consumer of the location on any navigation, so a filter click
 * on one chart would re-render every chart on the page. Here a component subscribes to the
 * parameters it reads and re-renders only when their values change; setters read the query
 * when they run and subscribe to nothing.
 */
type SearchSnapshot = { search: string; pathname: string; navigate: NavigateFunction };

function createSearchStore(initial: SearchSnapshot, fixed = false) {
  let current = initial;
  /** A query written ahead of the router (write), until the router's location has it. */
  let ahead: string | null = null;
  let flushing = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  /** Hands a query written ahead to the router, once the page has painted the change. */
  const flush = (address: string) => {
    flushing = false;
    if (ahead === null) return;
    // The reader went elsewhere in the meantime: that navigation wins.
    if (window.location.href !== address) {
      ahead = null;
      return;
    }
    current.navigate(
      { pathname: current.pathname, search: ahead },
      { replace: true, preventScrollReset: true },
    );
  };
  return {
    /** The location being rendered (its query, path and the router's navigate). */
    current: () => current,
    /**
     * The router's location, read while rendering, so children rendered for a location read
     * that location's query; while the router catches up with a query written ahead of it on
     * the same path, that query stays.
     */
    update: (next: SearchSnapshot) => {
      if (ahead !== null && next.pathname === current.pathname && next.search !== ahead) {
        current = { ...next, search: ahead };
        return;
      }
      ahead = null;
      current = next;
    },
    /**
     * A reader's change to the query: its readers re-render now, in the reader's event; the
     * address bar and the router follow after the next paint (writing the history entry and
     * re-rendering what reads the router's location take as long as redrawing the chart).
     */
    write: (search: string) => {
      if (fixed) return;
      // The whole address: under the hash router the route is in the hash.
      const address = window.location.href;
      ahead = search;
      current = { ...current, search };
      notify();
      if (flushing) return;
      flushing = true;
      afterNextPaint(() => flush(address));
    },
    /** Tells subscribers that did not re-render, once the location is committed. */
    notify,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Runs `task` after the browser paints the frame in hand (a frame, then a task), or within
 * 100 ms where no frames come (a hidden tab, a test environment without animation frames).
 */
function afterNextPaint(task: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
type SearchStore = ReturnType<typeof createSearchStore>;

const SearchStoreContext = createContext<SearchStore | null>(null);

/** Inside the router, above everything that reads URL state (SettingsRoot renders it). */
export function SearchParamsProvider({ children }: { children: ReactNode }) {
  const { search, pathname } = useLocation();
  const navigate = useNavigate();
  const [store] = useState(() => createSearchStore({ search, pathname, navigate }));
  store.update({ search, pathname, navigate });
  useLayoutEffect(() => store.notify(), [search, store]);
  return createElement(SearchStoreContext.Provider, { value: store }, children);
}

/**
 * Charts below read `search` instead of the address bar: a slide thumbnail, an overview tile
 * or a handout page shows its own slide's filters while the page's URL names another slide.
 * Their setters change nothing (these are pictures, not controls).
 */
export function FixedSearchProvider({ search, children }: { search: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const [store] = useState(() =>
    createSearchStore({ search, pathname, navigate: (() => undefined) as NavigateFunction }, true),
  );
  store.update({ ...store.current(), search, pathname });
  useLayoutEffect(() => store.notify(), [search, store]);
  return createElement(SearchStoreContext.Provider, { value: store }, children);
}

function useSearchStore(): SearchStore {
  const store = useContext(SearchStoreContext);
  if (!store)
    throw new Error('URL state is read outside SearchParamsProvider (SettingsRoot renders it)');
  return store;
}

/** Subscribes to one derived string of the query; re-renders only when it changes. */
function useSearchSelect(select: (params: URLSearchParams) => string | null): string | null {
  const store = useSearchStore();
  const snapshot = () => select(new URLSearchParams(store.current().search));
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/**
 * Changes made to the query in one event accumulate: two setters called in one click (a reset,
 * say) both land, because each starts from the query the previous one wrote.
 */
let pending: URLSearchParams | null = null;

export function useUpdateSearch(): (mutate: (params: URLSearchParams) => void) => void {
  const store = useSearchStore();
  return useCallback(
    (mutate) => {
      const batch = pending ?? new URLSearchParams(store.current().search);
      mutate(batch);
      if (!pending) {
        pending = batch;
        queueMicrotask(() => {
          pending = null;
        });
      }
      // Readers of the changed parameters re-render now, in this event; the router catches up
      // with the same query after the next paint. A later setter in the same event writes
      // both changes.
      const query = batch.toString();
      store.write(query ? `?${query}` : '');
    },
    [store],
  );
}

/** The whole query, for the few places that copy it (what-if defaults, embed links). */
export function useSearchParamsValue(): URLSearchParams {
  const search = useSearchSelect((params) => params.toString());
  return new URLSearchParams(search ?? '');
}

export function useUrlParam<T>(name: string, param: Param<T>): [T, (value: T) => void] {
  const raw = useSearchSelect((params) => params.get(name));
  const update = useUpdateSearch();
  const value = param.parse(raw);
  const setValue = useCallback(
    (next: T) =>
      update((params) => {
        const serialized = param.serialize(next);
        if (serialized === null) params.delete(name);
        else params.set(name, serialized);
      }),
    [name, param, update],
  );
  return [value, setValue];
}

/** Parameters that follow the reader from view to view. */
export const globalParams = ['lang', 'theme'] as const;

/** `path` plus the reader's language and theme, so navigation keeps them. */
export function useLinkTo(): (path: string, extra?: Record<string, string>) => string {
  const kept = useSearchSelect((params) => {
    const global = new URLSearchParams();
    for (const name of globalParams) {
      const value = params.get(name);
      if (value) global.set(name, value);
    }
    return global.toString();
  });
  return useCallback(
    (path, extra) => {
      const params = new URLSearchParams(kept ?? '');
      for (const [key, value] of Object.entries(extra ?? {})) params.set(key, value);
      const query = params.toString();
      return query ? `${path}?${query}` : path;
    },
    [kept],
  );
}

/** Which charts on the page show their table instead: `?table=stargate-capacity,fusion-records`. */
export function useChartMode(
  chartId: ChartId,
): ['chart' | 'table', (mode: 'chart' | 'table') => void] {
  const mode = useSearchSelect((params) =>
    (params.get('table') ?? '').split(',').includes(chartId) ? 'table' : 'chart',
  ) as 'chart' | 'table';
  const update = useUpdateSearch();
  const setMode = useCallback(
    (next: 'chart' | 'table') =>
      update((params) => {
        const set = new Set((params.get('table') ?? '').split(',').filter(Boolean));
        if (next === 'table') set.add(chartId);
        else set.delete(chartId);
        if (set.size) params.set('table', [...set].sort().join(','));
        else params.delete('table');
      }),
    [chartId, update],
  );
  return [mode, setMode];
}

export type TableSortValue = { key: string; dir: 'asc' | 'desc' };

/**
 * A chart table's header sort: `?table-sort=stargate-capacity.capacity.desc,fusion-records.date.asc`,
 * one entry per chart (column keys are letters only, so `.` separates safely).
 */
export function useTableSort(
  chartId: ChartId,
): [TableSortValue | null, (sort: TableSortValue | null) => void] {
  const raw = useSearchSelect((params) => tableSortEntry(params.get('table-sort'), chartId));
  const update = useUpdateSearch();
  const sort = parseTableSort(raw);
  const setSort = useCallback(
    (next: TableSortValue | null) =>
      update((params) => {
        const others = (params.get('table-sort') ?? '')
          .split(',')
          .filter((entry) => entry && !entry.startsWith(`${chartId}.`));
        if (next) others.push(`${chartId}.${next.key}.${next.dir}`);
        if (others.length) params.set('table-sort', others.sort().join(','));
        else params.delete('table-sort');
      }),
    [chartId, update],
  );
  return [sort, setSort];
}

/** This chart's entry of `table-sort`, or null. */
export function tableSortEntry(raw: string | null, chartId: string): string | null {
  return (raw ?? '').split(',').find((entry) => entry.startsWith(`${chartId}.`)) ?? null;
}

function parseTableSort(entry: string | null): TableSortValue | null {
  const match = /\.([A-Za-z0-9_]+)\.(asc|desc)$/.exec(entry ?? '');
  return match?.[1] && (match[2] === 'asc' || match[2] === 'desc')
    ? { key: match[1], dir: match[2] }
    : null;
}

/**
 * What every chart card keeps in the URL, as ChartCard's props: its id, chart or table, and the
 * table's sort. `<ChartCard {...useCardState('stargate-capacity')} title=… />`.
 */
export function useCardState(chartId: ChartId) {
  const [mode, onModeChange] = useChartMode(chartId);
  const tableSort = useTableSort(chartId);
  return { id: chartId, mode, onModeChange, tableSort };
}
