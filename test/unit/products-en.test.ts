/**
 * The English product names (src/data/i18n/products.en.ts) cover exactly the A129 codes
 * of the customs labels file, each with a usable chart label.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PRODUCT_NAMES_EN } from '../../src/data/i18n/products.en.ts';

/** The codes of data/dgddi/Libelle_A129.txt: UTF-8 with BOM, CRLF, `code;label;...` lines. */
const codes = readFileSync(new URL('../../data/dgddi/Libelle_A129.txt', import.meta.url), 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .map((line) => line.slice(0, line.indexOf(';')).trim());

test('the customs labels file gives the 76 A129 codes', () => {
  assert.equal(codes.length, 76);
  assert.equal(new Set(codes).size, 76);
  for (const code of codes) assert.match(code, /^[A-Z]\d{2}[A-Z]$/);
});

test('every customs code has a non-empty English name', () => {
  for (const code of codes) {
    const name = PRODUCT_NAMES_EN[code];
    assert.equal(typeof name, 'string', code);
    assert.notEqual(name.trim(), '', code);
    assert.equal(name, name.trim(), code);
  }
});

test('there are no English names for codes outside the customs file', () => {
  const known = new Set(codes);
  assert.deepEqual(
    Object.keys(PRODUCT_NAMES_EN).filter((code) => !known.has(code)),
    [],
  );
});

test('the English names are unique', () => {
  const names = Object.values(PRODUCT_NAMES_EN).map((name) => name.toLowerCase());
  assert.deepEqual(
    names.filter((name, i) => names.indexOf(name) !== i),
    [],
  );
});

test('the English names are product names, not activity names, without a full stop', () => {
  for (const [code, name] of Object.entries(PRODUCT_NAMES_EN)) {
    assert.doesNotMatch(name, /^Manufacture of/i, code);
    assert.doesNotMatch(name, /\.$/, code);
  }
});

test('no English name is longer than 70 characters', () => {
  for (const [code, name] of Object.entries(PRODUCT_NAMES_EN)) {
    assert.ok(name.length <= 70, `${code}: ${name.length} characters`);
  }
});
