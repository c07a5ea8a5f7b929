import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { narrowScreen, useMediaQuery } from './use-media-query';
import './filter-sheet.css';

/**
 * A chart's filters: a row of chip groups on wide screens, folded into a sheet on phones. A
 * native <details>, so it opens by keyboard and touch with no script of ours and reads as one
 * control to a screen reader. Always open on wide screens (its toggle is hidden there: it would
 * only add a click); on a phone closed unless a filter is on (a pasted filtered link shows what
 * filters it). Once the reader toggles it, their choice wins.
 */
export function FilterSheet({
  activeCount,
  children,
}: {
  activeCount: number;
  children: ReactNode;
}) {
  const { t, number } = useI18n();
  const narrow = useMediaQuery(narrowScreen);
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = !narrow || (choice ?? activeCount > 0);
  return (
    <details
      className="filter-sheet"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        if (next !== open) setChoice(next);
      }}
    >
      <summary>
        {activeCount > 0
          ? t('share.filters.active', { count: number(activeCount) })
          : t('share.filters.open')}
      </summary>
      <div className="filter-sheet__body">{children}</div>
    </details>
  );
}
