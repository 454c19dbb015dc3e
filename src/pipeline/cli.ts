/**
 * `npm run data -- --input <folder> --out <folder> [--year YYYY | --all-years] [--lenient] [--demo] [--quiet]`
 *
 * Exit codes: 0 done, 1 the data or the files are wrong (the message says where),
 * 2 the command line is wrong.
 */
import { parseArgs } from 'node:util';
import { formatSummary } from './report.ts';
import { PipelineError, runPipeline, type PipelineOptions, type Progress } from './run.ts';

const USAGE = `Turns the unpacked DGDDI archive « Statistiques régionales et départementales du
commerce extérieur » into the JSON files of the data contract.

usage: npm run data -- --input <folder> --out <folder> [options]

  --input <folder>  holds REGIONAL_CPF4PAYSE.txt, REGIONAL_CPF4PAYSI.txt and the label files
  --out <folder>    receives <year>/france.json, <year>/regions/*.json,
                    <year>/departments/*.json and index.json
  --year YYYY       the year to write (default: the latest year with four quarters)
  --all-years       write every year with four quarters
  --lenient         bad lines and rows become counted warnings instead of errors
  --demo            mark the output as simulated data (implied by a DEMO file in --input)
  --quiet           no progress line
  --help            this text`;

/** Inputs bigger than this get a progress line even when stderr is not a terminal. */
const LARGE_INPUT = 64 * 1024 * 1024;

class UsageError extends Error {}

function parseOptions(argv: string[]): (PipelineOptions & { quiet: boolean }) | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        'all-years': { type: 'boolean' },
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
  if (!values.input) throw new UsageError('--input <folder> is required');
  if (!values.out) throw new UsageError('--out <folder> is required');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new UsageError(`--year expects four digits, got "${values.year}"`);
  if (values.year !== undefined && values['all-years']) throw new UsageError('--year and --all-years exclude each other');
  return {
    input: values.input,
    out: values.out,
    year: values.year === undefined ? undefined : Number(values.year),
    allYears: values['all-years'] === true,
    lenient: values.lenient === true,
    demo: values.demo === true,
    quiet: values.quiet === true,
  };
}

function progressPrinter(): { onProgress: (p: Progress) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  const start = Date.now();
  let printed = false;
  return {
    onProgress(p) {
      if (!tty && p.totalBytes < LARGE_INPUT) return;
      const seconds = (Date.now() - start) / 1000;
      const pct = p.totalBytes ? Math.floor((100 * p.bytes) / p.totalBytes) : 100;
      const line = `reading ${p.file}: ${p.rows.toLocaleString('en-US')} rows, ${pct} % of the input, ${seconds.toFixed(0)} s`;
      process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
      printed = true;
    },
    done() {
      if (tty && printed) process.stderr.write('\n');
    },
  };
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`error: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const progress = options.quiet ? undefined : progressPrinter();
  try {
    const summary = await runPipeline({ ...options, onProgress: progress?.onProgress });
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

process.exitCode = await main(process.argv.slice(2));
