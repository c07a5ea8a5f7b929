import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Views are lazy chunks behind their data; the first render of a route takes a moment
// while Vitest transforms the module, so give findBy* queries room on a slow machine.
configure({ asyncUtilTimeout: 15000 });

afterEach(() => {
  cleanup();
});

// jsdom has no layout engine; Recharts and our sizing code observe elements.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// Recharts' ResponsiveContainer and the category bars draw once they have measured a positive size; jsdom measures
// every box as 0 × 0. Give chart containers the box a 640 px wide card would (their height is
// the one the chart asks for), so component tests see the charts a browser draws.
const measure = HTMLElement.prototype.getBoundingClientRect;
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
  if (!this.matches('.recharts-responsive-container, .category-bars')) return measure.call(this);
  const height = Number.parseFloat(this.style.height) || 300;
  return DOMRect.fromRect({ x: 0, y: 0, width: 640, height });
};

// jsdom lacks matchMedia, used by the theme (prefers-color-scheme) and reduced motion.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
