/**
 * Schema 2: ranks among departments and regions, the previous year's totals, and
 * the Territoires d'industrie from an input folder's own file. Expected values are
 * computed here from the fixture rows (the bundled list: industry.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, INDUSTRY_FILE } from '../../src/pipeline/run.ts';
import { rankTerritories } from '../../src/pipeline/build.ts';
import { quarters, readFile, tempDir, writeArchive } from './fixtures.ts';

// Three Occitanie departments and one of Nouvelle-Aquitaine, two full years.
const year = (y: number, k: number) => [
  ...quarters('E', y, '32', '12', 'C11Z', '1101', 'US', [10 * k, 10 * k, 10 * k, 10 * k]), // 40k
  ...quarters('E', y, '31', '12', 'C30C', '3030', 'DE', [50 * k, 50 * k, 50 * k, 50 * k]), // 200k
  ...quarters('E', y, '09', '12', 'A01Z', '0111', 'ES', [10 * k, 10 * k, 10 * k, 10 * k]), // 40k, ties with 32
  ...quarters('E', y, '33', '09', 'C11Z', '1102', 'GB', [30 * k, 30 * k, 30 * k, 30 * k]), // 120k
];
const imports = (y: number) => [
  ...quarters('I', y, '32', '12', 'C30C', '3030', 'US', [20, 20, 20, 20]), // 80
  ...quarters('I', y, '31', '12', 'C30C', '3030', 'US', [5, 5, 5, 5]), // 20
  ...quarters('I', y, '09', '12', 'A01Z', '0111', 'ES', [1, 1, 1, 1]), // 4
  ...quarters('I', y, '33', '09', 'C11Z', '1102', 'GB', [0, 0, 0, 1]), // 1
];

/** `withIndustry`: an input folder's own list; otherwise no list at all (`industry: false`). */
async function run(withIndustry: boolean, previousComplete = true) {
  const q4 = (l: string) => previousComplete || !/^[EI];4;/.test(l);
  const dir = writeArchive({
    exports: [...year(2023, 1).filter(q4), ...year(2024, 2)],
    imports: [...imports(2023).filter(q4), ...imports(2024)],
  });
  if (withIndustry)
    writeFileSync(
      join(dir, INDUSTRY_FILE),
      '\ufeff32;Grand Auch – Astarac\r\n32;Interdépartemental Gers – Tarn-et-Garonne\r\n9A;Un territoire d’essai\r\n',
    );
  const out = tempDir('out');
  await runPipeline({ input: dir, out, year: 2024, ...(withIndustry ? {} : { industry: false }) });
  return out;
}

test('ranks by exports, imports and balance among departments, equal values sharing a rank', async () => {
  const out = await run(false);
  const gers = readFile(out, 2024, 'departments/32.json');
  // 2024 exports: 31 = 400, 33 = 240, 32 = 80, 09 = 80 → Gers shares the 3rd place of 4.
  assert.deepEqual(gers.ranks?.export, { rank: 3, of: 4 });
  // Imports: 32 = 80 is the largest.
  assert.deepEqual(gers.ranks.import, { rank: 1, of: 4 });
  // Balance: 31 = 380, 33 = 239, 09 = 76, 32 = 0 → 4th.
  assert.deepEqual(gers.ranks.balance, { rank: 4, of: 4 });
  assert.deepEqual(readFile(out, 2024, 'departments/09.json').ranks?.export, { rank: 3, of: 4 });
  // Regions rank among regions: Occitanie (560) before Nouvelle-Aquitaine (240).
  assert.deepEqual(readFile(out, 2024, 'regions/76.json').ranks?.export, { rank: 1, of: 2 });
  assert.equal(readFile(out, 2024, 'france.json').ranks, undefined);
});

test('the previous year’s totals, for each department, region and France', async () => {
  const out = await run(false);
  assert.deepEqual(readFile(out, 2024, 'departments/32.json').previous, {
    year: 2023,
    totals: { export: 40, import: 80 },
  });
  assert.deepEqual(readFile(out, 2024, 'regions/76.json').previous, {
    year: 2023,
    totals: { export: 280, import: 104 },
  });
  assert.deepEqual(readFile(out, 2024, 'france.json').previous, { year: 2023, totals: { export: 400, import: 105 } });
});

test('no previous totals when the previous year is not whole', async () => {
  const out = await run(false, false);
  assert.equal(readFile(out, 2024, 'departments/32.json').previous, undefined);
});

test('Territoires d’industrie come from the input folder’s file, by DGDDI or INSEE code; none invented', async () => {
  const out = await run(true);
  assert.deepEqual(readFile(out, 2024, 'departments/32.json').territoriesOfIndustry, [
    'Grand Auch – Astarac',
    'Interdépartemental Gers – Tarn-et-Garonne',
  ]);
  assert.equal(readFile(out, 2024, 'departments/31.json').territoriesOfIndustry, undefined);
  const without = await run(false);
  assert.equal(readFile(without, 2024, 'departments/32.json').territoriesOfIndustry, undefined);
});

test('rankTerritories: competition ranking', () => {
  const r = rankTerritories([
    { code: 'a', totals: { export: 5, import: 1 } },
    { code: 'b', totals: { export: 5, import: 9 } },
    { code: 'c', totals: { export: 1, import: 0 } },
  ]);
  assert.deepEqual(
    [r.get('a')!.export, r.get('b')!.export, r.get('c')!.export].map((x) => x.rank),
    [1, 1, 3],
  );
  assert.deepEqual(r.get('c')!.balance, { rank: 2, of: 3 });
});
