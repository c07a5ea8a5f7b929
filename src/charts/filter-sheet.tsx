import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import './filter-sheet.css';

/**
 * A chart's filters: a row of chip groups on wide screens, folded into a sheet on phones. A
 * native <details>, so it opens by keyboard and touch with no script of ours and reads as one
 * control to a screen reader. Closed unless a filter is on (a pasted filtered link shows what
 * filters it); once the reader toggles it, their choice wins. On wide screens the stylesheet
 * shows its content whether open or not and hides the toggle, which would only add a click:
 * the screen's width is decided there, never in a render, so the prerendered page a phone and a
 * desktop share paints each the right way before any script, and nothing moves when it hydrates.
 */
export function FilterSheet({
  activeCount,
  children,
}: {
  activeCount: number;
  children: ReactNode;
}) {
  const { t, number } = useI18n();
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? activeCount > 0;
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
