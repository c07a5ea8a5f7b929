import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { geoPlugin } from './scripts/geo-plugin.ts';

// `BENCH_BASELINE=1` builds the straightforward app the benchmark compares against: one JS
// chunk (dynamic imports inlined), no prerendered pages, no preload hints.
const baseline = process.env.BENCH_BASELINE === '1';

// Relative asset URLs in dev are irrelevant; the deploy base is chosen at build
// time with `vite build --base=/sub/path/` and every runtime URL derives from
// import.meta.env.BASE_URL.
export default defineConfig({
  plugins: [react(), geoPlugin(), ...(baseline ? [] : [prerenderPlugin()])],
  build: {
    // Inlined data: URIs would be blocked by font-src/script-src 'self' under the strict CSP.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    ...(baseline
      ? { modulePreload: false as const, rolldownOptions: { output: { codeSplitting: false } } }
      : {}),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.mjs'],
    restoreMocks: true,
    // Route tests import lazy view chunks; the first transform on a 2-core machine is slow.
    testTimeout: 20000,
  },
});
