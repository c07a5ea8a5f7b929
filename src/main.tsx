import { StrictMode } from 'react';
import { BrowserRouter, HashRouter } from 'react-router-dom';
import { createQueryClient } from './app/query-client';
import { mountApp } from './app/mount';
import { AppProviders } from './app/root';
import { AppRoutes, redirectHashLink, routerBasename } from './app/routes';
import './app/styles.css';

// `VITE_ROUTER=hash` (or `--mode static`, see .env.static) builds for static hosts without
// rewrite rules: every route lives after `#`, so only index.html itself must be served.
const hashRouting = import.meta.env.VITE_ROUTER === 'hash';
if (!hashRouting) redirectHashLink();
const client = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

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
        <BrowserRouter basename={routerBasename()}>
          <AppRoutes />
        </BrowserRouter>
      )}
    </AppProviders>
  </StrictMode>,
);
