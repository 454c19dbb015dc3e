/** The reconciliation check alone, with consistent and inconsistent totals. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TerritoryTotals, YearTotals } from '../../src/pipeline/build.ts';
import { reconcile } from '../../src/pipeline/reconcile.ts';

const t = (exp: number, imp: number) => ({ export: exp, import: imp });

/** Two departments in region 76, one in 93; France 60/6. */
function consistent(): YearTotals {
  const france = t(60, 6);
  const dep = (
    code: string,
    region: string,
    totals: ReturnType<typeof t>,
    regionTotals: ReturnType<typeof t>,
  ): TerritoryTotals => ({
    code,
    name: code,
    region,
    totals,
    parents: { region: regionTotals, france },
  });
  return {
    year: 2024,
    departments: [
      dep('31', '76', t(10, 1), t(30, 3)),
      dep('32', '76', t(20, 2), t(30, 3)),
      dep('99', '93', t(30, 3), t(30, 3)),
    ],
    regions: [
      { code: '76', name: 'Occitanie', totals: t(30, 3), parents: { france } },
      { code: '93', name: 'PACA', totals: t(30, 3), parents: { france } },
    ],
    france: { code: 'FR', name: 'France', totals: france, parents: {} },
  };
}

test('consistent totals reconcile, excluded rows included', () => {
  const { lines, problems } = reconcile(consistent(), t(65, 6), t(5, 0));
  assert.deepEqual(problems, []);
  assert.deepEqual(lines, [
    { year: 2024, flow: 'export', input: 65, departments: 60, excluded: 5 },
    { year: 2024, flow: 'import', input: 6, departments: 6, excluded: 0 },
  ]);
});

test('each kind of inconsistency is found and named', () => {
  assert.deepEqual(reconcile(consistent(), t(61, 6), t(0, 0)).problems, [
    '2024 export: input rows sum to 61 €, but department files sum to 60 € and excluded rows to 0 €',
  ]);

  const lostDepartment = consistent();
  lostDepartment.departments.pop();
  assert.deepEqual(reconcile(lostDepartment, t(60, 6), t(0, 0)).problems, [
    '2024 export: input rows sum to 60 €, but department files sum to 30 € and excluded rows to 0 €',
    '2024 export: region 93 is 30 €, its departments sum to 0 €',
    '2024 import: input rows sum to 6 €, but department files sum to 3 € and excluded rows to 0 €',
    '2024 import: region 93 is 3 €, its departments sum to 0 €',
  ]);

  const badFrance = consistent();
  badFrance.france.totals = t(61, 6);
  assert.deepEqual(reconcile(badFrance, t(60, 6), t(0, 0)).problems.slice(0, 2), [
    '2024 export: regions sum to 60 €, France is 61 €',
    '2024 export: department 31 gives France 60 €, not 61 €',
  ]);

  const badParent = consistent();
  badParent.departments[1].parents.region = t(29, 3);
  assert.deepEqual(reconcile(badParent, t(60, 6), t(0, 0)).problems, [
    '2024 export: department 32 gives its region 29 €, not 30 €',
  ]);
});
