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

export function useUrlParam<T>(name: string, param: Param<T>): [T, (value: T) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = param.parse(searchParams.get(name));
  const setValue = useCallback(
    (next: T) => {
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          const raw = param.serialize(next);
          if (raw === null) updated.delete(name);
          else updated.set(name, raw);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [name, param, setSearchParams],
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
  const [searchParams, setSearchParams] = useSearchParams();
  const tables = (searchParams.get('table') ?? '').split(',').filter(Boolean);
  const mode = tables.includes(chartId) ? 'table' : 'chart';
  const setMode = useCallback(
    (next: 'chart' | 'table') => {
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          const set = new Set((updated.get('table') ?? '').split(',').filter(Boolean));
          if (next === 'table') set.add(chartId);
          else set.delete(chartId);
          if (set.size) updated.set('table', [...set].sort().join(','));
          else updated.delete('table');
          return updated;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [chartId, setSearchParams],
  );
  return [mode, setMode];
}
