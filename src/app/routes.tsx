import type { RouteObject } from 'react-router-dom';
import { views } from '../views/registry';
import { NotFoundView } from './not-found-view';
import { SettingsRoot, ShellRoute } from './root';

/** The route table, derived from the view registry. */
export const routes: RouteObject[] = [
  {
    element: <SettingsRoot />,
    children: [
      {
        element: <ShellRoute />,
        children: [
          ...views.map((view) => ({ path: view.path, Component: view.component })),
          { path: '*', Component: NotFoundView },
        ],
      },
    ],
  },
];

/** The deploy base without its trailing slash, as the router wants it (`/` → ``). */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
}
