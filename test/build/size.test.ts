/**
 * The size budget: the whole library — every element, in the single-file script,
 * minified — at most 32 kB gzip (DSFR Chart's bar chart alone is ~130 kB).
 * Deterministic: the same build, measured the same way, every time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSingleFile } from '../../scripts/size.ts';
import { ELEMENTS } from '../../src/elements.ts';

export const BUDGET = 32 * 1024;

test(`the single-file script is at most ${BUDGET / 1024} kB gzip`, async () => {
  const { raw, gzip, modules } = await buildSingleFile();
  const ids = Object.keys(modules).join(' ');
  for (const tag of ELEMENTS) assert.ok(ids.includes(`${tag}/${tag}.ts`), `${tag} is in the bundle`);
  assert.ok(
    gzip <= BUDGET,
    `${(gzip / 1024).toFixed(2)} kB gzip (${(raw / 1024).toFixed(1)} kB minified) ` +
      `is over the ${BUDGET / 1024} kB budget`,
  );
});
