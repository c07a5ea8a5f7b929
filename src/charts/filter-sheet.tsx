import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { narrowScreen, useMediaQuery } from './use-media-query';
import './share.css';

/**
 * A chart's filters folded into a sheet on narrow screens: a native <details>, so it opens
 * by keyboard and touch with no script of ours, and reads as one control to a screen reader.
 * Open on wide screens; on a phone closed unless a filter is on (a pasted filtered link
 * shows what filters it). Once the reader toggles it, their choice wins.
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
  const open = choice ?? (!narrow || activeCount > 0);
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
