/**
 * `npm run demo-data [-- --seed N --out public/data]`: regenerates the bundled
 * demo data. A simulated DGDDI archive (src/pipeline/demo) goes through the same
 * pipeline as the real one. The same seed gives byte-identical files.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, makeDemoData } from '../src/pipeline/demo/generate.ts';
import { formatSummary } from '../src/pipeline/report.ts';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, out: { type: 'string' } },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(seed)) {
  process.stderr.write(`error: --seed expects an integer, got "${values.seed}"\n`);
  process.exit(2);
}
const started = Date.now();
const summary = await makeDemoData({ seed, out: values.out ?? 'public/data' });
process.stdout.write(
  `${formatSummary(summary)}\ndemo data (seed ${seed}) written in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
