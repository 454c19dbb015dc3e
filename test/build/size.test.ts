/**
 * The size budget: the whole library — every element, in the single-file script,
 * minified — at most 30 kB gzip (DSFR Chart's bar chart alone is ~130 kB).
 * Deterministic: the same build, measured the same way, every time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain ES module script, no types
import { buildSingleFile } from '../../scripts/size.mjs';

export const BUDGET = 30 * 1024;

test(`the single-file script is at most ${BUDGET / 1024} kB gzip`, async () => {
  const { raw, gzip, modules } = await buildSingleFile();
  const ids = Object.keys(modules).join(' ');
  for (const tag of ['trade-balance', 'trade-treemap', 'trade-sankey', 'trade-summary', 'trade-report']) assert.ok(ids.includes(`${tag}/${tag}.ts`), `${tag} is in the bundle`);
  assert.ok(gzip <= BUDGET, `${(gzip / 1024).toFixed(2)} kB gzip (${(raw / 1024).toFixed(1)} kB minified) is over the ${BUDGET / 1024} kB budget`);
});
