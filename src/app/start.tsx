import {
  StrictMode,
  startTransition,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react';
import { HashRouter, Router, UNSAFE_createBrowserHistory, type Location } from 'react-router-dom';
import { BuildStateContext } from '../charts/build-state';
import type { Lang } from '../i18n/catalogue';
import { mountApp, type BuildState } from './mount';
import { createQueryClient } from './query-client';
import { AppProviders } from './root';
import { AppRoutes, redirectBareBase, redirectHashLink, routerLinkBasename } from './routes';
import { DefaultLangContext, parseLang } from './settings';

// `VITE_ROUTER=hash` (or `--mode static`, see .env.static) builds for static hosts without
// rewrite rules: every route lives after `#`, so only index.html itself must be served.
const hashRouting = import.meta.env.VITE_ROUTER === 'hash';

type RouterState = { location: Location; lang: Lang | null };

/**
 * BrowserRouter, except that it can start from the state a prerendered page was built in: the
 * path in the address bar without its query, in the page's language. That first render hydrates
 * the markup as it is; the reader's own query and language (filters, `?lang=`, the browser's
 * language) follow in a transition, which re-renders only what reads them.
 */
function AppRouter({ build, children }: { build: BuildState | null; children: ReactNode }) {
  const [history] = useState(() => UNSAFE_createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState<RouterState>(() => ({
    location: build ? { ...history.location, search: build.search } : history.location,
    lang: build?.lang ?? null,
  }));
  const [action, setAction] = useState(history.action);
  const [fromBuild, setFromBuild] = useState(build !== null);
  useLayoutEffect(
    () =>
      history.listen((update) =>
        startTransition(() => {
          setAction(update.action);
          setState({ location: update.location, lang: null });
        }),
      ),
    [history],
  );
  useEffect(() => {
    if (!build) return;
    // The page is adopted: what the build could not know (screen width, dark mode) is read.
    startTransition(() => setFromBuild(false));
    // The same page (`?lang=ko` against a Korean browser's plain link): nothing to re-render.
    const withoutLang = (search: string) => {
      const params = new URLSearchParams(search);
      params.delete('lang');
      return params.toString();
    };
    const readerLang = parseLang(new URLSearchParams(history.location.search).get('lang'));
    if (
      withoutLang(history.location.search) === withoutLang(build.search) &&
      readerLang === build.lang
    )
      return;
    // Runs once the hydrated page is committed; a transition, so it yields to the reader.
    startTransition(() => setState({ location: history.location, lang: null }));
  }, [build, history]);
  return (
    <DefaultLangContext.Provider value={state.lang}>
      <BuildStateContext.Provider value={fromBuild}>
        <Router
          basename={routerLinkBasename()}
          location={state.location}
          navigationType={action}
          navigator={history}
        >
          {children}
        </Router>
      </BuildStateContext.Provider>
    </DefaultLangContext.Provider>
  );
}

/** Starts the app in #root (see main.tsx for when, mount.tsx for how). */
export function start(container: HTMLElement): void {
  if (!hashRouting) {
    redirectBareBase();
    redirectHashLink();
  }
  const client = createQueryClient();
  mountApp(container, client, (build) => (
    <StrictMode>
      <AppProviders client={client}>
        {hashRouting ? (
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        ) : (
          <AppRouter build={build}>
            <AppRoutes />
          </AppRouter>
        )}
      </AppProviders>
    </StrictMode>
  ));
}
