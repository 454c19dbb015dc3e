// The size of the single-file build (every element, minified, gzip -9), and what
// each module contributes to it. The budget test uses the same build.
//   npx tsx scripts/size.ts [--elements] [--modules]
import { build, type Plugin, type Rolldown } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENTS, elementSource } from '../src/elements.ts';

export interface SingleFile {
  /** Minified bytes, and gzip -9 bytes. */
  raw: number;
  gzip: number;
  /** Rendered bytes of each module before minification, by module id. */
  modules: Record<string, number>;
}

/**
 * A virtual entry: the library without some elements, to measure what one costs.
 * Every module of an omitted element's folder (its element, model, layout, texts in
 * each language) is also replaced wherever it is imported (the report imports its
 * charts, the translations their texts) by a stub that exports the same names,
 * undefined, so that none of its code is counted.
 */
function without(names: readonly string[]): Plugin {
  const id = '\0tw-without';
  const stub = '\0tw-omitted:';
  const folders = names.map((tag) => `/src/components/${tag}/`);
  return {
    name: 'without-element',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (importer === undefined) return id;
      if (source.startsWith(stub)) return source;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && folders.some((folder) => resolved.id.includes(folder)) ? stub + resolved.id : undefined;
    },
    load(loaded) {
      if (loaded.startsWith(stub)) {
        const source = readFileSync(loaded.slice(stub.length), 'utf8');
        const exported = [...source.matchAll(/^export (?:const|let|function|class|abstract class) (\w+)/gm)];
        const lines = exported.map(([, name]) => `export const ${name} = undefined;`);
        if (/^export default /m.test(source)) lines.push('export default undefined;');
        return lines.join('\n') || 'export {};';
      }
      if (loaded !== id) return undefined;
      const keep = ELEMENTS.filter((tag) => !names.includes(tag)).map(elementSource);
      return [
        "export * from '/src/components/base/trade-element.ts';",
        ...keep.map((file) => `import '/${file}';`),
      ].join('\n');
    },
  };
}

/** Builds the single-file script exactly as `npm run build` does, into a temp folder. */
export async function buildSingleFile(omit?: readonly string[]): Promise<SingleFile> {
  const outDir = mkdtempSync(join(tmpdir(), 'tw-size-'));
  const modules: Record<string, number> = {};
  const out = await build({
    mode: 'iife',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, copyPublicDir: false, write: false },
    plugins: [
      ...(omit ? [without(omit)] : []),
      {
        name: 'module-sizes',
        generateBundle(_, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            for (const [id, m] of Object.entries(chunk.modules))
              modules[id.replace(`${process.cwd()}/`, '').replace(/^.*node_modules\//, '')] = m.renderedLength;
          }
        },
      },
    ],
  });
  rmSync(outDir, { recursive: true, force: true });
  const result = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  const output = result.output.find((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  if (!output) throw new Error('the single-file build wrote no script');
  const code = Buffer.from(output.code);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, modules };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip, modules } = await buildSingleFile();
  console.log(`single-file script: ${(raw / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(2)} kB gzip`);
  if (process.argv.includes('--elements')) {
    // The report imports every chart: a chart's cost is measured on the library without the report.
    const noReport = (await buildSingleFile(['trade-report'])).gzip;
    console.log(`${'trade-report'.padEnd(16)} adds ${((gzip - noReport) / 1024).toFixed(2)} kB gzip`);
    for (const name of ELEMENTS.filter((tag) => tag !== 'trade-report')) {
      const rest = await buildSingleFile(['trade-report', name]);
      console.log(`${name.padEnd(16)} adds ${((noReport - rest.gzip) / 1024).toFixed(2)} kB gzip`);
    }
  }
  if (process.argv.includes('--modules')) {
    const rows = Object.entries(modules).sort((a, b) => b[1] - a[1]);
    for (const [id, n] of rows) if (n > 0) console.log(`${String(n).padStart(7)}  ${id}`);
    console.log('(rendered sizes before minification)');
  }
}
