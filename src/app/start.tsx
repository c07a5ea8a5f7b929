import { StrictMode } from 'react';
import { BrowserRouter, HashRouter } from 'react-router-dom';
import { mountApp } from './mount';
import { createQueryClient } from './query-client';
import { AppProviders } from './root';
import { AppRoutes, redirectBareBase, redirectHashLink, routerLinkBasename } from './routes';

// `VITE_ROUTER=hash` (or `--mode static`, see .env.static) builds for static hosts without
// rewrite rules: every route lives after `#`, so only index.html itself must be served.
const hashRouting = import.meta.env.VITE_ROUTER === 'hash';

/** Starts the app in #root (see main.tsx for when). */
export function start(container: HTMLElement): void {
  if (!hashRouting) {
    redirectBareBase();
    redirectHashLink();
  }
  const client = createQueryClient();
  mountApp(
    container,
    client,
    <StrictMode>
      <AppProviders client={client}>
        {hashRouting ? (
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        ) : (
          <BrowserRouter basename={routerLinkBasename()}>
            <AppRoutes />
          </BrowserRouter>
        )}
      </AppProviders>
    </StrictMode>,
  );
}
