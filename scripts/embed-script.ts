/**
 * embed.js, the host page's script for trade-widgets iframes (demo/embed-host.ts), as one
 * minified classic script. Written by `npm run build:demo` into dist-demo/; measured by
 * test/build/embed-script.test.ts (at most 1 kB gzip).
 */
import { build } from 'vite';

/** Builds embed.js and returns its code; writes it into `outDir` if given. */
export async function buildEmbedScript(outDir?: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2020',
      write: outDir !== undefined,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
      lib: { entry: 'demo/embed-host.ts', formats: ['iife'], name: 'TradeWidgetsEmbed', fileName: () => 'embed.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results)
    if ('output' in result) for (const chunk of result.output) if (chunk.type === 'chunk') return chunk.code;
  throw new Error('embed.js: the build gave no code');
}
