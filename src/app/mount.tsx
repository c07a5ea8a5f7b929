import type { QueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Lang } from '../i18n/catalogue';
import { routerBasename } from './routes';
import { parseLang } from './settings';

/** What a prerendered page was rendered with: the first client render must be the same. */
export type BuildState = { search: string; lang: Lang };

/**
 * Starts the app in `container` (#root).
 *
 * A prerendered page (scripts/prerender-plugin.ts) becomes the app by hydration: React adopts
 * the markup instead of rendering the page a second time. For that the first client render
 * must produce the same markup, so it renders the build's state — the path without a query
 * (`?lang=ko` for the Korean variant, which first-paint.js chose when the reader reads
 * Korean), with the same data — and the address's own query follows in a transition (see
 * AppRouter in start.tsx). A link with view state (filters, a theme) is rendered afresh
 * beside the page instead and swapped in once drawn, see readerHasBuildState.
 * Hydration runs in a transition too, so React does it in slices between which the browser
 * handles input, one Suspense boundary (a view, a chart) at a time as their code arrives.
 *
 * The data files may have been replaced since the build. The page records the digest of each
 * file it was built from (`data-digest`); hydration waits for the files (requested first thing,
 * in parallel with the code) and goes ahead only when they are the build's. Otherwise the
 * prerendered figures are stale: the app renders afresh beside them and replaces them once
 * drawn, so no figure that contradicts the deployed file stays on screen.
 *
 * The root index.html also answers URLs the build did not know (a host's fallback): there it
 * shows a neutral frame (first-paint.js hides the overview), and the app renders the URL's own
 * view in its place.
 */
export function mountApp(
  container: HTMLElement,
  client: QueryClient,
  app: (build: BuildState | null) => ReactNode,
): void {
  const wanted = (container.dataset.datasets ?? '').split(' ').filter(Boolean);
  // Imported on demand: the loader brings zod and the schemas, which the entry need not carry.
  const loaded: Promise<((name: string) => string | undefined) | null> =
    wanted.length === 0
      ? Promise.resolve(null)
      : import('../data/load').then(
          async ({ datasetQuery, datasets, fetchedDigest, trustBuildFiles }) => {
            trustBuildFiles(
              [...digestsOf(container, 'valid')].filter(
                (entry): entry is [keyof typeof datasets, string] =>
                  Object.hasOwn(datasets, entry[0]),
              ),
            );
            await Promise.all(
              wanted
                .filter((name): name is keyof typeof datasets => Object.hasOwn(datasets, name))
                .map((name) => client.prefetchQuery(datasetQuery(name))),
            );
            return (name: string) =>
              Object.hasOwn(datasets, name)
                ? fetchedDigest(name as keyof typeof datasets)
                : undefined;
          },
        );

  const route = container.dataset.prerendered;
  if (route === undefined) {
    createRoot(container).render(<Live>{app(null)}</Live>);
    return;
  }
  if (
    !prerenderedHere(route) ||
    window.location.hash.startsWith('#/') ||
    container.dataset.lang === undefined
  ) {
    // The host answered the root page for another URL (its fallback), or no variant of the
    // markup was put in place (first-paint.js did not run): there is nothing to adopt.
    container.replaceChildren();
    delete container.dataset.prerendered;
    createRoot(container).render(<Live>{app(null)}</Live>);
    return;
  }

  // As prerender-entry.tsx's buildSearch: the Korean variant is the page at `?lang=ko`.
  const lang = container.dataset.lang === 'ko' ? 'ko' : 'en';
  const build: BuildState = { search: lang === 'ko' ? '?lang=ko' : '', lang };
  if (!readerHasBuildState(lang)) {
    // The page shows the view without the link's state: the view renders with it beside the
    // page and takes its place once drawn, so the reader never sees the page blank between.
    renderBeside(container, client, wanted, app(null));
    return;
  }
  const built = digestsOf(container, 'digest');
  void loaded.then(
    (digestOf) => {
      const current = wanted.every(
        (name) =>
          client.getQueryState(['dataset', name])?.status === 'success' &&
          digestOf?.(name) === built.get(name),
      );
      if (current)
        startTransition(
          () =>
            void hydrateRoot(container, <Live>{app(build)}</Live>, {
              onRecoverableError: reportRecoverable,
            }),
        );
      else renderBeside(container, client, wanted, app(null));
    },
    () => renderBeside(container, client, wanted, app(null)),
  );
}

/**
 * Marks the document once the app answers the reader (`<html data-app="live">`): its page is
 * committed in #root, hydrated or rendered, so its controls respond. Before, a control of the
 * prerendered page is only a picture of one. Tests wait for it before they click.
 */
function markLive(): void {
  document.documentElement.dataset.app = 'live';
}

/** Renders the app and marks the document live once it is committed in place. */
function Live({ children }: { children: ReactNode }) {
  useEffect(markLive, []);
  return children;
}

/**
 * An error thrown while a part hydrates (its code failed to load, say) makes React render that
 * part afresh, where the same error reaches the part's error boundary, which shows the reader
 * an alert: React's note about it (the error's `cause`) is noise. Anything else — a part whose
 * markup did not match — is a defect and goes to the console.
 */
function reportRecoverable(error: unknown): void {
  if (error instanceof Error && error.cause !== undefined) return;
  console.error(error);
}

/**
 * Renders the app in a hidden sibling of the prerendered page and swaps it in once nothing is
 * loading any more: replaced nodes are new nodes, so the swap is not a layout shift, and the
 * reader never sees a loading placeholder in between. Used when the page is stale or the link
 * asks for view state the page was not rendered with.
 */
function renderBeside(
  container: HTMLElement,
  client: QueryClient,
  wanted: string[],
  app: ReactNode,
): void {
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
    markLive();
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
  startTransition(() => createRoot(fresh).render(app));
}

/**
 * True when the address asks for nothing the page was not rendered with: no view state, and
 * the page's language. A link with filters, a table or a theme renders afresh: hydrating it
 * and applying the state after would let the state reach parts still waiting for their code,
 * which React would then hydrate against the new state and find the markup different (the
 * URL-state store is shared by the whole tree, see url-state.ts).
 */
function readerHasBuildState(lang: Lang): boolean {
  const params = new URLSearchParams(window.location.search);
  return (
    [...params.keys()].every((key) => key === 'lang') && parseLang(params.get('lang')) === lang
  );
}

/**
 * By data file, the digest the prerendered page was built from (`data-digest`), or of each file
 * the build found valid as it is (`data-valid`).
 */
function digestsOf(container: HTMLElement, which: 'digest' | 'valid'): Map<string, string> {
  return new Map(
    (container.dataset[which] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((entry) => entry.split(':') as [string, string]),
  );
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
  const main = root.querySelector('main, [data-mode]');
  return !!main && main.childElementCount > 0 && root.querySelector('[aria-busy="true"]') === null;
}
