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
const begin = () => {
  if (started) return;
  started = true;
  // After first-paint.js has put the page's language variant in place (it does so when the
  // document is parsed), so the app hydrates what is on screen.
  const run = () => {
    const chunks = (container.dataset.chunks ?? '').split(' ').filter(Boolean);
    for (const href of chunks) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = `${import.meta.env.BASE_URL}${href}`;
      document.head.append(link);
    }
    void import('./app/start').then(({ start }) => start(container));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
};

if (container.dataset.prerendered === undefined) begin();
else {
  // After the next frame is painted; a background tab paints no frames, so not later than 250 ms.
  requestAnimationFrame(() => setTimeout(begin, 0));
  setTimeout(begin, 250);
}
