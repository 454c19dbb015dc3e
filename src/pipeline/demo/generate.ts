/**
 * A deterministic generator of a simulated DGDDI regional archive: the same
 * files, in the same format, as the real download (CRLF lines, a BOM on the
 * imports file, the real label files copied byte for byte), plus a DEMO marker.
 *
 * 2024 is calibrated exactly on the ANCT report « Les indicateurs clés :
 * commerce extérieur — Gers »: Gers, Occitanie and France totals to the euro.
 * 2023 has each department at 90-110 % of 2024; 2025 has only quarters 1 and 2,
 * so that "the latest year with four quarters" is 2024. 2015-2022 give the series
 * a history: each year at a share of 2024 close to French trade's (a slow rise, the
 * 2020 fall, deepest in the second quarter, the 2022 rebound), each department
 * within ±6 % of it, with one CPF4 code per row to keep the archive small. The
 * seasons come from each product's profile. Everything comes from a
 * seeded PRNG (mulberry32): the same seed gives byte-identical files.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOWS, type Flow, type Totals } from '../../data/contract.ts';
import { parseDepartments, parseLabels, pickForYear } from '../labels.ts';
import type { Summary } from '../report.ts';
import { DATA_FILES, DEMO_MARKER, LABEL_FILES, readText, runPipeline } from '../run.ts';
import {
  COUNTRY_BASE,
  COUNTRY_BY_DEPARTMENT,
  COUNTRY_BY_PRODUCT,
  DEPARTMENT_SIZE,
  PARIS_ONLY,
  PRICE_PER_KG,
  PRODUCT_BASE,
  SEASONS,
  SECTORS,
} from './profiles.ts';

/** The real label files, copied from the DGDDI download. */
const LABELS_DIR = fileURLToPath(new URL('../../../data/dgddi/', import.meta.url));
export const DEFAULT_SEED = 2024;

/** 2024 totals published in the ANCT report, in euros. */
const TARGETS = {
  gers: { department: '32', export: 593_300_000, import: 684_600_000 },
  occitanie: { dgddiRegion: '12', export: 49_453_900_000, import: 37_655_400_000 },
  france: { export: 580_354_500_000, import: 684_776_300_000 },
} as const;

const CALIBRATED_YEAR = 2024;
/** Each year: its quarters and its department totals as a share of 2024 (a random factor in the range). */
const HISTORY = [0.78, 0.79, 0.83, 0.86, 0.86, 0.72, 0.84, 0.98];
const YEARS: readonly { year: number; quarters: readonly number[]; factor: readonly [number, number] }[] = [
  ...HISTORY.map((f, i) => ({ year: 2015 + i, quarters: [1, 2, 3, 4], factor: [f * 0.94, f * 1.06] as const })),
  { year: 2023, quarters: [1, 2, 3, 4], factor: [0.9, 1.1] },
  { year: 2024, quarters: [1, 2, 3, 4], factor: [1, 1] },
  { year: 2025, quarters: [1, 2], factor: [0.45, 0.55] },
];
/** Years before this one get one CPF4 code per row: the history stays small. */
const DETAILED_FROM = 2023;
/** A year's quarters, besides the products' seasons: 2020's lockdowns. */
const QUARTER_SHAPE: Readonly<Record<number, readonly number[]>> = { 2020: [0.97, 0.66, 0.95, 1.08] };
/** The year folders written into the demo data: the series covers every year, the folders only these. */
export const DEMO_YEAR_FOLDERS: readonly number[] = [2023, 2024];

// ---------------------------------------------------------------- randomness

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive independent streams: the draws of one department do not depend on the others. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type Rng = () => number;
const rngFor = (seed: number, ...parts: (string | number)[]): Rng => mulberry32(hash(`${seed}|${parts.join('|')}`));

/** exp(σ·N(0,1)), the heavy tail of trade values. */
function lognormal(rng: Rng, sigma: number): number {
  const u = 1 - rng();
  return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng()));
}

/**
 * `n` distinct indexes drawn with probability proportional to `weights`
 * (Efraimidis-Spirakis: keep the n largest u^(1/w)), in index order.
 */
function sample(rng: Rng, weights: readonly number[], n: number): number[] {
  const keys = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) keys[i] = weights[i] > 0 ? Math.log(1 - rng()) / weights[i] : -Infinity;
  const sorted = keys.slice().sort();
  const threshold = sorted[Math.max(0, sorted.length - n)];
  const out: number[] = [];
  for (let i = 0; i < keys.length && out.length < n; i++) if (keys[i] >= threshold && keys[i] > -Infinity) out.push(i);
  return out;
}

/**
 * Splits a whole number into whole parts proportional to `weights` that add up
 * to it exactly (largest remainder method: the units left after rounding down
 * go to the largest fractional parts).
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((_, i) => i).sort((i, j) => exact[j] - out[j] - (exact[i] - out[i]) || i - j);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]]++;
  for (let k = order.length - 1; rest < 0; k = (k + order.length - 1) % order.length) {
    if (out[order[k]] > 0) {
      out[order[k]]--;
      rest++;
    }
  }
  return out;
}

/** A cheaper exact split for a few parts: each rounded down, the last takes what is left. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let left = total;
  return weights.map((w, i) => {
    const part = i === weights.length - 1 ? left : Math.floor((total * w) / sum);
    left -= part;
    return part;
  });
}

// ---------------------------------------------------------------- the archive's universe

interface Universe {
  /** DGDDI department and region codes, in Departement_region.txt order. */
  departments: { code: string; region: string }[];
  /** A129 codes with the CPF4 codes that belong to them. */
  products: { code: string; cpf4: string[] }[];
  /** Country codes with a label valid in every demo year. */
  countries: string[];
  /** The weight of each country when COUNTRY_BASE does not list it: 0.005-0.03, fixed per country. */
  minorWeights: number[];
}

/**
 * Reads the label files. CPF4 code `XXYY` belongs to an A129 code of division
 * XX (C11Z ← 1101…1107); a division with several A129 codes (C10A…C10K) has its
 * CPF4 codes shared out among them in order, in contiguous blocks.
 */
function readUniverse(labelsDir: string, seed: number): Universe {
  const read = (names: readonly string[]) => readText(join(labelsDir, names[0]));
  const departments = [...parseDepartments(read(LABEL_FILES.departments)).table].map(([code, rows]) => ({
    code,
    region: rows[rows.length - 1].value.region,
  }));
  const a129 = [...parseLabels(read(LABEL_FILES.a129)).table.keys()];
  const cpf4 = [...parseLabels(read(LABEL_FILES.cpf4)).table.keys()].sort();
  const products: Universe['products'] = [];
  for (const division of new Set(a129.map((c) => c.slice(1, 3)))) {
    const codes = a129.filter((c) => c.slice(1, 3) === division);
    const pool = cpf4.filter((c) => c.slice(0, 2) === division);
    codes.forEach((code, i) => {
      const block = pool.slice(
        Math.floor((i * pool.length) / codes.length),
        Math.floor(((i + 1) * pool.length) / codes.length),
      );
      if (block.length) products.push({ code, cpf4: block });
    });
  }
  const countryTable = parseLabels(read(LABEL_FILES.countries)).table;
  const countries = [...countryTable.keys()].filter(
    (c) => c !== 'EU' && c !== 'FR' && YEARS.every(({ year }) => pickForYear(countryTable.get(c), year)?.exact),
  );
  const rng = rngFor(seed, 'minor');
  return { departments, products, countries, minorWeights: countries.map(() => 0.005 + 0.025 * rng()) };
}

// ---------------------------------------------------------------- totals

/** `map.get(key)` for a key the map was built with: a missing one is a bug, said as such. */
function known<V>(map: ReadonlyMap<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo generator: no entry for "${key}"`);
  return value;
}

/**
 * Department totals for 2024, in euros: Gers as published, the other Occitanie
 * departments sharing the rest of Occitanie, the other departments the rest of
 * France, in proportion to DEPARTMENT_SIZE.
 */
function calibratedTotals(departments: Universe['departments']): Map<string, Totals> {
  const out = new Map<string, Totals>(departments.map((d) => [d.code, { export: 0, import: 0 }]));
  const { gers, occitanie, france } = TARGETS;
  const occ = departments.filter((d) => d.region === occitanie.dgddiRegion && d.code !== gers.department);
  const rest = departments.filter((d) => d.region !== occitanie.dgddiRegion);
  FLOWS.forEach((flow, f) => {
    const share = (group: typeof departments, total: number) => {
      const parts = apportion(
        total,
        group.map((d) => DEPARTMENT_SIZE[d.code][f]),
      );
      group.forEach((d, i) => {
        known(out, d.code)[flow] = parts[i];
      });
    };
    known(out, gers.department)[flow] = gers[flow];
    share(occ, occitanie[flow] - gers[flow]);
    share(rest, france[flow] - occitanie[flow]);
  });
  return out;
}

// ---------------------------------------------------------------- one department's trade

interface ProductPlan {
  code: string;
  share: number;
  cpf4: { code: string; weight: number }[];
  countries: { code: string; weight: number }[];
}

/**
 * What a department trades in one flow, the same every year: 20-60 products
 * (more for big departments) drawn from its sector profile, each with 2-80
 * partner countries (more for its big products) and 1-3 CPF4 codes.
 */
function planTrade(
  u: Universe,
  seed: number,
  department: string,
  flow: Flow,
  size: number,
  scale: number,
): ProductPlan[] {
  const rng = rngFor(seed, 'plan', department, flow);
  const boost = SECTORS[department]?.[flow] ?? {};
  const weights = u.products.map(({ code }) =>
    PARIS_ONLY[code] && department !== '75'
      ? 0
      : (PRODUCT_BASE[flow][code] ?? 0.05) * (boost[code] ?? 1) * lognormal(rng, 1),
  );
  const magnitude = Math.log10(Math.max(size, 1)); // 8 for 100 M€, 10.5 for 30 G€
  const n = Math.round(Math.min(60, Math.max(20, 20 + (magnitude - 8) * 16)));
  const reach = Math.min(1, Math.max(0.3, (magnitude - 7.5) / 3)); // big departments have more partners
  const chosen = sample(rng, weights, n);
  const total = chosen.reduce((s, i) => s + weights[i], 0);
  const byDepartment = COUNTRY_BY_DEPARTMENT[department] ?? {};
  const base = u.countries.map((c, i) => (COUNTRY_BASE[flow][c] ?? u.minorWeights[i]) * (byDepartment[c] ?? 1));
  return chosen.map((i) => {
    const { code, cpf4 } = u.products[i];
    const share = weights[i] / total;
    const byProduct = COUNTRY_BY_PRODUCT[flow][code] ?? {};
    const countryWeights = u.countries.map((c, k) => base[k] * (byProduct[c] ?? byProduct['*'] ?? 1));
    const nCountries = Math.round(Math.min(80, Math.max(2, 2 + 90 * reach * Math.sqrt(share))) * Math.sqrt(scale));
    const countries = sample(rng, countryWeights, nCountries).map((c) => ({
      code: u.countries[c],
      weight: countryWeights[c] * lognormal(rng, 1.2),
    }));
    const cpf4Picks = sample(
      rng,
      cpf4.map(() => 1),
      Math.round((1 + Math.floor(rng() * rng() * 3)) * Math.sqrt(scale)),
    );
    return { code, share, countries, cpf4: cpf4Picks.map((c) => ({ code: cpf4[c], weight: lognormal(rng, 1) })) };
  });
}

/** Quarters a cell appears in: small flows show up in fewer quarters, consecutive ones; more at a larger scale. */
function quartersFor(rng: Rng, value: number, quarters: readonly number[], scale: number): readonly number[] {
  const v = value * scale;
  const n = v < 100_000 ? 1 : v < 1_000_000 ? 2 : v < 10_000_000 ? 3 : 4;
  if (n >= quarters.length) return quarters;
  const first = Math.floor(rng() * (quarters.length - n + 1));
  return quarters.slice(first, first + n);
}

/**
 * The rows of one department, flow and year, as DGDDI lines, in the order of
 * the real files (quarter, A129, CPF4, country). The year's total is split
 * exactly over product × country cells, quarters and CPF4 codes.
 */
function departmentRows(
  plan: ProductPlan[],
  rng: Rng,
  head: { flux: string; department: string; region: string },
  year: number,
  quarters: readonly number[],
  total: number,
  scale: number,
  emit: (line: string) => void,
): void {
  const cells: { product: ProductPlan; country: string }[] = [];
  const weights: number[] = [];
  for (const product of plan) {
    const sum = product.countries.reduce((s, c) => s + c.weight, 0);
    for (const c of product.countries) {
      cells.push({ product, country: c.code });
      weights.push(((product.share * c.weight) / sum) * lognormal(rng, 0.15));
    }
  }
  const rows: { key: string; line: string }[] = [];
  apportion(total, weights).forEach((value, i) => {
    if (value === 0) return;
    const { product, country } = cells[i];
    const season = SEASONS[product.code] ?? [1, 1, 1, 1];
    const shape = QUARTER_SHAPE[year] ?? [1, 1, 1, 1];
    const qs = quartersFor(rng, value, quarters, scale);
    const byQuarter = split(
      value,
      qs.map((q) => season[q - 1] * shape[q - 1] * (0.8 + 0.4 * rng())),
    );
    const price = PRICE_PER_KG[product.code] ?? 5;
    qs.forEach((q, k) => {
      const coarse = year < DETAILED_FROM || byQuarter[k] * scale < 1_000_000;
      const cpf4 = coarse ? product.cpf4.slice(0, 1) : product.cpf4;
      split(
        byQuarter[k],
        cpf4.map((c) => c.weight * (0.9 + 0.2 * rng())),
      ).forEach((v, j) => {
        if (v === 0) return;
        const mass = rng() < 1 / 150 ? '' : String(Math.round(v / (price * lognormal(rng, 0.3))));
        const codes = `${product.code};${cpf4[j].code};${country}`;
        rows.push({
          key: `${q}${codes}`,
          line: `${head.flux};${q};${year};${head.department};${head.region};${codes};${v};${mass}`,
        });
      });
    });
  });
  rows.sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const r of rows) emit(r.line);
}

// ---------------------------------------------------------------- files

/** Buffers lines and writes them with CRLF ends; an optional BOM first. */
function lineWriter(path: string, bom: boolean) {
  const fd = openSync(path, 'w');
  if (bom) writeSync(fd, '\ufeff');
  let buffer: string[] = [];
  let count = 0;
  const flush = () => {
    if (buffer.length) writeSync(fd, `${buffer.join('\r\n')}\r\n`);
    buffer = [];
  };
  return {
    write: (line: string) => {
      buffer.push(line);
      count++;
      if (buffer.length >= 16_384) flush();
    },
    close() {
      flush();
      closeSync(fd);
      return count;
    },
  };
}

export interface ArchiveOptions {
  seed?: number;
  /** Where the archive is written (created if needed). */
  dir: string;
  labelsDir?: string;
  /**
   * A bigger archive, for benchmarks: about `scale` times the rows, a wider
   * matrix (√scale times the partners and CPF4 codes per product) and finer
   * rows (more quarters and CPF4 codes per flow). Default 1.
   */
  scale?: number;
}

export interface Archive {
  dir: string;
  rows: Record<Flow, number>;
}

/** Writes a simulated DGDDI regional archive into `dir`. */
export function generateArchive(options: ArchiveOptions): Archive {
  const { dir, seed = DEFAULT_SEED, labelsDir = LABELS_DIR, scale = 1 } = options;
  mkdirSync(dir, { recursive: true });
  for (const names of Object.values(LABEL_FILES)) copyFileSync(join(labelsDir, names[0]), join(dir, names[0]));
  writeFileSync(
    join(dir, DEMO_MARKER),
    'Simulated data generated by trade-widgets (src/pipeline/demo): not DGDDI statistics.\r\n',
  );
  // No territoires-industrie.txt: the pipeline then takes the bundled ANCT list
  // (data/reference), real names for every department, the Gers' two included.

  const u = readUniverse(labelsDir, seed);
  const base = calibratedTotals(u.departments);
  const writers = {
    export: lineWriter(join(dir, DATA_FILES.export), false),
    import: lineWriter(join(dir, DATA_FILES.import), true),
  };
  const plans = new Map(
    u.departments.flatMap((d) =>
      FLOWS.map((flow) => [`${d.code}${flow}`, planTrade(u, seed, d.code, flow, known(base, d.code)[flow], scale)]),
    ),
  );
  for (const { year, quarters, factor } of YEARS) {
    for (const d of u.departments) {
      const rng = rngFor(seed, 'year', year, d.code);
      for (const flow of FLOWS) {
        const b = known(base, d.code)[flow];
        const total = year === CALIBRATED_YEAR ? b : Math.round(b * (factor[0] + (factor[1] - factor[0]) * rng()));
        const head = { flux: flow === 'export' ? 'E' : 'I', department: d.code, region: d.region };
        const plan = known(plans, `${d.code}${flow}`);
        departmentRows(plan, rng, head, year, quarters, total, scale, writers[flow].write);
      }
    }
  }
  return { dir, rows: { export: writers.export.close(), import: writers.import.close() } };
}

export interface DemoDataOptions {
  seed?: number;
  /** The data folder to (re)write, e.g. public/data. */
  out: string;
  /** Where to leave the simulated archive; default: a temporary folder, removed afterwards. */
  archive?: string;
}

/**
 * Generates the archive and turns it into the demo JSON with the same pipeline
 * as real data (all years with four quarters). Earlier years and index.json in
 * `out` are removed first.
 */
export async function makeDemoData(options: DemoDataOptions): Promise<Summary> {
  const archive = options.archive ?? mkdtempSync(join(tmpdir(), 'trade-widgets-demo-'));
  try {
    generateArchive({ dir: archive, seed: options.seed });
    if (existsSync(options.out)) {
      for (const name of readdirSync(options.out)) {
        if (/^\d{4}$/.test(name) || name === 'index.json' || name === 'series')
          rmSync(join(options.out, name), { recursive: true, force: true });
      }
    }
    mkdirSync(options.out, { recursive: true });
    return await runPipeline({ input: archive, out: options.out, allYears: true, onlyYears: DEMO_YEAR_FOLDERS });
  } finally {
    if (!options.archive) rmSync(archive, { recursive: true, force: true });
  }
}
