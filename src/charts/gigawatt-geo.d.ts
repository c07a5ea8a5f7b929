declare module 'virtual:gigawatt-geo' {
  /** Built by scripts/geo-plugin.ts from us-atlas and world-atlas. */
  export const geo: import('./geo-codes').GeoBundle;
}
