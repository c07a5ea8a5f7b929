import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { MemoryRouter } from 'react-router-dom';
import { parseDataset, type DatasetName } from '../data/validate';
import { translate } from '../i18n/catalogue';
import { views } from '../views/registry';
import { createQueryClient } from './query-client';
import { AppProviders } from './root';
import { AppRoutes, routerBasename, routerLinkBasename } from './routes';

/**
 * Build-time rendering of the app's routes to static HTML (run by the prerender plugin in
 * vite.config.ts through Vite's SSR loader). The markup only has to look like the first screen:
 * the client renders the real app next to it and swaps it in whole (see mount.tsx), so nothing
 * here has to match React's hydration rules, and the data is whatever `public/data` holds.
 */

export type PrerenderResult = {
  html: string;
  /** Errors thrown while rendering: their Suspense boundaries are left to the client. */
  errors: string[];
  /** The datasets the route read, so the page can preload them and the client fetch them first. */
  datasets: DatasetName[];
  /** The tab title `<view> · Gigawatt`, as the app sets it (in English, like the markup). */
  title: string;
};

/** The routes worth rendering ahead: every registered view without URL parameters. */
export const prerenderPaths: string[] = views
  .filter((view) => !view.path.includes(':'))
  .map((view) => view.path);

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Renders one route (a path relative to the base, e.g. `/stargate`) with the given data files'
 * text already in the query cache, waiting for every lazy view and chart chunk.
 */
export async function prerenderRoute(
  path: string,
  dataText: Partial<Record<DatasetName, string>>,
): Promise<PrerenderResult> {
  const client = createQueryClient();
  for (const [name, text] of Object.entries(dataText) as [DatasetName, string][]) {
    client.setQueryData(['dataset', name], parseDataset(name, text));
  }
  // Which datasets the route asks for: every useQuery builds (or finds) its query through here.
  const used = new Set<DatasetName>();
  const cache = client.getQueryCache();
  const build = cache.build.bind(cache);
  cache.build = ((...args: Parameters<typeof build>) => {
    const key = args[1].queryKey;
    if (key[0] === 'dataset' && typeof key[1] === 'string') used.add(key[1] as DatasetName);
    return build(...args);
  }) as typeof cache.build;

  const errors: string[] = [];
  const basename = routerBasename();
  // Some components read window.location while rendering (an embed link's absolute URL). A
  // location is all they get: anything else stays undefined, so feature checks still see Node.
  const globals = globalThis as { window?: unknown };
  const hadWindow = 'window' in globals;
  if (!hadWindow)
    globals.window = {
      location: new URL(`${basename === '/' ? '' : basename}${path}`, 'http://localhost'),
    };
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <AppProviders client={client}>
        <MemoryRouter
          basename={routerLinkBasename()}
          initialEntries={[`${basename === '/' ? '' : basename}${path}`]}
        >
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>
    </StrictMode>,
    // Never outline a boundary behind a `$RC` script: the CSP would block it, so all inline.
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(
          error instanceof Error
            ? `${error.message} ${(error.stack ?? '').split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' ')}`
            : String(error),
        );
      },
    },
  );
  const html = await streamToString(prelude);
  if (!hadWindow) delete globals.window;
  client.clear();
  const view = views.find((v) => v.path === path);
  const app = translate('en', 'app.name');
  const title = view ? `${translate('en', view.navKey)} · ${app}` : app;
  return { html, errors, datasets: [...used].sort(), title };
}
