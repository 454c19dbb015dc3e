/**
 * Pipeline benchmark: `npx tsx bench/pipeline.ts [--rows 2000000] [--runs 3] [--keep]`
 * alone, or `benchPipeline()` from bench/run.ts (`npm run bench`).
 *
 * Generates a simulated DGDDI archive of at least `--rows` rows (the demo
 * generator with a scale factor) into a temporary folder, then runs the
 * pipeline on it `--runs` times, each in a fresh child process, as
 * `npm run data` would (default options: the latest year with four quarters),
 * and reports the median run: throughput (rows/s, by wall time and by CPU
 * time, which stays meaningful on a shared machine) and peak memory (the
 * child's own peak RSS, which includes Node and the TypeScript loader, plus the
 * RSS sampled while it runs). On Linux the peak is VmHWM from /proc/self/status:
 * getrusage's maxRSS survives exec, so a child started by a large parent (such
 * as bench/run.ts, with its browser driver) would report the parent's size.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchive } from '../src/pipeline/demo/generate.ts';
import { DATA_FILES, runPipeline } from '../src/pipeline/run.ts';

export interface ChildResult {
  rows: number;
  seconds: number;
  /** User + system CPU time: what the run costs when other processes share the machine. */
  cpuSeconds: number;
  startRss: number;
  sampledPeakRss: number;
  maxRss: number;
  warnings: number;
}

const MB = 1024 * 1024;

/** This process's peak RSS: VmHWM (Linux, reset by exec), else getrusage's maxRSS. */
function ownPeakRss(): number {
  try {
    const m = readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Child mode: run the pipeline once and print its figures as JSON. */
async function child(input: string, out: string): Promise<void> {
  const startRss = process.memoryUsage().rss;
  let sampledPeakRss = startRss;
  const sampler = setInterval(() => (sampledPeakRss = Math.max(sampledPeakRss, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = await runPipeline({
    input,
    out,
    onProgress: () => (sampledPeakRss = Math.max(sampledPeakRss, process.memoryUsage().rss)),
  });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(sampler);
  const result: ChildResult = {
    rows: summary.rowsRead,
    seconds,
    cpuSeconds: (user + system) / 1e6,
    startRss,
    sampledPeakRss: Math.max(sampledPeakRss, process.memoryUsage().rss),
    maxRss: ownPeakRss(),
    warnings: summary.warningCount,
  };
  process.stdout.write(JSON.stringify(result));
}

export interface PipelineBench {
  /** The median run (by wall time). */
  median: ChildResult;
  runs: ChildResult[];
  /** Size of the generated input files. */
  bytes: number;
  generateSeconds: number;
  /** The Markdown table of the median run. */
  table: string;
  note: string;
}

/**
 * Generates a simulated archive of at least `rows` rows and runs the pipeline on
 * it `runs` times, each in a fresh child process.
 */
export function benchPipeline({
  rows: target = 2_000_000,
  runs = 3,
  keep = false,
  log = (s: string) => process.stderr.write(s),
} = {}): PipelineBench {
  const dir = mkdtempSync(join(tmpdir(), 'trade-widgets-bench-'));
  const archive = join(dir, 'archive');
  try {
    // The demo archive has ~575,000 rows per unit of scale; grow the scale until the target is met.
    let scale = Math.max(1, target / 560_000);
    let rows = 0;
    const t0 = performance.now();
    for (;;) {
      rmSync(archive, { recursive: true, force: true });
      const a = generateArchive({ dir: archive, scale });
      rows = a.rows.export + a.rows.import;
      if (rows >= target) break;
      scale *= (target / rows) * 1.05;
    }
    const generateSeconds = (performance.now() - t0) / 1000;
    const bytes = Object.values(DATA_FILES).reduce((s, f) => s + statSync(join(archive, f)).size, 0);
    log(
      `generated ${rows.toLocaleString('en-US')} rows (${(bytes / MB).toFixed(0)} MB, scale ${scale.toFixed(2)}) ` +
        `in ${generateSeconds.toFixed(1)} s\n`,
    );

    // Each run in a fresh process, so that its peak RSS is its own; the median run is reported.
    const self = fileURLToPath(import.meta.url);
    const results: ChildResult[] = [];
    for (let i = 0; i < runs; i++) {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', self, '--child', archive, '--child', join(dir, 'out')],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      if (run.status !== 0) throw new Error(`the pipeline failed (exit ${run.status})`);
      results.push(JSON.parse(run.stdout) as ChildResult);
    }
    const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
    const r = sorted[Math.floor((sorted.length - 1) / 2)];
    const rate = (seconds: number) => `${Math.round(r.rows / seconds).toLocaleString('en-US')} rows/s`;
    const table = [
      '| rows | input | wall time | throughput | CPU time | throughput per CPU second | peak RSS ' +
        '| RSS sampled: start → peak |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${r.rows.toLocaleString('en-US')} | ${(bytes / MB).toFixed(0)} MB | ` +
        `${r.seconds.toFixed(2)} s | ${rate(r.seconds)} | ` +
        `${r.cpuSeconds.toFixed(2)} s | ${rate(r.cpuSeconds)} | ` +
        `${(r.maxRss / MB).toFixed(0)} MB | ` +
        `${(r.startRss / MB).toFixed(0)} → ${(r.sampledPeakRss / MB).toFixed(0)} MB |`,
    ].join('\n');
    const all = results.map((x) => `${x.seconds.toFixed(2)} s / ${(x.maxRss / MB).toFixed(0)} MB`).join(', ');
    const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`;
    const note = `Median of ${runs} runs (${all}). ${machine}; ${r.warnings} warnings.`;
    return { median: r, runs: results, bytes, generateSeconds, table, note };
  } finally {
    if (keep) log(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      runs: { type: 'string' },
      keep: { type: 'boolean' },
      child: { type: 'string', multiple: true },
    },
  });
  if (values.child) return child(values.child[0], values.child[1]);
  const { table, note } = benchPipeline({
    rows: Number(values.rows ?? 2_000_000),
    runs: Number(values.runs ?? 3),
    keep: values.keep,
  });
  process.stdout.write(`${table}\n\n${note}\n`);
}

// Run directly (or as a child run), not when imported by bench/run.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
