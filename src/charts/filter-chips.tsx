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
