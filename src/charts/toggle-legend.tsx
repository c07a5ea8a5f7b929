import './legend.css';

export type LegendItem = {
  key: string;
  label: string;
  color: string;
  /** Dashed swatch for uncertain or planned series. */
  dashed?: boolean;
};

/**
 * A legend whose entries show and hide their series, by mouse or keyboard (they are
 * buttons with aria-pressed). Recharts' own legend lives outside the SVG and is not
 * operable, so charts render this one instead.
 */
export function ToggleLegend({
  items,
  hidden,
  onToggle,
  label,
}: {
  items: LegendItem[];
  hidden: readonly string[];
  onToggle?: (key: string) => void;
  label: string;
}) {
  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) => {
        const visible = !hidden.includes(item.key);
        const swatch = (
          <span
            className="legend__swatch"
            aria-hidden="true"
            style={{
              background: item.dashed ? 'transparent' : item.color,
              border: `2px ${item.dashed ? 'dashed' : 'solid'} ${item.color}`,
            }}
          />
        );
        return (
          <li key={item.key}>
            {onToggle ? (
              <button type="button" aria-pressed={visible} onClick={() => onToggle(item.key)}>
                {swatch}
                {item.label}
              </button>
            ) : (
              <span className="legend__static">
                {swatch}
                {item.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
