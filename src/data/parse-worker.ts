/// <reference lib="webworker" />
import type { DatasetName } from './datasets';
import { validateText } from './validate';

/*
 * Checks data files off the main thread: JSON parsing, the schemas and the cross-field rules
 * take tens of milliseconds per file (more on a slow phone), time a reader would otherwise
 * feel as a frozen page. The loader (load.ts) sends a file's text and gets back the data, or
 * the problems the alert names.
 */

export type ParseRequest = { id: number; name: DatasetName; text: string };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, name, text } = event.data;
  self.postMessage({ id, result: validateText(name, text) });
};
