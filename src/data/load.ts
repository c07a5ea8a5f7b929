import { queryOptions } from '@tanstack/react-query';
import type { ValidationProblem } from './common-schema';
import { datasets, validateText, type Dataset, type DatasetName } from './validate';

// The dataset table lives with the validation both the app and `npm run check-data` use;
// it is re-exported here because views know datasets through the loader.
export { datasets, type Dataset, type DatasetName };

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

/**
 * Parses and validates a data file's text (migrating an older schemaVersion); throws
 * DataError naming the first bad path. Never throws anything else: an administrator's
 * file, however broken, must end in the alert, not a blank page.
 */
export function parseDataset<N extends DatasetName>(name: N, text: string): Dataset<N> {
  const result = validateText(name, text);
  if (!result.ok) throw new DataError(datasets[name].file, result.problems);
  return result.data;
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
