import type { Plugin } from 'vite';
import { buildGeo } from './geo-build.ts';

const id = 'virtual:gigawatt-geo';
const resolved = `\0${id}`;

/**
 * Serves the map's prepared geography (scripts/geo-build.ts) as a module, so it is built from
 * us-atlas and world-atlas at build time and lands in its own chunk, loaded only with the map.
 */
export function geoPlugin(): Plugin {
  let cached: string | null = null;
  return {
    name: 'gigawatt-geo',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      cached ??= `export const geo = ${JSON.stringify(buildGeo())};\n`;
      return cached;
    },
  };
}
