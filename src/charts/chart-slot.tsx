import {
  Suspense,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import './chart-slot.css';

/**
 * Where a card draws its plot, so the chart is on screen before its code.
 *
 * The build renders the page's markup with this slot empty, then draws each chart with its real
 * components in jsdom and writes the drawing into the slot (scripts/chart-snapshots.ts): one
 * `.chart-picture` per layout (wide, and narrow for phones, shown by a media query), each
 * carrying the digest of the props it was drawn from. In the browser the slot keeps showing that
 * picture — it hydrates to the very markup the server sent — and turns into the live chart, whose
 * code (Recharts and the chart module, lazy in the card) is only requested then, when
 *
 * - the reader points at, touches or focuses its card: a picture that is only looked at needs
 *   no code, so a page scrolled end to end on a phone never loads the charts' code;
 * - or the props it would draw differ from the picture's (another language, theme, screen width,
 *   filters in the URL, a data file replaced after the build): a picture never stands in for
 *   figures it does not show for longer than it takes the chart's code to arrive.
 *
 * Until the chart's code has arrived, the picture stays in place (the Suspense fallback), and then
 * over the live chart until it has drawn (Recharts measures its box and fills its axes in passes,
 * a frame or more apart; on a slow phone the plot was blank for half a second). So the plot never
 * blinks empty and never moves: the slot's height is the card's reserved height.
 */
export function ChartSlot({
  id,
  height,
  describedBy,
  children,
}: {
  /** The chart id (INTERFACE.md) the build's picture is filed under. */
  id: string;
  /** Pixel height reserved for the plot ('auto': the chart sizes itself). */
  height: number | 'auto';
  /** The id of the text summary of the chart. */
  describedBy?: string;
  /** The live chart: a lazy chart component (charts/lazy-charts.tsx) with its props. */
  children: ReactNode;
}) {
  // True on the server and while hydrating the server's markup: then the slot must render exactly
  // what the server sent. False in a plain client render.
  const hydrating = useSyncExternalStore(subscribeNever, clientSnapshot, serverSnapshot);
  const digest = chartDigest(children);
  const [picture] = useState(() => {
    const slot = findSlot(id);
    // Hydrating: exactly the markup the server sent (filled in by the build, or not). On the
    // server: a marker the build replaces with the picture drawn from these very props.
    if (hydrating)
      return slot ? slot.innerHTML : `<template data-chart-want="${digest}"></template>`;
    // Rendering beside the prerendered page (app/mount.tsx): its picture, if it has one.
    return prerenderedPage() && slot?.querySelector(':scope > .chart-picture')
      ? slot.innerHTML
      : '';
  });
  const matches = pictureDigests(picture).includes(digest);
  const [live, setLive] = useState(() => !hydrating && !matches);
  // The reader's state is not the build's (or there is no picture): draw the real chart now. Set
  // during render, not in an effect, so the stale picture is not committed once more; sticky, so
  // a filter toggled back does not bring the picture back over a live chart.
  if (!live && !hydrating && !matches) setLive(true);

  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (live || !node) return undefined;
    // In a transition: the chart renders in slices, and the picture stays until it is drawn.
    const wake = () => startTransition(() => setLive(true));
    // A reader about to use the card (its tooltips, filters, downloads) gets the live chart.
    const card = node.closest('figure') ?? node;
    const events = ['pointerover', 'pointerdown', 'focusin'] as const;
    for (const type of events) card.addEventListener(type, wake, { passive: true });
    return () => {
      for (const type of events) card.removeEventListener(type, wake);
    };
  }, [live]);

  const plot = {
    ref,
    className: 'chart-card__plot',
    style: { height },
    'aria-describedby': describedBy,
    'data-chart-slot': id,
  };
  if (!live)
    return (
      <div
        {...plot}
        // eslint-disable-next-line no-restricted-syntax -- safe: the markup is the build's own drawing of this chart, read back from the page it came with (or empty); never run-time data.
        dangerouslySetInnerHTML={{ __html: picture }}
      />
    );
  return (
    <div {...plot} data-chart-digest={digest}>
      <Suspense
        fallback={
          picture ? (
            <div
              className="chart-slot__hold"
              // eslint-disable-next-line no-restricted-syntax -- safe: the build's own drawing, as above.
              dangerouslySetInnerHTML={{ __html: picture }}
            />
          ) : null
        }
      >
        {children}
        {picture ? <PictureCover markup={picture} /> : null}
      </Suspense>
    </div>
  );
}

/**
 * The build's picture laid over the live chart beside it until that chart has drawn: its marks
 * and text are in the page and one frame has gone by without a change (or a few frames, for a
 * reader whose pointer already moves tooltips about). It lets pointers through to the chart.
 */
function PictureCover({ markup }: { markup: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(true);
  useLayoutEffect(() => {
    const cover = ref.current;
    const plot = cover?.parentElement;
    if (!cover || !plot) return undefined;
    let changed = true;
    let drawnFrames = 0;
    let frame = 0;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !cover.contains(r.target))) changed = true;
    });
    observer.observe(plot, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const tick = () => {
      drawnFrames = liveDrawing(plot, cover) ? drawnFrames + 1 : 0;
      if (drawnFrames > 0 && (!changed || drawnFrames > 3)) {
        setShown(false);
        return;
      }
      changed = false;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // A chart that never draws text (or never draws) is not hidden for good behind its picture.
    const giveUp = setTimeout(() => setShown(false), COVER_MAX_MS);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(giveUp);
    };
  }, []);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      className="chart-slot__hold chart-slot__cover"
      // eslint-disable-next-line no-restricted-syntax -- safe: the build's own drawing, as above.
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}

const COVER_MAX_MS = 3000;

/** The live chart beside the cover has drawn: an SVG with text (axis ticks, labels) in it. */
function liveDrawing(plot: Element, cover: Element): boolean {
  for (const text of plot.querySelectorAll('svg text'))
    if (!cover.contains(text) && text.textContent?.trim()) return true;
  return false;
}

const subscribeNever = () => () => {};
const clientSnapshot = () => false;
const serverSnapshot = () => true;

/**
 * A page the build prerendered is still in the document: the app renders beside it before
 * swapping it in (app/mount.tsx), so the slot can take over its picture.
 */
function prerenderedPage(): boolean {
  return typeof document !== 'undefined' && document.querySelector('[data-prerendered]') !== null;
}

/** The page's slot for this chart, if there is one already (the server's markup). */
function findSlot(id: string): Element | null {
  if (typeof document === 'undefined') return null;
  for (const slot of document.querySelectorAll<HTMLElement>('[data-chart-slot]'))
    if (slot.dataset.chartSlot === id) return slot;
  return null;
}

/** The digests the pictures were drawn from. */
export function pictureDigests(markup: string): string[] {
  return [...markup.matchAll(/\sdata-chart-digest="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/**
 * A short fingerprint of what a chart element would draw: its props, walked in a fixed order.
 * Functions (formatters, handlers) are left out: what they yield shows in the labels anyway.
 * The build files each picture under it, and the page compares it with its own props.
 */
export function chartDigest(node: ReactNode): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  const seen = new WeakSet<object>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 24) return feed('…');
    if (value === null || value === undefined) return feed(String(value));
    switch (typeof value) {
      case 'string':
        return feed(JSON.stringify(value));
      case 'number':
        // Six significant digits: a "today" in fractional years then moves the digest every
        // few days (a fraction of a pixel), not every millisecond between build and page.
        return feed(Number.isFinite(value) ? value.toPrecision(6) : String(value));
      case 'boolean':
      case 'bigint':
        return feed(String(value));
      case 'function':
      case 'symbol':
        return feed('ƒ');
      default:
        break;
    }
    const object = value as Record<string, unknown>;
    if (seen.has(object)) return feed('↺');
    seen.add(object);
    if (Array.isArray(object)) {
      feed('[');
      for (const item of object) {
        walk(item, depth + 1);
        feed(',');
      }
      return feed(']');
    }
    // A React element: only its key and props (reading `ref` of a React 19 element warns).
    if ('$$typeof' in object && 'props' in object) {
      feed(`<${String(object.key)}`);
      walk(object.props, depth + 1);
      return feed('>');
    }
    feed('{');
    for (const key of Object.keys(object).sort()) {
      if (key.startsWith('_')) continue;
      feed(`${key}:`);
      walk(object[key], depth + 1);
      feed(';');
    }
    return feed('}');
  };
  walk(node, 0);
  return (hash >>> 0).toString(36);
}
