/**
 * The key figures of a territory: totals, shares of the region and of France,
 * change from the previous year, ranks, and the balance. Pure.
 * (The dependency indicators are dependency.ts's, loaded on demand.)
 */
import { share } from '../../data/aggregate.ts';
import type { Flow, Level, Rank, TradeData } from '../../data/contract.ts';

export interface FlowFigures {
  flow: Flow;
  value: number;
  /**
   * Share of the region's total, for a department that is not its region's only
   * one (the overseas departments and Corse are: their share would be 100 %).
   */
  regionShare?: number;
  /** Share of France's total (departments and regions). */
  franceShare?: number;
  /** Relative change from the previous year, when the data holds it and it was not zero. */
  change?: number;
  rank?: Rank;
}

export interface KeyFigures {
  level: Level;
  /** INSEE code: Monaco (99) and its region (93) say how DGDDI counts Monaco. */
  code: string;
  name: string;
  year: number;
  regionName?: string;
  previousYear?: number;
  flows: FlowFigures[];
  balance: { value: number; previous?: number; rank?: Rank };
}

/** The figures for `flows` (both by default), in the report's order: exports, then imports. */
export function summaryModel(data: TradeData, flows: readonly Flow[] = ['export', 'import']): KeyFigures {
  const region = data.parents.region;
  const france = data.parents.france;
  const prev = data.previous;
  const figures = flows.map((flow): FlowFigures => {
    const value = data.totals[flow];
    const f: FlowFigures = { flow, value };
    if (region && region.totals[flow] > value) f.regionShare = share(value, region.totals[flow]);
    if (france) f.franceShare = share(value, france.totals[flow]);
    if (prev && prev.totals[flow] > 0) f.change = value / prev.totals[flow] - 1;
    if (data.ranks) f.rank = data.ranks[flow];
    return f;
  });
  const balance: KeyFigures['balance'] = { value: data.totals.export - data.totals.import };
  if (prev) balance.previous = prev.totals.export - prev.totals.import;
  if (data.ranks) balance.rank = data.ranks.balance;
  return {
    level: data.territory.level,
    code: data.territory.code,
    name: data.territory.name,
    year: data.year,
    regionName: region?.name,
    previousYear: prev?.year,
    flows: figures,
    balance,
  };
}
