import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { ELEMENTS, elementSource } from './src/elements.ts';

/** Where the built library loads its on-demand modules: `lazy/<name>.js` next to the script (see src/data/lazy.ts). */
export const BUILT_LAZY = './lazy/{name}.js';
/** Where the development servers serve them: their TypeScript source. */
export const SERVED_LAZY = '/src/{path}.ts';
/** Where the built autoloader finds an element's module: `<tag>.js` next to itself (see src/autoloader.ts). */
export const BUILT_ELEMENT = './{tag}.js';
/** Where the development server serves it: the element's source (src/elements.ts, elementSource). */
export const SERVED_ELEMENT = `/${elementSource('{tag}')}`;

/**
 * `npm start`                  serves the demo page (index.html) and the embed page (embed.html),
 *                              demo data at /data (public/data).
 * `vite build`                 dist/: one ES module per element (src/elements.ts), one for
 *                              all, shared chunks. No data: the package ships none (the
 *                              demo data stays in public/data, for `npm start` and the demo site).
 * `vite build --mode iife`     dist/trade-widgets.iife.js: one file for a plain <script src>.
 * `vite build --mode autoloader`   dist/autoloader.js: defines each element on demand, when its
 *                              tag appears, importing that element's module only.
 * `vite build --mode lazy:<path>`   dist/lazy/<name>.js: a module loaded on demand, from
 *                              src/<path>.ts (data/i18n/en: English; components/base/downloads).
 */
export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') return demoSite();
  const iife = mode === 'iife';
  // `lazy:data/i18n/en`, `lazy:components/base/downloads`: one module loaded on demand, self-contained.
  const lazy = mode.startsWith('lazy:') ? mode.slice(5) : undefined;
  const autoloader = mode === 'autoloader';
  return {
    define: {
      // Where widgets look for data when the page gives no base-url: /data on the
      // development server, ./data next to the script once built.
      __TW_DEFAULT_DATA__: JSON.stringify(command === 'serve' ? '/data/' : './data/'),
      // Where a module loaded on demand is: its TypeScript source when served, lazy/<name>.js
      // next to the script once built.
      __TW_LAZY__: JSON.stringify(command === 'serve' ? SERVED_LAZY : BUILT_LAZY),
      // Where the autoloader finds an element's module: its source when served, <tag>.js once built.
      __TW_ELEMENT__: JSON.stringify(command === 'serve' ? SERVED_ELEMENT : BUILT_ELEMENT),
      // A classic script has no import.meta; urls.ts reads document.currentScript instead.
      ...(iife ? { 'import.meta.url': 'undefined' } : {}),
    },
    server: { port: 5173, strictPort: false },
    // Lit's html`` and css`` literals keep their indentation unless minified at build.
    plugins: command === 'build' ? [minifyTemplateLiterals({ failOnError: true })] : [snippetScript()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The ES build empties dist/; the single-file build, the autoloader and the translations then add to it.
      emptyOutDir: !iife && !lazy && !autoloader,
      // public/ holds the demo data: served by `npm start`, never copied into the package.
      copyPublicDir: false,
      // Terser, two passes: 0.26 kB gzip less than the default minifier on the single-file script (measured).
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
      lib: iife
        ? { entry: 'src/index.ts', formats: ['iife'], name: 'TradeWidgets', fileName: () => 'trade-widgets.iife.js' }
        : autoloader
          ? { entry: { autoloader: 'src/autoloader.ts' }, formats: ['es'] }
          : lazy
            ? // Shared by the ES build and the single-file script.
              { entry: { [`lazy/${lazy.slice(lazy.lastIndexOf('/') + 1)}`]: `src/${lazy}.ts` }, formats: ['es'] }
            : {
                entry: Object.fromEntries<string>([
                  ['trade-widgets', 'src/index.ts'],
                  ...ELEMENTS.map((tag): [string, string] => [tag, elementSource(tag)]),
                ]),
                formats: ['es'],
              },
      rolldownOptions: {
        // Lib mode leaves ES output unminified by default; embedders want it small.
        output: { chunkFileNames: '[name]-[hash].js', minify: true },
      },
    },
  };
});

/** The scripts the demo's snippets load from the site, and the source the development server answers with. */
const SERVED_SCRIPTS: Record<string, string> = {
  '/trade-widgets.js': '/src/index.ts',
  '/autoloader.js': '/src/autoloader.ts',
  '/embed.js': '/demo/embed-host.ts',
};

/**
 * `npm start`: the demo's "Intégrer" snippets load `<origin>/autoloader.js` and
 * `<origin>/embed.js`, as on a static host where dist/ and embed.js are copied beside
 * the page. The development server answers them (and `/trade-widgets.js`) with their
 * source, so that a pasted snippet works there too.
 */
function snippetScript() {
  return {
    name: 'trade-widgets:snippet-script',
    configureServer(server: {
      middlewares: { use: (fn: (req: { url?: string }, res: unknown, next: () => void) => void) => void };
    }) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0];
        if (path && Object.hasOwn(SERVED_SCRIPTS, path)) req.url = SERVED_SCRIPTS[path];
        next();
      });
    },
  };
}

/**
 * `vite build --mode demo`: the demo site (index.html, and embed.html for iframes) as
 * static files in dist-demo/, with relative URLs so that it can live under any path.
 * Its code is in assets/; the data, the on-demand modules, the library itself and
 * embed.js (for the "Intégrer" snippets) are copied beside it by `npm run build:demo`.
 */
function demoSite() {
  return {
    base: './',
    define: {
      __TW_DEFAULT_DATA__: JSON.stringify('../data/'),
      __TW_LAZY__: JSON.stringify(`.${BUILT_LAZY}`),
    },
    plugins: [minifyTemplateLiterals({ failOnError: true })],
    build: {
      outDir: 'dist-demo',
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
    },
  };
}
