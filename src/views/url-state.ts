import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

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
    parse: (raw) => (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback,
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
    serialize: (value) => (value.length === 0 ? null : allowed.filter((v) => value.includes(v)).join(',')),
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
 * Changes made to the query in one event accumulate. React Router's
 * functional setSearchParams starts every update from the URL of the last render, so two
 * setters called in one click (a reset, say) would otherwise keep only the last change.
 */
let pending: URLSearchParams | null = null;

export function useUpdateSearch(): (mutate: (params: URLSearchParams) => void) => void {
  const [searchParams, setSearchParams] = useSearchParams();
  return useCallback(
    (mutate) => {
      const batch = pending ?? new URLSearchParams(searchParams);
      mutate(batch);
      if (!pending) {
        pending = batch;
        queueMicrotask(() => {
          pending = null;
        });
      }
      // Navigate now (the view re-renders in the same event); a later setter in the same
      // event navigates again with both changes, replacing this entry.
      setSearchParams(new URLSearchParams(batch), { replace: true, preventScrollReset: true });
    },
    [searchParams, setSearchParams],
  );
}

export function useUrlParam<T>(name: string, param: Param<T>): [T, (value: T) => void] {
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const value = param.parse(searchParams.get(name));
  const setValue = useCallback(
    (next: T) =>
      update((params) => {
        const raw = param.serialize(next);
        if (raw === null) params.delete(name);
        else params.set(name, raw);
      }),
    [name, param, update],
  );
  return [value, setValue];
}

/** Parameters that follow the reader from view to view. */
export const globalParams = ['lang', 'theme'] as const;

/** `path` plus the reader's language and theme, so navigation keeps them. */
export function useLinkTo(): (path: string, extra?: Record<string, string>) => string {
  const [searchParams] = useSearchParams();
  return useCallback(
    (path, extra) => {
      const params = new URLSearchParams();
      for (const name of globalParams) {
        const value = searchParams.get(name);
        if (value) params.set(name, value);
      }
      for (const [key, value] of Object.entries(extra ?? {})) params.set(key, value);
      const query = params.toString();
      return query ? `${path}?${query}` : path;
    },
    [searchParams],
  );
}

/** Which charts on the page show their table instead: `?table=stargate-capacity,fusion-records`. */
export function useChartMode(chartId: string): ['chart' | 'table', (mode: 'chart' | 'table') => void] {
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const tables = (searchParams.get('table') ?? '').split(',').filter(Boolean);
  const mode = tables.includes(chartId) ? 'table' : 'chart';
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
