import { defineConfig } from 'vite';

/**
 * `npm start`      serves the demo page (index.html) with the demo data at /data.
 * `npm run build`  builds the library into dist/: one ES module per element and one
 *                  for all, and the demo data beside them in dist/data.
 */
export default defineConfig(({ command }) => ({
  define: {
    // Where widgets look for data when the page gives no base-url: /data on the
    // development server, ./data next to the script once built.
    __TW_DEFAULT_DATA__: JSON.stringify(command === 'serve' ? '/data/' : './data/'),
  },
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    minify: true,
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: { 'trade-widgets': 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lib mode leaves ES output unminified by default; embedders want it small.
      output: { chunkFileNames: '[name]-[hash].js', minify: true },
    },
  },
}));
