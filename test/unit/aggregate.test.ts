/** Aggregation primitives and text fitting: pure functions, no DOM. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY, PRODUCT, countOr, ranked, share, sumBy, topN } from '../../src/data/aggregate.ts';
import type { FlowTriple } from '../../src/data/contract.ts';
import en from '../../src/data/i18n/en.ts';
import { fr } from '../../src/data/i18n/fr.ts';
import { countryName, itemNameInTable, productName } from '../../src/data/i18n/names.ts';
import { validateTradeData } from '../../src/data/validate.ts';
import { monospaceMeasure, truncate, truncateDistinct, truncateMiddle, wrap } from '../../src/layout/text.ts';
import { makeData } from '../helpers/data.ts';

const flows: FlowTriple[] = [
  ['C11Z', 'ES', 10],
  ['C11Z', 'US', 5],
  ['A01Z', 'ES', 7],
  ['A01Z', 'DE', 0],
  ['C10A', 'DE', 5],
];

describe('sums and rankings', () => {
  test('sums by product and by country, zero values left out', () => {
    assert.deepEqual(
      [...sumBy(flows, PRODUCT)],
      [
        ['C11Z', 15],
        ['A01Z', 7],
        ['C10A', 5],
      ],
    );
    assert.deepEqual(
      [...sumBy(flows, COUNTRY)],
      [
        ['ES', 17],
        ['US', 5],
        ['DE', 5],
      ],
    );
  });

  test('ties keep a stable order: by code', () => {
    assert.deepEqual(
      ranked(sumBy(flows, COUNTRY)).map((r) => r.code),
      ['ES', 'DE', 'US'],
    );
  });

  test('top N and the rest', () => {
    const t = topN(sumBy(flows, PRODUCT), 2);
    assert.deepEqual(
      t.top.map((r) => r.code),
      ['C11Z', 'A01Z'],
    );
    assert.deepEqual(t.rest, { count: 1, value: 5 });
    assert.deepEqual(topN(sumBy(flows, PRODUCT), 10).rest, { count: 0, value: 0 });
    assert.deepEqual(topN(sumBy(flows, PRODUCT), 0).top, []);
  });

  test('shares', () => {
    assert.equal(share(1, 4), 0.25);
    assert.equal(share(1, 0), 0);
  });

  test('names: DGDDI’s in French; in English, Intl’s for ISO codes, ours for DGDDI’s, else French, marked', () => {
    const data = validateTradeData(
      makeData({
        import: [
          ['C30C', 'QU', 5],
          ['C30C', 'QA', 5],
          ['C30C', 'XZ', 5],
        ],
        countries: { QU: 'Pays et territoires non déterminés', QA: 'Qatar', XZ: 'Territoire inconnu' },
        export: [['ZZ9Z', 'QA', 7]],
        products: { C30C: 'Produits de la construction aéronautique et spatiale', ZZ9Z: 'Produit inconnu' },
      }),
    );
    assert.equal(countryName(data, 'QU', fr), 'Pays et territoires non déterminés');
    assert.equal(countryName(data, 'QU', en), 'Countries and territories not specified');
    assert.equal(countryName(data, 'QA', en), 'Qatar');
    assert.equal(countryName(data, 'XZ', en), 'Territoire inconnu');
    assert.equal(itemNameInTable('country', data, 'XZ', en), 'Territoire inconnu (French name)');
    assert.equal(itemNameInTable('country', data, 'QU', en), 'Countries and territories not specified');
    assert.equal(itemNameInTable('country', data, 'XZ', fr), 'Territoire inconnu');
    assert.equal(productName(data, 'C30C', en), 'Air and spacecraft and related machinery');
    assert.equal(itemNameInTable('product', data, 'ZZ9Z', en), 'Produit inconnu (French name)');
  });

  test('counts from attributes (limit, highlight): a whole number of at least the minimum, else the default', () => {
    assert.equal(countOr(3.7, 10), 3);
    assert.equal(countOr('5', 10), 5);
    assert.equal(countOr(0, 10), 10);
    assert.equal(countOr(-2, 10), 10);
    assert.equal(countOr(NaN, 10), 10);
    assert.equal(countOr(undefined, 10), 10);
    assert.equal(countOr(null, 10), 10);
    assert.equal(countOr('', 10), 10);
    // `highlight` may be 0 (no red flows), not less.
    assert.equal(countOr(0, 5, 0), 0);
    assert.equal(countOr(-1, 5, 0), 5);
    assert.equal(countOr(0.5, 10), 10);
    assert.equal(countOr(1.5, 10), 1);
  });
});

describe('text fitting', () => {
  const m = monospaceMeasure(0.5); // 5 px per character at 10 px
  test('truncate keeps what fits and ends with an ellipsis', () => {
    assert.equal(truncate('Boissons', 100, m, 10), 'Boissons');
    assert.equal(truncate('Pays et territoires non déterminés', 100, m, 10), 'Pays et territoires…');
    assert.ok(m(truncate('Pays et territoires non déterminés', 100, m, 10), 10) <= 100);
    assert.equal(truncate('Boissons', 3, m, 10), '');
  });

  test('wrap breaks on words, within the lines allowed', () => {
    assert.deepEqual(wrap('Produits de la culture et de l’élevage', 100, 3, m, 10), [
      'Produits de la',
      'culture et de',
      'l’élevage',
    ]);
    const two = wrap('Produits de la culture et de l’élevage', 100, 2, m, 10);
    assert.equal(two.length, 2);
    assert.ok(two[1].endsWith('…'));
    for (const line of two) assert.ok(m(line, 10) <= 100, line);
    assert.deepEqual(wrap('Électricité', 20, 2, m, 10), ['Éle…']);
    assert.deepEqual(wrap('Électricité', 8, 2, m, 10), []);
    assert.deepEqual(wrap('Anticonstitutionnellement court', 60, 2, m, 10), ['Anticonstit…']);
  });

  test('names that would shorten alike keep their ends', () => {
    const aero = 'Produits de la construction aéronautique et spatiale';
    const auto = 'Produits de la construction automobile';
    assert.equal(truncate(aero, 150, m, 10), truncate(auto, 150, m, 10));
    const [a, b] = truncateDistinct([aero, auto], [150, 150], m, 10);
    assert.notEqual(a, b);
    for (const shown of [a, b]) assert.ok(m(shown, 10) <= 150, shown);
    assert.match(b, /automobile$/);
    assert.equal(truncateMiddle(auto, 150, m, 10), 'Produits de la … automobile');
    // Names that fit, and names that differ once shortened, are left as they are.
    assert.deepEqual(truncateDistinct(['Boissons', 'Meubles'], [100, 100], m, 10), ['Boissons', 'Meubles']);
  });
});
