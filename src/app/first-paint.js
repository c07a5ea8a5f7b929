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
 * The markup moves in document order, a piece a frame: the top of the page paints with the
 * first, then each frame lays out what it can in a few milliseconds. Laying out a whole page at
 * once (Hangul shaping included, longer than for English) held a phone's main thread for a
 * third of a second. Until the last piece is in, <html> carries data-gw-placing; then a `gw-placed` event
 * tells the app (src/main.tsx) that it may hydrate.
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

  // The first piece, the top of the page, is painted first; after it, each frame moves
  // elements ten or so at a time, laying each batch out at once, until FRAME_MS of work.
  // Pieces are measured in elements and in text: every TEXT_UNIT characters count as one
  // element, since laying out text costs more than the boxes around it (Hangul above all: the
  // first use of each syllable loads its glyph).
  var FIRST = 150;
  var BATCH = 10;
  var FRAME_MS = 4;
  var TEXT_UNIT = 20;

  function weight(node) {
    if (node.nodeType === 3) return Math.ceil(node.nodeValue.length / TEXT_UNIT);
    if (node.nodeType !== 1) return 0;
    return (
      node.getElementsByTagName('*').length + 1 + Math.ceil(node.textContent.length / TEXT_UNIT)
    );
  }

  // Calls `then` at the next frame (or, where no frame comes, a hidden tab, soon after).
  function nextFrame(then) {
    var ran = false;
    function run() {
      if (ran) return;
      ran = true;
      then();
    }
    if (window.requestAnimationFrame) window.requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  var INLINE =
    /^(A|ABBR|B|BR|BUTTON|CODE|EM|I|IMG|INPUT|LABEL|SELECT|SMALL|SPAN|STRONG|SUB|SUP|TIME)$/;

  // Whether the children of `node` (its copy `copy` in the document) may arrive over several
  // frames without moving what is already shown: it stacks them in a column, top down. A row
  // (flex, a grid of several columns), centred content or a line of text would reflow.
  function stacks(node, copy) {
    if (copy.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
    var style = getComputedStyle(copy);
    var display = style.display;
    if (display === 'flex')
      return (
        style.flexDirection === 'column' && /^(normal|start|flex-start)$/.test(style.justifyContent)
      );
    if (display === 'grid')
      return (
        style.gridTemplateColumns.split(' ').length === 1 &&
        /^(normal|start)$/.test(style.alignContent)
      );
    if (display !== 'block' && display !== 'flow-root') return false;
    // A block of blocks; not a line of text or of inline elements.
    for (var c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && /\S/.test(c.nodeValue)) return false;
      if (c.nodeType === 1 && INLINE.test(c.nodeName)) return false;
    }
    return true;
  }

  // Moves the children of `from` to `into` in document order, piece by piece: an element that
  // fits the rest of a piece moves whole; one larger than a piece that stacks its children
  // moves as an empty copy (same tag, same attributes) whose children follow; another, whole.
  function place(from, into, painted, done) {
    var stack = [{ from: from, into: into, copied: false }];
    function move(limit) {
      var budget = limit;
      while (stack.length && budget > 0) {
        var top = stack[stack.length - 1];
        var node = top.from.firstChild;
        if (!node) {
          stack.pop();
          if (top.copied) top.from.parentNode.removeChild(top.from);
          continue;
        }
        var size = weight(node);
        if (size <= budget) {
          top.into.appendChild(node);
          budget -= size;
        } else if (size <= limit && budget < limit) {
          break;
        } else {
          var copy = node.cloneNode(false);
          top.into.appendChild(copy);
          if (stacks(node, copy)) {
            budget -= 1;
            stack.push({ from: node, into: copy, copied: true });
          } else {
            top.into.replaceChild(node, copy);
            budget -= size;
          }
        }
      }
    }
    function piece() {
      var start = performance.now();
      do {
        move(BATCH);
        // Laid out now, so the time taken is known and the frame's own layout finds it done.
        void into.offsetHeight;
      } while (stack.length && performance.now() - start < FRAME_MS);
      if (stack.length) nextFrame(piece);
      else done();
    }
    move(FIRST);
    painted();
    if (stack.length) nextFrame(piece);
    else done();
  }

  function finish() {
    var templates = document.querySelectorAll('template[data-gw-variant]');
    for (var i = 0; i < templates.length; i++) templates[i].remove();
    html.removeAttribute('data-gw-wait');
    html.removeAttribute('data-gw-placing');
    document.dispatchEvent(new Event('gw-placed'));
  }

  function choose() {
    var root = document.getElementById('root');
    var chosen = variant && document.getElementById(variant);
    if (!root || !chosen) return finish();
    // The other language's markup goes first, so that nothing of it is restyled for the new
    // language.
    root.replaceChildren();
    var chosenLang = chosen.getAttribute('data-lang') || lang;
    root.setAttribute('data-lang', chosenLang);
    html.lang = chosenLang;
    var title = chosen.getAttribute('data-title');
    if (title) document.title = title;
    html.setAttribute('data-gw-placing', '');
    place(
      chosen.content,
      root,
      function () {
        html.removeAttribute('data-gw-wait');
      },
      finish,
    );
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', choose);
  else choose();
})();
