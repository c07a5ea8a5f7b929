import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { fillChartSlots } from './chart-snapshots.ts';

/**
 * Prerenders every parameterless view to `<outDir><route>/index.html` after the client build,
 * so headline figures and titles paint from the HTML before any JavaScript arrives. Each page
 * also names what its route needs next: its view chunks (modulepreload), their CSS, and its data
 * files (`preload as=fetch`), so chart code and data load in parallel instead of in a waterfall.
 *
 * The strict CSP allows no inline script or style, so the markup carries none: React's `style`
 * props become classes in one external stylesheet. Any failure leaves the plain SPA shell in
 * place with a warning: prerendering is an optimisation, never a reason for a build to fail.
 */

type PrerenderModule = {
  prerenderPaths: string[];
  prerenderRoute: (
    route: string,
    data: Record<string, string>,
  ) => Promise<{ html: string; errors: string[]; datasets: string[]; title?: string }>;
};

const entry = '/src/app/prerender-entry.tsx';

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

/** `path: '/x'` … `import('./y')` pairs from the view registry, to find each route's chunk. */
function viewModules(registrySource: string, registryDir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of registrySource.split(/\n\s*\{\s*\n/)) {
    const route = /path:\s*'([^']+)'/.exec(block)?.[1];
    const target = /import\('([^']+)'\)/.exec(block)?.[1];
    if (route && target && !found.has(route)) found.set(route, path.resolve(registryDir, target));
  }
  return found;
}

type ChunkInfo = { file: string; imports: string[]; css: string[] };

function chunkTable(bundle: Rolldown.OutputBundle): Map<string, ChunkInfo> {
  const table = new Map<string, ChunkInfo>();
  for (const item of Object.values(bundle)) {
    if (item.type !== 'chunk') continue;
    const css = [...(item.viteMetadata?.importedCss ?? [])];
    table.set(item.fileName, { file: item.fileName, imports: item.imports, css });
  }
  return table;
}

/** The chunk for a source module (without extension), its static imports and their CSS. */
function routeAssets(
  bundle: Rolldown.OutputBundle,
  moduleBase: string,
  table: Map<string, ChunkInfo>,
) {
  const chunk = Object.values(bundle).find(
    (item): item is Rolldown.OutputChunk =>
      item.type === 'chunk' &&
      !!item.facadeModuleId &&
      item.facadeModuleId.replace(/\.(tsx?|jsx?)$/, '') === moduleBase,
  );
  if (!chunk) return { js: [] as string[], css: [] as string[] };
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    const info = table.get(file);
    if (!info) return;
    js.add(file);
    for (const c of info.css) css.add(c);
    for (const dep of info.imports) visit(dep);
  };
  visit(chunk.fileName);
  return { js: [...js], css: [...css] };
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
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'error',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
        const dataDir = path.join(outDir, 'data');
        const data: Record<string, string> = {};
        for (const name of ['stargate', 'fusion']) {
          const file = path.join(dataDir, `${name}.json`);
          if (existsSync(file)) data[name] = await readFile(file, 'utf8');
        }
        const mod = (await server.ssrLoadModule(entry)) as PrerenderModule;
        const registryFile = path.join(config.root, 'src', 'views', 'registry.ts');
        const modules = viewModules(
          await readFile(registryFile, 'utf8'),
          path.dirname(registryFile),
        );
        const table = chunkTable(bundle);
        const app = routeAssets(bundle, path.join(config.root, 'src', 'app', 'start'), table);
        const rules = new Map<string, string>();
        const pages: { route: string; html: string; datasets: string[]; title?: string }[] = [];
        for (const route of mod.prerenderPaths) {
          try {
            const result = await mod.prerenderRoute(route, data);
            // A script here would be blocked by the CSP and means a Suspense boundary streamed late.
            if (/<script/i.test(result.html))
              throw new Error(
                `rendered markup contains a script: ${/<script[^>]*>[^<]{0,200}/i.exec(result.html)?.[0] ?? ''}`,
              );
            for (const message of result.errors)
              config.logger.warn(`[prerender] ${route}: left to the client: ${message}`);
            pages.push({
              route,
              // Each chart's first picture, drawn at build time (chart-snapshots.ts).
              html: await fillChartSlots(externaliseStyles(result.html, rules), {
                root: config.root,
                rules,
                warn: (message) => config.logger.warn(message),
              }),
              datasets: result.datasets,
              title: result.title,
            });
          } catch (error) {
            config.logger.warn(
              `[prerender] ${route} skipped: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
        if (pages.length === 0) return;
        const css = [
          ...[...rules].map(([name, decl]) => `#root .${name}{${decl}}`),
          // A placeholder in the static page must not shimmer: it repaints every frame until
          // the app swaps in, which costs a phone its idle time and bloats every trace.
          '#root[data-prerendered] .loading-block{animation:none}',
        ].join('\n');
        const cssName = `${config.build.assetsDir}/prerender-${createHash('sha1').update(css).digest('hex').slice(0, 8)}.css`;
        await writeFile(path.join(outDir, cssName), `${css}\n`);

        for (const page of pages) {
          const moduleBase = modules.get(page.route);
          const route = moduleBase ? routeAssets(bundle, moduleBase, table) : { js: [], css: [] };
          // The app's own code (main.tsx imports it once the page is painted) and the view's.
          const assets = {
            js: [...new Set([...app.js, ...route.js])],
            css: [...new Set([...app.css, ...route.css])],
          };
          const links = [
            ...assets.css.map(
              (file) => `<link rel="stylesheet" crossorigin href="${config.base}${file}">`,
            ),
            `<link rel="stylesheet" href="${config.base}${cssName}">`,
            ...page.datasets.map(
              (name) =>
                `<link rel="preload" as="fetch" crossorigin href="${config.base}data/${name}.json">`,
            ),
            ...assets.js.map(
              (file) => `<link rel="modulepreload" crossorigin href="${config.base}${file}">`,
            ),
          ].filter((link) => !template.includes(`"${/href="([^"]+)"/.exec(link)?.[1] ?? link}"`));
          // The route's own tab title, as the app sets it once running. Not the root's: its
          // index.html is also every host's fallback for routes the build did not know.
          const title =
            page.route === '/'
              ? undefined
              : page.title?.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          const html = template
            .replace(/<title>[^<]*<\/title>/, (tag) => (title ? `<title>${title}</title>` : tag))
            .replace('</head>', `    ${links.join('\n    ')}\n  </head>`)
            .replace(
              '<div id="root"></div>',
              `<div id="root" data-prerendered="${page.route}" data-datasets="${page.datasets.join(' ')}">${page.html}</div>`,
            );
          const target =
            page.route === '/'
              ? outDir
              : path.join(outDir, ...page.route.split('/').filter(Boolean));
          await mkdir(target, { recursive: true });
          await writeFile(path.join(target, 'index.html'), html);
        }
        config.logger.info(
          `[prerender] ${pages.map((p) => p.route).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      } catch (error) {
        config.logger.warn(
          `[prerender] skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      } finally {
        await server.close();
      }
    },
  };
}
