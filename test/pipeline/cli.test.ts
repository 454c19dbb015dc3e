/** The command itself: exit codes, messages on stderr, the summary on stdout. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EXPORTS, IMPORTS, line, listFiles, quarters, tempDir, writeArchive } from './fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The environment of a run: this one, without TW_PROGRESS_BYTES unless given. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const rest = { ...process.env };
  delete rest.TW_PROGRESS_BYTES;
  return { ...rest, ...env };
}

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: environment(env),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The command's own main(), in a child process as above, with a reconciliation
 * that finds the 2024 input one euro larger than the files.
 */
function cliLosingAEuro(...args: string[]) {
  const script = [
    "import { main } from './src/pipeline/cli.ts';",
    "import { reconcile } from './src/pipeline/reconcile.ts';",
    'const lostEuro = (files, input, excluded) =>',
    '  reconcile(files, files.year === 2024 ? { ...input, export: input.export + 1 } : input, excluded);',
    `process.exitCode = await main(${JSON.stringify(args)}, { reconcile: lostEuro });`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: environment({}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const exports = [
  ...quarters('E', 2024, '32', '12', 'A01Z', '0111', 'ES', [1, 2, 3, 4]),
  line('E', 1, 2025, '32', '12', 'A01Z', '0111', 'ES', 9),
];
const imports = [
  ...quarters('I', 2024, '9A', '24', 'C19Z', '1920', 'US', [5, 5, 5, 5]),
  'I;2;2024;32;12;A01Z;0111;ES;1O0;3',
];

test('a run prints the summary and exits 0; a bad line exits 1 naming file and line; --lenient counts it', () => {
  const input = writeArchive({ exports, imports });
  const out = tempDir('out');

  const strict = cli('--input', input, '--out', out);
  assert.equal(strict.status, 1);
  assert.equal(strict.stderr, `error: ${IMPORTS}:5: value "1O0" is not a whole number of euros (at most 15 digits)\n`);
  assert.equal(strict.stdout, '');
  assert.ok(!existsSync(join(out, '2024')));

  const lenient = cli('--input', input, '--out', out, '--lenient');
  assert.equal(lenient.status, 0, lenient.stderr);
  assert.match(lenient.stdout, /^rows read +10 \(REGIONAL_CPF4PAYSE.txt: 5, REGIONAL_CPF4PAYSI.txt: 5\)$/m);
  assert.match(lenient.stdout, /^rows used +8, rejected 1$/m);
  assert.match(lenient.stdout, /^years seen +2024 \(Q1,Q2,Q3,Q4; 8 rows\), 2025 \(Q1; 1 row\)$/m);
  assert.match(lenient.stdout, /^written +2024: 2 departments, 2 regions, France → /m);
  assert.match(lenient.stdout, /^reconciled +2024 import: input 20 € = departments 20 € \+ excluded 0 €$/m);
  assert.match(lenient.stdout, /^warnings +1\n {2}value: 1\n {4}REGIONAL_CPF4PAYSI.txt:5: value "1O0"/m);
  assert.ok(existsSync(join(out, '2024', 'departments', '971.json')));
});

test('command-line mistakes exit 2 with the usage; --help exits 0; a missing file exits 1', () => {
  const usage = cli('--input', 'x');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^error: --out <folder> is required\n\nTurns the unpacked DGDDI archive/);
  assert.equal(cli('--input', 'x', '--out', 'y', '--year', '24').status, 2);
  assert.equal(cli('--input', 'x', '--out', 'y', '--year', '2024', '--all-years').status, 2);
  assert.match(cli('--input', 'x', '--out', 'y', '--frobnicate').stderr, /Unknown option '--frobnicate'/);
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /usage: npm run data -- --input <folder> --out <folder>/);

  const input = writeArchive({ exports, imports, without: ['Departement_region.txt'] });
  const missing = cli('--input', input, '--out', tempDir('out'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, `error: missing input file: ${join(input, 'Departement_region.txt')}\n`);
});

test('a failed reconciliation exits 1 with the problem on stderr, and leaves the output folder as it was', () => {
  const input = writeArchive({ exports, imports: imports.slice(0, 4) });
  const out = tempDir('out');
  const first = cli('--input', input, '--out', out);
  assert.equal(first.status, 0, first.stderr);
  const before = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f))]));
  assert.ok(before.has('2024/departments/32.json') && before.has('index.json'));

  const failed = cliLosingAEuro('--input', input, '--out', out);
  assert.equal(failed.status, 1);
  assert.equal(failed.stdout, '');
  assert.equal(
    failed.stderr,
    'error: reconciliation failed, nothing written for 2024:\n' +
      '  2024 export: input rows sum to 11 €, but department files sum to 10 € and excluded rows to 0 €\n',
  );
  assert.deepEqual(readdirSync(out).sort(), ['2024', 'geo', 'index.json', 'latest', 'series']);
  assert.deepEqual(listFiles(out), [...before.keys()]);
  for (const [f, bytes] of before) assert.ok(readFileSync(join(out, f)).equals(bytes), f);
});

test('the progress line: off for a small input off a terminal, on with TW_PROGRESS_BYTES=0, off with --quiet', () => {
  const input = writeArchive({ exports, imports: imports.slice(0, 4) });
  const size = (name: string) => statSync(join(input, name)).size;
  const pct = Math.floor((100 * size(EXPORTS)) / (size(EXPORTS) + size(IMPORTS)));

  const plain = cli('--input', input, '--out', tempDir('out'));
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(plain.stderr, '', 'stderr is a pipe and the input is far below 64 MiB');

  const forced = cliWith({ TW_PROGRESS_BYTES: '0' }, '--input', input, '--out', tempDir('out'));
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(
    forced.stderr,
    new RegExp(
      `^reading ${EXPORTS.replace('.', '\\.')}: 5 rows, ${pct} % of the input, \\d+ s\n` +
        `reading ${IMPORTS.replace('.', '\\.')}: 4 rows, 100 % of the input, \\d+ s\n$`,
    ),
  );
  assert.match(forced.stdout, /^rows read +9 /m);

  // The threshold is a size: just above the input, no line; at the input's size, the line.
  const total = size(EXPORTS) + size(IMPORTS);
  assert.equal(cliWith({ TW_PROGRESS_BYTES: String(total + 1) }, '--input', input, '--out', tempDir('out')).stderr, '');
  assert.match(
    cliWith({ TW_PROGRESS_BYTES: String(total) }, '--input', input, '--out', tempDir('out')).stderr,
    /^reading /,
  );
  assert.equal(cliWith({ TW_PROGRESS_BYTES: '0' }, '--input', input, '--out', tempDir('out'), '--quiet').stderr, '');

  const bad = cliWith({ TW_PROGRESS_BYTES: '64M' }, '--input', input, '--out', tempDir('out'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^error: TW_PROGRESS_BYTES expects a number of bytes, got "64M"\n/);
});

test('--industry <file> takes the Territoires d’industrie from that file, --industry none writes no list', () => {
  const input = writeArchive({ exports, imports: imports.slice(0, 4) });
  const gers = (out: string) =>
    JSON.parse(readFileSync(join(out, '2024', 'departments', '32.json'), 'utf8')).territoriesOfIndustry;

  const byDefault = tempDir('out');
  assert.equal(cli('--input', input, '--out', byDefault).status, 0);
  assert.deepEqual(gers(byDefault), ['Grand Auch – Astarac', 'Interdépartemental Gers – Tarn-et-Garonne']);

  const list = join(tempDir('industry'), 'mine.txt');
  writeFileSync(list, "32;Un territoire d'essai\n");
  const own = tempDir('out');
  const run = cli('--input', input, '--out', own, '--industry', list);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(gers(own), ['Un territoire d’essai']);
  assert.match(run.stdout, new RegExp(`^industry +${list.replaceAll('.', '\\.')}$`, 'm'));

  const none = tempDir('out');
  const noneRun = cli('--input', input, '--out', none, '--industry', 'none');
  assert.equal(noneRun.status, 0, noneRun.stderr);
  assert.equal(gers(none), undefined);
  assert.match(noneRun.stdout, /^industry +none$/m);

  const missing = cli('--input', input, '--out', tempDir('out'), '--industry', join(input, 'nope.csv'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, `error: Territoires d'industrie file not found: ${join(input, 'nope.csv')}\n`);
});
