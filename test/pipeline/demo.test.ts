/**
 * The bundled demo data: a simulated archive in the DGDDI format, turned into
 * JSON by the real pipeline, calibrated on the ANCT report, and reproducible to
 * the byte. The committed public/data must be exactly what the generator makes.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateTradeData } from '../../src/data/validate.ts';
import { validateIndex } from '../../src/data/validate-index.ts';
import { validateSeries } from '../../src/data/validate-series.ts';
import { makeDemoData } from '../../src/pipeline/demo/generate.ts';
import type { Summary } from '../../src/pipeline/report.ts';
import {
  EXPORTS,
  IMPORTS,
  LABELS,
  LABEL_FILES,
  listFiles,
  readFile,
  readIndex,
  readJson,
  tempDir,
} from './fixtures.ts';

const PUBLIC_DATA = fileURLToPath(new URL('../../public/data/', import.meta.url));
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hashes = (dir: string) => new Map(listFiles(dir).map((f) => [f, hash(join(dir, f))]));

/** Two generations with the default seed, each with its archive kept. */
const runs: { archive: string; out: string; summary: Summary }[] = [];
before(async () => {
  for (const name of ['a', 'b']) {
    const dir = tempDir(`demo-${name}`);
    const archive = join(dir, 'archive');
    const out = join(dir, 'data');
    runs.push({ archive, out, summary: await makeDemoData({ out, archive }) });
  }
});

test('the same seed gives a byte-identical archive and byte-identical JSON', () => {
  const [a, b] = runs;
  assert.deepEqual(hashes(a.archive), hashes(b.archive));
  assert.deepEqual(hashes(a.out), hashes(b.out));
});

test(
  'the committed public/data is exactly a fresh regeneration ' +
    '(run `npm run demo-data` after changing the generator)',
  () => {
    assert.deepEqual(hashes(PUBLIC_DATA), hashes(runs[0].out));
    // latest/ is a copy of 2024/, one blob per file in git: the repository holds the years.
    const years = listFiles(PUBLIC_DATA).filter((f) => !f.startsWith('latest/'));
    const bytes = years.reduce((s, f) => s + statSync(join(PUBLIC_DATA, f)).size, 0);
    assert.ok(bytes < 8_000_000, `public/data holds ${bytes} bytes besides latest/`);
  },
);

test(
  'the archive is in the DGDDI format: real label files, CRLF, a BOM on the imports, ' +
    '101 departments, ten years and a half',
  () => {
    const { archive, summary } = runs[0];
    for (const name of LABEL_FILES) assert.equal(hash(join(archive, name)), hash(join(LABELS, name)), name);
    const exp = readFileSync(join(archive, EXPORTS), 'utf8');
    const imp = readFileSync(join(archive, IMPORTS), 'utf8');
    assert.notEqual(exp.charCodeAt(0), 0xfeff);
    assert.equal(imp.charCodeAt(0), 0xfeff);
    for (const text of [exp, imp]) {
      assert.ok(text.endsWith('\r\n'));
      assert.equal(text.split('\r\n').length, text.split('\n').length, 'every line ends with CRLF');
    }
    const lines = exp.split('\r\n').slice(0, -1);
    assert.ok(
      lines.every((l) =>
        /^E;[1-4];20(1[5-9]|2[0-5]);(\d\d|9[A-E]);\d\d;[A-Z]\d\d[A-Z];\d{4};[A-Z]{2};\d+;\d*$/.test(l),
      ),
    );
    assert.equal(new Set(lines.map((l) => l.split(';')[3])).size, 101);
    assert.deepEqual(
      summary.years.map((y) => [y.year, y.quarters]),
      [...Array.from({ length: 10 }, (_, i) => [2015 + i, [1, 2, 3, 4]]), [2025, [1, 2]]],
    );
    for (const code of ['QU', 'XK', 'XS', 'XC'])
      assert.ok(
        lines.some((l) => l.split(';')[7] === code),
        `non-ISO code ${code}`,
      );
    assert.equal(summary.warningCount, 0, JSON.stringify(summary.warnings));
  },
);

test('2024 reproduces the report: Gers, Occitanie and France totals to the euro', () => {
  const { out } = runs[0];
  const gers = readFile(out, 2024, 'departments/32.json');
  assert.deepEqual(gers.totals, { export: 593_300_000, import: 684_600_000 });
  assert.deepEqual(readFile(out, 2024, 'regions/76.json').totals, { export: 49_453_900_000, import: 37_655_400_000 });
  assert.deepEqual(readFile(out, 2024, 'france.json').totals, { export: 580_354_500_000, import: 684_776_300_000 });
  assert.deepEqual(gers.parents.region?.totals, { export: 49_453_900_000, import: 37_655_400_000 });
  assert.deepEqual(gers.parents.france?.totals, { export: 580_354_500_000, import: 684_776_300_000 });
});

test('the Gers shares read as in the report: 1,2 % and 1,8 % of Occitanie, 0,10 % of France', () => {
  const gers = readFile(runs[0].out, 2024, 'departments/32.json');
  const twoDigits = new Intl.NumberFormat('fr-FR', { minimumSignificantDigits: 2, maximumSignificantDigits: 2 });
  const share = (flow: 'export' | 'import', parent: 'region' | 'france') =>
    twoDigits.format((100 * gers.totals[flow]) / gers.parents[parent]!.totals[flow]);
  assert.deepEqual(
    [share('export', 'region'), share('import', 'region'), share('export', 'france'), share('import', 'france')],
    ['1,2', '1,8', '0,10', '0,10'],
  );
});

test('demo files are valid, say demo: true; the index lists 2023, 2024, not the partial 2025; latest/ is 2024', () => {
  const { out } = runs[0];
  const index = validateIndex(readIndex(out));
  assert.deepEqual([index.years, index.latest, index.source.demo], [[2023, 2024], 2024, true]);
  assert.equal(index.territories.departments.length, 101);
  assert.equal(index.territories.regions.length, 18);
  // The map's files aside: the shapes (geo/) and each year's totals (territories.json).
  const files = listFiles(out).filter(
    (f) => f !== 'index.json' && !f.startsWith('series/') && !f.startsWith('geo/') && !f.endsWith('territories.json'),
  );
  // 2023, 2024, and latest/: a copy of 2024, file for file.
  assert.equal(files.length, 3 * (101 + 18 + 1));
  const latest = files.filter((f) => f.startsWith('latest/'));
  assert.equal(latest.length, 101 + 18 + 1);
  for (const f of latest)
    assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(out, f.replace('latest/', '2024/')))), f);
  for (const f of files) assert.equal(validateTradeData(readJson(join(out, f)), f).source.demo, true, f);
  const y2023 = readFile(out, 2023, 'departments/32.json').totals.export;
  assert.ok(
    y2023 !== 593_300_000 && Math.abs(y2023 / 593_300_000 - 1) <= 0.1,
    '2023 differs from 2024 by at most 10 %',
  );
});

test('the Gers profile looks like the Gers: drinks and farm products lead its exports', () => {
  const gers = readFile(runs[0].out, 2024, 'departments/32.json');
  const byProduct = new Map<string, number>();
  for (const [p, , v] of gers.flows.export) byProduct.set(p, (byProduct.get(p) ?? 0) + v);
  const top = [...byProduct].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  assert.deepEqual(top.slice(0, 2).sort(), ['A01Z', 'C11Z']);
  assert.ok(gers.flows.export.length + gers.flows.import.length > 300, 'a few hundred product × country pairs');
});

test('Monaco (99) is in the demo, in PACA, without ranks; the other 100 departments rank among themselves', () => {
  const { out } = runs[0];
  const monaco = readFile(out, 2024, 'departments/99.json');
  assert.equal(monaco.territory.region?.code, '93');
  assert.ok(monaco.flows.export.length > 20 && monaco.flows.import.length > 20, 'a small but real set of flows');
  assert.equal(monaco.ranks, undefined);
  const departments = listFiles(join(out, '2024', 'departments')).filter((f) => f !== '99.json');
  assert.equal(departments.length, 100);
  for (const f of departments) {
    const ranks = readJson(join(out, '2024', 'departments', f)).ranks;
    assert.deepEqual([ranks?.export.of, ranks?.import.of, ranks?.balance.of], [100, 100, 100], f);
  }
  // Each rank counts the larger departments, Monaco not among them (its exports exceed the Gers').
  const files = departments.map((f) => readJson(join(out, '2024', 'departments', f)));
  for (const f of files) {
    const larger = files.filter((o) => o.totals.export > f.totals.export).length;
    assert.equal(f.ranks!.export.rank, 1 + larger, f.territory.code);
  }
  assert.ok(monaco.totals.export > readFile(out, 2024, 'departments/32.json').totals.export);
  assert.equal(readFile(out, 2024, 'regions/93.json').ranks?.export.of, 18);
});

test('the demo carries the bundled Territoires d’industrie: the Gers’ two, Occitanie’s union, none for France', () => {
  const { out } = runs[0];
  const gers = readFile(out, 2024, 'departments/32.json');
  assert.deepEqual(gers.territoriesOfIndustry, ['Grand Auch – Astarac', 'Interdépartemental Gers – Tarn-et-Garonne']);
  const occitanie = readFile(out, 2024, 'regions/76.json').territoriesOfIndustry ?? [];
  assert.ok(occitanie.includes('Grand Auch – Astarac'));
  assert.equal(occitanie.filter((n) => n === 'Interdépartemental Gers – Tarn-et-Garonne').length, 1);
  assert.equal(new Set(occitanie).size, occitanie.length);
  assert.equal(readFile(out, 2024, 'france.json').territoriesOfIndustry, undefined);
  const without = listFiles(join(out, '2024', 'departments')).filter(
    (f) => !readJson(join(out, '2024', 'departments', f)).territoriesOfIndustry,
  );
  assert.deepEqual(without, ['40.json', '75.json', '99.json'], 'the ANCT list has none for Landes and Paris');
});

test('demo labels are written as French writes them: accents on capitals, no straight apostrophe', () => {
  const { out } = runs[0];
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  for (const f of listFiles(out)) {
    assert.deepEqual(
      strings(readJson(join(out, f))).filter((s) => s.includes("'")),
      [],
      f,
    );
  }
  const france = readFile(out, 2024, 'france.json');
  assert.equal(france.countries.US, 'États-Unis');
  assert.equal(france.products.A03Z, 'Produits de la pêche et de l’aquaculture');
});

test('the demo series: 2015 to 2025 Q2 for every territory, marked demo, calibrated on 2024, 2020 falls', () => {
  const { out, summary } = runs[0];
  const series = listFiles(join(out, 'series'));
  assert.equal(series.length, 101 + 18 + 1);
  assert.equal(validateIndex(readIndex(out)).series, true);
  for (const f of series) assert.equal(validateSeries(readJson(join(out, 'series', f))).source.demo, true, f);
  const gers = validateSeries(readJson(join(out, 'series', 'departments/32.json')));
  assert.deepEqual(gers.quarters.start, { year: 2015, quarter: 1 });
  assert.equal(gers.quarters.export.length, 42, '2015 Q1 to 2025 Q2');
  assert.ok(gers.quarters.export.every((v) => v !== null && v > 0));
  assert.equal(gers.years.start, 2015);
  assert.equal(gers.years.export[9], 593_300_000, '2024 as in the report');
  assert.equal(gers.years.import[9], 684_600_000);
  assert.equal(gers.years.export[8], readFile(out, 2023, 'departments/32.json').totals.export);
  const france = validateSeries(readJson(join(out, 'series', 'france.json')));
  const fy = france.years.export as number[];
  // 2020 below 2019 and 2021, by more than 10 %; its second quarter the lowest of the year.
  assert.ok(fy[5] < 0.9 * fy[4] && fy[5] < fy[6], `2020: ${fy[5]}, 2019: ${fy[4]}`);
  const q2020 = france.quarters.export.slice(20, 24) as number[];
  assert.equal(Math.min(...q2020), q2020[1]);
  assert.deepEqual(
    summary.series?.years,
    Array.from({ length: 10 }, (_, i) => 2015 + i),
  );
  assert.deepEqual(summary.series.missing, []);
  // The Gers' five largest export partners, each with ten yearly values.
  assert.equal(gers.top.partners.export.length, 5);
  for (const p of gers.top.partners.export) assert.equal(p.values.length, 10);
});
