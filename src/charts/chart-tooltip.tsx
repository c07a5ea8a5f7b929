import type { ReactNode } from 'react';
import './chart-tooltip.css';

/** What a mark's tooltip says: shaped by the view, drawn by `TooltipBox`. */
export type TooltipContent = { title: string; lines: [string, string][]; note?: string };

/** The body of every tooltip: a title and label/value lines, themed by CSS. */
export function TooltipBox({
  title,
  lines,
  note,
}: {
  title: string;
  lines: [string, ReactNode][];
  note?: string;
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <dl>
        {lines.map(([label, value]) => (
          <div key={label} className="chart-tooltip__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="chart-tooltip__note">{note}</p>}
    </div>
  );
}
