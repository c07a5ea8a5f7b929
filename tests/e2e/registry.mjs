// The topics, views and charts, imported from the app's own list (src/topics.ts), so the browser
// tests follow it: a chart or topic added there is routed, presented and embedded here without an
// edit. src/topics.ts is plain data with no imports; tsx (a devDependency) loads the TypeScript.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { REPO_ROOT } from './build.mjs';

/** @type {typeof import('../../src/topics.ts')} */
const manifest = await tsImport(
  pathToFileURL(path.join(REPO_ROOT, 'src', 'topics.ts')).href,
  import.meta.url,
);

/** The chart ids in presenter order. @returns {string[]} */
export function registeredChartIds() {
  return [...manifest.chartIds];
}

/**
 * Each registered chart with the route of the view that shows it.
 * @returns {{ id: string, route: string }[]}
 */
export function registeredChartRoutes() {
  return manifest.chartIds.map((id) => ({ id, route: manifest.chartPath(id) }));
}

/**
 * Each topic's route with the charts its view shows, in presenter order.
 * @returns {{ id: string, path: string, charts: string[] }[]}
 */
export function topicRoutes() {
  return manifest.topicIds.map((id) => ({
    id,
    path: manifest.views.find((view) => view.id === id)?.path ?? `/${id}`,
    charts: manifest.charts.filter((chart) => chart.view === id).map((chart) => chart.id),
  }));
}

/** The routes of every view without a parameter in its path (the prerendered pages). */
export function staticRoutes() {
  return manifest.views.map((view) => view.path).filter((route) => !route.includes(':'));
}
