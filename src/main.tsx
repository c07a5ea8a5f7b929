import './app/styles.css';

/*
 * The entry. A prerendered page (scripts/prerender-plugin.ts) is readable as it arrives, so the
 * browser paints it before evaluating the app — React, the router, the views: most of a slow
 * phone's start-up work. Nothing but this file and the stylesheets is requested before that
 * paint; then the app's code and the page's view chunks (the page lists them in data-chunks)
 * load in parallel, and the app hydrates the page (src/app/mount.tsx). Without a prerendered
 * page there is nothing to paint, so the app starts at once.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

let started = false;
const begin = (): void => {
  if (started) return;
  started = true;
  // After first-paint.js has put the page's language variant in place (it starts when the
  // document is parsed and moves a piece a frame), so the app hydrates what is on screen.
  const run = () => {
    const hint = (rel: string, href: string) => {
      const link = document.createElement('link');
      link.rel = rel;
      link.href = `${import.meta.env.BASE_URL}${href}`;
      if (rel === 'preload') {
        // As the loader fetches it (data/load.ts), so the response is reused.
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
      }
      document.head.append(link);
    };
    const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
    for (const href of list(container.dataset.chunks)) hint('modulepreload', href);
    // The page's data files, which the app checks against the page before it adopts it: not
    // needed to paint, so requested here, beside the code, not in the page's <head>.
    for (const name of list(container.dataset.datasets)) hint('preload', `data/${name}.json`);
    void Promise.all([import('./app/start'), placed()]).then(([{ start }]) => start(container));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
};

if (container.dataset.prerendered === undefined) begin();
else afterFirstPaint(begin);

/** Resolves once first-paint.js has moved all of the page's language variant into #root. */
function placed(): Promise<void> {
  return new Promise((resolve) => {
    if (!document.documentElement.hasAttribute('data-gw-placing')) return resolve();
    document.addEventListener('gw-placed', () => resolve(), { once: true });
  });
}

/**
 * Runs `then` once the browser has shown the page: its first contentful paint is reported and a
 * frame drawn after the document was parsed (this module runs then) is on screen, so nothing the
 * app requests competes with painting the page — a long page paints its top while the rest is
 * still arriving. A page with nothing to paint before the app (a slide, whose stage the app
 * sizes) starts 100 ms after that frame; one that paints no frame at all (a background tab, an
 * iframe far out of view) after a second: an embed must tell its host its height.
 */
function afterFirstPaint(then: () => void): void {
  window.setTimeout(then, 1000);
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const contentful = new Promise<void>((resolve) => {
    if (painted() || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint' });
  });
  // The second frame's callback runs once the first frame, the parsed page, has been drawn.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const nothingToPaint = new Promise((resolve) => window.setTimeout(resolve, 100));
      void Promise.race([contentful, nothingToPaint]).then(then);
    }),
  );
}
