/**
 * Territoires d'industrie: the bundled ANCT list (data/reference) by default, an
 * input folder's own territoires-industrie.txt or the `industry` option instead,
 * department lists in file order, region lists as the union of their departments'.
 * Expected lists are computed here from the bundled file, with the test's own
 * reading of it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { INDUSTRY_FILE, runPipeline, type PipelineOptions } from '../../src/pipeline/run.ts';
import { quarters, readFile, tempDir, writeArchive } from './fixtures.ts';

const BUNDLED = fileURLToPath(new URL('../../data/reference/territoires-industrie.csv', import.meta.url));

/** The test's own reading of the bundled list: output department → names, file order, apostrophes as in the file. */
function bundledList(): Map<string, string[]> {
  const lines = readFileSync(BUNDLED, 'utf8').split(/\r?\n/).filter(Boolean);
  assert.equal(lines[0], 'department;name');
  const out = new Map<string, string[]>();
  for (const l of lines.slice(1)) {
    const [code, name] = l.split(';');
    const department = code === '2A' || code === '2B' ? '20' : code; // DGDDI has one Corse, 20
    const names = out.get(department) ?? [];
    if (!names.includes(name)) names.push(name);
    out.set(department, names);
  }
  return out;
}

const typographic = (names: string[] | undefined) => names?.map((n) => n.replaceAll("'", '’'));

/** The union of some departments' lists, in the order of first appearance. */
const union = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

// Occitanie (31, 32, 82), Bourgogne-Franche-Comté (25, 90: « Nord Franche-Comté » in both),
// Corse (20: INSEE's 2A and 2B), PACA (06, with an apostrophe in a name, and Monaco 99),
// Paris (75: none), Guadeloupe (9A, listed as 971).
const DEPARTMENTS: [string, string][] = [
  ['31', '12'],
  ['32', '12'],
  ['82', '12'],
  ['25', '16'],
  ['90', '16'],
  ['20', '22'],
  ['06', '21'],
  ['99', '21'],
  ['75', '03'],
  ['9A', '24'],
];
const archive = () =>
  writeArchive({
    exports: DEPARTMENTS.flatMap(([d, r]) => quarters('E', 2024, d, r, 'C11Z', '1101', 'US', [1, 2, 3, 4])),
    imports: [],
  });

async function run(input: string, options: Partial<PipelineOptions> = {}) {
  const out = tempDir('out');
  const summary = await runPipeline({ input, out, ...options });
  const list = (path: string) => readFile(out, 2024, path).territoriesOfIndustry;
  return { out, summary, list };
}

test('the bundled list is the ANCT file with its header; the Gers has the two territories of the report', () => {
  const text = readFileSync(BUNDLED, 'utf8');
  assert.ok(text.startsWith('department;name\n'));
  const gers = text.split('\n').filter((l) => l.startsWith('32;'));
  assert.deepEqual(gers, ['32;Grand Auch – Astarac', '32;Interdépartemental Gers – Tarn-et-Garonne']);
  const readme = readFileSync(join(BUNDLED, '..', 'README.md'), 'utf8');
  assert.ok(readme.includes("« Liste des Territoires d'industrie : ANCT, Licence Ouverte 2.0 »"));
});

test('by default every department gets its Territoires d’industrie from the bundled list, in file order', async () => {
  const { list, summary } = await run(archive());
  const expected = bundledList();
  assert.deepEqual(list('departments/32.json'), ['Grand Auch – Astarac', 'Interdépartemental Gers – Tarn-et-Garonne']);
  for (const code of ['31', '82', '25', '90', '971']) {
    assert.deepEqual(list(`departments/${code}.json`), typographic(expected.get(code)), code);
  }
  assert.deepEqual(list('departments/20.json'), ['Pays Ajaccien', 'Grand Bastia – Marana-Golo'], 'Corse: 2A then 2B');
  assert.deepEqual(list('departments/06.json'), ['Grasse – Cannes – Sophia Antipolis', 'Nice Côte d’Azur']);
  assert.equal(list('departments/75.json'), undefined, 'Paris has none');
  assert.equal(list('departments/99.json'), undefined, 'Monaco has none');
  assert.equal(list('france.json'), undefined, 'France gets no list');
  assert.equal(summary.industry, BUNDLED);
});

test('a region gets the union of its departments’ lists, each territory once, in department code order', async () => {
  const { list } = await run(archive());
  const expected = bundledList();
  const occitanie = list('regions/76.json');
  assert.deepEqual(occitanie, union([expected.get('31'), expected.get('32'), expected.get('82')]));
  assert.deepEqual(occitanie, [
    'Castres Revel Castelnaudary',
    'Comminges – Nestes',
    'Grand Auch – Astarac',
    'Interdépartemental Gers – Tarn-et-Garonne',
  ]);
  const bfc = list('regions/27.json');
  assert.deepEqual(bfc, union([expected.get('25'), expected.get('90')]));
  assert.equal(bfc.filter((name) => name === 'Nord Franche-Comté').length, 1, 'straddles 25 and 90, listed once');
  assert.deepEqual(list('regions/93.json'), typographic(expected.get('06')), 'PACA: 06’s list, Monaco adds none');
  assert.deepEqual(list('regions/94.json'), ['Pays Ajaccien', 'Grand Bastia – Marana-Golo']);
  assert.equal(list('regions/11.json'), undefined, 'Île-de-France here is Paris alone, with none');
});

test('an input folder’s territoires-industrie.txt overrides the bundled list, with or without a header', async () => {
  for (const header of ['', 'department;name\r\n']) {
    const input = archive();
    const lines = ['32;Grand Auch – Astarac', "9A;Un territoire d'essai", '2B;Un autre'];
    writeFileSync(join(input, INDUSTRY_FILE), `\ufeff${header}${lines.join('\r\n')}\r\n`);
    const { list, summary } = await run(input);
    assert.deepEqual(list('departments/32.json'), ['Grand Auch – Astarac']);
    assert.deepEqual(list('departments/971.json'), ['Un territoire d’essai']);
    assert.deepEqual(list('departments/20.json'), ['Un autre']);
    assert.equal(list('departments/31.json'), undefined, 'none are taken from the bundled list');
    assert.deepEqual(list('regions/76.json'), ['Grand Auch – Astarac']);
    assert.equal(summary.industry, join(input, INDUSTRY_FILE));
  }
});

test('the industry option: a file of its own (over the input folder’s), or false for no list at all', async () => {
  const input = archive();
  writeFileSync(join(input, INDUSTRY_FILE), '32;From the input folder\n');
  const own = join(tempDir('industry'), 'list.csv');
  writeFileSync(own, 'department;name\n31;From the option\n');
  const chosen = await run(input, { industry: own });
  assert.deepEqual(chosen.list('departments/31.json'), ['From the option']);
  assert.equal(chosen.list('departments/32.json'), undefined);

  const none = await run(input, { industry: false });
  for (const path of ['departments/32.json', 'departments/31.json', 'regions/76.json']) {
    assert.equal(none.list(path), undefined, path);
  }
  assert.equal(none.summary.industry, undefined);
});

test('a line that is not "department;name" with a department code is an error naming the file and line', async () => {
  const own = join(tempDir('industry'), 'list.csv');
  writeFileSync(own, 'department;name\n32;Grand Auch – Astarac\ndept;name\n');
  await assert.rejects(run(archive(), { industry: own }), /^PipelineError: list\.csv:3: expected "department;name"/);
});
