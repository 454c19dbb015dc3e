/**
 * `npm run test:browser`: the browser test files, split between parallel
 * @web/test-runner processes, each with its own headless Chromium and port.
 *
 * Within one browser, test files run one at a time: a second page would be a
 * background tab, which gets no animation frames, so the widgets' ResizeObserver
 * would never measure them. Separate browsers each have a page in the foreground.
 * Files are dealt to the workers by their usual duration (seconds, measured on a
 * 2-core machine), longest first, so that the workers finish together.
 *
 *   npx tsx scripts/test-browser.ts [files…]    (TW_BROWSER_WORKERS=n: n workers; default 2)
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Usual durations in seconds; a file not listed counts as 5. */
const SECONDS: Record<string, number> = {
  'test/browser/robustness/valid-report.test.ts': 70,
  'test/browser/robustness/hostile.test.ts': 25,
  // The later elements' robustness files, measured beside valid-sankey and hostile.test.ts in the same runs;
  // invalid-data also covers <trade-partner> and <trade-map> now.
  'test/browser/robustness/invalid-data.test.ts': 25,
  'test/browser/robustness/hostile-new.test.ts': 20,
  'test/browser/robustness/valid-map.test.ts': 16,
  'test/browser/robustness/valid-partner.test.ts': 13,
  'test/browser/robustness/valid-trend.test.ts': 8,
  'test/browser/robustness/races.test.ts': 15,
  'test/browser/robustness/load.test.ts': 15,
  'test/browser/robustness/valid-sankey.test.ts': 12,
  'test/browser/base.test.ts': 15,
  'src/components/trade-report/test/trade-report.test.ts': 25,
  'test/browser/demo.test.ts': 12,
  'test/browser/embed.test.ts': 15,
  'test/browser/hosts/hosts.test.ts': 10,
  'src/components/trade-sankey/test/trade-sankey.test.ts': 10,
};

function browserTests(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return browserTests(path);
    return name.endsWith('.test.ts') && !name.endsWith('.unit.test.ts') ? [path] : [];
  });
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [...browserTests('src/components'), ...browserTests('test/browser')];
const workers = Math.max(1, Math.min(Number(process.env.TW_BROWSER_WORKERS ?? 2) || 1, files.length));
const weight = (file: string) => SECONDS[file] ?? 5;
const groups: string[][] = Array.from({ length: workers }, () => []);
const load = new Array<number>(workers).fill(0);
for (const file of [...files].sort((a, b) => weight(b) - weight(a))) {
  const lightest = load.indexOf(Math.min(...load));
  groups[lightest].push(file);
  load[lightest] += weight(file);
}

const run = (group: string[], index: number) =>
  new Promise<number>((resolve) => {
    const args = ['wtr', '--port', String(8000 + index), '--files', ...group];
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    const prefix = workers > 1 ? `[${index + 1}] ` : '';
    const write = (chunk: Buffer) => {
      // The progress bar redraws itself with control sequences: keep the lines that say something.
      for (const line of chunk.toString().split(/\r?\n/)) {
        const clean = stripVTControlCharacters(line).trimEnd();
        if (clean && !/Lit is in dev mode|^\s*🚧 Browser logs:$|Running tests\.\.\.$/.test(clean))
          console.log(prefix + clean);
      }
    };
    child.stdout.on('data', write);
    child.stderr.on('data', write);
    child.on('close', (code) => {
      resolve(code ?? 1);
    });
  });

const started = Date.now();
const codes = await Promise.all(groups.map(run));
console.log(
  `browser tests: ${files.length} files in ${workers} browsers, ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
