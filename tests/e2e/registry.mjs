// The chart ids, in presenter order, read from src/views/registry.ts, so the browser tests
// follow the registry (a chart added there is presented and embedded here without an edit).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './build.mjs';

/** @returns {string[]} */
export function registeredChartIds() {
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'views', 'registry.ts'), 'utf8');
  const block = /export const charts\b[\s\S]*?\n\];/.exec(source)?.[0];
  if (!block) throw new Error('src/views/registry.ts: no `export const charts = [...]` found');
  const ids = [...block.matchAll(/\bid: '([a-z0-9-]+)'/g)].map(
    (match) => /** @type {string} */ (match[1]),
  );
  if (ids.length === 0) throw new Error('src/views/registry.ts: the charts list is empty');
  return ids;
}

/**
 * Each registered chart with the route of the view that shows it, read from the registry's
 * `views` (id → path) and `charts` (id → view) lists.
 * @returns {{ id: string, route: string }[]}
 */
export function registeredChartRoutes() {
  const source = readFileSync(path.join(REPO_ROOT, 'src', 'views', 'registry.ts'), 'utf8');
  const viewBlock = /export const views\b[\s\S]*?\n\];/.exec(source)?.[0] ?? '';
  const chartBlock = /export const charts\b[\s\S]*?\n\];/.exec(source)?.[0] ?? '';
  const paths = new Map(
    [...viewBlock.matchAll(/\bid: '([a-z0-9-]+)',\s*path: '([^']+)'/g)].map((m) => [m[1], m[2]]),
  );
  const charts = [...chartBlock.matchAll(/\bid: '([a-z0-9-]+)',\s*view: '([a-z0-9-]+)'/g)].map(
    (m) => ({
      id: /** @type {string} */ (m[1]),
      route: paths.get(/** @type {string} */ (m[2])) ?? '',
    }),
  );
  if (charts.length === 0 || charts.some((c) => !c.route))
    throw new Error('src/views/registry.ts: charts without a view path');
  return charts;
}
