/**
 * The rules of the data contract that no JSON Schema can say, run by validate.ts on
 * a file whose structure it has checked (so every field here has its type): codes in
 * flows exist in `products`/`countries`, one triple per product × country pair,
 * totals are the sums of the flows, parents' totals are not smaller than the
 * territory's, a rank is at most its `of`, `previous.year` is before `year`; in
 * index.json, `latest` is one of `years` and each code is listed once.
 *
 * Each problem names the field and the rule, through validate.ts's `fail` and `show`.
 */
import { FLOWS, type DataIndex, type TradeData } from './contract.ts';
import type { ProblemCode } from './errors.ts';

/** Throws the problem at `path` (validate.ts turns it into a TradeError). */
export type Fail = (code: ProblemCode, path: string, expected?: unknown, found?: unknown) => never;
/** Quotes a value read from the file for a message. */
type Show = (value: unknown) => string;

export function checkTradeData(d: TradeData, fail: Fail, show: Show): void {
  for (const k of FLOWS) {
    const seen = new Set<string>();
    let sum = 0;
    d.flows[k].forEach((t, i) => {
      const p = `flows.${k}[${i}]`;
      (['products', 'countries'] as const).forEach((key, j) => t[j] in d[key] || fail('unknown-code', `${p}[${j}]`, key, show(t[j])));
      const pair = `${t[0]} × ${t[1]}`;
      if (seen.size === seen.add(pair).size) fail('duplicate', p, undefined, pair);
      sum += t[2];
    });
    if (sum !== d.totals[k]) fail('total-mismatch', `totals.${k}`, sum, d.totals[k]);
  }
  // `parents` holds region then france, `ranks` export, import, balance: validate.ts builds them so.
  for (const [parent, { totals }] of Object.entries(d.parents)) {
    for (const k of FLOWS) if (totals[k] < d.totals[k]) fail('parent-smaller', `parents.${parent}.totals.${k}`, undefined, totals[k]);
  }
  for (const [k, { rank, of }] of Object.entries(d.ranks ?? {})) if (rank > of) fail('enum', `ranks.${k}.rank`, `1–${of}`, rank);
  if (d.previous && d.previous.year >= d.year) fail('enum', 'previous.year', `< ${d.year}`, d.previous.year);
}

export function checkIndex(index: DataIndex, fail: Fail, show: Show): void {
  if (!index.years.includes(index.latest)) fail('enum', 'latest', index.years.join(', '), index.latest);
  for (const key of ['departments', 'regions'] as const) {
    const seen = new Set<string>();
    index.territories[key].forEach(({ code }, i) => {
      if (seen.has(code)) fail('duplicate', `territories.${key}[${i}].code`, undefined, show(code));
      seen.add(code);
    });
  }
}
