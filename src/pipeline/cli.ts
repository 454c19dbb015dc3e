/**
 * `npm run data -- --input <folder> [--input <folder>…] --out <folder> [--year YYYY | --all-years]
 *   [--industry <file> | none] [--lenient] [--demo] [--quiet]`
 *
 * Exit codes: 0 done, 1 the data or the files are wrong (the message says where),
 * 2 the command line (or TW_PROGRESS_BYTES) is wrong.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSummary } from './report.ts';
import { PipelineError, runPipeline, type PipelineOptions, type Progress } from './run.ts';

const USAGE = `Turns the unpacked DGDDI archive « Statistiques régionales et départementales du
commerce extérieur » into the JSON files of the data contract.

usage: npm run data -- --input <folder> --out <folder> [options]

  --input <folder>  holds REGIONAL_CPF4PAYSE.txt, REGIONAL_CPF4PAYSI.txt and the label files;
                    repeat it for several downloads: a quarter found in more than one
                    takes the values of the newest archive (the one with the latest
                    quarter; on a tie, the one given last), and the others' rows are
                    counted as superseded
  --out <folder>    receives <year>/france.json, <year>/regions/*.json,
                    <year>/departments/*.json, index.json, and the series of every
                    quarter and complete year: series/france.json,
                    series/regions/*.json, series/departments/*.json
  --year YYYY       the year to write (default: the latest year with four quarters)
  --all-years       write every year with four quarters
  --industry <file> the Territoires d'industrie, "department;name" lines (default: the
                    input folder's territoires-industrie.txt, else the bundled ANCT list);
                    "none": write no list
  --lenient         bad lines and rows become counted warnings instead of errors
  --demo            mark the output as simulated data (implied by a DEMO file in --input)
  --quiet           no progress line
  --help            this text

The progress line goes to stderr on a terminal, or for inputs of TW_PROGRESS_BYTES
bytes or more (default 67108864, 64 MiB; 0: always).`;

/** Inputs of this size or more get a progress line even when stderr is not a terminal. */
const LARGE_INPUT = 64 * 1024 * 1024;

class UsageError extends Error {}

interface CliOptions extends PipelineOptions {
  quiet: boolean;
  /** The input size from which the progress line is printed when stderr is not a terminal. */
  progressBytes: number;
}

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        year: { type: 'string' },
        'all-years': { type: 'boolean' },
        industry: { type: 'string' },
        lenient: { type: 'boolean' },
        demo: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  if (!values.input?.length) throw new UsageError('--input <folder> is required');
  if (!values.out) throw new UsageError('--out <folder> is required');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new UsageError(`--year expects four digits, got "${values.year}"`);
  if (values.year !== undefined && values['all-years'])
    throw new UsageError('--year and --all-years exclude each other');
  const progressBytes = env.TW_PROGRESS_BYTES;
  if (progressBytes !== undefined && !/^\d+$/.test(progressBytes))
    throw new UsageError(`TW_PROGRESS_BYTES expects a number of bytes, got "${progressBytes}"`);
  return {
    input: values.input.length === 1 ? values.input[0] : values.input,
    out: values.out,
    year: values.year === undefined ? undefined : Number(values.year),
    allYears: values['all-years'] === true,
    // "none" turns the list off; a file really named so can be given as ./none.
    industry: values.industry === 'none' ? false : values.industry,
    lenient: values.lenient === true,
    demo: values.demo === true,
    quiet: values.quiet === true,
    progressBytes: progressBytes === undefined ? LARGE_INPUT : Number(progressBytes),
  };
}

function progressPrinter(minBytes: number): { onProgress: (p: Progress) => void; done: () => void } {
  // undefined when stderr is a pipe or a file, whatever @types/node says.
  const tty = (process.stderr.isTTY as boolean | undefined) === true;
  const start = Date.now();
  let printed = false;
  return {
    onProgress(p) {
      if (!tty && p.totalBytes < minBytes) return;
      const seconds = (Date.now() - start) / 1000;
      const pct = p.totalBytes ? Math.floor((100 * p.bytes) / p.totalBytes) : 100;
      const rows = p.rows.toLocaleString('en-US');
      const line = `reading ${p.file}: ${rows} rows, ${pct} % of the input, ${seconds.toFixed(0)} s`;
      process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
      printed = true;
    },
    done() {
      if (tty && printed) process.stderr.write('\n');
    },
  };
}

/**
 * Runs the command; resolves to its exit code. `overrides` are added to the
 * pipeline's options: a seam for the tests (a reconciliation that fails).
 */
export async function main(argv: string[], overrides: Partial<PipelineOptions> = {}): Promise<number> {
  let options;
  try {
    options = parseOptions(argv, process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { quiet, progressBytes, ...pipeline } = options;
  const progress = quiet ? undefined : progressPrinter(progressBytes);
  try {
    const summary = await runPipeline({ ...pipeline, onProgress: progress?.onProgress, ...overrides });
    progress?.done();
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (e) {
    progress?.done();
    // A PipelineError names the file and line; a system error (EACCES, ENOSPC…) its path.
    if (!(e instanceof PipelineError) && !(e as NodeJS.ErrnoException).code) throw e;
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

// Run as the command, not when imported (by the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
