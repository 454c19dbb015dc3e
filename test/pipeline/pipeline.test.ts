/** The pipeline on small archives written by the tests: every trap of the real files. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Totals, TradeData } from '../../src/data/contract.ts';
import { validateTradeData } from '../../src/data/validate.ts';
import { validateIndex } from '../../src/data/validate-index.ts';
import { reconcile } from '../../src/pipeline/reconcile.ts';
import { PipelineError, runPipeline, type PipelineOptions, type Progress } from '../../src/pipeline/run.ts';
import {
  EXPORTS,
  IMPORTS,
  expectedTotals,
  line,
  listFiles,
  quarters,
  readFile,
  readIndex,
  readJson,
  sum,
  parseJsonFile,
  tempDir,
  writeArchive,
} from './fixtures.ts';

/** The test's own table of the overseas department codes. */
const INSEE: Record<string, string> = { '9A': '971', '9B': '972', '9C': '973', '9D': '974', '9E': '976' };
const insee = (dgddi: string) => INSEE[dgddi] ?? dgddi;

const EXPORT_LINES = [
  ...quarters('E', 2024, '32', '12', 'A01Z', '0111', 'ES', [100, 200, 300, 400]),
  ...quarters('E', 2024, '32', '12', 'C11Z', '1102', 'US', [1000, 0, 0, 5]),
  ...quarters('E', 2024, '32', '12', 'C11Z', '1101', 'US', [7, 7, 7, 7]), // another CPF4 of the same A129 and country
  ...quarters('E', 2024, '32', '12', 'C28B', '2830', 'DE', [0, 0, 0, 0]), // sums to zero: left out of flows
  line('E', 2, 2024, '32', '12', 'C10A', '1013', 'XS', 12345),
  line('E', 4, 2024, '31', '12', 'C30C', '3030', 'DE', 123_456_789_012),
  line('E', 4, 2024, '31', '12', 'C30C', '3030', 'QU', 987_654_321),
  line('E', 1, 2024, '9A', '24', 'A01Z', '0122', 'US', 11),
  line('E', 1, 2024, '9B', '24', 'C11Z', '1101', 'US', 22),
  line('E', 1, 2024, '9C', '24', 'C30C', '3030', 'QU', 33),
  line('E', 1, 2024, '9D', '24', 'C10H', '1081', 'MU', 44),
  line('E', 1, 2024, '9E', '24', 'A03Z', '0300', 'KM', 55),
  line('E', 3, 2024, '20', '22', 'C11Z', '1102', 'IT', 66),
  line('E', 3, 2024, '99', '21', 'C20B', '2042', 'IT', 77),
  line('E', 3, 2024, '75', '03', 'D35A', '3514', 'CH', 88),
  ...quarters('E', 2023, '32', '12', 'A01Z', '0111', 'ES', [1, 2, 3, 4]),
  line('E', 1, 2025, '32', '12', 'A01Z', '0111', 'ES', 999),
];
const IMPORT_LINES = [
  ...quarters('I', 2024, '32', '12', 'A01Z', '0111', 'ES', [5, 6, 7, 8]),
  line('I', 2, 2024, '32', '12', 'C20C', '2020', 'DE', 300),
  line('I', 1, 2024, '75', '03', 'B06Z', '0620', 'NO', 5_000_000_000),
  line('I', 1, 2024, '9A', '24', 'C19Z', '1920', 'US', 9),
  line('I', 1, 2024, '99', '21', 'C32A', '3212', 'CH', 10),
  ...quarters('I', 2023, '20', '22', 'C19Z', '1920', 'IT', [10, 20, 30, 40]),
  line('I', 2, 2025, '32', '12', 'A01Z', '0111', 'ES', 1),
];

/** The standard fixture: BOM + CRLF exports; LF imports without a final newline. */
const STANDARD_FORMAT = { exports: { bom: true }, imports: { eol: '\n', finalNewline: false } } as const;
const standardArchive = () => writeArchive({ exports: EXPORT_LINES, imports: IMPORT_LINES, format: STANDARD_FORMAT });

/** What a data file of an archive looks like, byte for byte. */
function shape(input: string, name: string) {
  const bytes = readFileSync(join(input, name));
  const text = bytes.toString('latin1');
  return {
    bom: bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
    crlf: text.includes('\r\n'),
    lf: /(^|[^\r])\n/.test(text),
    finalNewline: text.endsWith('\n'),
  };
}

async function run(input: string, options: Partial<PipelineOptions> = {}) {
  const out = tempDir('out');
  const summary = await runPipeline({ input, out, ...options });
  return { out, summary };
}

/** Every file of a year: valid, and adding up (departments → regions → France). */
function checkYear(out: string, year: number) {
  const files = listFiles(join(out, String(year)))
    .filter((p) => p !== 'territories.json')
    .map((p) => validateTradeData(readJson(join(out, String(year), p)), p));
  // The map's totals of the year: every department's and region's, as their files say.
  const totals = parseJsonFile(join(out, String(year), 'territories.json')) as Record<
    'departments' | 'regions',
    Record<string, [number, number, string]>
  >;
  for (const f of files.filter((file) => file.territory.level !== 'france')) {
    const table = f.territory.level === 'department' ? totals.departments : totals.regions;
    assert.deepEqual(table[f.territory.code], [f.totals.export, f.totals.import, f.territory.name], f.territory.code);
  }
  assert.equal(Object.keys(totals.departments).length + Object.keys(totals.regions).length, files.length - 1);
  const departments = files.filter((f) => f.territory.level === 'department');
  const regions = files.filter((f) => f.territory.level === 'region');
  const [france] = files.filter((f) => f.territory.level === 'france');
  const add = (list: TradeData[]): Totals => ({
    export: sum(list.map((f) => f.totals.export)),
    import: sum(list.map((f) => f.totals.import)),
  });
  for (const r of regions) {
    assert.deepEqual(
      add(departments.filter((d) => d.territory.region?.code === r.territory.code)),
      r.totals,
      `region ${r.territory.code}`,
    );
  }
  assert.deepEqual(add(regions), france.totals);
  assert.deepEqual(add(departments), france.totals);
  for (const d of departments) {
    assert.deepEqual(d.parents.france?.totals, france.totals);
    assert.deepEqual(
      d.parents.region?.totals,
      regions.find((r) => r.territory.code === d.territory.region?.code)?.totals,
    );
  }
  return { departments, regions, france };
}

test(
  'an archive with a BOM, CRLF and LF files and no final newline ' + 'gives exact totals, computed independently',
  async () => {
    const input = standardArchive();
    assert.deepEqual(shape(input, EXPORTS), { bom: true, crlf: true, lf: false, finalNewline: true });
    assert.deepEqual(shape(input, IMPORTS), { bom: false, crlf: false, lf: true, finalNewline: false });
    const { out, summary } = await run(input);
    assert.equal(summary.rowsRead, EXPORT_LINES.length + IMPORT_LINES.length);
    assert.deepEqual(
      summary.years.map((y) => [y.year, y.quarters]),
      [
        [2023, [1, 2, 3, 4]],
        [2024, [1, 2, 3, 4]],
        [2025, [1, 2]],
      ],
    );
    assert.deepEqual(
      summary.written.map((w) => w.year),
      [2024],
      'default: the latest year with four quarters, not the partial 2025',
    );
    assert.equal(summary.rowsUsed, [...EXPORT_LINES, ...IMPORT_LINES].filter((l) => l.split(';')[2] === '2024').length);
    assert.equal(summary.warningCount, 0, JSON.stringify(summary.warnings));

    const expected = expectedTotals([...EXPORT_LINES, ...IMPORT_LINES], 2024);
    const { departments, france } = checkYear(out, 2024);
    assert.deepEqual(departments.map((d) => d.territory.code).sort(), [...expected.keys()].map(insee).sort());
    for (const [dgddi, totals] of expected) {
      assert.deepEqual(readFile(out, 2024, `departments/${insee(dgddi)}.json`).totals, totals, dgddi);
    }
    assert.deepEqual(france.totals, {
      export: sum(EXPORT_LINES.filter((l) => l.includes(';2024;')).map((l) => Number(l.split(';')[8]))),
      import: sum(IMPORT_LINES.filter((l) => l.includes(';2024;')).map((l) => Number(l.split(';')[8]))),
    });
    assert.deepEqual(
      summary.reconciliation.map((r) => [r.flow, r.input, r.departments, r.excluded]),
      [
        ['export', france.totals.export, france.totals.export, 0],
        ['import', france.totals.import, france.totals.import, 0],
      ],
    );
    const index = validateIndex(readIndex(out));
    assert.deepEqual([index.years, index.latest], [[2024], 2024]);
  },
);

test('LF imports with a BOM and without a final newline: the first and the last line count, totals exact', async () => {
  // The first line follows the BOM, the last has no line end: each carries a value of its own.
  const imports = [
    line('I', 1, 2024, '32', '12', 'A01Z', '0111', 'ES', 1_000_000),
    ...IMPORT_LINES,
    line('I', 4, 2024, '9E', '24', 'A03Z', '0300', 'KM', 70_000),
  ];
  const input = writeArchive({
    exports: EXPORT_LINES,
    imports,
    format: { imports: { eol: '\n', bom: true, finalNewline: false } },
  });
  assert.deepEqual(shape(input, IMPORTS), { bom: true, crlf: false, lf: true, finalNewline: false });
  assert.deepEqual(shape(input, EXPORTS), { bom: false, crlf: true, lf: false, finalNewline: true });

  const { out, summary } = await run(input);
  assert.deepEqual(summary.files, [
    { name: EXPORTS, rows: EXPORT_LINES.length },
    { name: IMPORTS, rows: imports.length },
  ]);
  assert.equal(summary.warningCount, 0, JSON.stringify(summary.warnings));
  // By hand: the 2024 import values of IMPORT_LINES are 5 + 6 + 7 + 8 + 300 (Gers), 5e9 (Paris), 9 (971), 10 (Monaco).
  assert.equal(readFile(out, 2024, 'departments/32.json').totals.import, 5 + 6 + 7 + 8 + 300 + 1_000_000);
  assert.deepEqual(readFile(out, 2024, 'departments/976.json').totals, { export: 55, import: 70_000 });
  assert.equal(readFile(out, 2024, 'france.json').totals.import, 5_000_000_345 + 1_000_000 + 70_000);
  for (const [dgddi, totals] of expectedTotals([...EXPORT_LINES, ...imports], 2024)) {
    assert.deepEqual(readFile(out, 2024, `departments/${insee(dgddi)}.json`).totals, totals, dgddi);
  }
  const { france } = checkYear(out, 2024);
  assert.deepEqual(
    summary.reconciliation.map((r) => [r.flow, r.input, r.departments, r.excluded]),
    [
      ['export', france.totals.export, france.totals.export, 0],
      ['import', 5_001_070_345, 5_001_070_345, 0],
    ],
  );
});

test('flows are summed over quarters and CPF4 codes, zero sums left out, sorted by product then country', async () => {
  const { out } = await run(standardArchive());
  const gers = readFile(out, 2024, 'departments/32.json');
  assert.deepEqual(gers.flows.export, [
    ['A01Z', 'ES', 1000],
    ['C10A', 'XS', 12345],
    ['C11Z', 'US', 1033],
  ]);
  assert.deepEqual(Object.keys(gers.products), ['A01Z', 'C10A', 'C11Z', 'C20C']);
  assert.equal(gers.products.C11Z, 'Boissons');
  assert.deepEqual(gers.countries, { DE: 'Allemagne', ES: 'Espagne', US: 'États-Unis', XS: 'Serbie' });
});

test(
  'territories: 9A…9E are 971…976 in their own regions, 20 is Corse, 99 Monaco in PACA, ' + 'DGDDI 12 is Occitanie 76',
  async () => {
    const { out } = await run(standardArchive());
    const overseas: [string, string, string, string][] = [
      ['9A', '971', '01', 'Guadeloupe'],
      ['9B', '972', '02', 'Martinique'],
      ['9C', '973', '03', 'Guyane'],
      ['9D', '974', '04', 'La Réunion'],
      ['9E', '976', '06', 'Mayotte'],
    ];
    for (const [dgddi, code, region, name] of overseas) {
      const d = readFile(out, 2024, `departments/${code}.json`);
      assert.equal(d.territory.dgddiCode, dgddi);
      assert.deepEqual(d.territory.region, { code: region, name, dgddiCode: '24' });
      assert.equal(readFile(out, 2024, `regions/${region}.json`).territory.name, name);
    }
    assert.deepEqual(readFile(out, 2024, 'departments/20.json').territory.region, {
      code: '94',
      name: 'Corse',
      dgddiCode: '22',
    });
    const monaco = readFile(out, 2024, 'departments/99.json').territory;
    assert.equal(monaco.name, 'Principauté de Monaco');
    assert.deepEqual(monaco.region, { code: '93', name: 'Provence-Alpes-Côte d’Azur', dgddiCode: '21' });
    assert.deepEqual(readFile(out, 2024, 'departments/32.json').territory, {
      level: 'department',
      code: '32',
      name: 'Gers',
      dgddiCode: '32',
      region: { code: '76', name: 'Occitanie', dgddiCode: '12' },
    });
    assert.equal(readFile(out, 2024, 'regions/11.json').territory.name, 'Île-de-France');
    assert.deepEqual(readFile(out, 2024, 'france.json').territory, { level: 'france', code: 'FR', name: 'France' });
    const index = readIndex(out);
    assert.deepEqual(
      index.territories.departments.find((d) => d.code === '971'),
      { code: '971', name: 'Guadeloupe', region: '01' },
    );
    assert.deepEqual(
      index.territories.regions.map((r) => r.code),
      ['01', '02', '03', '04', '06', '11', '76', '93', '94'],
    );
  },
);

test('country labels follow the data year: XS is Saba in 2004, Serbie in 2024; QU has no label for 2005', async () => {
  const rows = (year: number) => [
    ...quarters('E', year, '32', '12', 'A01Z', '0111', 'XS', [1, 1, 1, 1]),
    line('E', 1, year, '32', '12', 'A01Z', '0111', 'QU', 5),
  ];
  const input = writeArchive({ exports: [...rows(2004), ...rows(2005), ...rows(2024)], imports: [] });
  const countries = async (year: number) => {
    const { out, summary } = await run(input, { year });
    return { countries: readFile(out, year, 'departments/32.json').countries, warnings: summary.warnings };
  };
  assert.deepEqual((await countries(2004)).countries, { QU: 'Pays NDA', XS: 'Saba' });
  assert.deepEqual((await countries(2024)).countries, { QU: 'Pays et territoires non déterminés', XS: 'Serbie' });
  const y2005 = await countries(2005);
  assert.deepEqual(y2005.countries, { QU: 'Pays NDA', XS: 'Serbie' });
  // A129 labels start in 2009: A01Z takes its nearest label too.
  assert.deepEqual(
    y2005.warnings.map((w) => [w.kind, w.count]),
    [['label-not-valid', 2]],
  );
  assert.match(
    y2005.warnings[0].examples.join('\n'),
    new RegExp(
      String.raw`product code "A01Z" has no label valid in 2005 .*\n.*` +
        String.raw`country code "QU" has no label valid in 2005 in Libelle_PAYS.txt; ` +
        String.raw`using the nearest in time, "Pays NDA"`,
    ),
  );
});

test('--year, --all-years, and index.json listing every year folder present', async () => {
  const input = standardArchive();
  const out = tempDir('out');
  await runPipeline({ input, out, year: 2023 });
  assert.deepEqual(readIndex(out).years, [2023]);
  await runPipeline({ input, out });
  const index = validateIndex(readIndex(out));
  assert.deepEqual([index.years, index.latest], [[2023, 2024], 2024]);
  assert.equal(
    index.territories.departments.find((d) => d.code === '20')?.name,
    'Corse',
    '2023 only has Corse imports',
  );
  assert.deepEqual(readFile(out, 2023, 'departments/20.json').totals, { export: 0, import: 100 });

  const { out: all, summary } = await run(input, { allYears: true });
  assert.deepEqual(
    summary.written.map((w) => w.year),
    [2023, 2024],
  );
  assert.deepEqual(
    listFiles(all).filter((f) => !f.includes('/')),
    ['index.json'],
  );
  checkYear(all, 2023);

  const partial = await run(input, { year: 2025 });
  assert.deepEqual(
    partial.summary.warnings.map((w) => w.kind),
    ['incomplete-year'],
  );
  await assert.rejects(
    run(input, { year: 2019 }),
    (e: Error) => e instanceof PipelineError && /2019 is not in the input/.test(e.message),
  );
  const onlyPartial = writeArchive({ exports: [line('E', 1, 2025, '32', '12', 'A01Z', '0111', 'ES', 1)], imports: [] });
  await assert.rejects(run(onlyPartial), /no year with four quarters .*2025 \(Q1\)/);
});

/** The standard archive with `bad` inserted as line 3 of the imports file. */
function withBadImport(bad: string): { input: string; good: string[] } {
  const imports = [...IMPORT_LINES.slice(0, 2), bad, ...IMPORT_LINES.slice(2)];
  return { input: writeArchive({ exports: EXPORT_LINES, imports }), good: IMPORT_LINES };
}

const BAD_LINES: [kind: string, text: string, message: RegExp][] = [
  ['truncated', 'I;2;2024;32;12;A01Z;0111', /expected 10 fields, found 7/],
  ['value', 'I;2;2024;32;12;A01Z;0111;ES;12a;3', /value "12a"/],
  ['flux', 'T;2;2024;32;12;A01Z;0111;ES;12;3', /unknown flux code "T"/],
  ['unknown-department', 'I;2;2024;2A;22;A01Z;0111;ES;12;3', /unknown department code "2A"/],
  ['region-mismatch', 'I;2;2024;32;76;A01Z;0111;ES;12;3', /department 32 is in DGDDI region 12, not "76"/],
];

test('bad lines stop the pipeline with the file name and line number, and nothing is written', async () => {
  for (const [, bad, message] of BAD_LINES) {
    const { input } = withBadImport(bad);
    const out = tempDir('out');
    await assert.rejects(runPipeline({ input, out }), (e: Error) => {
      assert.ok(e instanceof PipelineError, e.message);
      assert.match(e.message, new RegExp(`^${IMPORTS}:3: `));
      assert.match(e.message, message);
      return true;
    });
    assert.deepEqual(listFiles(out), []);
  }
});

test('under --lenient, bad lines are counted warnings and the reconciliation still holds', async () => {
  const imports = [...IMPORT_LINES];
  imports.splice(1, 0, ...BAD_LINES.map(([, text]) => text));
  const input = writeArchive({ exports: EXPORT_LINES, imports });
  const { out, summary } = await run(input, { lenient: true });
  BAD_LINES.forEach(([kind, , message], i) => {
    const w = summary.warnings.find((x) => x.kind === kind);
    assert.equal(w?.count, 1, kind);
    assert.equal(w.examples.length, 1);
    assert.ok(w.examples[0].startsWith(`${IMPORTS}:${i + 2}: `), w.examples[0]);
    assert.match(w.examples[0], message);
  });
  assert.equal(summary.warningCount, BAD_LINES.length);
  assert.equal(summary.rowsRejected, 3, 'truncated, non-numeric and unknown flux');
  assert.equal(summary.rowsExcluded, 2, 'unknown department and wrong region');
  // Parsed but excluded rows are accounted for; the files hold exactly the good lines.
  const [, imp] = summary.reconciliation;
  assert.equal(imp.excluded, 24);
  assert.equal(imp.input, imp.departments + imp.excluded);
  const expected = expectedTotals([...EXPORT_LINES, ...IMPORT_LINES], 2024);
  for (const [dgddi, totals] of expected)
    assert.deepEqual(readFile(out, 2024, `departments/${insee(dgddi)}.json`).totals, totals);
  checkYear(out, 2024);
  assert.ok(!existsSync(join(out, '2024', 'departments', '2A.json')));
});

test('unknown country, product and CPF4 codes are warnings, and the code is used as label', async () => {
  const otherYear = line('E', 1, 2023, '32', '12', 'A01Z', '0111', 'YY', 1); // not written: no warning
  const exports = [otherYear, ...EXPORT_LINES, line('E', 1, 2024, '32', '12', 'Z99Z', '9999', 'ZZ', 70)];
  const { out, summary } = await run(writeArchive({ exports, imports: IMPORT_LINES }));
  const gers = readFile(out, 2024, 'departments/32.json');
  assert.equal(gers.products.Z99Z, 'Z99Z');
  assert.equal(gers.countries.ZZ, 'ZZ');
  assert.deepEqual(gers.flows.export.at(-1), ['Z99Z', 'ZZ', 70]);
  const at = `${EXPORTS}:${exports.length}`;
  assert.deepEqual(
    summary.warnings.map((w) => [w.kind, w.examples[0]]),
    [
      ['unknown-country', `${at}: country code "ZZ" is not in Libelle_PAYS.txt; the code is used as label`],
      ['unknown-cpf4', `${at}: CPF4 code "9999" is not in the CPF4 label file`],
      ['unknown-product', `${at}: product code "Z99Z" is not in Libelle_A129.txt; the code is used as label`],
    ],
  );
});

test('a missing input file is an error that names it', async () => {
  for (const missing of ['Libelle_PAYS.txt', 'Libelle_CPF4_rev2.1.txt', IMPORTS]) {
    const input = writeArchive({ exports: EXPORT_LINES, imports: IMPORT_LINES, without: [missing] });
    await assert.rejects(
      run(input),
      (e: Error) => e instanceof PipelineError && e.message === `missing input file: ${join(input, missing)}`,
    );
  }
  await assert.rejects(run(join(tempDir('empty'), 'nope')), /input folder not found/);
});

test('a big file: lines across 1 MiB read chunks, totals exact', async () => {
  const countries = ['DE', 'BE', 'IT', 'ES', 'US', 'CN', 'GB', 'NL', 'CH', 'XS', 'QU', 'XK', 'XC'];
  const products: [string, string][] = [
    ['A01Z', '0111'],
    ['C11Z', '1102'],
    ['C30C', '3030'],
    ['C21Z', '2120'],
    ['C29A', '2910'],
  ];
  const departments = [
    ['32', '12'],
    ['31', '12'],
    ['75', '03'],
    ['9D', '24'],
    ['20', '22'],
    ['99', '21'],
    ['59', '01'],
  ];
  const exports: string[] = [];
  let v = 1;
  for (const [d, r] of departments)
    for (const [a, c] of products)
      for (const country of countries)
        for (let q = 1; q <= 4; q++) {
          for (let k = 0; k < 25; k++)
            exports.push(line('E', q, 2024, d, r, a, c, country, (v = (v * 7919 + 13) % 1_000_003), k));
        }
  const input = writeArchive({ exports, imports: IMPORT_LINES });
  assert.ok(readFileSync(join(input, EXPORTS)).length > 1.5 * 1024 * 1024);
  const { out, summary } = await run(input);
  assert.equal(summary.rowsRead, exports.length + IMPORT_LINES.length);
  for (const [dgddi, totals] of expectedTotals([...exports, ...IMPORT_LINES], 2024)) {
    assert.deepEqual(readFile(out, 2024, `departments/${insee(dgddi)}.json`).totals, totals, dgddi);
  }
  checkYear(out, 2024);
});

test('sums beyond Number.MAX_SAFE_INTEGER are refused, not rounded', async () => {
  const exports = Array.from({ length: 10 }, (_, i) =>
    line('E', (i % 4) + 1, 2024, '32', '12', 'A01Z', '0111', 'ES', 999_999_999_999_999),
  );
  const out = tempDir('out');
  await assert.rejects(runPipeline({ input: writeArchive({ exports, imports: [] }), out }), (e: Error) => {
    assert.ok(e instanceof PipelineError);
    assert.match(e.message, /^2024 export: the input sums to 9999999999999990 €, beyond 9007199254740991/);
    return true;
  });
  assert.deepEqual(listFiles(out), []);
});

test('a reconciliation that fails stops the run: a PipelineError, and the output folder left as it was', async () => {
  const input = standardArchive();
  const out = tempDir('out');
  await runPipeline({ input, out, allYears: true });
  const before = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f))]));
  assert.ok(before.has('2024/departments/32.json') && before.has('2023/france.json') && before.has('index.json'));

  // The real check, told that the 2024 input held one more euro of exports than the files account for.
  const lostEuro: PipelineOptions['reconcile'] = (files, inputTotals, excluded) =>
    reconcile(files, files.year === 2024 ? { ...inputTotals, export: inputTotals.export + 1 } : inputTotals, excluded);
  const exported = sum(EXPORT_LINES.filter((l) => l.split(';')[2] === '2024').map((l) => Number(l.split(';')[8])));
  const fresh = tempDir('out');
  for (const dir of [out, fresh]) {
    await assert.rejects(runPipeline({ input, out: dir, year: 2024, reconcile: lostEuro }), (e: Error) => {
      assert.ok(e instanceof PipelineError, e.message);
      assert.equal(
        e.message,
        `reconciliation failed, nothing written for 2024:\n  2024 export: input rows sum to ${exported + 1} €, ` +
          `but department files sum to ${exported} € and excluded rows to 0 €`,
      );
      return true;
    });
  }
  // Not a file added, removed or changed, no temporary folder left, and nothing in a fresh folder.
  assert.deepEqual(readdirSync(out).sort(), ['2023', '2024', 'geo', 'index.json', 'latest', 'series']);
  assert.deepEqual(listFiles(out), [...before.keys()]);
  for (const [f, bytes] of before) assert.ok(readFileSync(join(out, f)).equals(bytes), f);
  assert.deepEqual(readdirSync(fresh), []);
});

test('onProgress ends each data file with its row count, and the input with totalBytes', async () => {
  const input = standardArchive();
  const size = (name: string) => statSync(join(input, name)).size;
  const totalBytes = size(EXPORTS) + size(IMPORTS);
  const calls: Progress[] = [];
  const { summary } = await run(input, { onProgress: (p) => calls.push({ ...p }) });
  // A small input: no call on the way (they come every 65,536 lines at most), one at the end of each file.
  assert.deepEqual(calls, [
    { file: EXPORTS, rows: EXPORT_LINES.length, bytes: size(EXPORTS), totalBytes },
    { file: IMPORTS, rows: IMPORT_LINES.length, bytes: totalBytes, totalBytes },
  ]);
  assert.equal(calls[0].rows + calls[1].rows, summary.rowsRead);
});

test('rows in the wrong file count for their own flux, with a warning', async () => {
  const exports = [...EXPORT_LINES, line('I', 1, 2024, '32', '12', 'A01Z', '0111', 'ES', 1000)];
  const { out, summary } = await run(writeArchive({ exports, imports: IMPORT_LINES }));
  assert.deepEqual(
    summary.warnings.map((w) => [w.kind, w.count]),
    [['flow-mismatch', 1]],
  );
  assert.equal(readFile(out, 2024, 'departments/32.json').totals.import, 5 + 6 + 7 + 8 + 300 + 1000);
});

test('output is deterministic, marks demo data, and a new run leaves no stale file', async () => {
  const input = standardArchive();
  const a = await run(input);
  const b = await run(input);
  const files = listFiles(a.out);
  assert.deepEqual(listFiles(b.out), files);
  for (const f of files) assert.ok(readFileSync(join(a.out, f)).equals(readFileSync(join(b.out, f))), f);
  assert.ok(readFileSync(join(a.out, '2024/france.json'), 'utf8').endsWith('}\n'));
  assert.equal(readFile(a.out, 2024, 'france.json').source.demo, undefined);
  assert.equal(
    readIndex(a.out).source.url,
    'https://www.data.gouv.fr/fr/datasets/statistiques-regionales-et-departementales-du-commerce-exterieur/',
  );

  writeFileSync(join(input, 'DEMO'), '');
  const demo = await run(input);
  for (const f of listFiles(demo.out).filter((p) => p.startsWith('2024/') && !p.endsWith('territories.json')))
    assert.equal(readJson(join(demo.out, f)).source.demo, true, f);
  assert.equal(readIndex(demo.out).source.demo, true);
  rmSync(join(input, 'DEMO'));
  assert.equal(readFile((await run(input, { demo: true })).out, 2024, 'france.json').source.demo, true);

  // Rerun 2024 into the same folder without Monaco: its file must go.
  const without99 = writeArchive({
    exports: EXPORT_LINES.filter((l) => !l.includes(';99;')),
    imports: IMPORT_LINES.filter((l) => !l.includes(';99;')),
  });
  await runPipeline({ input: without99, out: a.out });
  assert.ok(!existsSync(join(a.out, '2024/departments/99.json')));
  assert.ok(!readIndex(a.out).territories.departments.some((d) => d.code === '99'));
});
