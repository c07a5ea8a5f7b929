import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { geo } from 'virtual:gigawatt-geo';
import type { TooltipContent } from './chart-tooltip';
import { fitText } from './category-label';
import { TooltipBox } from './chart-tooltip';
import { decodeCounties, placeOf, type GeoPoint, type Placement } from './geo-codes';
import { usePalette } from './palette';
import './site-map.css';

/*
 * Places on two panels: the United States (Albers USA, states outlined) and the rest of the
 * world (Natural Earth). The geography is the build's (scripts/geo-build.ts): paths already
 * projected, so drawing is scaling. Everything a picture needs (shapes, marks, labels, the size
 * key) is in one SVG, so the Download menu's SVG/PNG carries it; the links that make marks
 * operable are HTML laid over it, so focus, Enter and the router work as for any link.
 */

export type MapMark = {
  key: string;
  /** The place code from the data: county FIPS, state FIPS or ISO 3166-1 alpha-2. */
  place: string;
  /** Area ∝ this; null = not disclosed, drawn as an open ring of fixed size. */
  value: number | null;
  color: string;
  /** Rests on weak sources: hatched, dashed outline (as in the bar chart). */
  uncertain: boolean;
  /** No longer in play: dashed outline only, struck through. */
  struck: boolean;
  label: string;
  /** A short value for the label ("1.2 GW"); omitted on narrow screens. */
  valueLabel: string;
  /** The accessible name of the mark's link: everything the tooltip says. */
  description: string;
  tooltip: TooltipContent;
};

export type PlacedMark = MapMark & { placement: Placement };

const counties = decodeCounties(geo.us.counties);

/** Where each mark goes; marks whose code the geography does not know come back in `unplaced`. */
export function placeMarks(marks: readonly MapMark[]): {
  placed: PlacedMark[];
  unplaced: MapMark[];
} {
  const placed: PlacedMark[] = [];
  const unplaced: MapMark[] = [];
  for (const mark of marks) {
    const placement = placeOf(geo, counties, mark.place);
    if (placement) placed.push({ ...mark, placement });
    else unplaced.push(mark);
  }
  return { placed, unplaced };
}

export function stateName(fips: string): string | undefined {
  return geo.us.stateNames[fips];
}

/**
 * The panel's width in CSS px from its layout box, once laid out (and on every resize).
 * clientWidth, not getBoundingClientRect: the presenter scales its 960×540 stage with a CSS
 * transform, and the transformed (on-screen) width would lay the map out 2× too wide at 1920 px.
 */
function useWidth(fallback: number): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = () => {
      const w = node.clientWidth;
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

type Layout = {
  width: number;
  height: number;
  us: { x: number; y: number; k: number; w: number; h: number };
  world: { x: number; y: number; k: number; w: number; h: number };
};

const titleRoom = 22;
const gap = 16;

/**
 * Side by side where there is room (the US larger, the world beside it), stacked on a phone.
 * A fixed height (an embed, a slide) shrinks both until they fit.
 */
function layout(width: number, maxHeight: number | undefined, keyRoom: number): Layout {
  const usRatio = geo.us.height / geo.us.width;
  const worldRatio = geo.world.height / geo.world.width;
  const side = width >= 640;
  const build = (w: number): Layout => {
    if (side) {
      const usW = w * 0.6;
      const worldW = w - usW - gap;
      const usH = usW * usRatio;
      const worldH = worldW * worldRatio;
      return {
        width: w,
        height: titleRoom + Math.max(usH, worldH + keyRoom),
        us: { x: 0, y: titleRoom, k: usW / geo.us.width, w: usW, h: usH },
        world: { x: usW + gap, y: titleRoom, k: worldW / geo.world.width, w: worldW, h: worldH },
      };
    }
    const usH = w * usRatio;
    const worldH = w * worldRatio;
    const worldY = titleRoom + usH + gap + titleRoom;
    return {
      width: w,
      height: worldY + worldH + keyRoom,
      us: { x: 0, y: titleRoom, k: w / geo.us.width, w, h: usH },
      world: { x: 0, y: worldY, k: w / geo.world.width, w, h: worldH },
    };
  };
  const full = build(width);
  if (maxHeight === undefined || full.height <= maxHeight) return full;
  const shrunk = build(width * (maxHeight / full.height));
  const dx = (width - shrunk.width) / 2;
  return {
    ...shrunk,
    width,
    us: { ...shrunk.us, x: shrunk.us.x + dx },
    world: { ...shrunk.world, x: shrunk.world.x + dx },
  };
}

type Drawn = PlacedMark & {
  x: number;
  y: number;
  r: number;
  labelBox: Box | null;
  leader: boolean;
};

const ringPx = 6;

/** Radius in px for a value: area ∝ value, 1 GW at `unit` px. */
function radiusOf(value: number | null, unit: number): number {
  return value === null ? ringPx : Math.max(3, Math.sqrt(value) * unit);
}

/**
 * Labels that do not overlap one another, the marks or the panel's edge: each tries spots
 * around its mark, nearest first, then further out with a leader line; larger marks choose
 * first. A label that finds no free spot is left off (the link and table still name it).
 */
function placeLabels(
  marks: Omit<Drawn, 'labelBox' | 'leader'>[],
  texts: string[],
  bounds: Box[],
  fontPx: number,
): Drawn[] {
  const taken: Box[] = marks.map((m) => ({ x: m.x - m.r, y: m.y - m.r, w: m.r * 2, h: m.r * 2 }));
  const order = marks.map((_, i) => i).sort((a, b) => (marks[b]?.r ?? 0) - (marks[a]?.r ?? 0));
  const out: Drawn[] = marks.map((m) => ({ ...m, labelBox: null, leader: false }));
  for (const i of order) {
    const m = marks[i];
    const text = texts[i] ?? '';
    if (!m || !text) continue;
    const w = [...text].reduce(
      (sum, ch) =>
        sum + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? fontPx : fontPx * 0.6),
      0,
    );
    const h = fontPx + 4;
    const panel =
      bounds.find((b) => m.x >= b.x && m.x <= b.x + b.w && m.y >= b.y && m.y <= b.y + b.h) ??
      bounds[0];
    const candidates: [number, number, boolean][] = [];
    for (const d of [4, 16, 30, 46]) {
      const far = d > 4;
      const r = m.r + d;
      candidates.push(
        [m.x + r, m.y - h / 2, far],
        [m.x - r - w, m.y - h / 2, far],
        [m.x - w / 2, m.y - r - h, far],
        [m.x - w / 2, m.y + r, far],
        [m.x + r * 0.7, m.y - r * 0.7 - h, far],
        [m.x + r * 0.7, m.y + r * 0.7, far],
        [m.x - r * 0.7 - w, m.y - r * 0.7 - h, far],
        [m.x - r * 0.7 - w, m.y + r * 0.7, far],
      );
    }
    for (const [x, y, far] of candidates) {
      const box = { x, y, w, h };
      const inside =
        panel &&
        x >= panel.x &&
        y >= panel.y &&
        x + w <= panel.x + panel.w &&
        y + h <= panel.y + panel.h;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      out[i] = { ...m, labelBox: box, leader: far };
      break;
    }
  }
  return out;
}

export type SiteMapProps = {
  marks: readonly PlacedMark[];
  /** Fixed plot height (embed, slide); the page lets the map take the height its width gives. */
  height?: number;
  titles: { us: string; world: string };
  sizeKey: { values: { value: number; label: string }[]; undisclosed: string };
  renderLink: (
    mark: PlacedMark,
    props: {
      className: string;
      'aria-label': string;
      onFocus: () => void;
      onBlur: () => void;
      onMouseEnter: () => void;
      onMouseLeave: () => void;
    },
  ) => ReactNode;
  linksLabel: string;
  narrow: boolean;
};

/** The map chart: both panels, marks sized by value, non-overlapping labels, linked marks. */
export function SiteMap({
  marks,
  height,
  titles,
  sizeKey,
  renderLink,
  linksLabel,
  narrow,
}: SiteMapProps) {
  const palette = usePalette();
  const hatch = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [ref, width] = useWidth(960);
  const [active, setActive] = useState<string | null>(null);
  const keyRoom = 40;
  const box = layout(width, height, keyRoom);
  const unit = Math.max(7, Math.min(16, box.us.w / 60));
  // 12 px on a page or a phone, up to 18 px on a projected slide.
  const fontPx = Math.round(Math.min(18, Math.max(12, box.width / 100)));

  const drawn = (() => {
    const raw = marks.map((m) => {
      const panel = m.placement.panel === 'us' ? box.us : box.world;
      const [gx, gy] = m.placement.point;
      return {
        ...m,
        x: panel.x + gx * panel.k,
        y: panel.y + gy * panel.k,
        r: radiusOf(m.value, unit),
      };
    });
    const texts = marks.map((m) =>
      narrow || !m.valueLabel ? m.label : `${m.label} · ${m.valueLabel}`,
    );
    return placeLabels(
      raw,
      texts,
      [
        { x: box.us.x, y: box.us.y, w: box.us.w, h: box.us.h },
        { x: box.world.x, y: box.world.y, w: box.world.w, h: box.world.h },
      ],
      fontPx,
    ).map((d, i) => ({ ...d, text: texts[i] ?? '' }));
  })();

  // One hatch pattern per colour: a pattern's content does not inherit the mark's colour.
  const colors = [...new Set(marks.map((m) => m.color))];
  // Larger marks underneath, so a small one at the same place stays visible and clickable.
  const byArea = [...drawn].sort((a, b) => b.r - a.r);
  const current = drawn.find((d) => d.key === active);
  const usRegions = new Set(
    marks.filter((m) => m.placement.panel === 'us').map((m) => m.placement.region),
  );
  const worldRegions = new Set(
    marks.filter((m) => m.placement.panel === 'world').map((m) => m.placement.region),
  );
  const keyY = box.world.y + box.world.h + 8;

  const markShape = (d: (typeof drawn)[number]) => {
    // Every mark is a circle at the site's place and size; status and sourcing change its paint.
    const at = { cx: d.x, cy: d.y, r: d.r };
    if (d.value === null)
      return (
        <circle
          {...at}
          fill="none"
          stroke={d.color}
          strokeWidth={2.5}
          strokeDasharray={d.uncertain || d.struck ? '3 2' : undefined}
        />
      );
    if (d.struck)
      return (
        <g>
          <circle {...at} fill="none" stroke={d.color} strokeWidth={1.5} strokeDasharray="6 3" />
          <line
            x1={d.x - d.r * 0.7}
            y1={d.y + d.r * 0.7}
            x2={d.x + d.r * 0.7}
            y2={d.y - d.r * 0.7}
            stroke={d.color}
            strokeWidth={1.5}
          />
        </g>
      );
    if (d.uncertain)
      return (
        <g>
          <circle {...at} fill={`url(#${hatch}-${colors.indexOf(d.color)})`} />
          <circle {...at} fill="none" stroke={d.color} strokeWidth={1.5} strokeDasharray="4 2" />
        </g>
      );
    return <circle {...at} fill={d.color} fillOpacity={0.8} stroke={d.color} strokeWidth={1} />;
  };

  return (
    <div ref={ref} className="site-map" style={{ height: box.height }}>
      <svg
        className="site-map__svg"
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
        aria-hidden="true"
      >
        <defs>
          {colors.map((color, i) => (
            <pattern
              key={color}
              id={`${hatch}-${i}`}
              width={5}
              height={5}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width={5} height={5} fill={color} fillOpacity={0.2} />
              <line x1={0} y1={0} x2={0} y2={5} stroke={color} strokeWidth={2} />
            </pattern>
          ))}
        </defs>
        {(['us', 'world'] as const).map((panel) => (
          <text
            key={panel}
            x={box[panel].x}
            y={box[panel].y - 8}
            fontSize={fontPx + 1}
            fontWeight={600}
            fill={palette.text}
          >
            {titles[panel]}
          </text>
        ))}
        <g transform={`translate(${box.us.x} ${box.us.y}) scale(${box.us.k})`} data-panel="us">
          {Object.entries(geo.us.states).map(([fips, d]) => (
            <path
              key={fips}
              d={d}
              data-region={fips}
              fill={usRegions.has(fips) ? palette.grid : palette.surface}
              stroke={palette.muted}
              strokeOpacity={0.6}
              strokeWidth={0.8 / box.us.k}
              strokeLinejoin="round"
            />
          ))}
        </g>
        <g
          transform={`translate(${box.world.x} ${box.world.y}) scale(${box.world.k})`}
          data-panel="world"
        >
          {Object.entries(geo.world.countries).map(([iso, d]) => (
            <path
              key={iso}
              d={d}
              data-region={iso === '_' ? undefined : iso}
              fill={worldRegions.has(iso) ? palette.grid : palette.surface}
              fillOpacity={iso === 'US' ? 0.4 : 1}
              stroke={palette.muted}
              strokeOpacity={0.5}
              strokeWidth={0.6 / box.world.k}
              strokeLinejoin="round"
            />
          ))}
        </g>
        {byArea.map((d) => (
          <g
            key={d.key}
            data-site={d.key}
            data-place={d.place}
            data-region={d.placement.region}
            data-panel={d.placement.panel}
            data-x={d.x}
            data-y={d.y}
          >
            {markShape(d)}
          </g>
        ))}
        {drawn.map((d) =>
          d.labelBox ? (
            <g key={d.key} className="site-map__label">
              {d.leader && (
                <line
                  x1={d.x}
                  y1={d.y}
                  x2={Math.max(d.labelBox.x, Math.min(d.x, d.labelBox.x + d.labelBox.w))}
                  y2={Math.max(d.labelBox.y, Math.min(d.y, d.labelBox.y + d.labelBox.h))}
                  stroke={palette.muted}
                  strokeWidth={1}
                />
              )}
              <text
                x={d.labelBox.x}
                y={d.labelBox.y + fontPx}
                fontSize={fontPx}
                fill={palette.text}
                stroke={palette.surface}
                strokeWidth={3}
                paintOrder="stroke"
                textDecoration={d.struck ? 'line-through' : undefined}
              >
                {d.text}
              </text>
            </g>
          ) : null,
        )}
        <g transform={`translate(${box.world.x} ${keyY})`}>
          {sizeKey.values.map((v, i) => {
            const r = radiusOf(v.value, unit);
            const x = i * (unit * 2 + fontPx * 4) + r;
            return (
              <g key={v.label}>
                <circle cx={x} cy={16} r={r} fill="none" stroke={palette.muted} strokeWidth={1} />
                <text x={x + r + 4} y={20} fontSize={fontPx - 1} fill={palette.muted}>
                  {v.label}
                </text>
              </g>
            );
          })}
          <circle
            cx={sizeKey.values.length * (unit * 2 + fontPx * 4) + ringPx}
            cy={16}
            r={ringPx}
            fill="none"
            stroke={palette.muted}
            strokeWidth={2.5}
          />
          <text
            x={sizeKey.values.length * (unit * 2 + fontPx * 4) + ringPx * 2 + 4}
            y={20}
            fontSize={fontPx - 1}
            fill={palette.muted}
          >
            {fitText(
              sizeKey.undisclosed,
              Math.max(60, box.world.w - sizeKey.values.length * (unit * 2 + fontPx * 4) - 20),
              fontPx - 1,
            )}
          </text>
        </g>
      </svg>
      <ul className="site-map__links" aria-label={linksLabel}>
        {drawn.map((d) => {
          const size = Math.max(d.r * 2, 24);
          return (
            <li
              key={d.key}
              style={{ left: d.x - size / 2, top: d.y - size / 2, width: size, height: size }}
            >
              {renderLink(d, {
                className: 'site-map__link',
                'aria-label': d.description,
                onFocus: () => setActive(d.key),
                onBlur: () => setActive((a) => (a === d.key ? null : a)),
                onMouseEnter: () => setActive(d.key),
                onMouseLeave: () => setActive((a) => (a === d.key ? null : a)),
              })}
            </li>
          );
        })}
      </ul>
      {current && (
        <div
          className="site-map__tooltip"
          data-map-tooltip={current.key}
          style={{
            left: Math.min(Math.max(0, current.x + current.r + 8), Math.max(0, box.width - 260)),
            top:
              current.y + current.r + 8 > box.height - 120
                ? Math.max(0, current.y - current.r - 140)
                : current.y + current.r + 8,
          }}
        >
          <TooltipBox
            title={current.tooltip.title}
            lines={current.tooltip.lines}
            note={current.tooltip.note}
          />
        </div>
      )}
    </div>
  );
}

/** A small map of one place, for a site's page: its panel, its outline shaded, a dot. */
export function LocatorMap({ place, label }: { place: string; label: string }) {
  const palette = usePalette();
  const placement = placeOf(geo, counties, place);
  if (!placement) return null;
  const panel = placement.panel === 'us' ? geo.us : geo.world;
  const shapes = placement.panel === 'us' ? geo.us.states : geo.world.countries;
  const [x, y] = placement.point as GeoPoint;
  const r = panel.width / 80;
  return (
    <svg
      className="locator-map"
      viewBox={`0 0 ${panel.width} ${panel.height}`}
      role="img"
      aria-label={label}
      data-locator={place}
    >
      {Object.entries(shapes).map(([code, d]) => (
        <path
          key={code}
          d={d}
          data-region={code}
          fill={code === placement.region ? palette.grid : palette.surface}
          stroke={palette.muted}
          strokeOpacity={0.6}
          strokeWidth={panel.width / 900}
        />
      ))}
      <circle
        cx={x}
        cy={y}
        r={r}
        fill={palette.target}
        stroke={palette.surface}
        strokeWidth={r / 3}
        data-locator-mark=""
      />
    </svg>
  );
}
