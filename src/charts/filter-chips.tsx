import { useI18n } from '../i18n/i18n-context';
import './filter-chips.css';

/** Toggles one value in a list: for filter chips and legend entries that show and hide. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * A named group of filter chips: buttons with aria-pressed inside a fieldset, so a screen
 * reader hears the group's name and each chip's state. Several may be on at once, unless
 * `single`, where pressing a chip selects it alone.
 */
export function FilterChips<T extends string>({
  legend,
  options,
  label,
  title,
  selected,
  onChange,
  single = false,
}: {
  legend: string;
  options: readonly T[];
  label: (value: T) => string;
  /** A longer explanation on hover (a grade's meaning). */
  title?: (value: T) => string;
  selected: readonly T[];
  onChange: (next: T[]) => void;
  single?: boolean;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((value) => (
        <button
          key={value}
          type="button"
          className="chip"
          aria-pressed={selected.includes(value)}
          title={title?.(value)}
          onClick={() => onChange(single ? [value] : toggled(selected, value))}
        >
          {label(value)}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * "Reset filters", in its place whether a filter is on or not and hidden while none is: were it
 * added by the first filter, the controls beside it would move (or wrap onto a new row) under
 * the reader's pointer.
 */
export function ResetFilters({ active, onReset }: { active: boolean; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={active ? 'filter-reset' : 'filter-reset filter-reset--idle'}
      onClick={onReset}
    >
      {t('chart.reset')}
    </button>
  );
}
