/**
 * The data contract: one JSON file per territory and year, and an index.
 *
 * Layout under a base URL:
 *   <base>/index.json                      what exists (years, territories)
 *   <base>/<year>/france.json
 *   <base>/<year>/regions/<INSEE code>.json
 *   <base>/<year>/departments/<INSEE code>.json
 *
 * All amounts are integer euros.
 *
 * This file is the single source of the format. The JSON Schemas in `schema/`
 * (`trade-data.schema.json` from `TradeDataFile`, `index.schema.json` from
 * `DataIndexFile`) are generated from these types and their JSDoc:
 *
 *   npx tsx scripts/schema.ts            (npm run schema) rewrites them
 *   npx tsx scripts/schema.ts --check    exits 1 when they are stale
 *
 * and test/unit/schema.test.ts fails when they are stale too. The JSDoc text becomes
 * the schema's descriptions: write it for people who write data files by hand. Tags
 * (ts-json-schema-generator 2.4): `@asType integer`, `@minimum`, `@maximum`,
 * `@minLength`, `@maxLength`, `@pattern` (no slashes), `@minItems`, `@maxItems`,
 * `@uniqueItems true`, `@discriminator`, `@id`, `@title`. A key type with a
 * `@pattern` gives `Record<Key, …>` a `propertyNames` pattern.
 *
 * validate.ts checks the same structure at run time (it is tested against the
 * generated schema on generated files); checks.ts holds the rules no schema can
 * say (sums, codes in flows, duplicates, parents, previous year, ranks).
 */

/**
 * Version of the file format: 2 is written; 1 is still read (it lacks `ranks`,
 * `previous` and `territoriesOfIndustry`).
 */
export type SchemaVersion = 1 | 2;

/**
 * The schema version this library writes. Version 2 added the optional `ranks`,
 * `previous` and `territoriesOfIndustry`; version 1 files are still read.
 */
export const SCHEMA_VERSION = 2 satisfies SchemaVersion;
/** Versions the validator accepts: every `SchemaVersion` (a test checks the schema's enum is this list). */
export const SUPPORTED_SCHEMAS: readonly number[] = [1, 2] satisfies SchemaVersion[];

export type Level = 'department' | 'region' | 'france';
export type Flow = 'export' | 'import';
export const FLOWS: readonly Flow[] = ['export', 'import'];

/**
 * A year, from 1900 to 2200.
 * @asType integer
 * @minimum 1900
 * @maximum 2200
 */
export type Year = number;

/**
 * An amount in euros: a whole number from 0 to 9007199254740991 (2^53 − 1, the
 * largest whole number a browser reads exactly). No decimals, no quotes.
 * @asType integer
 * @minimum 0
 * @maximum 9007199254740991
 */
export type Euros = number;

/**
 * A name or label shown to readers: 1 to 500 characters, at least one of them
 * visible (not a space or a control character). Control and bidirectional-control
 * characters are removed and runs of spaces collapsed when the file is read.
 * @minLength 1
 * @maxLength 500
 * @pattern [^\s\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]
 */
export type Label = string;

/**
 * A product code (A129, e.g. "C11Z") or a country code (DGDDI, e.g. "ES"): 1 to 16
 * letters, digits, "_", "." or "-".
 * @pattern ^[A-Za-z0-9_.-]{1,16}$
 */
export type ItemCode = string;

/**
 * A department's INSEE code: 01 to 95 (Corse is one department, 20, as DGDDI
 * publishes it: not 2A or 2B), 971 to 976 overseas, and 99 for Monaco, which DGDDI
 * counts in Provence-Alpes-Côte d'Azur.
 * @pattern ^(0[1-9]|[1-8][0-9]|9[0-5]|97[1-6]|99)$
 */
export type DepartmentCode = string;

/**
 * A region's INSEE code, one of the 18: 01, 02, 03, 04, 06 overseas; 11, 24, 27,
 * 28, 32, 44, 52, 53, 75, 76, 84, 93, 94 in mainland France and Corse.
 * @pattern ^(0[1-46]|11|2[478]|32|44|5[23]|7[56]|84|9[34])$
 */
export type RegionCode = string;

/**
 * France's code: FR.
 * @pattern ^FR$
 */
export type FranceCode = string;

/** A product (A129 code) × country (DGDDI code) × value in euros. */
export type FlowTriple = [product: ItemCode, country: ItemCode, value: Euros];

/**
 * [product code, country code, euros] triples: the product × country matrix, one
 * triple per pair, at most 500 000. The codes must be keys of `products` and
 * `countries`.
 * @maxItems 500000
 */
export type FlowList = FlowTriple[];

/** Euros exported and imported. */
export interface Totals {
  export: Euros;
  import: Euros;
}

/** A region: its INSEE code and name. */
export interface RegionRef {
  /** INSEE region code, e.g. "76". */
  code: RegionCode;
  /** The region's name, e.g. "Occitanie". */
  name: Label;
  /** DGDDI's internal region code, e.g. "12" for Occitanie. */
  dgddiCode?: string;
}

interface TerritoryBase {
  /** The territory's name, e.g. "Gers". */
  name: Label;
  /** DGDDI's own code where it differs or matters ("9A" for Guadeloupe, "12" for Occitanie). */
  dgddiCode?: string;
  /** For a department: its region. */
  region?: RegionRef;
}

/** A department: `code` is its INSEE code. */
export interface DepartmentTerritory extends TerritoryBase {
  level: 'department';
  code: DepartmentCode;
}

/** A region: `code` is its INSEE code. */
export interface RegionTerritory extends TerritoryBase {
  level: 'region';
  code: RegionCode;
}

/** France as a whole: `code` is FR. */
export interface FranceTerritory extends TerritoryBase {
  level: 'france';
  code: FranceCode;
}

/**
 * The territory the file is about: `level` is department, region or france, and
 * `code` an INSEE code of that level ("32" for a department, "76" for a region,
 * "FR" for France).
 * @discriminator level
 */
export type Territory = DepartmentTerritory | RegionTerritory | FranceTerritory;

/**
 * The parents' totals for the same year: a department has its region's and France's,
 * a region France's, France none.
 */
export interface ParentTotals {
  /** For a department: its region, with the region's totals. */
  region?: RegionRef & { totals: Totals };
  /** For a department or a region: France's totals. */
  france?: { totals: Totals };
}

/** Who publishes the figures, under which licence, where. */
export interface Source {
  /** The publisher, e.g. "DGDDI — Statistiques régionales et départementales du commerce extérieur". */
  name: Label;
  /** The licence, e.g. "Licence Ouverte 2.0". */
  licence: Label;
  /**
   * Where the figures come from: an http:// or https:// address, without spaces.
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://\S+$
   */
  url: string;
  /** true for simulated data: the widgets then say « Données de démonstration ». */
  demo?: boolean;
}

/** A rank among the territories of the same level: 1 is the largest. */
export interface Rank {
  /**
   * 1 for the largest; equal values share a rank. At most `of`.
   * @asType integer
   * @minimum 1
   */
  rank: number;
  /**
   * How many territories are ranked.
   * @asType integer
   * @minimum 1
   */
  of: number;
}

/**
 * The foreign trade of one territory (a department, a region or France) for one
 * year, from the DGDDI regional and departmental statistics. All amounts are
 * integer euros. Widgets also check what a schema cannot say: totals equal the sums
 * of the flows, codes in flows exist in products and countries, no duplicate
 * product × country pair, parents' totals are not smaller than the territory's,
 * `previous.year` is before `year`, a rank is at most its `of`.
 * @id https://github.com/trade-widgets/trade-widgets/schema/trade-data.schema.json
 * @title trade-widgets data file
 */
export interface TradeDataFile {
  schema: SchemaVersion;
  /** The year of the figures. */
  year: Year;
  territory: Territory;
  /** Euros exported and imported: exactly the sums of the `flows` values. */
  totals: Totals;
  /**
   * The region's (for a department) and France's totals for the same year, so that
   * shares come from one file. Without them the widgets show no shares.
   */
  parents?: ParentTotals;
  /** A129 product code → French label, for every product in `flows`. */
  products: Record<ItemCode, Label>;
  /** DGDDI country code → French label valid for the year, for every country in `flows`. */
  countries: Record<ItemCode, Label>;
  /** Exports and imports, both required (an empty list is fine). */
  flows: Record<Flow, FlowList>;
  source: Source;
  /** Schema 2, optional: rank by exports, by imports and by balance among the territories of the same level. */
  ranks?: { export: Rank; import: Rank; balance: Rank };
  /** Schema 2, optional: the previous year's totals, where the data holds that year whole. */
  previous?: {
    /** Before `year`. */
    year: Year;
    totals: Totals;
  };
  /** Schema 2, optional: the Territoires d'industrie of a department, where a source gives them. */
  territoriesOfIndustry?: Label[];
}

/** A data file once validated: labels cleaned, and `parents` always present (empty when the file has none). */
export interface TradeData extends TradeDataFile {
  parents: ParentTotals;
}

/** A territory listed in `index.json`. */
export interface IndexTerritory {
  code: string;
  name: Label;
  /** For a department: the INSEE code of its region. */
  region?: string;
}

/** A department listed in `index.json`. */
export interface IndexDepartment extends IndexTerritory {
  code: DepartmentCode;
}

/** A region listed in `index.json`. */
export interface IndexRegion extends IndexTerritory {
  code: RegionCode;
}

/**
 * `<base>/index.json`: the years and territories a data folder holds.
 * @id https://github.com/trade-widgets/trade-widgets/schema/index.schema.json
 * @title trade-widgets data index
 */
export interface DataIndexFile {
  schema: SchemaVersion;
  /**
   * The years available, each once.
   * @minItems 1
   * @uniqueItems true
   */
  years: Year[];
  /** The year widgets show when none is asked for; one of `years`. */
  latest: Year;
  /** The territories with a file, each code once per list. */
  territories: {
    departments?: IndexDepartment[];
    regions?: IndexRegion[];
    /** true when there are France files. */
    france?: boolean;
  };
  /**
   * true when the folder also holds a series file (`series/…`) for every territory listed,
   * every quarter and year the data holds.
   */
  series?: boolean;
  source: Source;
}

/** `index.json` once validated: years ascending, both lists present, `france` false when absent. */
export interface DataIndex extends DataIndexFile {
  territories: { departments: IndexTerritory[]; regions: IndexTerritory[]; france: boolean };
}

// --- The series: one file per territory, every quarter and year of the history ---------

/**
 * The version of the series file format, independent of the yearly files': 1.
 */
export type SeriesSchemaVersion = 1;

/** The series schema version this library writes and reads. */
export const SERIES_SCHEMA_VERSION = 1 satisfies SeriesSchemaVersion;

/** Euros, or null where the period is missing from the data (never drawn as zero). */
export type EurosOrMissing = Euros | null;

/**
 * One value per period, oldest first; null where the period is missing.
 * @maxItems 1000
 */
export type PeriodValues = EurosOrMissing[];

/** The first quarter of `quarters`: a year and a quarter. */
export interface QuarterRef {
  year: Year;
  /**
   * 1 to 4.
   * @asType integer
   * @minimum 1
   * @maximum 4
   */
  quarter: number;
}

/**
 * Exports and imports for every quarter from `start` on, consecutive quarters (the
 * i-th value is `start` plus i quarters). null where the data lacks the quarter
 * (both flows then); 0 is a real zero. Both lists have the same length.
 */
export interface QuarterSeries {
  start: QuarterRef;
  export: PeriodValues;
  import: PeriodValues;
}

/**
 * Exports and imports for every year from `start` on, consecutive years. A year's
 * value is exactly the sum of its four quarters; null where a quarter is missing.
 */
export interface YearSeries {
  start: Year;
  export: PeriodValues;
  import: PeriodValues;
}

/** A partner or a product and its yearly values, aligned on `years`. */
export interface SeriesItem {
  code: ItemCode;
  /** One value per year of `years`; null where the year is missing. */
  values: PeriodValues;
}

/**
 * The five largest items of `year`, largest first, per flow.
 * @maxItems 5
 */
export type SeriesItems = SeriesItem[];

/**
 * The history of one territory's foreign trade: every quarter and complete year of
 * the data, and the yearly values of its five largest partners and products of the
 * latest complete year. URL: `<base>/series/france.json`,
 * `<base>/series/regions/<code>.json`, `<base>/series/departments/<code>.json`.
 * Widgets also check what a schema cannot say: both flows have the same length, a
 * year is the sum of its quarters, the codes in `top` have labels.
 * @id https://github.com/trade-widgets/trade-widgets/schema/series.schema.json
 * @title trade-widgets series file
 */
export interface TradeSeriesFile {
  /** Always "series": what tells a series file from a yearly file. */
  kind: 'series';
  schema: SeriesSchemaVersion;
  /** The latest complete year: the last of `years`, the year of the top five. */
  year: Year;
  territory: Territory;
  quarters: QuarterSeries;
  years: YearSeries;
  /** The five largest partners (countries) and products of `year`, per flow, with their yearly values. */
  top: {
    partners: Record<Flow, SeriesItems>;
    products: Record<Flow, SeriesItems>;
  };
  /** A129 product code → French label (of `year`), for every product in `top`. */
  products: Record<ItemCode, Label>;
  /** DGDDI country code → French label (of `year`), for every country in `top`. */
  countries: Record<ItemCode, Label>;
  source: Source;
}

/** A series file once validated: labels cleaned. */
export type TradeSeries = TradeSeriesFile;
