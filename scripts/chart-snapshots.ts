import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetNames } from '../src/topics.ts';

/**
 * The first picture of every chart, drawn at build time.
 *
 * Recharts draws nothing on the server (it needs a DOM to measure), so the prerendered pages
 * would show each chart as an empty box until its code arrived. Instead the build renders the
 * app's pages in jsdom — the same route table, components and data files (public/data, as the
 * prerender uses) — at a card's width on a desktop and on a phone, in English and Korean, and
 * keeps the SVG each chart drew. The prerender's markup leaves every chart's slot empty but for a
 * marker with the digest of the chart's props (src/charts/chart-slot.tsx); `fillChartSlots` puts
 * the drawing with that digest there, wide and narrow, so the page paints every chart at once
 * and the live chart later replaces it in the same box.
 *
 * The drawing runs in a child process: jsdom's globals (window, document) must exist before
 * Recharts loads, and must never leak into the prerender, which relies on there being no DOM.
 *
 * The markup is the build's own render of our own components, serialised by jsdom (so text is
 * escaped); scripts, event attributes, focus stops and tooltips are removed, and every inline
 * `style` becomes a class (the strict CSP forbids inline styles), its rule returned with the
 * markup for the page's stylesheet.
 */

export type Lang = 'en' | 'ko';
type Variant = 'wide' | 'narrow';

/** One chart as the build drew it. */
export type ChartPicture = {
  chartId: string;
  route: string;
  lang: Lang;
  variant: Variant;
  /** chartDigest() of the chart element's props (chart-slot.tsx). */
  digest: string;
  markup: string;
  /** class name → declarations, for the styles moved out of the markup. */
  rules: Record<string, string>;
};

export type SnapshotOptions = {
  /** The project root (Vite's `config.root`). */
  root: string;
  /** Routes to draw, relative to the base. Default: every view without parameters. */
  routes?: readonly string[];
  langs?: readonly Lang[];
  /** Folder holding the data files (one per topic with data). Default: `<root>/public/data`. */
  dataDir?: string;
};

/**
 * Plot widths the pictures are drawn at: a card on a 1280 px desktop, and on a 390 px phone.
 * Wider or narrower cards scale the picture down (never up): the slot keeps the card's height.
 */
export const pictureWidths: Record<Variant, number> = { wide: 1182, narrow: 336 };
/** A card that shares a row with another (two columns of a 1182 px grid, 32 px apart). */
const halfWidth = 554;

const defaultRoutes = ['/', '/stargate', '/fusion', '/energy'];

/** Pictures keyed by the digest the prerendered slot asks for. */
type PictureIndex = Map<string, { wide: ChartPicture; narrow?: ChartPicture }>;

let pending: { key: string; index: Promise<PictureIndex> } | undefined;

/**
 * Draws the charts (once per build and options; later calls reuse the drawings). Resolves to
 * the number of charts drawn; never rejects: a build without pictures still works.
 */
export async function prepareChartSnapshots(
  options: SnapshotOptions,
  warn: (message: string) => void = console.warn,
): Promise<number> {
  return (await pictureIndex(options, warn)).size;
}

function pictureIndex(options: SnapshotOptions, warn: (message: string) => void) {
  const key = JSON.stringify(options);
  if (pending?.key !== key) {
    pending = {
      key,
      index: drawChartPictures(options)
        .then(indexPictures)
        .catch((error: unknown) => {
          warn(
            `[chart-snapshots] charts left to the client: ${error instanceof Error ? error.message : String(error)}`,
          );
          return new Map();
        }),
    };
  }
  return pending.index;
}

function indexPictures(pictures: ChartPicture[]): PictureIndex {
  const index: PictureIndex = new Map();
  const wide = pictures.filter((p) => p.variant === 'wide');
  for (const picture of wide) {
    const narrow = pictures.find(
      (p) =>
        p.variant === 'narrow' &&
        p.chartId === picture.chartId &&
        p.route === picture.route &&
        p.lang === picture.lang,
    );
    if (!index.has(picture.digest))
      index.set(picture.digest, { wide: picture, narrow: narrow?.digest ? narrow : undefined });
  }
  return index;
}

/**
 * Fills the chart slots of one prerendered page with the build's pictures, and adds the rules
 * for the styles moved out of them to `rules` (class name → declarations; the prerender writes
 * them to its stylesheet as `#root .<class>{…}`). A slot with no picture for its digest (a state
 * the build did not draw) is left empty: the page draws that chart live at once.
 */
export async function fillChartSlots(
  html: string,
  options: SnapshotOptions & {
    rules: Map<string, string>;
    warn?: (message: string) => void;
  },
): Promise<string> {
  const { rules, warn, ...snapshotOptions } = options;
  if (!html.includes('data-chart-want=')) return html;
  const index = await pictureIndex(snapshotOptions, warn ?? console.warn);
  return fillFromIndex(html, index, rules);
}

/** `fillChartSlots` with the pictures at hand (no drawing). */
export function fillFromPictures(
  html: string,
  pictures: ChartPicture[],
  rules: Map<string, string>,
): string {
  return fillFromIndex(html, indexPictures(pictures), rules);
}

const markerPattern = /<template data-chart-want="([0-9a-z]+)"><\/template>/g;

function fillFromIndex(html: string, index: PictureIndex, rules: Map<string, string>): string {
  return html.replace(markerPattern, (_marker, digest: string) => {
    const found = index.get(digest);
    if (!found) return '';
    const pictures = found.narrow ? [found.wide, found.narrow] : [found.wide];
    return pictures
      .map((picture) => {
        for (const [name, declarations] of Object.entries(picture.rules))
          rules.set(name, declarations);
        const variant = found.narrow ? ` chart-picture--${picture.variant}` : '';
        return `<div class="chart-picture${variant}" data-chart-digest="${picture.digest}" aria-hidden="true">${picture.markup}</div>`;
      })
      .join('');
  });
}

/**
 * Draws the charts of `options.routes`: runs this file as a child process (with tsx) and reads
 * its pictures from stdout.
 */
export function drawChartPictures(options: SnapshotOptions): Promise<ChartPicture[]> {
  const script = path.join(options.root, 'scripts', 'chart-snapshots.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--draw-charts', JSON.stringify(options)],
      { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      const marker = text.lastIndexOf('\n@@pictures@@');
      if (code !== 0 || marker < 0) {
        reject(
          new Error(
            `drawing failed (exit ${code}): ${Buffer.concat(err).toString('utf8').slice(-2000)}`,
          ),
        );
        return;
      }
      resolve(JSON.parse(text.slice(marker + '\n@@pictures@@'.length)) as ChartPicture[]);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// In the child: jsdom, the app's modules through Vite's SSR loader, react-dom/client.

type Globals = Record<string, unknown>;

async function drawCharts(options: SnapshotOptions): Promise<ChartPicture[]> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const win = dom.window;
  installGlobals(win);
  let width = pictureWidths.wide;
  let narrow = false;
  installLayout(
    win,
    () => width,
    () => narrow,
  );

  const { createServer } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { geoPlugin } = (await import(
    pathToFileURL(path.join(options.root, 'scripts', 'geo-plugin.ts')).href
  )) as typeof import('./geo-plugin');
  const server = await createServer({
    configFile: false,
    root: options.root,
    logLevel: 'error',
    plugins: [react(), geoPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await server.ssrLoadModule('/scripts/chart-snapshot-entry.tsx')) as {
      renderRoute: (
        container: HTMLElement,
        path: string,
        data: Record<string, string>,
      ) => () => void;
    };
    const dataDir = options.dataDir ?? path.join(options.root, 'public', 'data');
    const data: Record<string, string> = {};
    for (const name of datasetNames) {
      // A missing file is left out, as the prerender does: its charts show their alert.
      const text = await readFile(path.join(dataDir, `${name}.json`), 'utf8').catch(() => '');
      if (text) data[name] = text;
    }

    const pictures: ChartPicture[] = [];
    for (const route of options.routes ?? defaultRoutes)
      for (const lang of options.langs ?? (['en', 'ko'] as const))
        for (const variant of ['wide', 'narrow'] as const) {
          width = pictureWidths[variant];
          narrow = variant === 'narrow';
          const container = win.document.createElement('div');
          win.document.body.append(container);
          const url = `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;
          const unmount = entry.renderRoute(container, url, data);
          try {
            const slots = await settledSlots(container);
            for (const slot of slots)
              pictures.push({
                chartId: slot.dataset.chartSlot ?? '',
                route,
                lang,
                variant,
                digest: slot.dataset.chartDigest ?? '',
                ...serialisePicture(slot),
              });
          } finally {
            unmount();
            container.remove();
          }
        }
    return pictures;
  } finally {
    await server.close();
  }
}

/** jsdom's window as the global scope, the way a test environment provides it. */
function installGlobals(win: Window & typeof globalThis): void {
  const globals = globalThis as unknown as Globals;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in globals && !['window', 'document', 'navigator', 'location'].includes(key)) continue;
    try {
      globals[key] = (win as unknown as Globals)[key];
    } catch {
      // A read-only global of Node's (e.g. `crypto`): Node's own serves as well.
    }
  }
  globals.window = win;
  globals.self = win;
  Object.defineProperty(globalThis, 'navigator', { value: win.navigator, configurable: true });
}

/**
 * The width of `text` in the app's sans-serif at `px`, estimated per character: close enough
 * (within a few per cent on the axes' digits and words) for Recharts to thin out and place
 * tick labels as it does in a browser. Hangul and other wide scripts take a full em.
 */
function textWidth(text: string, px: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1100 && (code <= 0x11ff || (code >= 0x2e80 && code <= 0xffdc))) em += 1;
    else if (/[0-9]/.test(char)) em += 0.56;
    else if (/[A-Z]/.test(char)) em += 0.66;
    else if (/[a-z]/.test(char)) em += 0.52;
    else if (char === ' ') em += 0.28;
    else em += 0.36;
  }
  return em * px;
}

/**
 * What jsdom lacks and the charts read: the size of their container (jsdom measures every box as
 * 0 × 0), media queries (narrow screen; reduced motion, so bars and labels draw at once), and
 * observers.
 */
function installLayout(
  win: Window & typeof globalThis,
  width: () => number,
  narrow: () => boolean,
): void {
  const proto = win.HTMLElement.prototype;
  const measure = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
    // Recharts sizes tick labels with this span (to thin out ticks that would collide, to
    // fit axis widths); jsdom has no fonts and measures it 0 × 0, which at a phone's width
    // lets labels overlap in the picture that the browser would have thinned out.
    if (this.id === 'recharts_measurement_span') {
      const px = Number.parseFloat(this.style.fontSize) || 12;
      return win.DOMRect.fromRect({
        width: textWidth(this.textContent ?? '', px),
        height: px * 1.2,
      });
    }
    if (!this.matches('.recharts-responsive-container, .category-bars')) return measure.call(this);
    const height = Number.parseFloat(this.style.height) || 300;
    return win.DOMRect.fromRect({ x: 0, y: 0, width: cardWidth(this, width()), height });
  };
  Object.defineProperty(proto, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return cardWidth(this, width());
    },
  });
  // `(max-width: 640px)`, `(min-width: …)` and their conjunctions, at the variant's viewport.
  const matches = (query: string) => {
    if (query.includes('prefers-reduced-motion')) return true;
    const viewport = narrow() ? 390 : 1280;
    const conditions = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)];
    if (conditions.length === 0) return false;
    return conditions.every(([, kind, px]) =>
      kind === 'max' ? viewport <= Number(px) : viewport >= Number(px),
    );
  };
  // A list that never changes: the drawing is one layout, at one width.
  win.matchMedia = ((query: string) =>
    Object.assign(new win.EventTarget(), {
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
    })) as unknown as typeof win.matchMedia;
  (globalThis as unknown as Globals).matchMedia = win.matchMedia;
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as unknown as Globals).ResizeObserver = ResizeObserverStub;
  win.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
  win.scrollTo = () => {};
  win.HTMLElement.prototype.scrollIntoView = () => {};
}

/**
 * The width a chart gets in its card (or the overview's topic panel): the layout's, or half of it
 * when the card sits in a grid (`.grid`, `.energy-slip-grid`: auto-fit columns of at least
 * 520 px) beside another item.
 */
function cardWidth(node: HTMLElement, full: number): number {
  if (full < 2 * 520) return full;
  const grid = node.closest('.chart-card, .overview__topic')?.parentElement;
  const inGrid =
    !!grid &&
    /(^|-)grid$/.test(
      [...grid.classList]
        .join(' ')
        .split(' ')
        .find((c) => /(^|-)grid$/.test(c)) ?? '',
    );
  return inGrid && (grid?.childElementCount ?? 0) >= 2 ? halfWidth : full;
}

/** The container's live chart slots, once every chart has drawn and nothing changes any more. */
async function settledSlots(container: HTMLElement): Promise<HTMLElement[]> {
  const deadline = Date.now() + 20_000;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const slots = [...container.querySelectorAll<HTMLElement>('[data-chart-slot]')];
    const busy = container.querySelector('[aria-busy="true"]') !== null;
    const drawn =
      slots.length > 0 && slots.every((slot) => slot.dataset.chartDigest && drewSomething(slot));
    const now = container.innerHTML;
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
    // A page without charts (site pages, sources) is done once it has settled.
    const done = !busy && (drawn || slots.length === 0) && Date.now() - stableSince > 400;
    if (done) return slots.filter((slot) => slot.dataset.chartDigest);
    if (Date.now() > deadline) {
      process.stderr.write(
        `[chart-snapshots] not settled: busy ${busy}, undrawn ${slots
          .filter((slot) => !(slot.dataset.chartDigest && drewSomething(slot)))
          .map((slot) => slot.dataset.chartSlot)
          .join(' ')}, changed ${Date.now() - stableSince} ms ago\n`,
      );
      return slots.filter((slot) => slot.dataset.chartDigest);
    }
  }
}

/** jsdom's selector engine misses `svg *` in some drawings: children are counted instead. */
function drewSomething(slot: HTMLElement): boolean {
  return [...slot.querySelectorAll('svg')].some((svg) => svg.children.length > 0);
}

/**
 * Attributes that would make a picture interactive, or run anything. Kept: the chart's own
 * (data-chart-*) and data-sticks-under-header, which pins a roadmap's year axis under the app's
 * header in the picture as in the live chart.
 */
const dropAttributes = /^(on|tabindex$|role$|aria-|id$|data-(?!chart|sticks-under-header$))/i;

/**
 * Attributes Recharts writes that mean nothing to the element they are on (a grid line's box,
 * a tick's orientation): browsers ignore them, and a picture is smaller without them.
 */
const inertAttributes: Record<string, RegExp> = {
  line: /^(x|y|width|height|orientation|angle)$/,
  text: /^(orientation|angle|width|height)$/,
  path: /^(x|y|width|height|orientation|angle|radius|name)$/,
  rect: /^(orientation|angle|radius|name)$/,
};

/** Geometry to a tenth of a pixel: a picture scales down, never up, so finer is invisible. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}(e-?\d+)?/g, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
  });
}
const geometry = /^(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|d|width|height|points|dx|dy|transform|viewBox)$/;

/**
 * The slot's drawing as static markup: the chart's SVG and whatever HTML it is drawn with
 * (the timeline's year axis), without tooltips, focus stops, ids or inline styles; sized by its
 * viewBox to the slot's width, so a narrower card scales it down instead of overflowing.
 */
export function serialisePicture(slot: HTMLElement): {
  markup: string;
  rules: Record<string, string>;
} {
  const copy = slot.cloneNode(true) as HTMLElement;
  for (const node of copy.querySelectorAll(
    'script, style, foreignObject, .recharts-tooltip-wrapper, [data-near-viewport]',
  ))
    node.remove();
  // Recharts' empty accessible name and description: the card describes the chart.
  for (const node of copy.querySelectorAll('svg > title, svg > desc'))
    if (!node.textContent?.trim()) node.remove();
  // ids inside a picture would clash with the live chart's (and the other variant's): patterns
  // and clip paths are renamed apart, every reference with them.
  const idMap = new Map<string, string>();
  for (const node of copy.querySelectorAll('[id]')) {
    const id = node.getAttribute('id') ?? '';
    idMap.set(id, `cp-${createHash('sha1').update(id).digest('hex').slice(0, 10)}`);
  }
  const rules: Record<string, string> = {};
  for (const node of copy.querySelectorAll('*')) {
    for (const { name, value } of [...node.attributes]) {
      if (name === 'id') node.setAttribute('id', idMap.get(value) ?? value);
      else if (/url\(#/.test(value) || name === 'href' || name === 'xlink:href')
        node.setAttribute(
          name,
          value.replace(/#([^)\s"']+)/g, (whole, ref: string) =>
            idMap.has(ref) ? `#${idMap.get(ref) ?? ref}` : whole,
          ),
        );
      else if (name === 'style') {
        const declarations = pictureStyle(node, value);
        node.removeAttribute('style');
        if (declarations) {
          const className = `pr-${createHash('sha1').update(declarations).digest('hex').slice(0, 8)}`;
          rules[className] = declarations;
          node.setAttribute('class', `${node.getAttribute('class') ?? ''} ${className}`.trim());
        }
      } else if (dropAttributes.test(name) && !(name === 'id')) node.removeAttribute(name);
      else if (inertAttributes[node.tagName.toLowerCase()]?.test(name)) node.removeAttribute(name);
      else if (geometry.test(name)) node.setAttribute(name, roundNumbers(value));
    }
    // Inside a picture a link leads nowhere the card does not already link.
    if (node.tagName.toLowerCase() === 'a') node.removeAttribute('href');
  }
  for (const svg of copy.querySelectorAll('svg')) {
    const w = svg.getAttribute('width');
    const h = svg.getAttribute('height');
    if (w && h && !svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    if (w && !w.endsWith('%')) svg.setAttribute('width', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  }
  return { markup: copy.innerHTML, rules };
}

/**
 * An inline style as it should hold in a picture. Fixed pixel widths (jsdom's measured width)
 * become the slot's width, so the picture follows the card's; everything else is kept.
 */
function pictureStyle(node: Element, style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (/^(width|max-width)\s*:\s*[\d.]+px$/i.test(d) ? 'width: 100%' : d))
    .filter((d) => !(node.tagName.toLowerCase() === 'svg' && /^width/i.test(d)))
    .join('; ');
}

// Run as the child process: draw, then print the pictures after a marker line (anything the
// app logs goes before it).
if (process.argv[2] === '--draw-charts') {
  const options = JSON.parse(process.argv[3] ?? '{}') as SnapshotOptions;
  drawCharts(options).then(
    (pictures) => {
      process.stdout.write(`\n@@pictures@@${JSON.stringify(pictures)}`, () => process.exit(0));
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
