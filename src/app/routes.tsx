import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router-dom';
import { views } from '../views/registry';
import { NotFoundView } from './not-found-view';
import { SettingsRoot, ShellRoute } from './root';

// The modes load on demand: a reader of the app never pays for the presenter or embed code.
const PresentLayout = lazy(() =>
  import('./present-layout').then((m) => ({ default: m.PresentLayout })),
);
const SpeakerView = lazy(() => import('./speaker-view').then((m) => ({ default: m.SpeakerView })));
const HandoutView = lazy(() =>
  import('./present-handout').then((m) => ({ default: m.HandoutView })),
);
const EmbedLayout = lazy(() => import('./embed-layout').then((m) => ({ default: m.EmbedLayout })));

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
      // Modes are layouts: the same chart components, without the shell.
      { path: '/present', Component: PresentLayout },
      { path: '/present/speaker', Component: SpeakerView },
      { path: '/present/handout', Component: HandoutView },
      { path: '/present/:n', Component: PresentLayout },
      { path: '/embed/:chartId', Component: EmbedLayout },
    ],
  },
];

/** The route table rendered: the declarative router keeps the data router's code off the entry. */
export function AppRoutes() {
  return useRoutes(routes);
}

/** The deploy base without its trailing slash, as the router wants it (`/` → ``). */
export function routerBasename(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
}

/**
 * The basename the router is given: the deploy base with its trailing slash, so every link to
 * the base (the logo, "Overview") is `<base>/`. `/intranet/gw` without the slash is not under
 * `/intranet/gw/` on most hosts (nginx's `location /intranet/gw/` does not match it), so a
 * reload or a copied link of it would answer 404.
 */
export function routerLinkBasename(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The bare base (`/intranet/gw`, where a host served index.html without redirecting) becomes
 * `/intranet/gw/` before the router starts: the router only matches under the slashed base.
 */
export function redirectBareBase(): void {
  const { pathname, search, hash } = window.location;
  const base = routerLinkBasename();
  if (base !== '/' && pathname === base.slice(0, -1))
    window.history.replaceState(window.history.state, '', `${base}${search}${hash}`);
}

/**
 * A link copied from the no-rewrite (hash) build, `<base>#/present/3?lang=ko`, opened on a
 * path-routed deployment: rewrite it to `<base>present/3?lang=ko` before the router starts,
 * so links keep working when a site moves from one kind of host to the other.
 */
export function redirectHashLink(): void {
  const { hash, pathname } = window.location;
  const base = import.meta.env.BASE_URL;
  if (!hash.startsWith('#/') || (pathname !== base && pathname !== `${base}index.html`)) return;
  window.history.replaceState(null, '', `${base.replace(/\/$/, '')}${hash.slice(1)}`);
}
