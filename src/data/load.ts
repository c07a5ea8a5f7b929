import { queryOptions } from '@tanstack/react-query';
import {
  DataError,
  dataUrl,
  datasetNames,
  datasets,
  type Dataset,
  type DatasetName,
} from './datasets';
import { digestBytes } from './digest';
import type { ParseRequest } from './parse-worker';
import type { Validation } from './validate';

// Views know datasets through the loader.
export { DataError, dataUrl, datasetNames, datasets, type Dataset, type DatasetName };

type Pending = {
  resolve: (result: Validation<DatasetName>) => void;
  reject: (error: unknown) => void;
};

/** The worker died with the file's bytes (transferred to it, so gone from the page). */
class WorkerFailed extends Error {}

/** The parse worker, started on first use; null where none can run (tests, old hosts, a refused script). */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

async function validateOnMainThread<N extends DatasetName>(
  name: N,
  bytes: ArrayBuffer,
): Promise<Validation<N>> {
  const { validateText } = await import('./validate');
  return validateText(name, new TextDecoder().decode(bytes));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker !== 'function') return (worker = null);
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'gigawatt-data',
    });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<{ id: number; result: Validation<DatasetName> }>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    job?.resolve(event.data.result);
  };
  // The worker's script failed to load or threw: what it held is fetched and checked again on
  // the main thread, and so is everything after. Slower, never wrong.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) job.reject(new WorkerFailed());
  };
  return worker;
}

/** Decodes, parses and validates a data file, in the parse worker where there is one. */
function validateBytes<N extends DatasetName>(name: N, bytes: ArrayBuffer): Promise<Validation<N>> {
  const target = startWorker();
  if (!target) return validateOnMainThread(name, bytes);
  return new Promise((resolve, reject) => {
    const request: ParseRequest = { id: nextId++, name, bytes };
    pending.set(request.id, { resolve: resolve as Pending['resolve'], reject });
    target.postMessage(request, [bytes]);
  });
}

async function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(file, [
      { path: '(root)', message: 'the file could not be fetched (offline or blocked)' },
    ]);
  }
  if (!response.ok) {
    throw new DataError(file, [
      { path: '(root)', message: `the server answered HTTP ${response.status}` },
    ]);
  }
  return response.arrayBuffer();
}

/**
 * Files a prerendered page was built from and found valid as they are (the prerender plugin's
 * `data-valid`), by digest. Fetched with the same bytes, a file was checked already: it is
 * parsed and used, and the page never loads the validator (zod and the schemas, in the parse
 * worker). Anything else — another file, a changed byte — is checked in full. The digest is not
 * cryptographic: it guards against a replaced file, not a forged one, as the checks do.
 */
const checkedAtBuild = new Map<DatasetName, string>();

export function trustBuildFiles(files: Iterable<[DatasetName, string]>): void {
  for (const [name, digest] of files) checkedAtBuild.set(name, digest);
}

/** The digest of each file as last fetched (see digest.ts): a prerendered page compares it with its own. */
const fetchedDigests = new Map<DatasetName, string>();

export function fetchedDigest(name: DatasetName): string | undefined {
  return fetchedDigests.get(name);
}

export async function fetchDataset<N extends DatasetName>(
  name: N,
  signal?: AbortSignal,
): Promise<Dataset<N>> {
  const { file } = datasets[name];
  // The worker's script loads while the file downloads (unless the build checked the file).
  if (!checkedAtBuild.has(name)) startWorker();
  const bytes = await fetchBytes(file, signal);
  // Before the bytes are transferred to the worker, which empties the buffer.
  const digest = digestBytes(new Uint8Array(bytes));
  fetchedDigests.set(name, digest);
  if (checkedAtBuild.get(name) === digest)
    return JSON.parse(new TextDecoder().decode(bytes)) as Dataset<N>;
  const result = await validateBytes(name, bytes).catch(async (error: unknown) => {
    if (!(error instanceof WorkerFailed)) throw error;
    return validateOnMainThread(name, await fetchBytes(file, signal));
  });
  if (!result.ok) throw new DataError(file, result.problems);
  return result.data;
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
