/**
 * The README's data contract examples are real: its department file and its
 * index.json pass the run-time validator, so that someone who copies them to start
 * a file by hand starts from a valid one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateTradeData } from '../../src/data/validate.ts';
import { validateIndex } from '../../src/data/validate-index.ts';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));

test('the README has a data file example and an index.json example', () => {
  assert.equal(blocks.length, 2);
});

test("the README's department file is valid, with the totals of its flows", () => {
  const data = validateTradeData(blocks[0]);
  assert.equal(data.schema, 2);
  assert.equal(data.territory.code, '32');
  for (const flow of ['export', 'import'] as const) {
    assert.equal(
      data.totals[flow],
      blocks[0].flows[flow].reduce((s: number, f: [string, string, number]) => s + f[2], 0),
    );
  }
});

test("the README's index.json is valid", () => {
  const index = validateIndex(blocks[1]);
  assert.deepEqual(index.years, [2023, 2024]);
  assert.equal(index.territories.departments[0].code, '32');
});
