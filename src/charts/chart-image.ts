/*
 * The chart as a picture that stands on its own: Recharts draws only the plot, and our
 * legend, title and source line are HTML around it. Here they are drawn into one SVG with
 * every colour and font resolved from the live page (computed styles), so the file needs no
 * stylesheet, no font download and nothing else outside itself. PNGs are that SVG drawn into
 * a canvas through a blob: URL, which the strict CSP allows (img-src 'self' data: blob:).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export type ImageText = {
  title: string;
  takeaway: string;
  /** Lines under the plot: the source line, the as-of date, the link. */
  footer: string[];
};

export type ChartImage = { svg: string; width: number; height: number; background: string };

/** Properties that decide how a mark looks; copied from the computed style onto the clone. */
const inlined = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'text-decoration',
] as const;

/**
 * Copies the look of `source` onto its clone `target`, recursively. A property is written only
 * where it differs from the parent's value (these are all inherited in SVG), which keeps the
 * file small; classes, focus and ARIA attributes go, as they mean nothing outside the page.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = window.getComputedStyle(source);
  if (target instanceof SVGElement) {
    for (const name of inlined) {
      const value = computed.getPropertyValue(name);
      // CSSOM writes, not a style attribute string: allowed under style-src 'self'.
      if (
        value &&
        (!parent || parent.getPropertyValue(name) !== value || target.hasAttribute(name))
      ) {
        target.style.setProperty(name, value);
      }
    }
    if (computed.display === 'none') target.style.setProperty('display', 'none');
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    target.removeAttribute('role');
    for (const attr of [...target.attributes])
      if (attr.name.startsWith('aria-')) target.removeAttribute(attr.name);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t, computed);
  }
}

let measureContext: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** Greedy word wrap; Korean breaks between words too (keep-all), long runs break anywhere. */
function wrap(text: string, font: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

type LegendEntry = { label: string; color: string; dashed: boolean; off: boolean };

/** Reads the on-screen legend (any `.legend` list in the card): label, swatch colour, on/off. */
function legendEntries(figure: Element): LegendEntry[] {
  return [...figure.querySelectorAll('.legend li')].map((li) => {
    const swatch = li.querySelector('.legend__swatch');
    const style = swatch ? window.getComputedStyle(swatch) : null;
    const border = style?.borderTopColor ?? '';
    const fill = style?.backgroundColor ?? '';
    const transparent = !fill || fill === 'transparent' || fill === 'rgba(0, 0, 0, 0)';
    return {
      label: (li.textContent ?? '').trim(),
      color: transparent ? border : fill,
      dashed: style?.borderTopStyle === 'dashed',
      off: li.querySelector('[aria-pressed="false"]') !== null,
    };
  });
}

/** The plot's main SVG (the largest), plus any defs-only SVGs beside it (shared patterns). */
function plotSvgs(figure: Element): { main: SVGSVGElement; extras: SVGSVGElement[] } | null {
  const plot = figure.querySelector('.chart-card__plot') ?? figure;
  const svgs = [...plot.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  const main = svgs.reduce<SVGSVGElement | null>(
    (best, svg) => (!best || area(svg) > area(best) ? svg : best),
    null,
  );
  if (!main || area(main) === 0) return null;
  return { main, extras: svgs.filter((svg) => svg !== main) };
}

/** Composes title, takeaway, legend, plot and footer into one self-contained SVG. */
export function composeChartSvg(figure: HTMLElement, text: ImageText): ChartImage {
  const found = plotSvgs(figure);
  if (!found) throw new Error('no drawn chart to export');
  const { main, extras } = found;
  const box = main.getBoundingClientRect();
  const plotWidth = Math.round(box.width);
  const plotHeight = Math.round(box.height);
  const figureStyle = window.getComputedStyle(figure);
  const fontFamily = figureStyle.fontFamily;
  const textColor = figureStyle.color;
  const background = figureStyle.backgroundColor || '#ffffff';
  const muted = window.getComputedStyle(
    figure.querySelector('.chart-card__caption') ?? figure,
  ).color;

  const pad = 16;
  const width = Math.max(plotWidth + pad * 2, 480);
  const inner = width - pad * 2;
  const root = el('svg', { xmlns: SVG_NS, width, height: 0, viewBox: `0 0 ${width} 0` });
  root.style.setProperty('font-family', fontFamily);
  root.append(el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: background }));

  let y = pad;
  const addLines = (content: string, size: number, weight: number, color: string) => {
    const font = `${weight} ${size}px ${fontFamily}`;
    for (const line of wrap(content, font, inner)) {
      y += size * 1.3;
      root.append(
        el(
          'text',
          {
            x: pad,
            y,
            fill: color,
            'font-size': size,
            'font-weight': weight,
            'font-family': fontFamily,
          },
          line,
        ),
      );
    }
  };
  addLines(text.title, 18, 700, textColor);
  if (text.takeaway) {
    y += 2;
    addLines(text.takeaway, 13, 400, muted);
  }

  const legend = legendEntries(figure);
  if (legend.length) {
    y += 12;
    const size = 12;
    const font = `400 ${size}px ${fontFamily}`;
    let x = pad;
    for (const entry of legend) {
      const itemWidth = 18 + measure(entry.label, font) + 16;
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        y += 20;
      }
      const group = el('g', { opacity: entry.off ? 0.4 : 1 });
      group.append(
        el('rect', {
          x: x + 1,
          y: y + 1,
          width: 11,
          height: 11,
          rx: 2,
          fill: entry.dashed ? 'none' : entry.color,
          stroke: entry.color,
          'stroke-width': 2,
          ...(entry.dashed ? { 'stroke-dasharray': '3 2' } : {}),
        }),
        el(
          'text',
          {
            x: x + 18,
            y: y + 11,
            fill: textColor,
            'font-size': size,
            'font-family': fontFamily,
            ...(entry.off ? { 'text-decoration': 'line-through' } : {}),
          },
          entry.label,
        ),
      );
      root.append(group);
      x += itemWidth;
    }
    y += 20;
  }

  y += 8;
  // A chart whose axis is HTML (the timeline's sticky year axis) would lose its scale in the
  // picture: its tick labels are drawn as text above the plot, where they stand on screen.
  const htmlTicks = [
    ...figure.querySelectorAll<HTMLElement>('.chart-card__plot .timeline-axis__tick'),
  ];
  if (htmlTicks.length) {
    const tickColor = window.getComputedStyle(htmlTicks[0] as HTMLElement).color || muted;
    const left = pad + Math.max(0, (inner - plotWidth) / 2);
    y += 14;
    for (const tick of htmlTicks) {
      const r = tick.getBoundingClientRect();
      root.append(
        el(
          'text',
          {
            x: left + r.left + r.width / 2 - box.left,
            y,
            fill: tickColor,
            'font-size': 12,
            'font-family': fontFamily,
            'text-anchor': 'middle',
          },
          tick.textContent ?? '',
        ),
      );
    }
    y += 6;
  }
  const plot = main.cloneNode(true) as SVGSVGElement;
  inlineStyles(main, plot, null);
  plot.setAttribute('x', String(pad + Math.max(0, (inner - plotWidth) / 2)));
  plot.setAttribute('y', String(y));
  plot.setAttribute('width', String(plotWidth));
  plot.setAttribute('height', String(plotHeight));
  plot.removeAttribute('class');
  plot.style.setProperty('overflow', 'visible');
  // Recharts sizes its surface to 100% of its box; inside the composed picture that would be
  // 100% of the whole image, so pin it to the plot's own size.
  plot.style.setProperty('width', `${plotWidth}px`);
  plot.style.setProperty('height', `${plotHeight}px`);
  for (const empty of plot.querySelectorAll('title, desc')) if (!empty.textContent) empty.remove();
  for (const extra of extras) {
    for (const defs of extra.querySelectorAll('defs')) {
      const copy = defs.cloneNode(true) as SVGDefsElement;
      inlineStyles(defs, copy, null);
      plot.prepend(copy);
    }
  }
  root.append(plot);
  y += plotHeight + 12;

  root.append(
    el('line', { x1: pad, x2: width - pad, y1: y, y2: y, stroke: muted, 'stroke-opacity': 0.4 }),
  );
  y += 4;
  for (const line of text.footer) addLines(line, 11, 400, muted);
  y += pad;

  const height = Math.ceil(y);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const svg = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height, background };
}

async function loadImage(svg: string): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
      'image/png',
    );
  });
}

/** The composed SVG at `scale` times its size (2× for sharp slides and retina screens). */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const { image: img, release } = await loadImage(image.svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    release();
  }
}

/** A 1920×1080 slide: the picture centred on its own background, as large as fits. */
export async function slidePng(image: ChartImage): Promise<Blob> {
  const { image: img, release } = await loadImage(image.svg);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 1920;
    canvas.height = 1080;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = image.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    const margin = 48;
    const scale = Math.min(
      (canvas.width - margin * 2) / image.width,
      (canvas.height - margin * 2) / image.height,
    );
    const w = image.width * scale;
    const h = image.height * scale;
    context.drawImage(img, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
    return await canvasBlob(canvas);
  } finally {
    release();
  }
}
