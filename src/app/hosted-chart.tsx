import { Suspense } from 'react';
import { ChartErrorBoundary } from '../charts/chart-error-boundary';
import type { ChartEntry } from '../views/registry';

/**
 * A registered chart outside its view, as an embed and a slide host it: in its own error
 * boundary, with a placeholder of the plot's height while its code loads.
 */
export function HostedChart({
  entry,
  height,
  headingLevel = 2,
}: {
  entry: ChartEntry;
  height: number;
  headingLevel?: 2 | 3;
}) {
  const Chart = entry.component;
  return (
    <ChartErrorBoundary>
      <Suspense
        fallback={<div className="loading-block" style={{ minHeight: height }} aria-busy="true" />}
      >
        <Chart headingLevel={headingLevel} height={height} />
      </Suspense>
    </ChartErrorBoundary>
  );
}
