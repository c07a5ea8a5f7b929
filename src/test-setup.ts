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
