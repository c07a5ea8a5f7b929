/*
 * The one script that runs before a prerendered page paints: a classic script in <head>, from
 * the page's own origin (the strict CSP allows no inline script), a few hundred bytes. The
 * prerender plugin copies it to assets/ under a content hash and names it in every page.
 *
 * Each page holds its markup once per language: English in #root, Korean in
 * <template id="gw-ko"> (the root page holds both in templates, see below). A static host
 * cannot choose a file by query string, so this script chooses the variant the app will show —
 * `?lang=`, else the browser's language, as src/app/settings.ts does — and when it is Korean,
 * keeps #root unpainted (data-gw-wait) until the document is parsed, then moves the Korean
 * markup in. Template content is never rendered, so nothing of the other language is painted,
 * and the app hydrates the markup of the language it finds (#root's data-lang).
 *
 * The root index.html is also what hosts answer for URLs the build did not know (their
 * fallback). Its #root is empty, a neutral frame; only at the deploy base itself is the
 * overview moved in from its template. Without JavaScript every page shows its English markup
 * and the root page stays neutral.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var html = document.documentElement;
  var base = script.getAttribute('data-base') || '/';
  var route = script.getAttribute('data-route') || '';
  var where = window.location;

  function browserLang() {
    var list =
      navigator.languages && navigator.languages.length
        ? navigator.languages
        : [navigator.language];
    for (var i = 0; i < list.length; i++) {
      var tag = String(list[i] || '')
        .toLowerCase()
        .split('-')[0];
      if (tag === 'ko' || tag === 'en') return tag;
    }
    return 'en';
  }
  var raw = new URLSearchParams(where.search).get('lang');
  var lang = raw === 'en' || raw === 'ko' ? raw : browserLang();

  var variant = null;
  if (route === '/') {
    var path = where.pathname;
    var home =
      (path === base || path === base + 'index.html' || path + '/' === base) &&
      where.hash.indexOf('#/') !== 0;
    if (home) variant = 'gw-' + lang;
  } else if (lang === 'ko') variant = 'gw-ko';
  if (variant) html.setAttribute('data-gw-wait', '');

  function choose() {
    var root = document.getElementById('root');
    var chosen = variant && document.getElementById(variant);
    if (root && chosen) {
      root.replaceChildren(chosen.content);
      root.setAttribute('data-lang', chosen.getAttribute('data-lang') || lang);
      html.lang = chosen.getAttribute('data-lang') || lang;
      var title = chosen.getAttribute('data-title');
      if (title) document.title = title;
    }
    var templates = document.querySelectorAll('template[data-gw-variant]');
    for (var i = 0; i < templates.length; i++) templates[i].remove();
    html.removeAttribute('data-gw-wait');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', choose);
  else choose();
})();
