/**
 * The model of `<trade-map>`: the territory's trade with every partner country, its
 * colour class, and whether the map has a shape for it. Pure function over validated
 * data and the codes of the map's shapes; it holds codes and euros, and the element
 * names them in the reader's language.
 */
import { COUNTRY, sumBy } from '../../data/aggregate.ts';
import type { Territory, TradeData } from '../../data/contract.ts';

/** What the map colours: exports, imports, or the balance (exports − imports). */
export type MapFlow = 'export' | 'import' | 'balance';
export const MAP_FLOWS: readonly MapFlow[] = ['export', 'import', 'balance'];

export interface MapRow {
  /** DGDDI country code. */
  code: string;
  exp: number;
  imp: number;
  /** The value the map colours: `exp`, `imp` or `exp − imp`. */
  value: number;
  /** Its colour class: an index into `classes`. */
  klass: number;
  /** Whether the map has a shape for it; else it is listed under the map. */
  drawn: boolean;
}

/** A colour class: values from `min` (included) to `max` (excluded; the last class includes it). */
export interface MapClass {
  min: number;
  max: number;
  /** Sequential: 1 (lightest) … n; diverging: −n … −1 below zero, 0 for zero, 1 … n above. */
  tone: number;
}

export interface MapModel {
  territory: Pick<Territory, 'level' | 'name'>;
  year: number;
  flow: MapFlow;
  /** Every partner with trade in the flow shown (both flows for the balance), in keyboard order. */
  rows: MapRow[];
  classes: MapClass[];
  /** The flow's total: the territory's exports or imports, or its balance. */
  total: number;
}

/** How many classes on each side of the scale. */
export const SEQUENTIAL_CLASSES = 5;
export const DIVERGING_CLASSES = 3;

/** The largest "nice" number (1, 2 or 5 × 10ⁿ) not above `value`; 0 for 0. */
export function niceFloor(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((mantissa) => mantissa * power <= value) ?? 1;
  return step * power;
}

/**
 * Class breaks for positive values: at the quantiles of the values that split them into
 * `count` groups, rounded down to nice numbers (the legend reads "10 M€ – 20 M€"), without
 * repeats. Fewer breaks when there are few distinct values. The largest value is always in
 * the last class.
 */
export function breaks(values: readonly number[], count: number): number[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const result: number[] = [];
  for (let index = 1; index < count; index++) {
    const nice = niceFloor(sorted[Math.floor((index * sorted.length) / count)] ?? 0);
    if (nice > (result.at(-1) ?? 0) && nice > sorted[0]) result.push(nice);
  }
  return result;
}

/** The classes of a scale: sequential from 0, or diverging around 0 (with a class of its own for 0). */
export function classesFor(values: readonly number[], diverging: boolean): MapClass[] {
  if (!diverging) {
    const cuts = [0, ...breaks(values, SEQUENTIAL_CLASSES), Infinity];
    return cuts.slice(1).map((max, index) => ({ min: cuts[index], max, tone: index + 1 }));
  }
  const cuts = [0, ...breaks(values.map(Math.abs), DIVERGING_CLASSES), Infinity];
  const side = cuts.slice(1).map((max, index) => ({ min: cuts[index], max, tone: index + 1 }));
  const below = side.map(({ min, max, tone }) => ({ min: -max, max: -min, tone: -tone })).reverse();
  return [...below, { min: 0, max: 0, tone: 0 }, ...side];
}

/** The index of a value's class in `classes`: values on a break go to the class above it (further from 0). */
export function classOf(value: number, classes: readonly MapClass[]): number {
  if (value === 0) {
    const zero = classes.findIndex((klass) => klass.tone === 0);
    return zero >= 0 ? zero : 0;
  }
  if (value < 0) return classes.findIndex((klass) => klass.tone < 0 && value > klass.min && value <= klass.max);
  return classes.findIndex((klass) => klass.tone > 0 && value >= klass.min && value < klass.max);
}

/**
 * Every partner of the territory in `flow`, ranked by value (by size for the balance: the
 * largest surplus or deficit first; ties by code). `hasShape` says which codes the map draws.
 */
export function mapModel(data: TradeData, flow: MapFlow, hasShape: (code: string) => boolean): MapModel {
  const exports = sumBy(data.flows.export, COUNTRY);
  const imports = sumBy(data.flows.import, COUNTRY);
  const codes =
    flow === 'export'
      ? [...exports.keys()]
      : flow === 'import'
        ? [...imports.keys()]
        : [...exports.keys(), ...imports.keys()];
  const rows = [...new Set(codes)].map((code) => {
    const exp = exports.get(code) ?? 0;
    const imp = imports.get(code) ?? 0;
    const value = flow === 'export' ? exp : flow === 'import' ? imp : exp - imp;
    return { code, exp, imp, value, klass: 0, drawn: hasShape(code) };
  });
  rows.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || b.value - a.value || (a.code < b.code ? -1 : 1));
  const classes = classesFor(
    rows.map((row) => row.value),
    flow === 'balance',
  );
  for (const row of rows) row.klass = classOf(row.value, classes);
  const { export: exp, import: imp } = data.totals;
  return {
    territory: data.territory,
    year: data.year,
    flow,
    rows,
    classes,
    total: flow === 'export' ? exp : flow === 'import' ? imp : exp - imp,
  };
}

/** What France's map shows: every department, a region's departments, or the regions. */
export interface FranceView {
  /** 'department': the departments (of `region` only, when given); 'region': the regions. */
  level: 'department' | 'region';
  region?: string;
}

/** Corse: DGDDI publishes one figure (20), which both shapes, 2A and 2B, take. */
export const CORSE_SHAPES = ['2A', '2B'];

/** Whether a row counts in the totals: Corse's figure once, under 2A (2B repeats it for its shape). */
export const counted = (row: MapRow): boolean => row.code !== CORSE_SHAPES[1];

/**
 * France's map: each shape's value from the totals of the departments or regions
 * (`totals`: [exports, imports] by INSEE code); `shapes` says which codes the map draws and
 * their region. A code without a shape (Monaco, 99) is listed.
 */
export function franceModel(
  territory: MapModel['territory'],
  year: number,
  totals: Record<string, readonly [number, number, ...unknown[]]>,
  flow: MapFlow,
  shapes: Record<string, { region?: string } | undefined>,
  view: FranceView,
): MapModel {
  const inView = (code: string) =>
    view.level === 'region' || !view.region || (shapes[code]?.region ?? '') === view.region;
  const figures = Object.entries(totals).flatMap(([code, [exp, imp]]) => {
    const keys = code === '20' && view.level === 'department' ? CORSE_SHAPES : [code];
    return keys.filter(inView).map((key) => {
      const value = flow === 'export' ? exp : flow === 'import' ? imp : exp - imp;
      return { code: key, exp, imp, value, klass: 0, drawn: Object.hasOwn(shapes, key) };
    });
  });
  // Monaco: counted by DGDDI in Provence-Alpes-Côte d'Azur, drawn nowhere.
  const rows = figures.filter((row) => row.drawn || !view.region);
  rows.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || b.value - a.value || (a.code < b.code ? -1 : 1));
  const classes = classesFor(
    rows.map((row) => row.value),
    flow === 'balance',
  );
  for (const row of rows) row.klass = classOf(row.value, classes);
  const total = rows.filter(counted).reduce((sum, row) => sum + row.value, 0);
  return { territory, year, flow, rows, classes, total };
}
