/**
 * The data contract's run-time validation: a valid file passes whole; each kind
 * of bad file is rejected with a typed error that names the field and the problem.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validateTradeData, isValidated, cleanLabel } from '../../src/data/validate.ts';
import { validateIndex } from '../../src/data/validate-index.ts';
import { TradeError } from '../../src/data/errors.ts';
import frErrors from '../../src/data/i18n/errors.fr.ts';
import enErrors from '../../src/data/i18n/errors.en.ts';
import en from '../../src/data/i18n/en.ts';
import { fr } from '../../src/data/i18n/fr.ts';
import { makeData, mutate } from '../helpers/data.ts';

function rejects(json: unknown): TradeError {
  try {
    validateTradeData(json, 'https://example.org/x.json');
  } catch (e) {
    assert.ok(e instanceof TradeError, `expected a TradeError, got ${String(e)}`);
    assert.equal(e.kind, 'schema');
    assert.equal(e.url, 'https://example.org/x.json');
    return e;
  }
  assert.fail('the file was accepted');
}

/** The French sentence the widget shows. */
const limits = { timeoutMs: 20_000, maxBytes: 1e7 };
const said = (e: TradeError) => frErrors.describe(e, fr, limits);

describe('a valid file', () => {
  test('passes and comes out typed, equal in content', () => {
    const raw = makeData();
    const data = validateTradeData(raw);
    assert.equal(data.territory.code, '32');
    assert.equal(data.totals.export, 300_000_000);
    assert.deepEqual(data.flows.export, (raw.flows as any).export);
    assert.ok(isValidated(data));
    assert.ok(!isValidated(raw));
  });

  test('region and France files pass', () => {
    assert.equal(validateTradeData(makeData({ level: 'region' })).territory.level, 'region');
    assert.equal(validateTradeData(makeData({ level: 'france' })).territory.code, 'FR');
  });

  test('zero-value flows and empty flow lists are valid', () => {
    const d = validateTradeData(makeData({ export: [['C11Z', 'ES', 0]], import: [] }));
    assert.equal(d.totals.export, 0);
    assert.equal(d.totals.import, 0);
  });

  test('parents are optional', () => {
    const d = validateTradeData(mutate(makeData(), ['parents'], undefined));
    assert.deepEqual(d.parents, {});
  });

  test('control and bidirectional-override characters are removed from labels', () => {
    const d = validateTradeData(mutate(makeData(), ['countries', 'ES'], 'Esp\u202Eagne\u0007 \n X'));
    assert.equal(d.countries.ES, 'Esp agne X');
    assert.equal(cleanLabel('\u2066a\u2069'), 'a');
  });
});

describe('bad files are rejected with the field and the problem', () => {
  test('an empty file', () => {
    for (const empty of [undefined, null, {}]) {
      const e = rejects(empty);
      assert.equal(e.problem?.code, 'empty');
      assert.match(said(e), /est vide/);
    }
  });

  test('not an object', () => {
    const e = rejects([1, 2]);
    assert.equal(e.problem?.code, 'type');
    assert.equal(e.problem.found, 'array');
  });

  test('missing fields', () => {
    for (const path of [
      ['year'],
      ['territory'],
      ['totals'],
      ['products'],
      ['flows'],
      ['source'],
      ['territory', 'name'],
      ['totals', 'import'],
      ['source', 'url'],
    ]) {
      const e = rejects(mutate(makeData(), path, undefined));
      assert.equal(e.problem?.code, 'missing', path.join('.'));
      assert.equal(e.problem.path, path.join('.'));
      assert.equal(said(e), `Données invalides : le champ « ${path.join('.')} » est absent.`);
    }
  });

  test('missing flow lists', () => {
    const e = rejects(mutate(makeData(), ['flows', 'import'], undefined));
    assert.equal(e.problem?.path, 'flows.import');
    assert.equal(e.problem.code, 'missing');
  });

  test('wrong types', () => {
    const cases: [Array<string | number>, unknown, string][] = [
      [['year'], '2024', 'year'],
      [['totals', 'export'], '300000000', 'totals.export'],
      [['territory', 'name'], 42, 'territory.name'],
      [['flows', 'export'], {}, 'flows.export'],
      [['flows', 'export', 0], 'C11Z;ES;1', 'flows.export[0]'],
      [['flows', 'export', 0, 0], 11, 'flows.export[0][0]'],
      [['source', 'demo'], 'yes', 'source.demo'],
    ];
    for (const [path, value, where] of cases) {
      const e = rejects(mutate(makeData(), path, value));
      assert.equal(e.problem?.code, 'type', where);
      assert.equal(e.problem.path, where);
    }
    const e = rejects(mutate(makeData(), ['year'], '2024'));
    assert.equal(
      said(e),
      'Données invalides : le champ « year » n’a pas le bon type (attendu : number ; trouvé : string).',
    );
  });

  test('a triple of the wrong length', () => {
    const e = rejects(mutate(makeData(), ['flows', 'import', 2], ['C28A', 'DE']));
    assert.equal(e.problem?.path, 'flows.import[2]');
    assert.equal(e.problem.found, 'array(2)');
  });

  test('negative values', () => {
    const e = rejects(mutate(makeData(), ['flows', 'export', 1, 2], -80_000_000));
    assert.equal(e.problem?.code, 'negative');
    assert.equal(e.problem.path, 'flows.export[1][2]');
    assert.equal(said(e), 'Données invalides : le champ « flows.export[1][2] » est négatif (-80000000).');
  });

  test('non-finite values (JSON cannot hold them, a property can)', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      const e = rejects(mutate(makeData(), ['flows', 'export', 0, 2], v));
      assert.equal(e.problem?.code, 'not-finite');
    }
  });

  test('fractional euros and unsafe integers', () => {
    assert.equal(rejects(mutate(makeData(), ['flows', 'export', 0, 2], 1.5)).problem?.code, 'not-integer');
    assert.equal(rejects(mutate(makeData(), ['flows', 'export', 0, 2], 2 ** 60)).problem?.code, 'too-large');
  });

  test('unknown codes in flows', () => {
    const p = rejects(mutate(makeData(), ['flows', 'export', 0, 0], 'Z99Z'));
    assert.equal(p.problem?.code, 'unknown-code');
    assert.equal(p.problem.path, 'flows.export[0][0]');
    assert.equal(
      said(p),
      'Données invalides : le champ « flows.export[0][0] » renvoie à un code absent de « products » ("Z99Z").',
    );
    const c = rejects(mutate(makeData(), ['flows', 'import', 0, 1], 'XX'));
    assert.equal(c.problem?.path, 'flows.import[0][1]');
  });

  test('duplicate product × country pairs', () => {
    const d = makeData();
    (d.flows as any).export.push(['C11Z', 'ES', 1]);
    (d.totals as { export: number }).export += 1;
    const e = rejects(d);
    assert.equal(e.problem?.code, 'duplicate');
    assert.equal(e.problem.path, 'flows.export[4]');
  });

  test('a wrong schema version', () => {
    const e = rejects(mutate(makeData(), ['schema'], 99));
    assert.equal(e.problem?.code, 'schema-version');
    assert.equal(
      said(e),
      'Données invalides : le champ « schema » a une version non prise en charge (99 ; versions lues : 1, 2).',
    );
  });

  test('totals that are not the sum of the flows', () => {
    const e = rejects(mutate(makeData(), ['totals', 'import'], 1));
    assert.equal(e.problem?.code, 'total-mismatch');
    assert.equal(e.problem.path, 'totals.import');
    assert.equal(e.problem.expected, '215000000');
    assert.equal(
      said(e),
      'Données invalides : le champ « totals.import » (1) n’est pas la somme des flux (215000000).',
    );
  });

  test('a parent total smaller than the territory’s own', () => {
    const e = rejects(mutate(makeData(), ['parents', 'region', 'totals', 'export'], 5));
    assert.equal(e.problem?.code, 'parent-smaller');
    assert.equal(e.problem.path, 'parents.region.totals.export');
  });

  test('invalid territory codes and levels', () => {
    assert.equal(rejects(mutate(makeData(), ['territory', 'code'], '96')).problem?.code, 'invalid-code');
    assert.equal(rejects(mutate(makeData(), ['territory', 'code'], '9A')).problem?.code, 'invalid-code');
    // Regions: the 18 INSEE codes only.
    for (const code of ['05', '10', '12', '99'])
      assert.equal(
        rejects(mutate(makeData(), ['territory', 'region', 'code'], code)).problem?.code,
        'invalid-code',
        code,
      );
    for (const code of ['01', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'])
      assert.equal(
        validateTradeData(
          mutate(mutate(makeData(), ['territory', 'region', 'code'], code), ['parents', 'region', 'code'], code),
        ).territory.region?.code,
        code,
      );
    assert.equal(rejects(mutate(makeData(), ['territory', 'level'], 'commune')).problem?.code, 'enum');
    assert.equal(
      rejects(mutate(makeData({ level: 'france' }), ['territory', 'code'], 'FRA')).problem?.code,
      'invalid-code',
    );
  });

  test('product and country codes that could carry markup', () => {
    const d = makeData();
    (d.countries as any)['<img src=x>'] = 'x';
    assert.equal(rejects(d).problem?.code, 'invalid-code');
  });

  test('empty and oversized labels', () => {
    assert.equal(rejects(mutate(makeData(), ['products', 'C11Z'], '  \u202E ')).problem?.code, 'empty-label');
    assert.equal(rejects(mutate(makeData(), ['products', 'C11Z'], 'x'.repeat(501))).problem?.code, 'label-too-long');
  });

  test('a source URL that is not http(s)', () => {
    const e = rejects(mutate(makeData(), ['source', 'url'], 'javascript:alert(1)'));
    assert.equal(e.problem?.code, 'invalid-url');
    assert.equal(e.problem.path, 'source.url');
  });

  test('English messages', () => {
    const e = rejects(mutate(makeData(), ['flows', 'export', 1, 2], -1));
    assert.equal(enErrors.describe(e, en, limits), 'Invalid data: the field “flows.export[1][2]” is negative (-1).');
  });
});

describe('index.json', () => {
  const index = {
    schema: 1,
    years: [2024, 2023],
    latest: 2024,
    territories: {
      departments: [{ code: '32', name: 'Gers', region: '76' }],
      regions: [{ code: '76', name: 'Occitanie' }],
      france: true,
    },
    source: { name: 'DGDDI', licence: 'Licence Ouverte 2.0', url: 'https://www.data.gouv.fr/' },
  };

  test('passes, years sorted', () => {
    assert.deepEqual(validateIndex(index).years, [2023, 2024]);
  });

  test('latest must be one of the years', () => {
    assert.throws(
      () => validateIndex({ ...index, latest: 2025 }),
      (e: TradeError) => e.problem?.path === 'latest',
    );
  });

  test('no years', () => {
    assert.throws(
      () => validateIndex({ ...index, years: [] }),
      (e: TradeError) => e.problem?.path === 'years',
    );
  });

  test('duplicate or invalid territory codes', () => {
    const dup = structuredClone(index);
    dup.territories.departments.push({ code: '32', name: 'Gers', region: '76' });
    assert.throws(
      () => validateIndex(dup),
      (e: TradeError) => e.problem?.code === 'duplicate' && e.problem.path === 'territories.departments[1].code',
    );
    const bad = structuredClone(index);
    bad.territories.regions[0].code = 'XX';
    assert.throws(
      () => validateIndex(bad),
      (e: TradeError) => e.problem?.code === 'invalid-code',
    );
  });
});
