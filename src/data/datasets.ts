import type { z } from 'zod';
import { datasetNames, topics, type DatasetName } from '../topics';
import type { ValidationProblem } from './common-schema';
import type { schemas } from './schemas';

/*
 * What the app knows about its data files without their schemas: names, file names, URLs and
 * the error a bad file ends in. The names and files come from the topic list (src/topics.ts);
 * the schemas (zod) load only where a file is checked: in the parse worker, or on the main
 * thread where no worker can run.
 */

export { datasetNames, type DatasetName };

/** The data files an administrator may replace without rebuilding (INTERFACE.md). */
export const datasets = Object.fromEntries(
  datasetNames.map((name) => [name, { file: topics[name].dataset }]),
) as Record<DatasetName, { file: string }>;

export type Dataset<N extends DatasetName> = z.infer<(typeof schemas)[N]>;

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * A data file that could not be used. `message` is what the alert shows:
 * `stargate.json: sites[3].capacityGw: expected a number`.
 */
export class DataError extends Error {
  readonly file: string;
  /** Each with the hint check-data prints, where the checker gave one (not for a failed fetch). */
  readonly problems: (ValidationProblem & { hint?: string })[];
  constructor(file: string, problems: (ValidationProblem & { hint?: string })[]) {
    const first = problems[0];
    super(first ? `${file}: ${first.path}: ${first.message}` : `${file}: unusable`);
    this.name = 'DataError';
    this.file = file;
    this.problems = problems;
  }
}
