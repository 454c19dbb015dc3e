/** The command itself: exit codes, messages on stderr, the summary on stdout. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IMPORTS, line, quarters, tempDir, writeArchive } from './fixtures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const exports = [...quarters('E', 2024, '32', '12', 'A01Z', '0111', 'ES', [1, 2, 3, 4]), line('E', 1, 2025, '32', '12', 'A01Z', '0111', 'ES', 9)];
const imports = [...quarters('I', 2024, '9A', '24', 'C19Z', '1920', 'US', [5, 5, 5, 5]), 'I;2;2024;32;12;A01Z;0111;ES;1O0;3'];

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
  assert.match(lenient.stdout, /^warnings +1\n  value: 1\n    REGIONAL_CPF4PAYSI.txt:5: value "1O0"/m);
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
