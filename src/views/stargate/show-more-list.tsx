import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/stargate';

/**
 * A long list that shows its first few items and a "Show all N" button that expands it in place.
 * It replaces scroll boxes nested in the page, which hid most of their content with no sign that
 * there was more and cut lines at their edge.
 */
export function ShowMoreList({
  as: Tag,
  className,
  items,
  initial,
}: {
  as: 'ol' | 'dl';
  className: string;
  /** Keyed nodes, in reading order. */
  items: ReactNode[];
  /** How many to show before the reader asks for the rest. */
  initial: number;
}) {
  const { t, number } = useI18n();
  const [expanded, setExpanded] = useState(false);
  // Paper cannot be clicked open: a printed page lists every item.
  useEffect(() => {
    const expand = () => setExpanded(true);
    window.addEventListener('beforeprint', expand);
    return () => window.removeEventListener('beforeprint', expand);
  }, []);
  const folds = items.length > initial + 1;
  const shown = folds && !expanded ? items.slice(0, initial) : items;
  return (
    <>
      <Tag className={className}>{shown}</Tag>
      {folds && (
        <button
          type="button"
          className="show-more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('list.showFewer') : t('list.showAll', { count: number(items.length) })}
        </button>
      )}
    </>
  );
}
