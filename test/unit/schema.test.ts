/**
 * One description of the data format, checked three ways:
 *  - the committed JSON Schemas are what scripts/schema.ts generates from
 *    src/data/contract.ts (a type changed without regenerating fails here);
 *  - on generated files, valid and broken, the JSON Schema and the run-time
 *    validator agree: both accept, or both refuse, except for the semantic rules
 *    (checks.ts), where the schema accepts and only the validator refuses;
 *  - the fixtures and the bundled demo data pass both.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_VERSION, SUPPORTED_SCHEMAS } from '../../src/data/contract.ts';
import { ITEM_CODE, isTerritoryCode } from '../../src/data/codes.ts';
import { validateTradeData, cleanLabel, MAX_FLOWS, MAX_LABEL_LENGTH } from '../../src/data/validate.ts';
import { validateIndex } from '../../src/data/validate-index.ts';
import { validateSeries } from '../../src/data/validate-series.ts';
import { TradeError } from '../../src/data/errors.ts';
import { generateSchemas, staleSchemas, SCHEMAS } from '../../scripts/schema.ts';
import { makeData, mutate } from '../helpers/data.ts';
import {
  cases,
  INDEX_MUTATIONS,
  TRADE_MUTATIONS,
  validIndexFile,
  validTradeFile,
  type Case,
} from '../helpers/contract-cases.ts';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const tradeSchema = read('schema/trade-data.schema.json');
const indexSchema = read('schema/index.schema.json');
const schemaOk = ajv.compile(tradeSchema);
const indexOk = ajv.compile(indexSchema);
const seriesOk = ajv.compile(read('schema/series.schema.json'));

/** The validator's verdict: undefined when it accepts, else the problem's code and path. */
function refusal(validate: (json: unknown) => unknown, json: unknown): string | undefined {
  try {
    validate(json);
    return undefined;
  } catch (e) {
    if (!(e instanceof TradeError)) throw e;
    return `${e.problem?.code} at ${e.problem?.path}`;
  }
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the JSON Schemas are generated from contract.ts', () => {
  const generated = generateSchemas();

  test('the committed files are what `npx tsx scripts/schema.ts` writes', () => {
    assert.deepEqual(Object.keys(generated).sort(), Object.keys(SCHEMAS).sort());
    assert.deepEqual(staleSchemas(generated), [], 'schema/ is stale: run npx tsx scripts/schema.ts');
  });

  test('Draft 2020-12, with an $id, a title and descriptions', () => {
    for (const schema of [tradeSchema, indexSchema]) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(schema.$id, /^https:\/\/.+\.schema\.json$/);
      assert.ok(schema.title && schema.description);
      assert.ok(!JSON.stringify(schema).includes('#/definitions/'));
    }
    assert.deepEqual(Object.keys(tradeSchema.$defs.FlowTriple).includes('prefixItems'), true);
  });

  test('the schema says what the validator’s constants say', () => {
    assert.deepEqual(tradeSchema.$defs.SchemaVersion.enum, [...SUPPORTED_SCHEMAS]);
    assert.ok(SUPPORTED_SCHEMAS.includes(SCHEMA_VERSION));
    assert.deepEqual(indexSchema.$defs.SchemaVersion, tradeSchema.$defs.SchemaVersion);
    assert.equal(tradeSchema.$defs.ItemCode.pattern, ITEM_CODE.source);
    assert.equal(tradeSchema.$defs.Label.maxLength, MAX_LABEL_LENGTH);
    assert.equal(tradeSchema.$defs.FlowList.maxItems, MAX_FLOWS);
    assert.equal(tradeSchema.$defs.Euros.maximum, Number.MAX_SAFE_INTEGER);
  });

  test('territory code patterns accept exactly the codes codes.ts accepts, level by level', () => {
    const candidates = ['FR', 'fr', '2A', '2B', '9A', ' 32', '32 ', ''];
    for (let n = 0; n < 1000; n++) candidates.push(String(n), String(n).padStart(2, '0'), String(n).padStart(3, '0'));
    const patterns = {
      department: tradeSchema.$defs.DepartmentCode.pattern,
      region: tradeSchema.$defs.RegionCode.pattern,
      france: tradeSchema.$defs.FranceCode.pattern,
    };
    for (const [level, pattern] of Object.entries(patterns) as [keyof typeof patterns, string][]) {
      const re = new RegExp(pattern, 'u');
      for (const c of candidates) assert.equal(re.test(c), isTerritoryCode(level, c), `${level} ${JSON.stringify(c)}`);
    }
    assert.equal(indexSchema.$defs.DepartmentCode.pattern, patterns.department);
    assert.equal(indexSchema.$defs.RegionCode.pattern, patterns.region);
  });

  test('the label pattern (a visible character) is what cleanLabel leaves non-empty, for every BMP character', () => {
    const re = new RegExp(tradeSchema.$defs.Label.pattern, 'u');
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      assert.equal(re.test(s), cleanLabel(s) !== '', `U+${c.toString(16).padStart(4, '0')}`);
    }
    for (const s of ['🍷', '𝔽', '\u{e0001}', ' \u202e🍷']) assert.equal(re.test(s), cleanLabel(s) !== '', s);
  });
});

describe('the JSON Schema and the validator agree on generated files', () => {
  /** Checks every case; returns how many of each verdict, for the counts asserted below. */
  function agree(
    list: { valid: Case[]; invalid: Case[] },
    schemaValid: typeof schemaOk,
    validate: (json: unknown) => unknown,
  ) {
    const failures: string[] = [];
    for (const c of list.valid) {
      const bySchema = schemaValid(c.json) ? undefined : ajv.errorsText(schemaValid.errors);
      const byValidator = refusal(validate, c.json);
      if (bySchema || byValidator)
        failures.push(`${c.name} should pass: schema ${bySchema ?? 'accepts'}; validator ${byValidator ?? 'accepts'}`);
    }
    const byKind = new Map<string, number>();
    for (const c of list.invalid) {
      const schemaAccepts = schemaValid(c.json);
      const byValidator = refusal(validate, c.json);
      const kind = c.name.replace(/ #\d+$/, '');
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      if (!byValidator) failures.push(`${c.name}: the validator accepts ${JSON.stringify(c.json).slice(0, 300)}`);
      if (c.semantic && !schemaAccepts)
        failures.push(`${c.name}: a semantic rule, yet the schema refuses (${ajv.errorsText(schemaValid.errors)})`);
      if (!c.semantic && schemaAccepts)
        failures.push(`${c.name}: the schema accepts what the validator refuses (${byValidator})`);
    }
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} disagreements`);
    return byKind;
  }

  test('data files: 600 valid, 750 broken (one rule each), seed 20240601', () => {
    const list = cases(20240601, 600, 750, validTradeFile, TRADE_MUTATIONS);
    const byKind = agree(list, schemaOk, validateTradeData);
    // Every mutation ran, semantic ones included.
    assert.equal(byKind.size, TRADE_MUTATIONS.length);
    assert.ok(TRADE_MUTATIONS.filter((m) => m.semantic).length >= 6);
    for (const [kind, n] of byKind) assert.ok(n >= 25, `${kind}: ${n}`);
  });

  test('the generated valid files vary what the contract allows', () => {
    const { valid } = cases(20240601, 600, 0, validTradeFile, TRADE_MUTATIONS);
    const count = (p: (j: any) => boolean) => valid.filter((c) => p(c.json)).length;
    for (const level of ['department', 'region', 'france'])
      assert.ok(count((j) => j.territory.level === level) > 100, level);
    assert.ok(count((j) => Object.keys(j.products).length === 0) > 20);
    assert.ok(count((j) => Object.keys(j.products).length >= 45) > 20);
    assert.ok(count((j) => Object.keys(j.countries).length >= 35) > 20);
    assert.ok(count((j) => j.flows.export.some((t: any) => t[2] > 1e11)) > 50);
    assert.ok(count((j) => j.flows.export.length > 300) > 10);
    for (const k of ['parents', 'ranks', 'previous', 'territoriesOfIndustry']) {
      assert.ok(count((j) => k in j) > 50, `${k} present`);
      assert.ok(count((j) => !(k in j)) > 50, `${k} absent`);
    }
    const labels = valid.map((c) => JSON.stringify(c.json)).join('');
    for (const script of [
      /\p{Script=Latin}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Hebrew}/u,
      /\p{Script=Han}/u,
      /\p{Script=Devanagari}/u,
      /[\u{10000}-\u{10ffff}]/u,
    ])
      assert.match(labels, script);
    assert.ok(count((j) => JSON.stringify(j).includes('"__proto__"')) > 0);
    assert.ok(
      count((j) => JSON.stringify(j).match(/"([^"\\]|\\.){500,}"/) !== null) > 10,
      'labels at the length limit',
    );
  });

  test('index files: 300 valid, 400 broken, seed 7', () => {
    const byKind = agree(cases(7, 300, 400, validIndexFile, INDEX_MUTATIONS), indexOk, validateIndex);
    assert.equal(byKind.size, INDEX_MUTATIONS.length);
  });

  test('a flow list longer than MAX_FLOWS is refused by both', () => {
    const d = makeData({ export: [] });
    (d.flows as any).export = Array.from({ length: MAX_FLOWS + 1 }, () => ['C11Z', 'ES', 0]);
    assert.equal(schemaOk(d), false);
    assert.equal(refusal(validateTradeData, d), 'too-many at flows.export');
  });
});

describe('real files pass both', () => {
  test('the test fixtures', () => {
    const files = jsonFiles('test/fixtures/data');
    assert.ok(files.length >= 5);
    for (const f of files) {
      const json = read(f);
      if (f.endsWith('index.json')) {
        assert.ok(indexOk(json), `${f}: ${ajv.errorsText(indexOk.errors)}`);
        validateIndex(json);
      } else {
        assert.ok(schemaOk(json), `${f}: ${ajv.errorsText(schemaOk.errors)}`);
        validateTradeData(json, f);
      }
    }
  });

  test('the bundled demo data (every file)', () => {
    // The map's files (its shapes, each year's totals) are not data files: parseTotals and the map's tests check them.
    const files = jsonFiles('public/data').filter((f) => !f.includes('/geo/') && !f.endsWith('/territories.json'));
    assert.ok(
      files.length > 0,
      'no JSON file in public/data: the bundled demo data is missing (npm run demo-data writes it)',
    );
    for (const f of files) {
      const json = read(f);
      if (f.endsWith('index.json')) {
        assert.ok(indexOk(json), `${f}: ${ajv.errorsText(indexOk.errors)}`);
        validateIndex(json, f);
      } else if (f.includes('/series/')) {
        assert.ok(seriesOk(json), `${f}: ${ajv.errorsText(seriesOk.errors)}`);
        validateSeries(json, f);
      } else {
        assert.ok(schemaOk(json), `${f}: ${ajv.errorsText(schemaOk.errors)}`);
        validateTradeData(json, f);
      }
    }
  });

  test('hand-picked bad files are refused by both', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['missing year', mutate(makeData(), ['year'], undefined)],
      ['string year', mutate(makeData(), ['year'], '2024')],
      ['negative value', mutate(makeData(), ['flows', 'export', 0, 2], -5)],
      ['fractional value', mutate(makeData(), ['flows', 'export', 0, 2], 1.5)],
      ['short triple', mutate(makeData(), ['flows', 'export', 0], ['C11Z', 'ES'])],
      ['wrong schema version', mutate(makeData(), ['schema'], 3)],
      ['unknown level', mutate(makeData(), ['territory', 'level'], 'commune')],
      ['bad department code', mutate(makeData(), ['territory', 'code'], '9A')],
      ['a department code for a region', mutate(makeData({ level: 'region' }), ['territory', 'code'], '95')],
      ['javascript: source URL', mutate(makeData(), ['source', 'url'], 'javascript:alert(1)')],
      ['empty label', mutate(makeData(), ['products', 'C11Z'], '')],
      ['blank label', mutate(makeData(), ['products', 'C11Z'], ' \u202e ')],
      ['501 characters, astral', mutate(makeData(), ['products', 'C11Z'], '🍷'.repeat(501))],
      ['missing import flows', mutate(makeData(), ['flows', 'import'], undefined)],
      ['markup as a code', mutate(makeData(), ['countries', '<b>'], 'x')],
    ];
    for (const [name, json] of cases) {
      assert.equal(schemaOk(json), false, `schema accepted: ${name}`);
      assert.ok(refusal(validateTradeData, json), `validator accepted: ${name}`);
    }
    // 500 characters are fine, however many UTF-16 units they take.
    const long = mutate(makeData(), ['products', 'C11Z'], '🍷'.repeat(500));
    assert.ok(schemaOk(long));
    assert.equal(refusal(validateTradeData, long), undefined);
  });
});

describe('the series schema and validator agree', () => {
  const file = () => read('public/data/series/departments/32.json') as Record<string, unknown>;
  const both = (json: unknown) => [seriesOk(json), refusal(validateSeries, json)];

  test('the demo Gers series passes both', () => {
    assert.deepEqual(both(file()), [true, undefined]);
  });

  test('structural breaks are refused by both; sums, lengths and labels by the validator alone', () => {
    const withYear = (value: unknown) => {
      const f = file();
      (f.years as { export: unknown[] }).export[0] = value;
      return f;
    };
    assert.deepEqual(both(withYear(-1)), [false, 'negative at years.export[0]']);
    assert.deepEqual(both(withYear(1.5)), [false, 'not-integer at years.export[0]']);
    assert.deepEqual(both(withYear('1')), [false, 'type at years.export[0]']);
    const wrongKind = { ...file(), kind: 'year' };
    assert.deepEqual(both(wrongKind), [false, 'enum at kind']);
    const wrongVersion = { ...file(), schema: 2 };
    assert.deepEqual(both(wrongVersion), [false, 'schema-version at schema']);
    // A year one euro off its quarters: only the validator can tell.
    const f = file();
    const years = f.years as { export: number[] };
    years.export[3] += 1;
    assert.deepEqual(both(f), [true, 'total-mismatch at years.export[3]']);
    const noLabel = { ...file(), countries: {} };
    assert.equal(both(noLabel)[0], true);
    assert.match(String(both(noLabel)[1]), /^unknown-code at top\.partners\.export\[0\]\.code$/);
  });
});
