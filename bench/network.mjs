// Byte accounting for one page visit, from the browser's Resource Timing entries (the page's and
// its workers', the document's navigation entry included). Pure functions: the bench collects
// the entries, these add them up.
//
// - bytes: `encodedBodySize`, the response body as it came over the wire (gzip when the server
//   compressed it), without headers.
// - before first paint: requests whose fetch started (entry `startTime`) before the
//   first-contentful-paint timestamp, on the page's clock.
// - visit: every request until the network was idle; data files (`<base>data/`) are counted
//   apart and left out of the total.

/**
 * @typedef {object} Entry
 * @property {string} url absolute URL
 * @property {number} startTime ms on the page's clock (a worker's entries already shifted onto it)
 * @property {number} encodedBodySize bytes
 */

/** @typedef {'html' | 'js' | 'css' | 'data' | 'other'} Kind */

/**
 * What a request is, by its path: data files under the base's `data/`, then by extension; a
 * path with no extension is a page (the document, answered with HTML).
 * @param {string} url
 * @param {string} base e.g. `/gigawatt/`
 * @returns {Kind}
 */
export function kindOf(url, base) {
  const pathname = new URL(url).pathname;
  if (pathname.startsWith(`${base}data/`)) return 'data';
  if (/\.m?js$/.test(pathname)) return 'js';
  if (/\.css$/.test(pathname)) return 'css';
  if (/\.html$/.test(pathname) || !/\.[A-Za-z0-9]{1,12}$/.test(pathname)) return 'html';
  return 'other';
}

/**
 * @typedef {object} Bytes
 * @property {number} js
 * @property {number} css
 * @property {number} html
 * @property {number} other
 * @property {number} data
 * @property {number} total everything but data
 * @property {number} requests counted entries (data included)
 */

/** @returns {Bytes} */
const empty = () => ({ js: 0, css: 0, html: 0, other: 0, data: 0, total: 0, requests: 0 });

/**
 * @param {Entry[]} entries
 * @param {string} base
 * @returns {Bytes}
 */
export function sumBytes(entries, base) {
  const out = empty();
  for (const entry of entries) {
    const kind = kindOf(entry.url, base);
    const size = Number.isFinite(entry.encodedBodySize) ? entry.encodedBodySize : 0;
    out[kind] += size;
    if (kind !== 'data') out.total += size;
    out.requests += 1;
  }
  return out;
}

/**
 * The bytes of one visit: what started before the first paint (JS and CSS are the target's
 * figure), and the whole visit.
 * @param {Entry[]} entries
 * @param {number} firstPaint first-contentful-paint, ms on the page's clock (NaN: none)
 * @param {string} base
 */
export function visitBytes(entries, firstPaint, base) {
  // No paint recorded: no figure, rather than a count of nothing that would read as met.
  const before = Number.isFinite(firstPaint)
    ? sumBytes(
        entries.filter((e) => e.startTime < firstPaint),
        base,
      )
    : { ...empty(), js: Number.NaN, css: Number.NaN, total: Number.NaN };
  return {
    beforePaint: { ...before, jsCss: before.js + before.css },
    visit: sumBytes(entries, base),
  };
}

/**
 * Shifts a worker's entries onto the page's clock (each timeline starts at its own timeOrigin).
 * @param {Entry[]} entries
 * @param {number} workerOrigin the worker's performance.timeOrigin
 * @param {number} pageOrigin the page's performance.timeOrigin
 * @returns {Entry[]}
 */
export function onPageClock(entries, workerOrigin, pageOrigin) {
  return entries.map((e) => ({ ...e, startTime: e.startTime + workerOrigin - pageOrigin }));
}
