import type { z } from 'zod';
import type { ValidationProblem } from './common-schema';
import type { fusionDocument } from './fusion-schema';
import type { stargateDocument } from './stargate-schema';

/*
 * What the app knows about its data files without their schemas: names, file names, URLs and
 * the error a bad file ends in. The schemas (zod) load only where a file is checked: in the
 * parse worker, or on the main thread where no worker can run.
 */

/** The data files an administrator may replace without rebuilding (INTERFACE.md). */
export const datasets = {
  stargate: { file: 'stargate.json' },
  fusion: { file: 'fusion.json' },
} as const;

export type DatasetName = keyof typeof datasets;
type Schemas = { stargate: typeof stargateDocument; fusion: typeof fusionDocument };
export type Dataset<N extends DatasetName> = z.infer<Schemas[N]>;

export const datasetNames = Object.keys(datasets).filter(
  (key): key is DatasetName => key in datasets,
);

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
