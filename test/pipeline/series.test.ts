/**
 * The series: several archives into one history, the newest archive winning a
 * quarter that two archives hold, and every quarter and year exact to the euro.
 * Expected values are summed here from the fixture lines, never by pipeline code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TradeSeries } from '../../src/data/contract.ts';
import { validateSeries } from '../../src/data/validate-series.ts';
import { validateIndex } from '../../src/data/validate-index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { formatSummary } from '../../src/pipeline/report.ts';
import { line, listFiles, parseJsonFile, readFile, readIndex, tempDir, writeArchive } from './fixtures.ts';

/** One quarter of trade: Gers (32) and Haute-Garonne (31) in Occitanie, Gironde (33) in Nouvelle-Aquitaine. */
function quarterLines(year: number, q: number, k: number): string[] {
  return [
    line('E', q, year, '32', '12', 'C11Z', '1101', 'US', 100 * k + q),
    line('E', q, year, '32', '12', 'C11Z', '1102', 'US', 7), // a second CPF4 line of the same cell
    line('E', q, year, '32', '12', 'A01Z', '0111', 'ES', 40 * k),
    line('E', q, year, '31', '12', 'C30C', '3030', 'DE', 1000 * k),
    line('E', q, year, '33', '09', 'C11Z', '1102', 'GB', 300 + q),
    line('I', q, year, '32', '12', 'C30C', '3030', 'US', 20 * k + q),
    line('I', q, year, '31', '12', 'A01Z', '0111', 'ES', 5),
    line('I', q, year, '33', '09', 'C11Z', '1102', 'GB', q === 4 ? 1 : 0),
  ];
}

const period = (from: [number, number], to: [number, number], k: number) => {
  const lines: string[] = [];
  for (let i = from[0] * 4 + from[1] - 1; i <= to[0] * 4 + to[1] - 1; i++)
    lines.push(...quarterLines(Math.floor(i / 4), (i % 4) + 1, k));
  return lines;
};
const split = (lines: string[]) => ({
  exports: lines.filter((l) => l.startsWith('E;')),
  imports: lines.filter((l) => l.startsWith('I;')),
});

/** The test's own sum of the lines for a quarter, a flow and a set of DGDDI departments. */
function sumOf(lines: string[], year: number, q: number, flux: 'E' | 'I', departments: string[]): number {
  return lines
    .map((l) => l.split(';'))
    .filter((f) => f[0] === flux && Number(f[1]) === q && Number(f[2]) === year && departments.includes(f[3]))
    .reduce((s, f) => s + Number(f[8]), 0);
}

const readSeries = (out: string, path: string) => parseJsonFile(join(out, 'series', path)) as TradeSeries;

// The older archive: 2022 Q1 to 2023 Q4. The newer: 2023 Q4 (revised) to 2024 Q4.
const older = period([2022, 1], [2023, 4], 1);
const newer = period([2023, 4], [2024, 4], 2);
/** What the output must hold: the older archive's quarters but 2023 Q4, which is the newer's. */
const kept = [...older.filter((l) => !/^[EI];4;2023;/.test(l)), ...newer];

async function twoArchives(order: 'old-first' | 'new-first') {
  const a = writeArchive(split(older));
  const b = writeArchive(split(newer));
  const out = tempDir('series');
  const summary = await runPipeline({ input: order === 'old-first' ? [a, b] : [b, a], out, allYears: true });
  return { a, b, out, summary };
}

test('two archives overlapping on 2023 Q4: the newer wins, whatever the order given', async () => {
  for (const order of ['old-first', 'new-first'] as const) {
    const { a, b, out, summary } = await twoArchives(order);
    const gers = validateSeries(readSeries(out, 'departments/32.json'));
    // 2023 Q4 is the 8th quarter from 2022 Q1: the newer archive's k = 2.
    assert.equal(gers.quarters.export[7], 2 * 100 + 4 + 7 + 2 * 40, order);
    assert.equal(gers.quarters.import[7], 2 * 20 + 4, order);
    // The 2023 yearly file has the newer Q4 too.
    assert.equal(
      readFile(out, 2023, 'departments/32.json').totals.export,
      sumOf(kept, 2023, 1, 'E', ['32']) +
        sumOf(kept, 2023, 2, 'E', ['32']) +
        sumOf(kept, 2023, 3, 'E', ['32']) +
        sumOf(kept, 2023, 4, 'E', ['32']),
    );
    // Counted: the older archive's 2023 Q4 lines, 8 of them (5 exports, 3 imports), and their euros.
    const oldQ4 = older.filter((l) => /^[EI];4;2023;/.test(l));
    assert.equal(summary.rowsSuperseded, oldQ4.length);
    assert.equal(summary.rowsSuperseded, 8);
    assert.deepEqual(
      summary.superseded.map((s) => [s.input, s.by, s.year, s.quarter, s.flow, s.rows, s.euros]),
      [
        [
          a,
          b,
          2023,
          4,
          'export',
          5,
          oldQ4.filter((l) => l[0] === 'E').reduce((s, l) => s + Number(l.split(';')[8]), 0),
        ],
        [
          a,
          b,
          2023,
          4,
          'import',
          3,
          oldQ4.filter((l) => l[0] === 'I').reduce((s, l) => s + Number(l.split(';')[8]), 0),
        ],
      ],
    );
    assert.deepEqual(summary.inputs, [a, b], 'oldest first');
    assert.equal(summary.rowsRead, older.length + newer.length);
    // Every row read is used, superseded, excluded or rejected: none is lost.
    assert.equal(
      summary.rowsUsed + summary.rowsSuperseded + summary.rowsExcluded + summary.rowsRejected,
      summary.rowsRead,
    );
    assert.match(formatSummary(summary), new RegExp(`superseded +2023-Q4 of ${a}: 8 rows, taken from ${b} instead`));
  }
});

test('every quarter and year of every territory is exact to the euro', async () => {
  const { out, summary } = await twoArchives('old-first');
  const territories: [string, string[]][] = [
    ['departments/32.json', ['32']],
    ['departments/31.json', ['31']],
    ['departments/33.json', ['33']],
    ['regions/76.json', ['31', '32']],
    ['regions/75.json', ['33']],
    ['france.json', ['31', '32', '33']],
  ];
  assert.deepEqual(listFiles(join(out, 'series')), territories.map(([p]) => p).sort());
  for (const [path, departments] of territories) {
    const s = validateSeries(readSeries(out, path));
    assert.deepEqual(s.quarters.start, { year: 2022, quarter: 1 }, path);
    assert.equal(s.years.start, 2022);
    assert.equal(s.year, 2024);
    for (const [flow, flux] of [
      ['export', 'E'],
      ['import', 'I'],
    ] as const) {
      const expected: number[] = [];
      for (let i = 0; i < 12; i++) expected.push(sumOf(kept, 2022 + Math.floor(i / 4), (i % 4) + 1, flux, departments));
      assert.deepEqual(s.quarters[flow], expected, `${path} ${flow} quarters`);
      const years = [0, 1, 2].map((y) => expected.slice(4 * y, 4 * y + 4).reduce((a, b) => a + b, 0));
      assert.deepEqual(s.years[flow], years, `${path} ${flow} years`);
      // And the yearly files agree, year by year.
      for (const [i, year] of [2022, 2023, 2024].entries())
        assert.equal(readFile(out, year, path).totals[flow], years[i], `${path} ${year} ${flow}`);
    }
  }
  assert.deepEqual(summary.series, {
    files: 6,
    first: '2022-Q1',
    last: '2024-Q4',
    quarters: 12,
    missing: [],
    years: [2022, 2023, 2024],
  });
  const index = validateIndex(readIndex(out));
  assert.equal(index.series, true);
});

test('the five largest partners and products of the latest year, with every year’s values', async () => {
  const { out } = await twoArchives('old-first');
  const gers = validateSeries(readSeries(out, 'departments/32.json'));
  // 2024 exports of the Gers: US = Σq (200 + q + 7) = 838, ES = 4 × 80 = 320.
  assert.deepEqual(gers.top.partners.export, [
    { code: 'US', values: [4 * 107 + 10, 3 * 107 + 6 + (200 + 4 + 7), 838] },
    { code: 'ES', values: [160, 3 * 40 + 80, 320] },
  ]);
  assert.deepEqual(
    gers.top.products.export.map((p) => p.code),
    ['C11Z', 'A01Z'],
  );
  assert.deepEqual(gers.top.products.import, [{ code: 'C30C', values: [4 * 20 + 10, 3 * 20 + 6 + 44, 4 * 40 + 10] }]);
  assert.deepEqual({ ...gers.countries }, { ES: 'Espagne', US: 'États-Unis' });
  assert.equal(gers.products.C11Z, 'Boissons');
});

test('a quarter missing in the middle is null in both flows, its year null, never 0', async () => {
  const lines = period([2022, 1], [2024, 4], 1).filter((l) => !/^[EI];3;2023;/.test(l));
  const out = tempDir('gap');
  const summary = await runPipeline({ input: writeArchive(split(lines)), out, allYears: true });
  const gers = validateSeries(readSeries(out, 'departments/32.json'));
  assert.equal(gers.quarters.export[6], null);
  assert.equal(gers.quarters.import[6], null);
  assert.equal(gers.quarters.export.filter((v) => v === null).length, 1);
  assert.deepEqual(
    gers.years.export.map((v) => v === null),
    [false, true, false],
  );
  assert.deepEqual(summary.series?.missing, ['2023-Q3']);
  assert.deepEqual(summary.series.years, [2022, 2024]);
  // 2023 has no yearly folder: it is not whole.
  assert.equal(existsSync(join(out, '2023')), false);
  // A real zero stays 0: Gironde imports nothing in Q1-Q3.
  const gironde = validateSeries(readSeries(out, 'departments/33.json'));
  assert.deepEqual(gironde.quarters.import.slice(0, 4), [0, 0, 0, 1]);
});

test('an unfinished latest year: its quarters are in the series, the years stop at the last whole one', async () => {
  const lines = period([2023, 1], [2024, 2], 1);
  const out = tempDir('partial');
  await runPipeline({ input: writeArchive(split(lines)), out });
  const france = validateSeries(readSeries(out, 'france.json'));
  assert.equal(france.quarters.export.length, 6, '2023 Q1 to 2024 Q2');
  assert.equal(france.quarters.export[5], sumOf(lines, 2024, 2, 'E', ['31', '32', '33']));
  assert.equal(france.years.export.length, 1);
  assert.equal(france.year, 2023);
});
