import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { expect, vi } from 'vitest';
import { createQueryClient } from '../app/query-client';
import { AppProviders } from '../app/root';
import { AppRoutes } from '../app/routes';

/** Bodies to serve instead of the bundled files, keyed by file name, or an HTTP status. */
export type DataOverrides = Record<string, string | number>;

/**
 * Serves `data/*.json` from public/data (or the overrides) through a stubbed global fetch:
 * the app's real loader, schema and views run, only the network is replaced.
 */
export function stubDataFetch(overrides: DataOverrides = {}) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    // Named decks (public/decks), keyed `decks/<name>.json` in the overrides.
    const deck = url.split('/decks/')[1];
    if (deck) {
      const override = overrides[`decks/${deck}`];
      if (typeof override === 'number') return new Response('error', { status: override });
      if (typeof override === 'string') return new Response(override, { status: 200 });
      try {
        return new Response(readFileSync(resolve(process.cwd(), 'public/decks', deck), 'utf8'), {
          status: 200,
        });
      } catch {
        return new Response('not found', { status: 404 });
      }
    }
    const file = url.split('/data/')[1];
    if (!file) return new Response('not found', { status: 404 });
    const override = overrides[file];
    if (typeof override === 'number') return new Response('error', { status: override });
    if (typeof override === 'string') return new Response(override, { status: 200 });
    try {
      return new Response(readFileSync(resolve(process.cwd(), 'public/data', file), 'utf8'), {
        status: 200,
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

/** Reports the router's location on every render, so a test can read where the app went. */
export function LocationProbe({ onLocation }: { onLocation: (location: Location) => void }) {
  onLocation(useLocation());
  return null;
}

/**
 * Renders the real route table at `path` with a fresh query client; `location()` is the
 * address the app shows now.
 */
export function renderRoute(path: string, overrides: DataOverrides = {}) {
  stubDataFetch(overrides);
  const client = createQueryClient();
  let current: Location | undefined;
  const result = render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe onLocation={(location) => (current = location)} />
      </MemoryRouter>
    </AppProviders>,
  );
  const location = () => {
    if (!current) throw new Error('the router has not rendered');
    return current;
  };
  return { ...result, location, client };
}

/**
 * Renders `path` once until its lazy layout has loaded, then unmounts: later synchronous tests
 * of that layout then find it ready, whichever of them runs first or alone.
 */
export async function preloadRoute(path: string) {
  const { container, unmount } = renderRoute(path);
  await waitFor(() => expect(container.querySelector('.loading-block[style*="100vh"]')).toBeNull());
  unmount();
}

type SyntheticSite = { id: string; name: { en: string; ko: string }; phases: { id: string }[] };

/** The bundled file with its sites cloned under new ids to `count` (as `npm run bench` does). */
export function stargateWithSites(count: number): string {
  const doc = JSON.parse(
    readFileSync(resolve(process.cwd(), 'public/data/stargate.json'), 'utf8'),
  ) as { sites: SyntheticSite[] };
  const originals = doc.sites;
  doc.sites = Array.from({ length: count }, (_, i) => {
    const source = originals[i % originals.length] as SyntheticSite;
    if (i < originals.length) return source;
    return {
      ...source,
      id: `${source.id}-x${i}`,
      name: { en: `${source.name.en} #${i}`, ko: `${source.name.ko} #${i}` },
      phases: source.phases.map((phase, j) => ({ ...phase, id: `${phase.id}-x${i}-${j}` })),
    };
  });
  return JSON.stringify(doc);
}
