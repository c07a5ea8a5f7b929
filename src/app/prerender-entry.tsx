import { hashKey, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { generatePath, MemoryRouter } from 'react-router-dom';
import { datasetNames, type DatasetName } from '../data/datasets';
import { BuildStateContext } from '../charts/build-state';
import { parseDataset, validAsIs } from '../data/validate';
import { translate, type Lang } from '../i18n/catalogue';
import { chartIds, views } from '../views/registry';
import { createQueryClient } from './query-client';
import { AppProviders } from './root';
import { AppRoutes, routerBasename, routerLinkBasename } from './routes';
import { DefaultLangContext } from './settings';

/**
 * Build-time rendering of the app's routes to static HTML, run by scripts/prerender-plugin.ts
 * through Vite's SSR module runner (a fresh runner per URL, so the plugin can see which modules
 * the page used). The client hydrates this markup (src/app/mount.tsx): the tree below must be the
 * one the client renders first — same providers, the same location without a query, the same
 * language through DefaultLangContext, the same data — or hydration would not match.
 */

export type PrerenderResult = {
  html: string;
  /** Errors thrown while rendering: their Suspense boundaries are left to the client. */
  errors: string[];
  /** The datasets the route read, so the page can preload them and the client check them. */
  datasets: DatasetName[];
  /** The tab title `<view> · Gigawatt`, as the app sets it, in the page's language. */
  title: string;
};

type DataText = Partial<Record<DatasetName, string>>;

/**
 * Every URL the app can produce without a query: each parameterless view, each site page of
 * the data the build sees, each chart's embed and each slide of the default deck. Anything
 * else (a site added to a replaced data file, a mistyped path) is answered by the host's
 * fallback, which must then be neutral (see the plugin).
 */
export function prerenderUrls(dataText: DataText): string[] {
  const urls: string[] = views.filter((view) => !view.path.includes(':')).map((v) => v.path);
  const sitePath = views.find((view) => view.id === 'site')?.path;
  const stargate = dataText.stargate;
  if (sitePath && stargate !== undefined) {
    try {
      for (const site of parseDataset('stargate', stargate).sites)
        urls.push(generatePath(sitePath, { siteId: site.id }));
    } catch {
      // A file that fails its schema has no site pages; its views show the alert at run time.
    }
  }
  for (const id of chartIds) urls.push(`/embed/${id}`);
  // The default deck (present-deck.ts, not imported here: the build lists what a render
  // evaluated as the page's chunks) shows every chart, one a slide.
  for (let n = 1; n <= chartIds.length; n++) urls.push(`/present/${n}`);
  return urls;
}

/** The data files a page may read without checking them again (see validAsIs). */
export function validFiles(dataText: DataText): string[] {
  return (Object.entries(dataText) as [DatasetName, string][])
    .filter(([name, text]) => validAsIs(name, text))
    .map(([name]) => name);
}

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text of the first `<h1>` (else `<h2>`) of the markup, for a page whose title names its content. */
function headingText(html: string): string | undefined {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html) ?? /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(html);
  const text = match?.[1]
    ?.replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .trim();
  return text || undefined;
}

/** The query a page in `lang` is rendered with; mount.tsx hydrates with the same. */
export function buildSearch(lang: Lang): string {
  return lang === 'ko' ? '?lang=ko' : '';
}

/**
 * Renders one URL (relative to the base, e.g. `/stargate`) in `lang`, with the data files'
 * text already in the query cache, waiting for every lazy view and chart chunk.
 */
export async function prerenderRoute(
  path: string,
  lang: Lang,
  dataText: DataText,
): Promise<PrerenderResult> {
  const client = createQueryClient();
  for (const [name, text] of Object.entries(dataText) as [DatasetName, string][]) {
    try {
      client.setQueryData(['dataset', name], parseDataset(name, text));
    } catch {
      // Left out: the views render their alert at run time.
    }
  }
  // Which datasets the route reads: every useQuery hashes its key through the client's
  // defaults (a documented option), so recording there sees each read without patching.
  const used = new Set<DatasetName>();
  client.setDefaultOptions({
    queries: {
      ...client.getDefaultOptions().queries,
      queryKeyHashFn: (key: QueryKey) => {
        const [kind, name] = key;
        if (kind === 'dataset' && datasetNames.some((n) => n === name))
          used.add(name as DatasetName);
        return hashKey(key);
      },
    },
  });

  const errors: string[] = [];
  const basename = routerBasename();
  // The Korean variant is the page at `?lang=ko`, so its links keep the reader in Korean
  // before the app runs (and without it); the client hydrates it with the same query.
  const location = `${basename === '/' ? '' : basename}${path}${buildSearch(lang)}`;
  // A component that reads window.location while rendering gets a location and nothing else,
  // so feature checks still see Node.
  const globals = globalThis as { window?: unknown; BroadcastChannel?: unknown };
  const hadWindow = 'window' in globals;
  if (!hadWindow) globals.window = { location: new URL(location, 'http://localhost') };
  // Node has BroadcastChannel; one opened while rendering (the presenter's, for the speaker
  // view) would never be closed and keep the build from exiting. The browser has its own.
  const channel = globals.BroadcastChannel;
  globals.BroadcastChannel = undefined;
  try {
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <AppProviders client={client}>
          <DefaultLangContext.Provider value={lang}>
            <BuildStateContext.Provider value>
              <MemoryRouter basename={routerLinkBasename()} initialEntries={[location]}>
                <AppRoutes />
              </MemoryRouter>
            </BuildStateContext.Provider>
          </DefaultLangContext.Provider>
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
    const app = translate(lang, 'app.name');
    const view = views.find((v) => v.path === path);
    const named = view && view.id !== 'overview' ? translate(lang, view.navKey) : undefined;
    const heading = path === '/' ? undefined : (named ?? headingText(html));
    return {
      html,
      errors,
      datasets: [...used].sort(),
      title: heading ? `${heading} · ${app}` : app,
    };
  } finally {
    if (!hadWindow) delete globals.window;
    globals.BroadcastChannel = channel;
    client.clear();
  }
}
