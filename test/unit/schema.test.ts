/**
 * The published JSON Schema and the run-time validator agree: what one accepts the
 * other accepts, and the bad files the schema can describe are refused by both.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_VERSION } from '../../src/data/contract.ts';
import { validateIndex, validateTradeData } from '../../src/data/validate.ts';
import { makeData, mutate } from '../helpers/data.ts';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaOk = ajv.compile(read('schema/trade-data.schema.json'));
const indexOk = ajv.compile(read('schema/index.schema.json'));

function accepted(json: unknown): boolean {
  try {
    validateTradeData(json);
    return true;
  } catch {
    return false;
  }
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath ?? (e as any).path, e.name));
}

describe('JSON Schema', () => {
  test('describes the version the library reads', () => {
    assert.ok(read('schema/trade-data.schema.json').properties.schema.enum.includes(SCHEMA_VERSION));
  });

  test('the test fixtures pass both', () => {
    const files = jsonFiles('test/fixtures/data');
    assert.ok(files.length >= 5);
    for (const f of files) {
      const json = read(f);
      if (f.endsWith('index.json')) {
        assert.ok(indexOk(json), `${f}: ${ajv.errorsText(indexOk.errors)}`);
        validateIndex(json);
      } else {
        assert.ok(schemaOk(json), `${f}: ${ajv.errorsText(schemaOk.errors)}`);
        assert.ok(accepted(json), f);
      }
    }
  });

  test('the bundled demo data passes both (every file)', () => {
    const files = jsonFiles('public/data').filter((f) => !f.includes('/texts/'));
    assert.ok(files.length > 0, 'no JSON file in public/data: the bundled demo data is missing (npm run demo-data writes it)');
    for (const f of files) {
      const json = read(f);
      if (f.endsWith('index.json')) assert.ok(indexOk(json), `${f}: ${ajv.errorsText(indexOk.errors)}`);
      else {
        assert.ok(schemaOk(json), `${f}: ${ajv.errorsText(schemaOk.errors)}`);
        assert.ok(accepted(json), f);
      }
    }
  });

  test('bad files the schema can describe are refused by both', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['missing year', mutate(makeData(), ['year'], undefined)],
      ['string year', mutate(makeData(), ['year'], '2024')],
      ['negative value', mutate(makeData(), ['flows', 'export', 0, 2], -5)],
      ['fractional value', mutate(makeData(), ['flows', 'export', 0, 2], 1.5)],
      ['short triple', mutate(makeData(), ['flows', 'export', 0], ['C11Z', 'ES'])],
      ['wrong schema version', mutate(makeData(), ['schema'], 3)],
      ['unknown level', mutate(makeData(), ['territory', 'level'], 'commune')],
      ['bad department code', mutate(makeData(), ['territory', 'code'], '9A')],
      ['javascript: source URL', mutate(makeData(), ['source', 'url'], 'javascript:alert(1)')],
      ['empty label', mutate(makeData(), ['products', 'C11Z'], '')],
      ['missing import flows', mutate(makeData(), ['flows', 'import'], undefined)],
      ['markup as a code', mutate(makeData(), ['countries', '<b>'], 'x')],
    ];
    for (const [name, json] of cases) {
      assert.equal(schemaOk(json), false, `schema accepted: ${name}`);
      assert.equal(accepted(json), false, `validator accepted: ${name}`);
    }
  });
});
