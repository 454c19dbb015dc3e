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
export type Fail = (code: ProblemCode, path: string, expected?: string | number, found?: string | number) => never;
/** Quotes a value read from the file for a message. */
type Show = (value: unknown) => string;

const PARENTS = ['region', 'france'] as const;
const RANKED = ['export', 'import', 'balance'] as const;

export function checkTradeData(data: TradeData, fail: Fail, show: Show): void {
  for (const flow of FLOWS) {
    const seen = new Set<string>();
    let sum = 0;
    // Runs once per triple (up to MAX_FLOWS): paths are only built for the message.
    const triplePath = (i: number) => `flows.${flow}[${i}]`;
    data.flows[flow].forEach((triple, i) => {
      const product = triple[0];
      const country = triple[1];
      if (!(product in data.products)) fail('unknown-code', `${triplePath(i)}[0]`, 'products', show(product));
      if (!(country in data.countries)) fail('unknown-code', `${triplePath(i)}[1]`, 'countries', show(country));
      const pair = `${product} × ${country}`;
      if (seen.size === seen.add(pair).size) fail('duplicate', triplePath(i), undefined, pair);
      sum += triple[2];
    });
    if (sum !== data.totals[flow]) fail('total-mismatch', `totals.${flow}`, sum, data.totals[flow]);
  }
  for (const parent of PARENTS) {
    const totals = data.parents[parent]?.totals;
    if (!totals) continue;
    for (const flow of FLOWS)
      if (totals[flow] < data.totals[flow])
        fail('parent-smaller', `parents.${parent}.totals.${flow}`, undefined, totals[flow]);
  }
  if (data.ranks)
    for (const ranked of RANKED) {
      const { rank, of } = data.ranks[ranked];
      if (rank > of) fail('enum', `ranks.${ranked}.rank`, `1–${of}`, rank);
    }
  if (data.previous && data.previous.year >= data.year)
    fail('enum', 'previous.year', `< ${data.year}`, data.previous.year);
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
