/**
 * The aggregation accumulator: one pass over the rows of every year, summed by
 * year × flow × department × A129 × country (quarters and CPF4 codes add up).
 * Pure code, no Node imports.
 *
 * Memory depends on the number of distinct keys, never on the number of rows:
 * codes are interned to small integers and a cell is one small-integer key and
 * one sum, so several years of a complete archive fit in tens of MB.
 */
import type { Flow, Totals } from '../data/contract.ts';
import { pickForYear, type DatedTable, type Department } from './labels.ts';
import { codeText, type Code, type Row } from './parse.ts';
import { inseeRegion } from './territories.ts';

/** Where something was seen: a file name and a 1-based line number. */
export interface Location {
  file: string;
  line: number;
}

export const at = (loc: Location) => `${loc.file}:${loc.line}`;

/** A department × DGDDI region pair of one year, checked once against Departement_region.txt. */
interface Slot {
  /** Index in `TradeAccumulator.departments`; -1 when the rows are excluded. */
  department: number;
}

export interface YearAccumulator {
  year: number;
  /** Bit q set when quarter q (1-4) has rows. */
  quarters: number;
  rows: number;
  rowsExcluded: number;
  /** Sum of every parsed row of the year, per flow: what reconciliation starts from. */
  input: Totals;
  /** Sum of the rows left out under --lenient (unknown department, wrong region). */
  excluded: Totals;
  /** Per flow: the cells, department × product × country → euros. */
  cells: Record<Flow, Cells>;
  /** Per flow: the sum of the parsed rows of each quarter, at index quarter - 1 (the series' reconciliation). */
  quarterInput: Record<Flow, number[]>;
  /** Per flow: the rows of each quarter left out under --lenient, at index quarter - 1. */
  quarterExcluded: Record<Flow, number[]>;
  /** Per flow: euros by department id and quarter, at index 4 × department + quarter - 1 (the series). */
  byQuarter: Record<Flow, number[]>;
  /** DGDDI department → DGDDI region → slot. */
  slots: Map<Code, Map<Code, Slot>>;
}

/** Why a row cannot be placed in a department. */
export interface TerritoryProblem {
  kind: 'unknown-department' | 'region-mismatch' | 'unknown-region';
  message: string;
}

/**
 * Cell keys stay small integers (V8 "Smis", < 2^30): 9 bits of department,
 * 10 of product, 11 of country. The low 21 bits alone, product × country, key
 * the cells of one territory.
 */
const MAX_DEPARTMENTS = 1 << 9;
const MAX_PRODUCTS = 1 << 10;
const MAX_COUNTRIES = 1 << 11;
const PRODUCT_COUNTRY_BITS = 21;
/** The number of product × country keys. */
export const PRODUCT_COUNTRY = 1 << PRODUCT_COUNTRY_BITS;
/** A free slot of `Cells`: keys are ≥ 0. */
const EMPTY = -1;

export const cellKey = (department: number, product: number, country: number) =>
  (department << PRODUCT_COUNTRY_BITS) | (product << 11) | country;
export const departmentOf = (key: number) => key >>> PRODUCT_COUNTRY_BITS;
/** The product × country part of a key: a cell key with department 0. */
export const productCountryOf = (key: number) => key & (PRODUCT_COUNTRY - 1);
export const productOf = (key: number) => (key >>> 11) & (MAX_PRODUCTS - 1);
export const countryOf = (key: number) => key & (MAX_COUNTRIES - 1);

/**
 * Sums by cell key: an open-addressing hash table on typed arrays (keys are
 * small non-negative integers), about 24 bytes a cell and one probe sequence a
 * row. It grows by doubling when half full.
 */
export class Cells {
  private keys = new Int32Array(1 << 10).fill(EMPTY);
  private sums = new Float64Array(1 << 10);
  private shift = 32 - 10;
  size = 0;

  add(key: number, value: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift; // Fibonacci hashing: the top bits
    for (let k = keys[i]; k !== key; k = keys[i]) {
      if (k === EMPTY) {
        keys[i] = key;
        this.sums[i] = value;
        if (++this.size * 2 > keys.length) this.grow();
        return;
      }
      i = (i + 1) & mask;
    }
    this.sums[i] += value;
  }

  /** The cells as two parallel arrays, in no particular order. */
  compact(): { keys: Int32Array; sums: Float64Array } {
    const keys = new Int32Array(this.size);
    const sums = new Float64Array(this.size);
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] !== EMPTY) {
        keys[n] = this.keys[i];
        sums[n++] = this.sums[i];
      }
    }
    return { keys, sums };
  }

  private grow(): void {
    const { keys, sums } = this.compact();
    this.keys = new Int32Array(this.keys.length * 2).fill(EMPTY);
    this.sums = new Float64Array(this.keys.length);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) this.add(keys[i], sums[i]);
  }
}

/** Interns codes to dense integers, remembering their text and where each was first seen. */
class Codes {
  /** Code texts, by id. */
  readonly codes: string[] = [];
  readonly firstSeen: Location[] = [];
  private readonly index = new Map<Code, number>();
  /** The last code asked for: sorted files repeat a code over many rows. */
  private lastCode: Code = -1;
  private lastId = -1;

  constructor(
    private readonly what: string,
    private readonly max: number,
  ) {}

  id(code: Code, file: string, line: number): number {
    if (code === this.lastCode) return this.lastId;
    let i = this.index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      if (i >= this.max)
        throw new RangeError(`more than ${this.max} distinct ${this.what} codes: is this DGDDI regional data?`);
      this.index.set(code, i);
      this.codes.push(codeText(code));
      this.firstSeen.push({ file, line });
    }
    this.lastCode = code;
    this.lastId = i;
    return i;
  }
}

export class TradeAccumulator {
  readonly years = new Map<number, YearAccumulator>();
  /** DGDDI department codes, by index. */
  readonly departments = new Codes('department', MAX_DEPARTMENTS);
  readonly products = new Codes('A129', MAX_PRODUCTS);
  readonly countries = new Codes('country', MAX_COUNTRIES);
  readonly cpf4 = new Codes('CPF4', Infinity);
  private last: YearAccumulator | undefined;
  private lastSlot: { year: number; department: Code; region: Code; slot: Slot } | undefined;

  constructor(private readonly table: DatedTable<Department>) {}

  /**
   * Adds a row. When its department is unknown or its region disagrees with
   * Departement_region.txt, the row is counted as excluded and the problem returned.
   */
  add(row: Row, file: string, line: number): TerritoryProblem | undefined {
    const y = row.year === this.last?.year ? this.last : this.yearOf(row.year);
    y.quarters |= 1 << row.quarter;
    y.rows++;
    y.input[row.flow] += row.value;
    y.quarterInput[row.flow][row.quarter - 1] += row.value;
    const slot = this.slotOf(y, row, file, line);
    if (slot.department < 0) {
      y.rowsExcluded++;
      y.excluded[row.flow] += row.value;
      y.quarterExcluded[row.flow][row.quarter - 1] += row.value;
      return this.problem(row);
    }
    const byQuarter = y.byQuarter[row.flow];
    const k = 4 * slot.department + row.quarter - 1;
    while (byQuarter.length <= k) byQuarter.push(0);
    byQuarter[k] += row.value;
    this.cpf4.id(row.cpf4, file, line);
    const key = cellKey(
      slot.department,
      this.products.id(row.a129, file, line),
      this.countries.id(row.country, file, line),
    );
    y.cells[row.flow].add(key, row.value);
    return undefined;
  }

  private yearOf(year: number): YearAccumulator {
    let y = this.years.get(year);
    if (!y) {
      y = {
        year,
        quarters: 0,
        rows: 0,
        rowsExcluded: 0,
        input: { export: 0, import: 0 },
        excluded: { export: 0, import: 0 },
        cells: { export: new Cells(), import: new Cells() },
        quarterInput: { export: [0, 0, 0, 0], import: [0, 0, 0, 0] },
        quarterExcluded: { export: [0, 0, 0, 0], import: [0, 0, 0, 0] },
        byQuarter: { export: [], import: [] },
        slots: new Map(),
      };
      this.years.set(year, y);
    }
    this.last = y;
    return y;
  }

  private slotOf(y: YearAccumulator, row: Row, file: string, line: number): Slot {
    const last = this.lastSlot;
    if (last && last.year === y.year && last.department === row.department && last.region === row.region)
      return last.slot;
    let byRegion = y.slots.get(row.department);
    if (!byRegion) {
      byRegion = new Map<Code, Slot>();
      y.slots.set(row.department, byRegion);
    }
    let slot = byRegion.get(row.region);
    if (!slot) {
      const ok = this.problem(row) === undefined;
      slot = { department: ok ? this.departments.id(row.department, file, line) : -1 };
      byRegion.set(row.region, slot);
    }
    this.lastSlot = { year: y.year, department: row.department, region: row.region, slot };
    return slot;
  }

  /** Checks a row's department and region against the table, for the row's year. */
  problem(row: Row): TerritoryProblem | undefined {
    const department = codeText(row.department);
    const region = codeText(row.region);
    const d = pickForYear(this.table.get(department), row.year)?.value;
    if (!d) return { kind: 'unknown-department', message: `unknown department code "${department}"` };
    if (d.region !== region) {
      return {
        kind: 'region-mismatch',
        message: `department ${department} is in DGDDI region ${d.region}, not "${region}"`,
      };
    }
    if (!inseeRegion(department, region)) {
      return { kind: 'unknown-region', message: `DGDDI region ${region} has no INSEE equivalent in this pipeline` };
    }
    return undefined;
  }
}

/** The quarters (1-4) present in a year. */
export function quartersOf(y: YearAccumulator): number[] {
  return [1, 2, 3, 4].filter((q) => y.quarters & (1 << q));
}
