import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorBoundary } from './error-boundary';

/**
 * A chart in its own error boundary: a chart that cannot draw says so where it stood, with a
 * retry, and the rest of the page, slide or embed goes on. Every host of a chart uses this one.
 */
export function ChartErrorBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(_error, reset) => (
        <div role="alert" className="chart-card__error">
          <p>{t('error.chart')}</p>
          <button type="button" onClick={reset}>
            {t('error.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
