/**
 * Labels as French writes them: accents on capitals and usual short forms for
 * DGDDI's country labels, one apostrophe (’, U+2019) in every label written.
 * The country checks scan the real Libelle_PAYS.txt.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COUNTRY_LABELS, frenchCountryLabel, typographicApostrophes } from '../../src/pipeline/label-fixes.ts';
import { parseLabels } from '../../src/pipeline/labels.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import {
  LABELS,
  line,
  listFiles,
  parseJsonFile,
  quarters,
  readIndex,
  readJson,
  tempDir,
  writeArchive,
} from './fixtures.ts';

const countries = parseLabels(readFileSync(join(LABELS, 'Libelle_PAYS.txt'), 'utf8')).table;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;

/** Every (code, DGDDI label, year) of the real file with the label valid in that year, 2015-2025. */
const validLabels = [...countries].flatMap(([code, rows]) =>
  rows.flatMap((row) => {
    const years = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      if (row.start <= y * 100 + 12 && row.end >= y * 100 + 1) years.push(y);
    }
    return years.map((year) => ({ code, label: row.value, year }));
  }),
);

/** Forms DGDDI writes without the accent French puts on the capital. */
const UNACCENTED = [
  'Etats',
  'Etat',
  'Emirats',
  'Egypte',
  'Equateur',
  'Ethiopie',
  'Erythrée',
  'Erythree',
  'Ile',
  'Iles',
  'Ocean',
];
const unaccented = new RegExp(`(?<!\\p{L})(${UNACCENTED.join('|')})(?!\\p{L})`, 'u');

test('no country label valid in 2015-2025 keeps an unaccented capital, once fixed', () => {
  assert.ok(validLabels.length > 230, `${validLabels.length} labels`);
  // The real file does have them: the check below is not vacuous.
  assert.ok(validLabels.filter(({ label }) => unaccented.test(label)).length >= 9);
  for (const { code, label, year } of validLabels) {
    const fixed = frenchCountryLabel(label, year);
    assert.doesNotMatch(fixed, unaccented, `${code} ${year}: "${label}" → "${fixed}"`);
  }
});

test('no inverted official form is left in 2015-2025 ("Corée (République de)", "Caïmans (îles)"…)', () => {
  const inverted = /\((îles?|République|Etat|État|Fédération|Territoire)\b/u;
  assert.ok(validLabels.some(({ label }) => inverted.test(label)));
  for (const { code, label, year } of validLabels) {
    assert.doesNotMatch(frenchCountryLabel(label, year), inverted, `${code} ${year}: "${label}"`);
  }
});

test('the usual French forms', () => {
  const expected: [string, number, string][] = [
    ['Etats-Unis', 2024, 'États-Unis'],
    ['Emirats arabes unis', 2024, 'Émirats arabes unis'],
    ['Egypte', 2024, 'Égypte'],
    ['Equateur', 2024, 'Équateur'],
    ['Ethiopie', 2024, 'Éthiopie'],
    ['Erythrée', 2024, 'Érythrée'],
    ['Corée (République de)', 2024, 'Corée du Sud'],
    ['Corée (République populaire démocratique de)', 2024, 'Corée du Nord'],
    ['Vierges des Etats-Unis (îles)', 2024, 'Îles Vierges des États-Unis'],
    ["Côte-d'Ivoire", 2024, 'Côte d’Ivoire'],
    ["Iran (République islamique d')", 2024, 'Iran'],
    ['Macédoine (ancienne République yougoslave de)', 2018, 'Macédoine'],
    ['Macédoine (ancienne République yougoslave de)', 2019, 'Macédoine du Nord'],
    ['Allemagne', 2024, 'Allemagne'],
  ];
  for (const [label, year, french] of expected) assert.equal(frenchCountryLabel(label, year), french, label);
});

test('every entry of the table is a label of the real file (none is stale or invented)', () => {
  const real = new Set([...countries.values()].flatMap((rows) => rows.map((r) => r.value)));
  for (const label of Object.keys(COUNTRY_LABELS)) assert.ok(real.has(label), label);
});

test('DGDDI’s non-ISO codes keep DGDDI’s labels, apart from accents', () => {
  // Each label of the code, for the last year it is valid.
  const nonIso = (code: string) =>
    countries.get(code)!.map((r) => frenchCountryLabel(r.value, Math.floor(r.end / 100)));
  assert.deepEqual(nonIso('QU'), ['Pays NDA', 'Pays et territoires non déterminés']);
  assert.deepEqual(nonIso('QV'), ['Pays et territoires non déterminés dans les échanges intracommunautaires']);
  assert.deepEqual(nonIso('QS'), ['Avitaillement et soutage dans le cadre des échanges avec les pays tiers']);
  assert.deepEqual(nonIso('XC'), ['Ceuta']);
  assert.deepEqual(nonIso('XK'), ['Yougoslavie', 'Kosovo']);
  assert.deepEqual(nonIso('XF'), ['Îles Canaries']);
  assert.deepEqual(nonIso('QY'), ['PAYS INDÉTERMINÉS ÉCHANGES INTRA EUROSTAT']);
});

test('typographic apostrophes', () => {
  assert.equal(typographicApostrophes("Produits de l'industrie textile"), 'Produits de l’industrie textile');
  assert.equal(typographicApostrophes("Articles d'habillement"), 'Articles d’habillement');
  assert.equal(typographicApostrophes('Produits de l’édition'), 'Produits de l’édition');
});

/** Every string of a JSON value that is not a code or a URL: labels and names. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => texts(v, out));
  return out;
}

test('no label the pipeline writes holds a straight apostrophe (U+0027)', async () => {
  // Products with ' (A03Z, C13Z, C14Z…), departments (21 Côte-d'or, 22, 95), PACA, countries (CI),
  // and the Territoires d'industrie of 06 (« Nice Côte d'Azur »).
  const places: [string, string][] = [
    ['21', '16'],
    ['22', '07'],
    ['95', '03'],
    ['06', '21'],
    ['32', '12'],
  ];
  const products: [string, string][] = [
    ['A03Z', '0311'],
    ['C13Z', '1310'],
    ['C14Z', '1413'],
    ['C24A', '2410'],
    ['C26E', '2651'],
  ];
  const exports = places.flatMap(([d, r]) =>
    products.flatMap(([a, c]) => quarters('E', 2024, d, r, a, c, 'CI', [1, 1, 1, 1])),
  );
  const imports = [
    line('I', 1, 2024, '32', '12', 'C28A', '2811', 'US', 5),
    line('I', 1, 2024, '32', '12', 'C11Z', '1101', 'IR', 5),
  ];
  const out = tempDir('out');
  await runPipeline({ input: writeArchive({ exports, imports }), out });

  const files = listFiles(out).map((f) => [f, parseJsonFile(join(out, f))] as const);
  for (const [f, data] of files) {
    const straight = texts(data).filter((s) => s.includes("'"));
    assert.deepEqual(straight, [], f);
  }
  const paris = readJson(join(out, '2024/departments/95.json'));
  assert.equal(paris.territory.name, 'Val-d’Oise');
  const cote = readJson(join(out, '2024/departments/21.json'));
  assert.equal(cote.territory.name, 'Côte-d’Or');
  assert.equal(cote.products.C14Z, 'Articles d’habillement');
  assert.equal(cote.products.A03Z, 'Produits de la pêche et de l’aquaculture');
  assert.equal(cote.countries.CI, 'Côte d’Ivoire');
  const alpes = readJson(join(out, '2024/departments/06.json'));
  assert.equal(alpes.territory.region?.name, 'Provence-Alpes-Côte d’Azur');
  assert.ok(alpes.territoriesOfIndustry?.includes('Nice Côte d’Azur'));
  const gers = readJson(join(out, '2024/departments/32.json'));
  assert.deepEqual(gers.countries, { CI: 'Côte d’Ivoire', IR: 'Iran', US: 'États-Unis' });
  const index = readIndex(out);
  assert.equal(index.territories.regions.find((r) => r.code === '93')?.name, 'Provence-Alpes-Côte d’Azur');
});
