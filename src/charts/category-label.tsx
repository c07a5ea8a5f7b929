/*
 * Category labels that are never cut mid-word: beside the bars they wrap to two lines; on a phone
 * they go on their own line(s) above each bar, across the whole plot. Only a label longer than
 * two full lines ends in "…", and its full text is always in the row's <title>.
 */

/** Hangul and CJK are about twice as wide as Latin letters. */
const wideChar = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/**
 * Width of a label at 12 px, erring wide (a label that wraps a word early is fine; one that runs
 * past the edge of the chart is cut off).
 */
export function labelWidth12(text: string): number {
  let sum = 0;
  for (const ch of text) {
    if (wideChar.test(ch)) sum += 12.5;
    else if (/[ilj.,:;'|!()[\] ]/.test(ch)) sum += 4;
    else if (/[A-Z0-9mwMW–—$%@&]/.test(ch)) sum += 8.6;
    else sum += 7;
  }
  return sum;
}

/**
 * `text` in at most `maxLines` lines of `budget` px at 12 px × `scale`, broken between words (a
 * word longer than a line is broken where it must). The last line ends in "…" only when even
 * `maxLines` lines cannot hold the text.
 */
export function wrapLabel(text: string, budget: number, maxLines: number, scale = 1): string[] {
  const width = (t: string) => labelWidth12(t) * scale;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (width(next) <= budget || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
    // A single word wider than the line: break it.
    while (width(current) > budget && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && width(current.slice(0, cut)) > budget) cut -= 1;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 1 && width(`${last}…`) > budget) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Line height of a label above a bar, and the room a phone's plot gives it. */
const aboveLine = 14;
const aboveBudget = 300;

/** Where a bar goes in its band when its label sits above it. */
export function aboveBarBox(
  label: string,
  band: { y: number; height: number },
): { lines: string[]; barY: number; barHeight: number } {
  const lines = wrapLabel(label, aboveBudget, 2);
  const top = lines.length * aboveLine + 3;
  return {
    lines,
    barY: band.y + top,
    barHeight: Math.max(6, Math.min(14, band.height - top - 8)),
  };
}

/** The label above a bar: from the plot's left edge, in the text colour, sublabel included. */
export function AboveBarLabel({
  x,
  y,
  lines,
  fill,
}: {
  x: number;
  y: number;
  lines: string[];
  fill: string;
}) {
  return (
    <text x={x + 2} y={y} fontSize={12} fill={fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={x + 2} dy={i === 0 ? 11 : aboveLine}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Row height a bar with its label above needs, for cards that size the plot. */
export const aboveBarRowHeight = 2 * aboveLine + 3 + 14 + 8;

/** The label beside a bar, right-aligned against the axis: up to two lines, then its sublabel. */
export function SideCategoryTick({
  x,
  y,
  label,
  sublabel,
  width,
  fontPx,
  text,
  muted,
}: {
  x: number;
  y: number;
  label: string;
  sublabel?: string;
  width: number;
  fontPx: number;
  text: string;
  muted: string;
}) {
  const lines = wrapLabel(label, width - 12, 2, fontPx / 12);
  const lineHeight = fontPx + 2;
  const count = lines.length + (sublabel ? 1 : 0);
  const first = y - ((count - 1) * lineHeight) / 2;
  return (
    <g>
      <title>{sublabel ? `${label} · ${sublabel}` : label}</title>
      <text
        x={x}
        y={first}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={fontPx}
        fill={text}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} y={first + i * lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {sublabel && (
        <text
          x={x}
          y={first + lines.length * lineHeight - 1}
          textAnchor="end"
          dominantBaseline="central"
          fontSize={11}
          fill={muted}
        >
          {wrapLabel(sublabel, width - 12, 1, 11 / 12)[0]}
        </text>
      )}
    </g>
  );
}

/** Approximate rendered width: CJK glyphs are about 1em, Latin about 0.58em. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(text[i] ?? '')
      ? fontPx
      : fontPx * 0.58;
    if (width > maxPx) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
}
