/**
 * The model of `<trade-partner>`: a territory's trade with one partner country,
 * and where it stands against its region and France. Pure functions over
 * validated data: codes and euros, which the element names in the reader's
 * language.
 *
 * The region's and France's flows come from their own files (the department's
 * file only holds their totals): `Comparison` carries them when they are loaded.
 */
import { COUNTRY, PRODUCT, countOr, ranked, share, sumBy } from '../../data/aggregate.ts';
import type { Flow, FlowTriple, Level, Territory, TradeData } from '../../data/contract.ts';
import type { Comparison } from '../base/controllers/comparison.ts';

export const DEFAULT_LIMIT = 5;

/** A territory the shares are computed for: the one shown, its region, France. */
export interface Place {
  level: Level;
  /** Its name in the data (France's is said by the translation). */
  name: string;
}

/** The country's share of a territory's exports and imports (0–1). */
export interface PlaceShare extends Place {
  share: Record<Flow, number>;
}

/** A rank among the territory's partners at one flow: 1 is the largest. */
export interface PartnerRank {
  rank: number;
  of: number;
}

/** One product traded with the country. */
export interface PartnerProduct {
  code: string;
  /** Euros of this product traded with the country. */
  value: number;
  /** The share of the territory's flow of this product that is with the country: its exposure (0–1). */
  exposure: number;
  /** The same share for the region and for France, when their files are loaded and they are not the territory. */
  regionExposure?: number;
  franceExposure?: number;
}

/** The products of one flow with the country, largest first. */
export interface ProductList {
  flow: Flow;
  /** The first `limit`. */
  rows: PartnerProduct[];
  /** The others: how many, and their euros. */
  rest: { count: number; value: number };
}

/** The trade with the chosen country. */
export interface PartnerProfile {
  code: string;
  exp: number;
  imp: number;
  /** exp − imp. */
  balance: number;
  /** Ranks among the territory's partners; undefined for a flow with no trade with the country. */
  rank: Partial<Record<Flow, PartnerRank>>;
  /** The territory first, then its region and France when loaded. */
  shares: PlaceShare[];
  /** How many places `shares` will hold once the comparison files are loaded: the layout keeps their room. */
  places: number;
  products: Record<Flow, ProductList>;
}

export interface PartnerModel {
  territory: Pick<Territory, 'level' | 'name'>;
  year: number;
  /** Every partner country, largest total trade first: the picker's list. */
  partners: string[];
  /** The country asked for, if any (it may have no trade with the territory). */
  asked?: string;
  /** Its profile, when the territory trades with it. */
  profile?: PartnerProfile;
}

/** Euros by country of one flow list. */
const byCountry = (flows: readonly FlowTriple[]) => sumBy(flows, COUNTRY);

/** Rank (1 for the largest, ties in code order, as every chart ranks them) of `code` in `sums`. */
function rankOf(sums: Map<string, number>, code: string): PartnerRank | undefined {
  if (!sums.get(code)) return undefined;
  const list = ranked(sums);
  return { rank: list.findIndex((entry) => entry.code === code) + 1, of: list.length };
}

/** The share of each product's flow that goes to (or comes from) `country`. */
function exposures(flows: readonly FlowTriple[], country: string): Map<string, number> {
  const all = sumBy(flows, PRODUCT);
  const withCountry = sumBy(
    flows.filter((triple) => triple[COUNTRY] === country),
    PRODUCT,
  );
  return new Map([...withCountry].map(([product, value]) => [product, share(value, all.get(product) ?? 0)]));
}

/** The country's share of a file's exports and imports, from its flows. */
function placeShare(data: TradeData, country: string): PlaceShare {
  const of = (flow: Flow) => share(byCountry(data.flows[flow]).get(country) ?? 0, data.totals[flow]);
  return {
    level: data.territory.level,
    name: data.territory.name,
    share: { export: of('export'), import: of('import') },
  };
}

/** A department's region code, from its territory or its parents. */
const regionOf = (data: TradeData) => data.territory.region?.code ?? data.parents.region?.code;

/**
 * The comparison files that apply: a department is compared with its region and
 * France, a region with France, France with nothing. A file for another
 * territory or year than expected is left out.
 */
export function comparisonsFor(data: TradeData, comparison: Comparison): Comparison {
  const { level } = data.territory;
  const sameYear = (file?: TradeData) => (file && file.year === data.year ? file : undefined);
  const regionCode = regionOf(data);
  const region = sameYear(comparison.region);
  const france = sameYear(comparison.france);
  return {
    region:
      level === 'department' && region?.territory.level === 'region' && region.territory.code === regionCode
        ? region
        : undefined,
    france: level !== 'france' && france?.territory.level === 'france' ? france : undefined,
  };
}

/** The products of one flow with the country, with their exposure here, in the region and in France. */
function productList(data: TradeData, flow: Flow, country: string, limit: number, parents: Comparison): ProductList {
  const flows = data.flows[flow];
  const values = sumBy(
    flows.filter((triple) => triple[COUNTRY] === country),
    PRODUCT,
  );
  const own = exposures(flows, country);
  const region = parents.region && exposures(parents.region.flows[flow], country);
  const france = parents.france && exposures(parents.france.flows[flow], country);
  const all = ranked(values);
  const rows = all.slice(0, limit).map(({ code, value }): PartnerProduct => ({
    code,
    value,
    exposure: own.get(code) ?? 0,
    regionExposure: region && (region.get(code) ?? 0),
    franceExposure: france && (france.get(code) ?? 0),
  }));
  const rest = all.slice(limit);
  return { flow, rows, rest: { count: rest.length, value: rest.reduce((sum, entry) => sum + entry.value, 0) } };
}

/**
 * The territory's partners, and its trade with `country` (when it trades with
 * it): euros, ranks, shares against the region and France (from `comparison`,
 * when loaded), and the first `limit` products of each flow.
 */
export function partnerModel(
  data: TradeData,
  country: string | undefined,
  comparison: Comparison = {},
  limit?: number,
): PartnerModel {
  const count = countOr(limit, DEFAULT_LIMIT);
  const exports = byCountry(data.flows.export);
  const imports = byCountry(data.flows.import);
  const partners = ranked(byCountry([...data.flows.export, ...data.flows.import])).map((entry) => entry.code);
  const base = { territory: data.territory, year: data.year, partners, asked: country || undefined };
  if (!country || !partners.includes(country)) return base;
  const parents = comparisonsFor(data, comparison);
  const exp = exports.get(country) ?? 0;
  const imp = imports.get(country) ?? 0;
  const shares = [data, parents.region, parents.france]
    .filter((file): file is TradeData => file !== undefined)
    .map((file) => placeShare(file, country));
  return {
    ...base,
    profile: {
      code: country,
      exp,
      imp,
      balance: exp - imp,
      rank: { export: rankOf(exports, country), import: rankOf(imports, country) },
      shares,
      places: data.territory.level === 'france' ? 1 : data.territory.level === 'region' || !regionOf(data) ? 2 : 3,
      products: {
        export: productList(data, 'export', country, count, parents),
        import: productList(data, 'import', country, count, parents),
      },
    },
  };
}
