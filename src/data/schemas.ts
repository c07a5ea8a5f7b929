import type { DatasetName } from '../topics';
import { fusionDocument } from './fusion-schema';
import { stargateDocument } from './stargate-schema';

/**
 * Each data file's schema, by topic. Typed against the topic list (src/topics.ts): a topic with
 * a data file and no schema here, or a schema for no such topic, does not compile.
 */
export const schemas = {
  stargate: stargateDocument,
  fusion: fusionDocument,
} as const satisfies Record<DatasetName, unknown>;
