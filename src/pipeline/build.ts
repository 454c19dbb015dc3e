/**
 * From the accumulator to the data contract: the department, region and France
 * files of one year. Pure code, no Node imports.
 *
 * Files are built and handed over one at a time (departments region by region,
 * then the region, then France), so a year never sits in memory as a whole.
 */
import {
  FLOWS,
  SCHEMA_VERSION,
  type Flow,
  type FlowTriple,
  type Source,
  type Territory,
  type Totals,
  type TradeData,
} from '../data/contract.ts';
import { FRANCE_CODE } from '../data/codes.ts';
import {
  PRODUCT_COUNTRY,
  TradeAccumulator,
  at,
  countryOf,
  departmentOf,
  productCountryOf,
  productOf,
  type Cells,
} from './aggregate.ts';
import { frenchCountryLabel, typographicApostrophes } from './label-fixes.ts';
import { pickForYear, type DatedTable, type Department } from './labels.ts';
import type { WarningLog } from './report.ts';
import { departmentName, inseeDepartment, inseeRegion, isRankedDepartment } from './territories.ts';

export interface LabelSet {
  a129: DatedTable<string>;
  cpf4: DatedTable<string>;
  countries: DatedTable<string>;
  departments: DatedTable<Department>;
}

/** The dataset's open-data page; the files are under Licence Ouverte 2.0 (Etalab). */
export const DGDDI_URL =
  'https://www.data.gouv.fr/fr/datasets/statistiques-regionales-et-departementales-du-commerce-exterieur/';

/** The `source` of every file; `demo: true` marks simulated data. */
export function dgddiSource(demo: boolean): Source {
  return {
    name: 'DGDDI — Statistiques régionales et départementales du commerce extérieur',
    licence: 'Licence Ouverte 2.0',
    url: DGDDI_URL,
    ...(demo ? { demo: true } : {}),
  };
}

/** A file's territory, totals and parents' totals: what reconciliation and index.json need. */
export interface TerritoryTotals {
  code: string;
  name: string;
  /** For a department: its INSEE region code. */
  region?: string;
  totals: Totals;
  parents: { region?: Totals; france?: Totals };
}

export interface YearTotals {
  year: number;
  departments: TerritoryTotals[];
  regions: TerritoryTotals[];
  france: TerritoryTotals;
}

export function territoryTotals(f: TradeData): TerritoryTotals {
  const t: TerritoryTotals = { code: f.territory.code, name: f.territory.name, totals: f.totals, parents: {} };
  if (f.territory.region) t.region = f.territory.region.code;
  if (f.parents.region) t.parents.region = f.parents.region.totals;
  if (f.parents.france) t.parents.france = f.parents.france.totals;
  return t;
}

/** product × country key → euros, for one territory and one flow. */
type TerritoryCells = Record<Flow, Map<number, number>>;

const newCells = (): TerritoryCells => ({ export: new Map(), import: new Map() });
const newTotals = (): Totals => ({ export: 0, import: 0 });

function addTo(cells: Map<number, number>, key: number, value: number): void {
  cells.set(key, (cells.get(key) ?? 0) + value);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface DepartmentInfo {
  id: number;
  territory: Territory & { region: Required<Territory>['region'] };
  totals: Totals;
}

/** What a year's files may carry besides its own figures (schema 2). */
export interface YearExtras {
  /** The previous year, when the input holds it whole: each file gets its totals then. */
  previousYear?: number;
  /**
   * Territoires d'industrie by output department code, each list in file order
   * (see run.ts for where it comes from). Regions get the union of their
   * departments' lists; France gets none.
   */
  industry?: Map<string, string[]>;
}

type Ranks = NonNullable<TradeData['ranks']>;

/** Competition ranking (1 = largest; equal values share a rank) by exports, imports and balance. */
export function rankTerritories(list: readonly { code: string; totals: Totals }[]): Map<string, Ranks> {
  const metric = {
    export: (t: Totals) => t.export,
    import: (t: Totals) => t.import,
    balance: (t: Totals) => t.export - t.import,
  };
  const out = new Map<string, Ranks>();
  for (const { code, totals } of list) {
    const r = {} as Ranks;
    for (const [k, f] of Object.entries(metric) as [keyof Ranks, (t: Totals) => number][]) {
      r[k] = { rank: 1 + list.filter((o) => f(o.totals) > f(totals)).length, of: list.length };
    }
    out.set(code, r);
  }
  return out;
}

/** A year's totals by department id (no files built): for the previous year's comparison. */
function departmentTotals(acc: TradeAccumulator, year: number): Map<number, Totals> {
  const out = new Map<number, Totals>();
  const y = acc.years.get(year);
  if (!y) return out;
  for (const flow of FLOWS) {
    const { keys, sums } = y.cells[flow].compact();
    for (let i = 0; i < keys.length; i++) {
      const t = out.get(departmentOf(keys[i])) ?? newTotals();
      t[flow] += sums[i];
      out.set(departmentOf(keys[i]), t);
    }
  }
  return out;
}

/**
 * Builds the files of `year` and hands each to `emit` as soon as it is built:
 * each region's departments, then the region, and France last. Returns the
 * totals of every file.
 */
export function buildYear(
  acc: TradeAccumulator,
  year: number,
  labels: LabelSet,
  source: Source,
  log: WarningLog,
  emit: (file: TradeData) => void,
  extras: YearExtras = {},
): YearTotals {
  const y = acc.years.get(year);
  if (!y) throw new Error(`no rows for ${year}`);
  const codes = resolveLabels(acc, year, labels, log);

  // Every department with a row in the year gets a file, even if its values are all 0.
  const departments = new Map<number, DepartmentInfo>();
  for (const byRegion of y.slots.values()) {
    for (const slot of byRegion.values()) {
      if (slot.department < 0 || departments.has(slot.department)) continue;
      const code = acc.departments.codes[slot.department];
      // The accumulator gives an id only to departments with a row in the table and an
      // INSEE region that year (TradeAccumulator.problem): anything else is a bug.
      const listed = pickForYear(labels.departments.get(code), year)?.value;
      if (!listed) throw new Error(`department ${code} is not in Departement_region.txt for ${year}`);
      const region = inseeRegion(code, listed.region);
      if (!region) throw new Error(`department ${code}: DGDDI region ${listed.region} has no INSEE equivalent`);
      const territory = {
        level: 'department' as const,
        code: inseeDepartment(code),
        name: departmentName(listed.name),
        dgddiCode: code,
        region,
      };
      departments.set(slot.department, { id: slot.department, territory, totals: newTotals() });
    }
  }

  // Totals first: every file carries its parents' totals.
  const france = newTotals();
  const cells = { export: y.cells.export.compact(), import: y.cells.import.compact() };
  for (const flow of FLOWS) {
    const { keys, sums } = cells[flow];
    for (let i = 0; i < keys.length; i++) {
      const department = departments.get(departmentOf(keys[i]));
      // Cells are only added for a department's slot, which the loop above went through.
      if (!department) throw new Error(`a cell of ${year} belongs to no department`);
      department.totals[flow] += sums[i];
      france[flow] += sums[i];
    }
  }
  const regions = new Map<string, { ref: Required<Territory>['region']; members: DepartmentInfo[]; totals: Totals }>();
  for (const d of [...departments.values()].sort((a, b) => compare(a.territory.code, b.territory.code))) {
    const ref = d.territory.region;
    const r = regions.get(ref.code) ?? { ref, members: [], totals: newTotals() };
    regions.set(ref.code, r);
    r.members.push(d);
    for (const flow of FLOWS) r.totals[flow] += d.totals[flow];
  }

  // Ranks among the departments, and among the regions, of this year. Monaco is
  // not a French department: it is left out of the departments' ranks and gets
  // none, while its trade stays in PACA's totals as DGDDI publishes them.
  const ranked = [...departments.values()].filter((d) => isRankedDepartment(acc.departments.codes[d.id]));
  const depRanks = rankTerritories(ranked.map((d) => ({ code: d.territory.code, totals: d.totals })));
  const regRanks = rankTerritories([...regions.values()].map((r) => ({ code: r.ref.code, totals: r.totals })));
  // The previous year's totals, summed the same way.
  const py = extras.previousYear;
  const prevDep = py === undefined ? undefined : departmentTotals(acc, py);
  const prevOf = (list: DepartmentInfo[]): TradeData['previous'] => {
    if (py === undefined || !prevDep) return undefined;
    const totals = newTotals();
    let found = false;
    for (const d of list) {
      const t = prevDep.get(d.id);
      if (!t) continue;
      found = true;
      for (const flow of FLOWS) totals[flow] += t[flow];
    }
    return found ? { year: py, totals } : undefined;
  };
  const extra = (ranks: Ranks | undefined, members: DepartmentInfo[], industry?: string[]) => {
    const e: Pick<TradeData, 'ranks' | 'previous' | 'territoriesOfIndustry'> = {};
    if (ranks) e.ranks = ranks;
    const previous = prevOf(members);
    if (previous) e.previous = previous;
    if (industry?.length) e.territoriesOfIndustry = industry;
    return e;
  };

  const count = acc.departments.codes.length;
  const grouped = { export: groupByDepartment(cells.export, count), import: groupByDepartment(cells.import, count) };
  const franceCells = newCells();
  const written: Omit<YearTotals, 'france'> = { year, departments: [], regions: [] };
  const write = (file: TradeData, into: TerritoryTotals[]) => {
    emit(file);
    into.push(territoryTotals(file));
  };
  for (const region of [...regions.values()].sort((a, b) => compare(a.ref.code, b.ref.code))) {
    const regionCells = newCells();
    for (const d of region.members) {
      const own = newCells();
      for (const flow of FLOWS) {
        const { order, start, cells: all } = grouped[flow];
        for (let k = start[d.id]; k < start[d.id + 1]; k++) {
          const i = order[k];
          const pc = productCountryOf(all.keys[i]);
          own[flow].set(pc, all.sums[i]); // a department's keys are unique
          addTo(regionCells[flow], pc, all.sums[i]);
          addTo(franceCells[flow], pc, all.sums[i]);
        }
      }
      const parents = { region: { ...region.ref, totals: region.totals }, france: { totals: france } };
      const more = extra(depRanks.get(d.territory.code), [d], extras.industry?.get(d.territory.code));
      write(toTradeData(d.territory, own, year, source, codes, parents, more), written.departments);
    }
    const more = extra(regRanks.get(region.ref.code), region.members, regionIndustry(region.members, extras.industry));
    write(
      toTradeData(
        { level: 'region', ...region.ref },
        regionCells,
        year,
        source,
        codes,
        { france: { totals: france } },
        more,
      ),
      written.regions,
    );
  }
  const all = [...departments.values()];
  const franceFile = toTradeData(
    { level: 'france', code: FRANCE_CODE, name: 'France' },
    franceCells,
    year,
    source,
    codes,
    {},
    extra(undefined, all),
  );
  emit(franceFile);
  return { ...written, france: territoryTotals(franceFile) };
}

/**
 * A region's Territoires d'industrie: its departments' lists (members are in
 * department code order) joined, each territory once, where it first appears.
 * A territory straddling two departments of the region is listed once.
 */
function regionIndustry(members: DepartmentInfo[], industry: Map<string, string[]> | undefined): string[] | undefined {
  if (!industry) return undefined;
  const names = new Set<string>();
  for (const d of members) for (const name of industry.get(d.territory.code) ?? []) names.add(name);
  return [...names];
}

type CellArrays = ReturnType<Cells['compact']>;

/** A year's cells grouped by department: `order[start[d] .. start[d + 1])` index department d's (a counting sort). */
function groupByDepartment(
  cells: CellArrays,
  departments: number,
): { cells: CellArrays; order: Int32Array; start: Int32Array } {
  const start = new Int32Array(departments + 1);
  for (const key of cells.keys) start[departmentOf(key) + 1]++;
  for (let d = 0; d < departments; d++) start[d + 1] += start[d];
  const next = start.slice();
  const order = new Int32Array(cells.keys.length);
  cells.keys.forEach((key, i) => (order[next[departmentOf(key)]++] = i));
  return { cells, order, start };
}

/** The codes of one kind (products or countries) by accumulator id, each id's rank in code order, and their labels. */
interface CodeList {
  codes: string[];
  rank: Int32Array;
  label(id: number): string;
}

/**
 * Labels valid for the year, resolved when a file first uses the code. An
 * unknown code keeps its code as label; a code with no label valid that year
 * takes the nearest one in time. Both are counted warnings, once a year.
 */
function resolveLabels(
  acc: TradeAccumulator,
  year: number,
  labels: LabelSet,
  log: WarningLog,
): Record<'products' | 'countries', CodeList> {
  // `write` turns DGDDI's label into the one written: French forms for countries,
  // typographic apostrophes for both (label-fixes.ts).
  const resolve = (
    table: DatedTable<string>,
    ids: TradeAccumulator['products'],
    file: string,
    kind: string,
    write: (label: string) => string,
  ): CodeList => {
    const codes = ids.codes;
    const rank = new Int32Array(codes.length);
    codes
      .map((_, i) => i)
      .sort((a, b) => compare(codes[a], codes[b]))
      .forEach((id, r) => (rank[id] = r));
    const resolved: (string | undefined)[] = [];
    const label = (i: number) => {
      const known = resolved[i];
      if (known !== undefined) return known;
      const picked = pickForYear(table.get(codes[i]), year);
      if (!picked) {
        log.add(
          `unknown-${kind}`,
          `${at(ids.firstSeen[i])}: ${kind} code "${codes[i]}" is not in ${file}; the code is used as label`,
        );
      } else if (!picked.exact) {
        log.add(
          'label-not-valid',
          `${kind} code "${codes[i]}" has no label valid in ${year} in ${file}; ` +
            `using the nearest in time, "${picked.value}"`,
        );
      }
      return (resolved[i] = picked ? write(picked.value) : codes[i]);
    };
    return { codes, rank, label };
  };
  return {
    products: resolve(labels.a129, acc.products, 'Libelle_A129.txt', 'product', typographicApostrophes),
    countries: resolve(labels.countries, acc.countries, 'Libelle_PAYS.txt', 'country', (label) =>
      frenchCountryLabel(label, year),
    ),
  };
}

/**
 * One file: flows sorted by product then country code, zero sums left out,
 * and the labels of the codes it uses, sorted by code.
 */
function toTradeData(
  territory: Territory,
  cells: TerritoryCells,
  year: number,
  source: Source,
  { products, countries }: Record<'products' | 'countries', CodeList>,
  parents: TradeData['parents'],
  extra: Pick<TradeData, 'ranks' | 'previous' | 'territoriesOfIndustry'> = {},
): TradeData {
  const usedProducts = new Set<number>();
  const usedCountries = new Set<number>();
  const totals = newTotals();
  const flows = {} as Record<Flow, FlowTriple[]>;
  for (const flow of FLOWS) {
    // Sort on one number: the ranks of product and country codes, above the key's 21 bits.
    const sorted: number[] = [];
    for (const [pc, value] of cells[flow]) {
      if (value !== 0)
        sorted.push(
          (products.rank[productOf(pc)] * countries.codes.length + countries.rank[countryOf(pc)]) * PRODUCT_COUNTRY +
            pc,
        );
    }
    flows[flow] = Float64Array.from(sorted)
      .sort()
      .reduce<FlowTriple[]>((list, k) => {
        const pc = k % PRODUCT_COUNTRY;
        const value = cells[flow].get(pc);
        // Every key sorted came from these cells.
        if (value === undefined) throw new Error(`no value for key ${pc}`);
        usedProducts.add(productOf(pc));
        usedCountries.add(countryOf(pc));
        totals[flow] += value;
        list.push([products.codes[productOf(pc)], countries.codes[countryOf(pc)], value]);
        return list;
      }, []);
  }
  const labelsOf = (list: CodeList, used: Set<number>) => {
    const out: Record<string, string> = {};
    for (const id of [...used].sort((a, b) => list.rank[a] - list.rank[b])) out[list.codes[id]] = list.label(id);
    return out;
  };
  return {
    schema: SCHEMA_VERSION,
    year,
    territory,
    totals,
    parents,
    products: labelsOf(products, usedProducts),
    countries: labelsOf(countries, usedCountries),
    flows,
    source,
    ...extra,
  };
}
