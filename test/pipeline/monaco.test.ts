/**
 * Monaco: DGDDI files it as department 99 of region 21 (PACA). It is not a French
 * department: it gets no rank and is not counted in the departments' ranks, while
 * PACA's totals and flows keep its trade, as DGDDI publishes them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPipeline } from '../../src/pipeline/run.ts';
import { LABELS, quarters, readFile, tempDir, writeArchive } from './fixtures.ts';

/** Exports: Monaco 1000 is the largest, then 06 = 400, 13 = 300, 32 = 100, 31 = 40. Imports: 10 each. */
const SIZES: [department: string, region: string, exports: number][] = [
  ['99', '21', 1000],
  ['06', '21', 400],
  ['13', '21', 300],
  ['32', '12', 100],
  ['31', '12', 40],
];
const rows = (flux: 'E' | 'I', value: (exports: number) => number) =>
  SIZES.flatMap(([d, r, e]) => quarters(flux, 2024, d, r, 'C20B', '2042', 'IT', [0, 0, 0, value(e)]));

async function run() {
  const out = tempDir('out');
  await runPipeline({ input: writeArchive({ exports: rows('E', (e) => e), imports: rows('I', () => 10) }), out });
  return (path: string) => readFile(out, 2024, path);
}

test('Monaco gets no rank, and the departments rank among themselves without it', async () => {
  const file = await run();
  assert.equal(file('departments/99.json').ranks, undefined);
  // Without Monaco: 06 (400), 13 (300), 32 (100), 31 (40).
  assert.deepEqual(file('departments/06.json').ranks?.export, { rank: 1, of: 4 });
  assert.deepEqual(file('departments/32.json').ranks?.export, { rank: 3, of: 4 });
  assert.deepEqual(file('departments/31.json').ranks?.balance, { rank: 4, of: 4 });
  assert.deepEqual(file('departments/13.json').ranks?.import, { rank: 1, of: 4 }, 'equal imports share the first rank');
});

test('PACA keeps Monaco’s trade in its totals and flows, and regions rank as before', async () => {
  const file = await run();
  const paca = file('regions/93.json');
  assert.deepEqual(paca.totals, { export: 1000 + 400 + 300, import: 30 });
  assert.deepEqual(paca.flows.export, [['C20B', 'IT', 1700]]);
  assert.deepEqual(file('departments/06.json').parents.region?.totals, paca.totals);
  assert.deepEqual(file('departments/99.json').parents.region?.totals, paca.totals);
  assert.deepEqual(paca.ranks?.export, { rank: 1, of: 2 });
  assert.deepEqual(file('regions/76.json').ranks?.export, { rank: 2, of: 2 });
  assert.deepEqual(file('france.json').totals, { export: 1840, import: 50 });
});

test('with every department of Departement_region.txt, 100 are ranked: Corse is one (20), Monaco out', async () => {
  const departments = readFileSync(join(LABELS, 'Departement_region.txt'), 'utf8')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(';'));
  assert.equal(departments.length, 101);
  // Distinct values, so that each department has a rank of its own.
  const exports = departments.flatMap(([d, , r], i) =>
    quarters('E', 2024, d, r, 'C11Z', '1101', 'US', [i + 1, 0, 0, 0]),
  );
  const out = tempDir('out');
  await runPipeline({ input: writeArchive({ exports, imports: [] }), out });
  for (const code of ['01', '20', '32', '95', '971', '976']) {
    assert.equal(readFile(out, 2024, `departments/${code}.json`).ranks?.export.of, 100, code);
  }
  assert.equal(readFile(out, 2024, 'departments/99.json').ranks, undefined);
  assert.equal(readFile(out, 2024, 'regions/93.json').ranks?.export.of, 18);
});
