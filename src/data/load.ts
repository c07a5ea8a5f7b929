import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { listProblems, type ValidationProblem } from './common-schema';
import { fusionDocument } from './fusion-schema';
import { stargateDocument } from './stargate-schema';

/** The data files an administrator may replace without rebuilding (INTERFACE.md). */
export const datasets = {
  stargate: { file: 'stargate.json', schema: stargateDocument },
  fusion: { file: 'fusion.json', schema: fusionDocument },
} as const;

export type DatasetName = keyof typeof datasets;
export type Dataset<N extends DatasetName> = z.infer<(typeof datasets)[N]['schema']>;

/**
 * A data file that could not be used. `message` is what the alert shows:
 * `stargate.json: sites[3].capacityGw: expected a number`.
 */
export class DataError extends Error {
  readonly file: string;
  readonly problems: ValidationProblem[];
  constructor(file: string, problems: ValidationProblem[]) {
    const first = problems[0];
    super(first ? `${file}: ${first.path}: ${first.message}` : `${file}: unusable`);
    this.name = 'DataError';
    this.file = file;
    this.problems = problems;
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** Parses and validates a data file's text; throws DataError naming the first bad path. */
export function parseDataset<N extends DatasetName>(name: N, text: string): Dataset<N> {
  const { file, schema } = datasets[name];
  if (text.trim() === '') throw new DataError(file, [{ path: '(root)', message: 'the file is empty' }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const looksLikeHtml = /^\s*</.test(text);
    throw new DataError(file, [
      {
        path: '(root)',
        message: looksLikeHtml ? 'expected JSON but got an HTML page' : 'not valid JSON (truncated or malformed)',
      },
    ]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DataError(file, listProblems(result.error));
  return result.data as Dataset<N>;
}

export async function fetchDataset<N extends DatasetName>(name: N, signal?: AbortSignal): Promise<Dataset<N>> {
  const { file } = datasets[name];
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(file, [{ path: '(root)', message: 'the file could not be fetched (offline or blocked)' }]);
  }
  if (!response.ok) {
    throw new DataError(file, [{ path: '(root)', message: `the server answered HTTP ${response.status}` }]);
  }
  return parseDataset(name, await response.text());
}

/** One query per dataset; static data, so never stale and a parse failure is not retried. */
export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDataset(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
