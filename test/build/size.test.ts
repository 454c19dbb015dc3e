/**
 * The size budgets, on the single-file script (every element, minified, gzip -9):
 * - the first five elements together, at most 32 kB gzip (DSFR Chart's bar chart
 *   alone is ~130 kB), measured with every later element left out;
 * - each later element, what it adds to the script: its budget in ELEMENT_BUDGETS
 *   (8 kB unless said).
 * Deterministic: the same build, measured the same way, every time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSingleFile } from '../../scripts/size.ts';
import { ELEMENTS, ELEMENT_BUDGETS, FIRST_ELEMENTS } from '../../src/elements.ts';

export const BUDGET = 32 * 1024;
const LATER: readonly string[] = ELEMENTS.filter((tag) => !FIRST_ELEMENTS.includes(tag));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

test(`the first five elements: the single-file script is at most ${BUDGET / 1024} kB gzip`, async () => {
  const { raw, gzip, modules } = await buildSingleFile(LATER);
  const ids = Object.keys(modules).join(' ');
  for (const tag of FIRST_ELEMENTS) assert.ok(ids.includes(`${tag}/${tag}.ts`), `${tag} is in the bundle`);
  for (const tag of LATER) assert.ok(!ids.includes(`${tag}/${tag}.ts`), `${tag} is left out`);
  assert.ok(
    gzip <= BUDGET,
    `${kB(gzip)} gzip (${(raw / 1024).toFixed(1)} kB minified) is over the ${BUDGET / 1024} kB budget`,
  );
});

test('each later element adds at most its budget to the single-file script', async (t) => {
  if (!LATER.length) {
    t.skip('no element beyond the first five yet');
    return;
  }
  const all = await buildSingleFile();
  for (const tag of LATER) {
    const rest = await buildSingleFile([tag]);
    const budget = (ELEMENT_BUDGETS[tag] ?? 8) * 1024;
    const added = all.gzip - rest.gzip;
    assert.ok(added <= budget, `${tag} adds ${kB(added)} gzip, over its ${kB(budget)} budget`);
  }
});
