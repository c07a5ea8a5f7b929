import type { CSSProperties } from 'react';

/** One entry of a key: a mark drawn by its CSS class (fusion.css `.fu-key__*`) and its meaning. */
export type MarkKeyItem = { mark: string; text: string; style?: CSSProperties };

/** The key to the marks a fusion chart draws (diamonds, bars, hollow dots), beside its legend. */
export function MarkKey({ label, items }: { label: string; items: readonly MarkKeyItem[] }) {
  return (
    <ul className="fu-key" aria-label={label}>
      {items.map((item) => (
        <li key={item.mark}>
          <span className={item.mark} style={item.style} aria-hidden="true" /> {item.text}
        </li>
      ))}
    </ul>
  );
}
