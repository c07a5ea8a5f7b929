import type { QueryClient } from '@tanstack/react-query';
import { startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { routerBasename } from './routes';
import { parseLang } from './settings';

/**
 * Starts the app in `container` (#root).
 *
 * A prerendered page (see scripts/prerender-plugin.ts) already shows the route's titles and
 * figures. The app does not hydrate that markup — the reader's language, theme, screen width or
 * URL filters may differ from the build's — but renders beside it, hidden, and swaps itself in
 * once nothing is loading any more. Replaced nodes are new nodes, so the swap is not a layout
 * shift, and the reader never sees a loading placeholder in between.
 *
 * Either way the route's data files are requested first thing, in parallel with the view's
 * code, instead of when the view's chunk has arrived and mounted its query.
 */
export function mountApp(container: HTMLElement, client: QueryClient, app: ReactNode): void {
  const wanted = (container.dataset.datasets ?? '').split(' ').filter(Boolean);
  if (wanted.length > 0) {
    // Imported on demand: the loader brings zod and the schemas, which the entry need not carry.
    void import('../data/load').then(({ datasetQuery, datasets }) => {
      for (const name of wanted)
        if (Object.hasOwn(datasets, name))
          void client.prefetchQuery(datasetQuery(name as keyof typeof datasets));
    });
  }

  const route = container.dataset.prerendered;
  if (route === undefined) {
    createRoot(container).render(app);
    return;
  }
  if (!prerenderedHere(route) || window.location.hash.startsWith('#/') || !showsDefaultView()) {
    // The host answered another route's page (an SPA fallback), or the link asks for a state
    // the build did not render (filters, a scenario, Korean): never show the wrong content,
    // least of all controls that look live and are not.
    container.replaceChildren();
    delete container.dataset.prerendered;
    createRoot(container).render(app);
    return;
  }

  const fresh = document.createElement('div');
  fresh.hidden = true;
  container.after(fresh);
  let swapped = false;
  const swap = () => {
    if (swapped) return;
    swapped = true;
    observer.disconnect();
    window.clearTimeout(timer);
    container.remove();
    fresh.id = 'root';
    fresh.hidden = false;
  };
  // Ready: the page is drawn, nothing shows a loading placeholder, and the data the prerendered
  // page showed has arrived (a view that renders without a placeholder must not swap in empty).
  const dataDone = () =>
    wanted.every((name) => {
      const status = client.getQueryState(['dataset', name])?.status;
      return status === 'success' || status === 'error';
    });
  const check = () => {
    if (settled(fresh) && dataDone()) swap();
  };
  // Checked on DOM changes only: when data arrives the view re-renders, and that is a change.
  const observer = new MutationObserver(check);
  observer.observe(fresh, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  // A route that keeps something loading must still become interactive.
  const timer = window.setTimeout(swap, 10_000);
  // A transition renders in slices, so building the hidden page does not block input.
  startTransition(() => createRoot(fresh).render(app));
}

/**
 * The prerendered pages are the default view in English. A link with view state (filters,
 * sort, table, a what-if scenario) or another language would show different content.
 */
function showsDefaultView(): boolean {
  const params = new URLSearchParams(window.location.search);
  const stateful = [...params.keys()].some((key) => key !== 'theme' && key !== 'lang');
  return !stateful && parseLang(params.get('lang')) === 'en';
}

/** True when the prerendered route is the one in the address bar (trailing slash or not). */
function prerenderedHere(route: string): boolean {
  const base = routerBasename() === '/' ? '' : routerBasename();
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const here = trim(window.location.pathname);
  return (
    here === trim(`${base}${route}`) ||
    (route === '/' && (here === base || here === `${base}/index.html`))
  );
}

/** The app has drawn its main content and nothing inside it is still loading. */
function settled(root: HTMLElement): boolean {
  const main = root.querySelector('main');
  return !!main && main.childElementCount > 0 && root.querySelector('[aria-busy="true"]') === null;
}
