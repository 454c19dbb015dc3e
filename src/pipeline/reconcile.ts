/**
 * Reconciliation: the files of a year must account for every euro of the input.
 * Pure code, no Node imports.
 */
import { FLOWS, type Flow, type Totals } from '../data/contract.ts';
import type { TerritoryTotals, YearTotals } from './build.ts';
import type { Reconciliation } from './report.ts';

const sum = (list: readonly TerritoryTotals[], flow: Flow) => list.reduce((s, t) => s + t.totals[flow], 0);

/**
 * Checks, per flow: input rows of the year = department files + rows excluded
 * under --lenient; each region = the sum of its departments; the regions sum to
 * France; the parents' totals written in each file are the parents' own. (That
 * each file's totals are the sum of its flows, the contract's validator checks.)
 * Returns the reconciliation lines and the problems found: none when it holds.
 */
export function reconcile(
  files: YearTotals,
  input: Totals,
  excluded: Totals,
): { lines: Reconciliation[]; problems: string[] } {
  const problems: string[] = [];
  const { year, departments, regions, france } = files;
  const lines: Reconciliation[] = [];
  for (const flow of FLOWS) {
    const deps = sum(departments, flow);
    lines.push({ year, flow, input: input[flow], departments: deps, excluded: excluded[flow] });
    const fail = (message: string) => problems.push(`${year} ${flow}: ${message}`);
    if (input[flow] !== deps + excluded[flow]) {
      fail(
        `input rows sum to ${input[flow]} €, ` +
          `but department files sum to ${deps} € and excluded rows to ${excluded[flow]} €`,
      );
    }
    if (sum(regions, flow) !== france.totals[flow])
      fail(`regions sum to ${sum(regions, flow)} €, France is ${france.totals[flow]} €`);
    for (const r of regions) {
      const own = departments.filter((d) => d.region === r.code);
      if (sum(own, flow) !== r.totals[flow])
        fail(`region ${r.code} is ${r.totals[flow]} €, its departments sum to ${sum(own, flow)} €`);
      for (const d of own) {
        if (d.parents.region?.[flow] !== r.totals[flow])
          fail(`department ${d.code} gives its region ${d.parents.region?.[flow]} €, not ${r.totals[flow]} €`);
      }
    }
    for (const [level, list] of [
      ['department', departments],
      ['region', regions],
    ] as const) {
      for (const t of list) {
        if (t.parents.france?.[flow] !== france.totals[flow])
          fail(`${level} ${t.code} gives France ${t.parents.france?.[flow]} €, not ${france.totals[flow]} €`);
      }
    }
  }
  return { lines, problems };
}
