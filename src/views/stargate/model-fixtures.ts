import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stargateDocument, type StargateDocument } from '../../data/stargate-schema';

/** The bundled stargate.json, parsed as the app parses it: the fixture the model tests share. */
export function bundledStargate(): StargateDocument {
  return stargateDocument.parse(
    JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/stargate.json'), 'utf8')),
  );
}

export const noFilters = { partner: [], status: [], country: [] };
