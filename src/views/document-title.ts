import { useCallback, useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';

/**
 * Names the tab `<title> · Gigawatt` in the reader's language, so routes, slides, site pages
 * and embeds can be told apart in tabs, history and bookmarks. null leaves the title alone
 * (someone below sets it).
 */
export function useDocumentTitle(title: string | null): void {
  const { t } = useI18n();
  const app = t('app.name');
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

/**
 * For layouts that show one chart (embed, presenter): a callback for ChartTitleContext that
 * names the tab after the chart the card reports.
 */
export function useChartTitleSetter(): (title: string) => void {
  const { t } = useI18n();
  const app = t('app.name');
  return useCallback(
    (title: string) => {
      document.title = `${title} · ${app}`;
    },
    [app],
  );
}
