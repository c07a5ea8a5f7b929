import './app/styles.css';

/*
 * The entry. A prerendered page (scripts/prerender-plugin.ts) is readable as it arrives, so the
 * browser paints it before evaluating the app — React, the router, the views: most of a slow
 * phone's start-up work — whose code has been downloading in parallel meanwhile (the page
 * preloads it). Without a prerendered page there is nothing to paint, so the app starts at once.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

let started = false;
const begin = () => {
  if (started) return;
  started = true;
  void import('./app/start').then(({ start }) => start(container));
};

if (container.dataset.prerendered === undefined) begin();
else {
  // After the next frame is painted; a background tab paints no frames, so not later than 250 ms.
  requestAnimationFrame(() => setTimeout(begin, 0));
  setTimeout(begin, 250);
}
