import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import {
  createServer,
  createServerModuleRunner,
  type Plugin,
  type ResolvedConfig,
  type Rolldown,
  type ViteDevServer,
} from 'vite';
import { digestBytes } from '../src/data/digest.ts';
import { datasetNames } from '../src/topics.ts';
import { fillChartSlots } from './chart-snapshots.ts';
import { geoPlugin } from './geo-plugin.ts';

/**
 * Prerendering: every URL the app can produce paints its own page first, in the reader's
 * language, and the client hydrates that page instead of rendering it again.
 *
 * What is rendered. After the client build, src/app/prerender-entry.tsx (loaded through Vite's
 * SSR module runner) lists the URLs — each parameterless view, each site page of the data the
 * build sees, each `/embed/:chartId`, each slide of the default deck — and renders each in
 * English and in Korean to `<outDir><url>/index.html`. Each URL is rendered in a fresh module
 * runner, so the modules it evaluated are exactly the modules the page uses: mapped to the
 * client bundle's chunks, they give the page's stylesheets (linked, so the first paint is
 * styled) and its view chunks (named in `data-chunks`; main.tsx preloads them after the first
 * paint). No source is parsed for this, and nothing else is requested before the first paint:
 * the entry, the stylesheets and first-paint.js.
 *
 * Korean. Routes are fixed (INTERFACE.md): Korean is `?lang=ko` or the browser's language on
 * the same URL, and a static host cannot choose a file by query string. So each page carries
 * its Korean markup in `<template id="gw-ko">` beside the English #root; src/app/first-paint.js,
 * a render-blocking classic script of a few hundred bytes, keeps #root unpainted for a Korean
 * reader until the document is parsed and moves the Korean markup in. Template content is
 * parsed but never rendered, so a Korean reader's first paint is Korean, at the time an English
 * reader's page is complete, and the app hydrates it in Korean (no second render). Compared
 * with painting English and re-rendering in Korean after hydration, which paints the wrong
 * language first and makes a Korean reader wait for React and a second render of the whole
 * page, the template costs every reader the Korean markup's bytes (/stargate: 37 KB gzip of
 * HTML, 19 KB of it English).
 *
 * URLs the build did not know. Hosts answer them with the root index.html (nginx's try_files
 * fallback, Apache's and IIS's rewrites, the test server): so the root page's #root is an empty
 * neutral frame, and the overview (English and Korean) waits in templates that first-paint.js
 * moves in only at the deploy base itself. Without JavaScript the root page stays blank rather
 * than show the overview at another URL. The app then renders the URL's own view.
 *
 * Replaced data. Each page records the digest of every data file it read (`data-digest`); the
 * client compares it with what it fetches and renders afresh when a file changed (mount.tsx).
 * The files the build found valid as they are (`data-valid`, every file, with its digest: the
 * reader may go on to other views) need no second check when they arrive unchanged: the page
 * then loads no validator (data/load.ts).
 *
 * The strict CSP allows no inline script or style, so the markup carries none: React's `style`
 * props become classes in one external stylesheet. Any failure leaves the plain SPA shell in
 * place with a warning: prerendering is an optimisation, never a reason for a build to fail.
 */

type Lang = 'en' | 'ko';
const langs: readonly Lang[] = ['en', 'ko'];

type PrerenderResult = { html: string; errors: string[]; datasets: string[]; title: string };
type PrerenderModule = {
  prerenderUrls: (data: Record<string, string>) => string[];
  validFiles: (data: Record<string, string>) => string[];
  prerenderRoute: (
    url: string,
    lang: Lang,
    data: Record<string, string>,
  ) => Promise<PrerenderResult>;
};

const entry = '/src/app/prerender-entry.tsx';
const firstPaintSource = path.join('src', 'app', 'first-paint.js');

/** `&quot;` etc. back to characters: the CSS file holds the declarations unescaped. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Moves every `style="…"` attribute into a class (`pr-<hash>`) and returns the rules. `#root`
 * in the selector outranks the stylesheet's class rules the way the inline style would have.
 */
export function externaliseStyles(html: string, rules: Map<string, string>): string {
  return html.replace(
    /<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g,
    (tag, name: string, attrs: string | undefined, selfClose: string) => {
      if (!attrs || !/\sstyle="/.test(attrs)) return tag;
      const style = /\sstyle="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const declarations = decodeAttribute(style);
      const className = `pr-${createHash('sha1').update(declarations).digest('hex').slice(0, 8)}`;
      rules.set(className, declarations);
      let rest = attrs.replace(/\sstyle="[^"]*"/, '');
      if (/\sclass="/.test(rest))
        rest = rest.replace(/\sclass="([^"]*)"/, (_m, c: string) => ` class="${c} ${className}"`);
      else rest = `${rest} class="${className}"`;
      return `<${name}${rest}${selfClose}>`;
    },
  );
}

/** Which client chunk holds each source module, and each chunk's stylesheets. */
function chunkIndex(bundle: Rolldown.OutputBundle) {
  const byModule = new Map<string, Rolldown.OutputChunk>();
  for (const item of Object.values(bundle)) {
    if (item.type !== 'chunk') continue;
    for (const id of item.moduleIds) byModule.set(id.split('?')[0] ?? id, item);
  }
  return byModule;
}

/** The view code worth fetching right after the first paint: views, wiring, messages. Charts
 *  and their libraries load when a chart needs them (near the viewport), never ahead. */
function preloadWorthy(file: string, root: string): boolean {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return /^src\/(views|app|i18n)\//.test(rel);
}

/** A page's stylesheets and view chunks, from the modules its render evaluated. */
function pageAssets(
  modules: Iterable<string>,
  byModule: Map<string, Rolldown.OutputChunk>,
  entryChunk: Rolldown.OutputChunk,
  root: string,
) {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const raw of modules) {
    const id = raw.split('?')[0] ?? raw;
    const chunk = byModule.get(id);
    if (!chunk) continue;
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    if (chunk !== entryChunk && preloadWorthy(id, root)) js.add(chunk.fileName);
  }
  for (const file of entryChunk.viteMetadata?.importedCss ?? []) css.delete(file);
  return { css: [...css].sort(), js: [...js].sort() };
}

type Page = {
  url: string;
  variants: Map<Lang, { html: string; title: string }>;
  datasets: string[];
  css: string[];
  js: string[];
};

/** Renders one URL in both languages in a fresh module runner, and lists what it evaluated. */
async function renderUrl(
  server: ViteDevServer,
  url: string,
  data: Record<string, string>,
  warn: (message: string) => void,
): Promise<{ results: Map<Lang, PrerenderResult>; modules: string[] }> {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  try {
    const mod = (await runner.import(entry)) as PrerenderModule;
    const results = new Map<Lang, PrerenderResult>();
    for (const lang of langs) {
      const result = await mod.prerenderRoute(url, lang, data);
      // A script here would be blocked by the CSP and means a Suspense boundary streamed late.
      if (/<script/i.test(result.html))
        throw new Error(
          `rendered markup contains a script: ${/<script[^>]*>[^<]{0,200}/i.exec(result.html)?.[0] ?? ''}`,
        );
      for (const message of result.errors) warn(`${url} (${lang}): left to the client: ${message}`);
      results.set(lang, result);
    }
    return { results, modules: [...runner.evaluatedModules.idToModuleMap.keys()] };
  } finally {
    await runner.close();
  }
}

/**
 * The page's HTML from the built index.html: every per-page change to the markup happens here,
 * in this order (a step that rewrites the rendered markup, such as filling chart slots, goes
 * before `externaliseStyles`).
 */
function pageHtml(
  template: string,
  page: Page,
  shared: {
    base: string;
    prerenderCss: string;
    firstPaint: string;
    digests: Map<string, string>;
    valid: Set<string>;
    rules: Map<string, string>;
  },
): string {
  const { base } = shared;
  const root = page.url === '/';
  const markup = (lang: Lang) =>
    externaliseStyles(page.variants.get(lang)?.html ?? '', shared.rules);
  const english = page.variants.get('en');
  const links = [
    ...page.css.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    `<link rel="stylesheet" href="${base}${shared.prerenderCss}">`,
    `<script src="${base}${shared.firstPaint}" data-base="${base}" data-route="${escapeAttribute(page.url)}"></script>`,
  ].filter((link) => !template.includes(`"${/(?:href|src)="([^"]+)"/.exec(link)?.[1] ?? link}"`));
  const attributes = [
    `data-prerendered="${escapeAttribute(page.url)}"`,
    `data-datasets="${page.datasets.join(' ')}"`,
    `data-digest="${page.datasets.map((name) => `${name}:${shared.digests.get(name) ?? ''}`).join(' ')}"`,
    `data-valid="${[...shared.valid].map((name) => `${name}:${shared.digests.get(name) ?? ''}`).join(' ')}"`,
    `data-chunks="${page.js.map((file) => file.replace(/^\//, '')).join(' ')}"`,
    // The root page's #root stays empty (neutral) until first-paint.js moves a variant in.
    ...(root ? [] : ['data-lang="en"']),
  ].join(' ');
  // Every variant the page holds besides the one in #root, as inert templates.
  const templates = langs
    .filter((lang) => root || lang !== 'en')
    .map((lang) => {
      const variant = page.variants.get(lang);
      if (!variant) return '';
      return `<template id="gw-${lang}" data-gw-variant data-lang="${lang}" data-title="${escapeAttribute(variant.title)}">${markup(lang)}</template>`;
    })
    .join('');
  // The root page's tab title stays neutral too: it is every unknown URL's page.
  const title = root ? undefined : english?.title;
  return template
    .replace(/<title>[^<]*<\/title>/, (tag) =>
      title ? `<title>${escapeAttribute(title)}</title>` : tag,
    )
    .replace('</head>', `    ${links.join('\n    ')}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" ${attributes}>${root ? '' : markup('en')}</div>${templates}`,
    );
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'gigawatt-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options, bundle) {
      const env = config.env as Record<string, string | undefined>;
      // The hash build serves one index.html for every route, and its base is relative.
      if (config.build.ssr || env.VITE_ROUTER === 'hash' || !config.base.startsWith('/')) return;
      if (process.env.BENCH_BASELINE === '1' || process.env.GIGAWATT_PRERENDER === '0') return;
      const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
      const started = Date.now();
      const warn = (message: string) => config.logger.warn(`[prerender] ${message}`);
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'error',
        // The map's geography is a virtual module of the geo plugin.
        plugins: [react(), geoPlugin()],
        // No file watcher: nothing changes during a build, and its handles would keep it alive.
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
        const data: Record<string, string> = {};
        const digests = new Map<string, string>();
        for (const name of datasetNames) {
          const file = path.join(outDir, 'data', `${name}.json`);
          if (!existsSync(file)) continue;
          const bytes = await readFile(file);
          data[name] = bytes.toString('utf8');
          digests.set(name, digestBytes(bytes));
        }
        const entryChunk = Object.values(bundle).find(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk' && item.isEntry,
        );
        if (!entryChunk) throw new Error('the client build has no entry chunk');
        const byModule = chunkIndex(bundle);

        const firstPaintCode = await readFile(path.join(config.root, firstPaintSource), 'utf8');
        const firstPaint = `${config.build.assetsDir}/first-paint-${createHash('sha1').update(firstPaintCode).digest('hex').slice(0, 8)}.js`;
        await writeFile(path.join(outDir, firstPaint), firstPaintCode);

        const lister = createServerModuleRunner(server.environments.ssr, { hmr: false });
        const listed = (await lister.import(entry)) as PrerenderModule;
        const urls = listed.prerenderUrls(data);
        const valid = new Set(listed.validFiles(data));
        await lister.close();

        // Styles moved out of the markup (chart pictures' and the pages'), one stylesheet for all.
        const rules = new Map<string, string>();
        // The charts are drawn as the views and embeds show them. A slide draws its chart at
        // the stage's size, which no picture width matches: its chart draws live at once.
        const pictureRoutes = urls.filter((url) => !url.startsWith('/present/'));
        const pages: Page[] = [];
        for (const url of urls) {
          try {
            const { results, modules } = await renderUrl(server, url, data, warn);
            const { css, js } = pageAssets(modules, byModule, entryChunk, config.root);
            pages.push({
              url,
              variants: new Map(
                await Promise.all(
                  [...results].map(
                    async ([lang, r]) =>
                      [
                        lang,
                        {
                          // Each chart's first picture, drawn at build time (chart-snapshots.ts).
                          html: await fillChartSlots(r.html, {
                            root: config.root,
                            rules,
                            warn,
                            dataDir: path.join(outDir, 'data'),
                            routes: pictureRoutes,
                          }),
                          title: r.title,
                        },
                      ] as const,
                  ),
                ),
              ),
              datasets: results.get('en')?.datasets ?? [],
              css,
              js,
            });
          } catch (error) {
            warn(`${url} skipped: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (pages.length === 0) return;

        const shared = { base: config.base, prerenderCss: '', firstPaint, digests, valid, rules };
        // Styles are collected while the pages are assembled; the stylesheet's name (its hash)
        // is known only after, so pages name a placeholder that is replaced at the end.
        const placeholder = '__GIGAWATT_PRERENDER_CSS__';
        shared.prerenderCss = placeholder;
        const assembled = pages.map((page) => ({ page, html: pageHtml(template, page, shared) }));
        const css = [
          ...[...rules].map(([name, decl]) => `#root .${name}{${decl}}`),
          // A Korean reader's page stays unpainted until first-paint.js has moved the Korean
          // markup in (when the document is parsed), so English never flashes first. Not laid
          // out either: the English markup is only parsed, then dropped.
          'html[data-gw-wait] #root{display:none}',
          // A placeholder in the static page must not shimmer: it repaints every frame until
          // the app hydrates, which costs a phone its idle time and bloats every trace.
          '#root[data-prerendered] .loading-block{animation:none}',
        ].join('\n');
        const cssName = `${config.build.assetsDir}/prerender-${createHash('sha1').update(css).digest('hex').slice(0, 8)}.css`;
        await writeFile(path.join(outDir, cssName), `${css}\n`);

        for (const { page, html } of assembled) {
          const target =
            page.url === '/' ? outDir : path.join(outDir, ...page.url.split('/').filter(Boolean));
          await mkdir(target, { recursive: true });
          await writeFile(path.join(target, 'index.html'), html.replaceAll(placeholder, cssName));
        }
        config.logger.info(
          `[prerender] ${pages.length} pages × ${langs.length} languages in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      } catch (error) {
        warn(`skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        await server.close();
      }
    },
  };
}
