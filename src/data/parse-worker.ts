/// <reference lib="webworker" />
import type { DatasetName } from './datasets';
import { validateText } from './validate';

/*
 * Checks data files off the main thread: JSON parsing, the schemas and the cross-field rules
 * take tens of milliseconds per file (more on a slow phone), time a reader would otherwise
 * feel as a frozen page. The loader (load.ts) sends a file's bytes and gets back the data, or
 * the problems the alert names.
 */

/** The file's bytes are transferred, not copied, and decoded here: a large file costs the page nothing. */
export type ParseRequest = { id: number; name: DatasetName; bytes: ArrayBuffer };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, name, bytes } = event.data;
  self.postMessage({ id, result: validateText(name, new TextDecoder().decode(bytes)) });
};
