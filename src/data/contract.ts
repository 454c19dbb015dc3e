/**
 * The data contract: one JSON file per territory and year.
 *
 * Layout under a base URL:
 *   <base>/index.json                      what exists (years, territories)
 *   <base>/<year>/france.json
 *   <base>/<year>/regions/<INSEE code>.json
 *   <base>/<year>/departments/<INSEE code>.json
 *
 * All amounts are integer euros. The JSON Schema in `schema/trade-data.schema.json`
 * describes the same format for people who write such files by hand.
 */

/**
 * The schema version this library writes. Version 2 added the optional `ranks`,
 * `previous` and `territoriesOfIndustry`; version 1 files are still read.
 */
export const SCHEMA_VERSION = 2;
/** Versions the validator accepts. */
export const SUPPORTED_SCHEMAS: readonly number[] = [1, 2];

export type Level = 'department' | 'region' | 'france';
export type Flow = 'export' | 'import';
export const FLOWS: readonly Flow[] = ['export', 'import'];

/** A product (A129 code) × country (DGDDI code) × value in euros. */
export type FlowTriple = [product: string, country: string, value: number];

export interface Totals {
  export: number;
  import: number;
}

export interface RegionRef {
  /** INSEE region code, e.g. "76". */
  code: string;
  name: string;
  /** DGDDI's internal region code, e.g. "12" for Occitanie. */
  dgddiCode?: string;
}

export interface Territory {
  level: Level;
  /** INSEE code: "32" (department), "76" (region), "FR" (France). */
  code: string;
  name: string;
  /** DGDDI's own code where it differs or matters ("9A" for Guadeloupe, "12" for Occitanie). */
  dgddiCode?: string;
  /** The parent region of a department. */
  region?: RegionRef;
}

export interface ParentTotals {
  region?: RegionRef & { totals: Totals };
  france?: { totals: Totals };
}

export interface Source {
  name: string;
  licence: string;
  /** http(s) only. */
  url: string;
  /** True for simulated data: the widgets then say "Données de démonstration". */
  demo?: boolean;
}

/** A rank among the territories of the same level: 1 is the largest. */
export interface Rank {
  rank: number;
  of: number;
}

export interface TradeData {
  schema: number;
  year: number;
  territory: Territory;
  /** Sum of `flows.export` and of `flows.import` values; checked when loaded. */
  totals: Totals;
  /** The region's and France's totals for the same year, so shares come from one file. */
  parents: ParentTotals;
  /** A129 code → French label. */
  products: Record<string, string>;
  /** DGDDI country code → French label. */
  countries: Record<string, string>;
  flows: Record<Flow, FlowTriple[]>;
  source: Source;
  /** Schema 2, optional: rank by exports, by imports and by balance among the territories of the same level. */
  ranks?: { export: Rank; import: Rank; balance: Rank };
  /** Schema 2, optional: the previous year's totals, where the data holds that year. */
  previous?: { year: number; totals: Totals };
  /** Schema 2, optional: the Territoires d'industrie of a department, where a source gives them. */
  territoriesOfIndustry?: string[];
}

export interface IndexTerritory {
  code: string;
  name: string;
  /** For departments: the INSEE code of their region. */
  region?: string;
}

/** `<base>/index.json`: the years and territories that exist. */
export interface DataIndex {
  schema: number;
  /** Years available, ascending. */
  years: number[];
  /** The year a widget shows when none is asked for. */
  latest: number;
  territories: {
    departments: IndexTerritory[];
    regions: IndexTerritory[];
    france: boolean;
  };
  source: Source;
}

/** What a widget asks for. */
export interface TerritoryRequest {
  level: Level;
  /** INSEE code; ignored for France. */
  code?: string;
}
