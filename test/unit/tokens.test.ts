/**
 * The colour tokens are defined once (src/components/base/tokens.ts): the README's
 * Theming table must say what they are, each with its light and dark value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COLORS } from '../../src/components/base/tokens.ts';

test('the README lists every colour token with its light and dark value, and no other', () => {
  const readme = readFileSync('README.md', 'utf8');
  const rows = [...readme.matchAll(/^\| `--trade-color-([a-z-]+)` +\| `([^`]+)` +\| `([^`]+)` +\|/gm)];
  const listed = Object.fromEntries(rows.map(([, name, light, dark]) => [name, { light, dark }]));
  const defined = Object.fromEntries(Object.entries(COLORS).map(([name, [light, dark]]) => [name, { light, dark }]));
  assert.deepEqual(listed, defined);
});
