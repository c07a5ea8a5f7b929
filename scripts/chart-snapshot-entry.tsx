import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { createQueryClient } from '../src/app/query-client';
import { AppProviders } from '../src/app/root';
import { AppRoutes } from '../src/app/routes';
import { parseDataset, type DatasetName } from '../src/data/validate';

/**
 * Renders one route of the app into `container` in jsdom, with the data files' text already in
 * the query cache, as the prerender does (loaded by scripts/chart-snapshots.ts through Vite).
 * Returns the unmount.
 */
export function renderRoute(
  container: HTMLElement,
  path: string,
  dataText: Partial<Record<DatasetName, string>>,
): () => void {
  const client = createQueryClient();
  for (const [name, text] of Object.entries(dataText) as [DatasetName, string][])
    client.setQueryData(['dataset', name], parseDataset(name, text));
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <AppProviders client={client}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>
    </StrictMode>,
  );
  return () => {
    root.unmount();
    client.clear();
  };
}
