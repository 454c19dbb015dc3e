/**
 * fast-check generators of data files for the robustness tests: valid files of every
 * shape the contract allows (0-300 products, 0-250 countries, 1 € to 10^12 €, ties,
 * labels of 1-200 characters from many scripts), and invalid ones, each with the
 * problem the widget must name. Also the expected figures, computed here from the
 * raw file, independently of the widgets' own aggregation.
 */
import fc from 'fast-check';
import type { Flow, FlowTriple, Level } from '../../../src/data/contract.ts';

/** The seeds: fixed, so that CI runs the same cases every time (change one to explore). */
export const SEEDS = { valid: 20250610, validFetch: 4242, invalid: 1789, invalidFetch: 1848, parser: 1944, races: 7 };

/**
 * Runs a property with a fixed seed; a failure says the seed and the counterexample
 * path, to replay it. Runs and shrinking stop after `timeLimit` ms, which fails.
 */
export async function check<T>(
  name: string,
  prop: fc.IAsyncProperty<T> | fc.IProperty<T>,
  seed: number,
  numRuns: number,
  timeLimit = 120_000,
): Promise<void> {
  const out = await fc.check(prop as fc.IAsyncProperty<T>, {
    seed,
    numRuns,
    plugins: [fc.interruptAfterTimeLimit(timeLimit, { failOnInterrupt: true })],
  });
  if (out.failed) {
    const example = JSON.stringify(out.counterexample);
    const interrupted = out.interrupted ? ', interrupted: over the time limit' : '';
    const error = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
    throw new Error(
      `${name}: failed after ${out.numRuns} cases ` +
        `(seed ${seed}, path "${out.counterexamplePath}", shrunk ${out.numShrinks} times${interrupted})\n` +
        `${error}\ncounterexample: ${example.length > 3000 ? `${example.slice(0, 3000)}…` : example}`,
    );
  }
}

// --- Labels ----------------------------------------------------------------------------

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** A character that stays visible once cleaned: letters of several scripts, digits, emoji. */
const visible = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
  },
  { weight: 2, arbitrary: fc.constantFrom(...Array.from('éèêàçôûÉÈßøœÆñ’…=+-@<>&"\';,()')) },
  { weight: 1, arbitrary: range(0x0391, 0x03c9) }, // Greek
  { weight: 1, arbitrary: range(0x0410, 0x044f) }, // Cyrillic
  { weight: 1, arbitrary: range(0x05d0, 0x05ea) }, // Hebrew (right to left)
  { weight: 1, arbitrary: range(0x0621, 0x064a) }, // Arabic (right to left, joined)
  { weight: 1, arbitrary: range(0x4e00, 0x9fff) }, // CJK
  { weight: 3, arbitrary: range(0x1f300, 0x1f64f) }, // emoji, outside the BMP (two UTF-16 units)
  // Astral letters, modifiers, ZWJ sequences.
  { weight: 2, arbitrary: fc.constantFrom('\u{1d400}', '\u{20000}', '👍🏽', '👩‍💻') },
);
/** Any character a label may hold: the above, spaces, combining marks, and what cleaning removes (controls, bidi). */
const anyChar = fc.oneof(
  { weight: 12, arbitrary: visible },
  { weight: 3, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u202f', '\u2009', '\u3000') },
  { weight: 1, arbitrary: fc.constantFrom('\u0301', '\u0308', '\u200d', '\u200b', '\ufe0f') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u202e',
      '\u202d',
      '\u2066',
      '\u2069',
      '\u200f',
      '\u0000',
      '\t',
      '\n',
      '\u007f',
      '\u0085',
    ),
  },
);

/** Latin letters as French labels have them, with the punctuation they hold. */
const latin = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
  },
  { weight: 3, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constantFrom(...Array.from('éèêàçôûÉÈœ’…=+-@<>&"\';,()')) },
);

/**
 * A label of 1 to 200 characters (code points), never empty once cleaned: Latin
 * (`latinOnly`), or any script, with spaces or without (as Chinese is written).
 */
export const labelOf = (latinOnly: boolean) =>
  fc
    .tuple(
      latinOnly ? latin.filter((c) => c !== ' ') : visible,
      fc.array(latinOnly ? latin : fc.oneof(anyChar, visible), { maxLength: 199, size: 'max' }),
    )
    .map(([first, rest]) => first + rest.join(''));
export const labelArb = fc.oneof(
  labelOf(true),
  labelOf(false),
  fc.array(visible, { minLength: 1, maxLength: 200, size: 'max' }).map((l) => l.join('')),
);

/**
 * The labels of one file: French-like (two files in three), or from every script,
 * with controls and bidi controls. (Text in many scripts costs the browser far more
 * to lay out: a third of the files keeps the suite fast and still draws ~170 of
 * them per element.)
 */
const poolArb = fc.oneof(
  { weight: 2, arbitrary: fc.array(labelOf(true), { minLength: 1, maxLength: 8, size: 'max' }) },
  { weight: 1, arbitrary: fc.array(labelArb, { minLength: 1, maxLength: 8, size: 'max' }) },
);

/** What validation makes of a label (the contract: controls and bidi controls become spaces, spaces collapse). */
export function cleaned(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

// --- Amounts ---------------------------------------------------------------------------

/** 1 € to 10^12 €, with many ties (a few fixed values come back often). */
export const eurosArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(1, 2, 7, 1000, 1_000_000, 123_456_789, 5e9, 1e12) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 2_000_000_000 }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([m, e]) => Math.min(1e12, m * 10 ** e)),
  },
);

// --- Valid files -----------------------------------------------------------------------

export interface Spec {
  level: Level;
  code: string;
  year: number;
  schema: 1 | 2;
  nProducts: number;
  nCountries: number;
  /** Label pool: product i is labelled pool[i % n] (labels may repeat across codes, as they may in a real file). */
  pool: string[];
  flows: Record<Flow, [number, number, number][]>;
  extra: [number, number, number, number];
  demo: boolean;
  industry: string[];
}

const DEPARTMENTS = ['01', '20', '32', '75', '95', '971', '976', '99'];
const REGIONS = ['01', '11', '76', '94'];

const flowsArb = (max: number) => fc.array(fc.tuple(fc.nat(), fc.nat(), eurosArb), { maxLength: max, size: 'max' });

export function specArb({
  maxFlows = 1200,
  level,
  year,
}: { maxFlows?: number; level?: Level; year?: number } = {}): fc.Arbitrary<Spec> {
  return fc
    .record({
      level: level ? fc.constant(level) : fc.constantFrom<Level>('department', 'region', 'france'),
      d: fc.constantFrom(...DEPARTMENTS),
      r: fc.constantFrom(...REGIONS),
      year: year ? fc.constant(year) : fc.integer({ min: 1990, max: 2100 }),
      schema: fc.constantFrom<1 | 2>(1, 2),
      nProducts: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(0, 1, 2, 11, 300)),
      nCountries: fc.oneof(fc.integer({ min: 0, max: 250 }), fc.constantFrom(0, 1, 2, 11, 250)),
      pool: poolArb,
      exp: flowsArb(maxFlows),
      imp: flowsArb(maxFlows),
      extra: fc.tuple(fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 })),
      demo: fc.boolean(),
      industry: fc.array(labelArb, { maxLength: 3 }),
    })
    .map(({ level, d, r, exp, imp, ...rest }) => ({
      ...rest,
      level,
      code: level === 'department' ? d : level === 'region' ? r : 'FR',
      flows: { export: exp, import: imp },
    }));
}

/** Codes: plain ones, ones with ".", "_" and "-", and names objects have (a file is data, not code). */
const SPECIAL = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'x-1', '0'];
const special = (i: number, at: number) => (i % 40 === at ? SPECIAL[(i - at) / 40] : undefined);
export const productCode = (i: number) => special(i, 7) ?? `P${i}`;
export const countryCode = (i: number) => special(i, 9) ?? (i % 5 === 4 ? `K_${i}.x` : `K${i}`);
/** Labels come from a spec's pool (a data file's, or a series file's). */
type Pool = Pick<Spec, 'pool'>;
const label = (s: Pool, i: number) => s.pool[i % s.pool.length];
export const productLabel = (s: Pool, i: number) => label(s, i);
export const countryLabel = (s: Pool, i: number) => label(s, i + 7);
export const territoryLabel = (s: Pool) => label(s, 3);

/**
 * The data file a spec describes: flows on distinct product × country pairs, totals their sums.
 * `countryCodes` (250 distinct codes or more) replaces the country codes, the i-th country taking the i-th code.
 */
export function buildFile(s: Spec, countryCodes?: readonly string[]): Record<string, any> {
  const { nProducts: np, nCountries: nc } = s;
  const country = (i: number) => countryCodes?.[i] ?? countryCode(i);
  const flows = { export: [] as FlowTriple[], import: [] as FlowTriple[] };
  for (const f of ['export', 'import'] as const) {
    const seen = new Set<string>();
    if (np && nc) {
      for (const [p, c, v] of s.flows[f]) {
        const key = `${p % np} ${c % nc}`;
        if (seen.has(key)) continue;
        seen.add(key);
        flows[f].push([productCode(p % np), country(c % nc), v]);
      }
    }
  }
  const sum = (l: FlowTriple[]) => l.reduce((a, t) => a + t[2], 0);
  const totals = { export: sum(flows.export), import: sum(flows.import) };
  const [a, b, c, d] = s.extra;
  const region = { export: totals.export + a, import: totals.import + b };
  const france = { export: region.export + c, import: region.import + d };
  const parents: Record<string, unknown> = {};
  if (s.level === 'department') parents.region = { code: '76', name: label(s, 5), dgddiCode: '12', totals: region };
  if (s.level !== 'france') parents.france = { totals: france };
  const territory: Record<string, unknown> = { level: s.level, code: s.code, name: territoryLabel(s) };
  if (s.level === 'department') territory.region = { code: '76', name: label(s, 5), dgddiCode: '12' };
  const file: Record<string, any> = {
    schema: s.schema,
    year: s.year,
    territory,
    totals,
    parents,
    products: Object.fromEntries(Array.from({ length: np }, (_, i) => [productCode(i), productLabel(s, i)])),
    countries: Object.fromEntries(Array.from({ length: nc }, (_, i) => [country(i), countryLabel(s, i)])),
    flows,
    source: { name: label(s, 1), licence: label(s, 2), url: 'https://www.data.gouv.fr/', demo: s.demo },
  };
  if (s.schema === 2) {
    const of = 101;
    file.ranks = {
      export: { rank: 1 + (a % of), of },
      import: { rank: 1 + (b % of), of },
      balance: { rank: 1 + (c % of), of },
    };
    file.previous = { year: s.year - 1, totals: { export: a * 7, import: b * 3 } };
    if (s.industry.length) file.territoriesOfIndustry = s.industry;
  }
  return file;
}

// --- Valid series files (<trade-trend>) -----------------------------------------------

export interface SeriesSpec {
  level: Level;
  code: string;
  /** The first complete year, and how many there are (1-25). */
  start: number;
  count: number;
  /** Quarters before the first year (0-7) and after the last (0-7): the series need not start on a Q1. */
  before: number;
  after: number;
  /** One value per quarter and flow; `missing` quarters (both flows) become null. */
  exp: number[];
  imp: number[];
  missing: number[];
  nProducts: number;
  nCountries: number;
  /** The top five of each kind and flow: an item index (mod the labels) and its yearly values (null: missing). */
  top: Record<'partners' | 'products', Record<Flow, { item: number; values: (number | null)[] }[]>>;
  pool: string[];
  demo: boolean;
}

/** A quarter's euros: 0 now and then (a real zero, drawn), else 1 € to 10^12 €. */
const quarterArb = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: eurosArb });

/**
 * Series files of every shape the contract allows: 1 to 25 years, quarters from any
 * quarter up to two years before the first year to two years after the last, some
 * missing (or all of them), the top partners and products (0 to 5 per flow) with
 * missing years, labels from every script.
 */
export function seriesSpecArb(): fc.Arbitrary<SeriesSpec> {
  return fc
    .record({
      count: fc.oneof(fc.integer({ min: 1, max: 25 }), fc.constantFrom(1, 2, 5, 6, 25)),
      before: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 7 })),
      after: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 7 })),
    })
    .chain(({ count, before, after }) => {
      const n = before + 4 * count + after;
      const values = fc.array(fc.option(eurosArb, { freq: 8, nil: null }), { minLength: count, maxLength: count });
      const items = fc.array(fc.record({ item: fc.nat(), values }), { maxLength: 5 });
      const flows = fc.record({ export: items, import: items });
      return fc.record({
        level: fc.constantFrom<Level>('department', 'region', 'france'),
        d: fc.constantFrom(...DEPARTMENTS),
        r: fc.constantFrom(...REGIONS),
        start: fc.integer({ min: 1990, max: 2101 - count }),
        count: fc.constant(count),
        before: fc.constant(before),
        after: fc.constant(after),
        exp: fc.array(quarterArb, { minLength: n, maxLength: n }),
        imp: fc.array(quarterArb, { minLength: n, maxLength: n }),
        missing: fc.oneof(
          { weight: 4, arbitrary: fc.constant<number[]>([]) },
          { weight: 5, arbitrary: fc.array(fc.nat({ max: n - 1 }), { maxLength: 8 }) },
          { weight: 1, arbitrary: fc.constant(Array.from({ length: n }, (_, i) => i)) },
        ),
        nProducts: fc.integer({ min: 0, max: 12 }),
        nCountries: fc.integer({ min: 0, max: 12 }),
        top: fc.record({ partners: flows, products: flows }),
        pool: poolArb,
        demo: fc.boolean(),
      });
    })
    .map(({ level, d, r, ...rest }) => ({
      ...rest,
      level,
      code: level === 'department' ? d : level === 'region' ? r : 'FR',
    }));
}

/** The quarters of a series spec, `missing` ones null in both flows. */
function seriesQuarters(s: SeriesSpec): Record<Flow, (number | null)[]> {
  const gone = new Set(s.missing);
  return {
    export: s.exp.map((v, i) => (gone.has(i) ? null : v)),
    import: s.imp.map((v, i) => (gone.has(i) ? null : v)),
  };
}

/** The series file a spec describes: each year the sum of its four quarters (null when one is missing). */
export function buildSeries(s: SeriesSpec): Record<string, any> {
  const quarters = seriesQuarters(s);
  const yearOf = (list: (number | null)[], i: number): number | null => {
    const four = list.slice(s.before + 4 * i, s.before + 4 * i + 4);
    return four.includes(null) ? null : (four as number[]).reduce((a, b) => a + b, 0);
  };
  const years = {
    start: s.start,
    export: Array.from({ length: s.count }, (_, i) => yearOf(quarters.export, i)),
    import: Array.from({ length: s.count }, (_, i) => yearOf(quarters.import, i)),
  };
  const first = s.start * 4 - s.before;
  const codes = { partners: countryCode, products: productCode };
  const sizes = { partners: s.nCountries, products: s.nProducts };
  const top = { partners: { export: [], import: [] }, products: { export: [], import: [] } } as Record<
    'partners' | 'products',
    Record<Flow, { code: string; values: (number | null)[] }[]>
  >;
  for (const kind of ['partners', 'products'] as const)
    for (const f of ['export', 'import'] as const) {
      if (!sizes[kind]) continue;
      const seen = new Set<string>();
      for (const { item, values } of s.top[kind][f]) {
        const code = codes[kind](item % sizes[kind]);
        if (seen.has(code)) continue;
        seen.add(code);
        // A year missing from the series is missing for its items too.
        top[kind][f].push({ code, values: values.map((v, i) => (years[f][i] === null ? null : v)) });
      }
    }
  const territory: Record<string, unknown> = { level: s.level, code: s.code, name: territoryLabel(s) };
  if (s.level === 'department') territory.region = { code: '76', name: label(s, 5) };
  return {
    kind: 'series',
    schema: 1,
    year: s.start + s.count - 1,
    territory,
    quarters: { start: { year: Math.floor(first / 4), quarter: (first % 4) + 1 }, ...quarters },
    years,
    top,
    products: Object.fromEntries(Array.from({ length: s.nProducts }, (_, i) => [productCode(i), productLabel(s, i)])),
    countries: Object.fromEntries(Array.from({ length: s.nCountries }, (_, i) => [countryCode(i), countryLabel(s, i)])),
    source: { name: label(s, 1), licence: label(s, 2), url: 'https://www.data.gouv.fr/', demo: s.demo },
  };
}

// --- France's totals file (<trade-map scope="france">) ----------------------------------

export interface TerritoriesSpec {
  /** Per department of the list: exports, imports, and whether the file has it. */
  values: [number, number, boolean][];
  pool: string[];
}

/** Totals of `n` departments: 0 now and then, most of them there (all, one file in two). */
export const territoriesSpecArb = (n: number): fc.Arbitrary<TerritoriesSpec> =>
  fc.record({
    values: fc.oneof(
      fc.array(fc.tuple(quarterArb, quarterArb, fc.constant(true)), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(quarterArb, quarterArb, fc.boolean()), { minLength: n, maxLength: n }),
    ),
    pool: fc.array(labelOf(true), { minLength: 1, maxLength: 8 }),
  });

/**
 * `<year>/territories.json` as the pipeline writes it: [exports, imports, name] of the
 * `departments` ([code, INSEE region]) the spec keeps, names cleaned, and of each of
 * their regions, the sum of its departments.
 */
export function buildTerritories(
  s: TerritoriesSpec,
  departments: readonly (readonly [string, string])[],
): Record<'departments' | 'regions', Record<string, [number, number, string]>> {
  const out = { departments: {}, regions: {} } as Record<
    'departments' | 'regions',
    Record<string, [number, number, string]>
  >;
  departments.forEach(([code, region], i) => {
    const [exp, imp, kept] = s.values[i];
    if (!kept) return;
    out.departments[code] = [exp, imp, cleaned(label(s, i))];
    const sums = (out.regions[region] ??= [0, 0, cleaned(label(s, i + 3))]);
    sums[0] += exp;
    sums[1] += imp;
  });
  return out;
}

// --- Expected figures, from the raw file ---------------------------------------------

export interface RankedItem {
  code: string;
  value: number;
}

/** Sums of positive flows by product (0) or country (1), ranked: value descending, ties by code. */
export function rank(flows: FlowTriple[], axis: 0 | 1): RankedItem[] {
  const m = new Map<string, number>();
  for (const t of flows) if (t[2] > 0) m.set(t[axis], (m.get(t[axis]) ?? 0) + t[2]);
  return [...m]
    .map(([code, value]) => ({ code, value }))
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The rows <trade-sankey> must list, in order: [source name, target name, euros], and how many nodes it draws. */
export function sankeyRows(
  file: Record<string, any>,
  flow: Flow,
  limit: number,
): { rows: [string, string, number][]; nodes: number } {
  const flows: FlowTriple[] = file.flows[flow];
  const P = rank(flows, 0);
  const C = rank(flows, 1);
  const topP = P.slice(0, limit).map((x) => x.code);
  const topC = C.slice(0, limit).map((x) => x.code);
  const name = (kind: 'p' | 'c', code: string) =>
    code === '*'
      ? `Autres ${kind === 'p' ? 'produits' : 'pays'} (${(kind === 'p' ? P : C).length - limit})`
      : cleaned(file[kind === 'p' ? 'products' : 'countries'][code]);
  const sums = new Map<string, number>();
  for (const [p, c, v] of flows) {
    const key = `${topP.includes(p) ? p : '*'}|${topC.includes(c) ? c : '*'}`;
    sums.set(key, (sums.get(key) ?? 0) + v);
  }
  const pOrder = [...topP, ...(P.length > limit ? ['*'] : [])];
  const cOrder = [...topC, ...(C.length > limit ? ['*'] : [])];
  const rows: [string, string, number][] = [];
  const [outer, inner] = flow === 'export' ? [pOrder, cOrder] : [cOrder, pOrder];
  for (const a of outer)
    for (const b of inner) {
      const [p, c] = flow === 'export' ? [a, b] : [b, a];
      const v = sums.get(`${p}|${c}`);
      if (v !== undefined)
        rows.push(flow === 'export' ? [name('p', p), name('c', c), v] : [name('c', c), name('p', p), v]);
    }
  return { rows, nodes: pOrder.length + cOrder.length };
}

/** A cell as a CSV export must hold a text: neutralised when a spreadsheet would run it. */
export const csvSafe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

// --- Invalid files ---------------------------------------------------------------------

export interface Broken {
  /** What is sent: an object (a property, or JSON text through the network), or raw text (network only). */
  file?: unknown;
  text?: string;
  /** The error the widget must show. */
  kind: 'schema' | 'json';
  code?: string;
  path?: string;
  what: string;
}

/** A value of another JSON type than `v`. */
function otherType(v: unknown, pick: number): unknown {
  const kinds: unknown[] = ['text', 12, true, null, [1, 2], { a: 1 }];
  const k = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
  const options = kinds.filter((x) => k(x) !== k(v));
  return options[pick % options.length];
}

/** Paths that validation reads in a file built by `buildFile`, required or not, with their values. */
function paths(file: Record<string, any>): { path: (string | number)[]; value: unknown; required: boolean }[] {
  const out: { path: (string | number)[]; value: unknown; required: boolean }[] = [];
  const optional = new Set([
    'territory.region',
    'territory.region.dgddiCode',
    'parents',
    'parents.region',
    'parents.region.dgddiCode',
    'parents.france',
    'source.demo',
    'ranks',
    'previous',
    'territoriesOfIndustry',
  ]);
  const walk = (v: unknown, path: (string | number)[]) => {
    const p = path.join('.');
    if (path.length) out.push({ path, value: v, required: !optional.has(p) && !p.startsWith('territoriesOfIndustry') });
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(file, []);
  return out;
}

/** A JSON path as the widget writes it: `flows.export[3][2]`, `products.P1`. */
export const showPath = (path: (string | number)[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

function setAt(file: any, path: (string | number)[], value: unknown): any {
  const copy = structuredClone(file);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  const last = path[path.length - 1];
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a member of a JSON file, removed by its path
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Where a file's amounts are: totals, flows values, parents' totals, previous totals. */
const isAmount = (p: (string | number)[]) => {
  const s = showPath(p);
  return (
    /^(totals|parents\.(region|france)\.totals|previous\.totals)\.(export|import)$/.test(s) ||
    /^flows\.(export|import)\[\d+\]\[2\]$/.test(s)
  );
};

/** Marks every label of a file, so that a test can tell whether anything of it is shown. */
export const MARK = '⟦half-valid⟧';
function marked(file: Record<string, any>): Record<string, any> {
  const mark = (label: string) => MARK + label;
  const markAll = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, mark(v)]));
  const f = structuredClone(file);
  f.products = markAll(f.products);
  f.countries = markAll(f.countries);
  f.territory.name = mark(f.territory.name);
  if (f.territory.region) f.territory.region.name = mark(f.territory.region.name);
  if (f.parents.region) f.parents.region.name = mark(f.parents.region.name);
  f.source.name = mark(f.source.name);
  f.source.licence = mark(f.source.licence);
  if (f.territoriesOfIndustry) f.territoriesOfIndustry = f.territoriesOfIndustry.map(mark);
  return f;
}

/** One mutation of a valid file, and the problem it must be reported as. Every label carries `MARK`. */
export function breakArb(network: boolean): fc.Arbitrary<Broken> {
  const base = specArb({ maxFlows: 60 }).map(buildFile).map(marked);
  const mutations: fc.Arbitrary<Broken | undefined>[] = [
    // A field of the wrong type.
    fc.tuple(base, fc.nat(), fc.nat()).map(([f, i, j]) => {
      const all = paths(f);
      const { path, value } = all[i % all.length];
      const v = otherType(value, j);
      return {
        file: setAt(f, path, v),
        kind: 'schema',
        code: 'type',
        path: showPath(path),
        what: `wrong type at ${showPath(path)}`,
      };
    }),
    // A required field missing (object members only: an array element removed is another problem).
    fc.tuple(base, fc.nat()).map(([f, i]) => {
      const all = paths(f).filter(
        (p) =>
          p.required &&
          typeof p.path[p.path.length - 1] === 'string' &&
          !/^(products|countries)\./.test(showPath(p.path)),
      );
      const { path } = all[i % all.length];
      return {
        file: setAt(f, path, undefined),
        kind: 'schema',
        code: 'missing',
        path: showPath(path),
        what: `missing ${showPath(path)}`,
      };
    }),
    // Negative, fractional, huge or non-finite amounts.
    fc
      .tuple(
        base,
        fc.nat(),
        fc.constantFrom(
          -1,
          -5e9,
          0.5,
          1e12 + 0.25,
          2 ** 53,
          1e16,
          1e300,
          ...(network ? [] : [Infinity, NaN, -Infinity]),
        ),
      )
      .map(([f, i, v]) => {
        const all = paths(f).filter((p) => isAmount(p.path));
        const { path } = all[i % all.length];
        const code = !Number.isFinite(v)
          ? 'not-finite'
          : v < 0
            ? 'negative'
            : !Number.isInteger(v)
              ? 'not-integer'
              : 'too-large';
        // Infinity and NaN have no JSON form: through the network, 1e400 (parsed as Infinity) stands for them below.
        return {
          file: setAt(f, path, v),
          kind: 'schema',
          code,
          path: showPath(path),
          what: `${v} at ${showPath(path)}`,
        };
      }),
    // A duplicate product × country pair.
    fc.tuple(base, fc.constantFrom<Flow>('export', 'import'), fc.nat(), eurosArb).map(([f, flow, i, v]) => {
      const list = f.flows[flow] as FlowTriple[];
      if (!list.length) return undefined;
      const t = list[i % list.length];
      const copy = structuredClone(f);
      copy.flows[flow].push([t[0], t[1], v]);
      const totals: Record<Flow, number> = copy.totals;
      totals[flow] += v;
      return {
        file: copy,
        kind: 'schema',
        code: 'duplicate',
        path: `flows.${flow}[${list.length}]`,
        what: `duplicate ${t[0]} × ${t[1]}`,
      };
    }),
    // A flow whose code is not in products / countries.
    fc
      .tuple(base, fc.constantFrom<Flow>('export', 'import'), fc.nat(), fc.constantFrom(0, 1))
      .map(([f, flow, i, axis]) => {
        const list = f.flows[flow] as FlowTriple[];
        if (!list.length) return undefined;
        const k = i % list.length;
        return {
          file: setAt(f, ['flows', flow, k, axis], 'NOPE'),
          kind: 'schema',
          code: 'unknown-code',
          path: `flows.${flow}[${k}][${axis}]`,
          what: 'unknown code',
        };
      }),
    // Totals that are not the sums of the flows.
    fc.tuple(base, fc.constantFrom<Flow>('export', 'import'), fc.constantFrom(1, -1, 1000)).map(([f, flow, d]) => {
      const total: number = f.totals[flow];
      if (total + d < 0) return undefined;
      const copy = setAt(f, ['totals', flow], total + d);
      // Parents must stay at least the territory's total: bump them too.
      for (const p of ['region', 'france']) {
        const parent: { totals: Record<Flow, number> } | undefined = copy.parents[p];
        if (parent) parent.totals[flow] += Math.max(0, d);
      }
      return { file: copy, kind: 'schema', code: 'total-mismatch', path: `totals.${flow}`, what: 'total mismatch' };
    }),
    // A product or country code that is not a code (markup, spaces, too long).
    fc
      .tuple(
        base,
        fc.constantFrom('products', 'countries'),
        fc.constantFrom('<img src=x onerror=alert(1)>', 'a b', 'x'.repeat(17), '', 'é'),
      )
      .map(([f, key, code]) => {
        const copy = structuredClone(f);
        copy[key] = { [code]: 'Libellé', ...copy[key] };
        return {
          file: copy,
          kind: 'schema',
          code: 'invalid-code',
          path: `${key}[${JSON.stringify(code)}]`,
          what: `invalid code ${JSON.stringify(code)}`,
        };
      }),
    // Labels: too long, or empty once cleaned.
    fc.tuple(base, fc.constantFrom('\u202e \u0000\t', ' ', 'x'.repeat(501))).map(([f, s]) => {
      const path = ['territory', 'name'];
      return {
        file: setAt(f, path, s),
        kind: 'schema',
        code: s.length > 500 ? 'label-too-long' : 'empty-label',
        path: 'territory.name',
        what: 'bad label',
      };
    }),
    // Versions, years, URLs, parents, ranks.
    fc.tuple(base, fc.nat()).map(([f, i]): Broken | undefined => {
      const cases: Broken[] = [
        { file: setAt(f, ['schema'], 3), kind: 'schema', code: 'schema-version', path: 'schema', what: 'schema 3' },
        { file: setAt(f, ['year'], 1850), kind: 'schema', code: 'enum', path: 'year', what: 'year 1850' },
        {
          file: setAt(f, ['source', 'url'], 'javascript:alert(1)'),
          kind: 'schema',
          code: 'invalid-url',
          path: 'source.url',
          what: 'javascript: URL',
        },
        {
          file: setAt(f, ['territory', 'level'], 'commune'),
          kind: 'schema',
          code: 'enum',
          path: 'territory.level',
          what: 'level',
        },
        {
          file: setAt(f, ['territory', 'code'], '<b>'),
          kind: 'schema',
          code: 'invalid-code',
          path: 'territory.code',
          what: 'territory code',
        },
      ];
      if (f.parents.france && f.totals.export > 0)
        cases.push({
          file: setAt(f, ['parents', 'france', 'totals', 'export'], 0),
          kind: 'schema',
          code: 'parent-smaller',
          path: 'parents.france.totals.export',
          what: 'parent smaller',
        });
      if (f.ranks)
        cases.push({
          file: setAt(f, ['ranks', 'export', 'rank'], 102),
          kind: 'schema',
          code: 'enum',
          path: 'ranks.export.rank',
          what: 'rank > of',
        });
      return cases[i % cases.length];
    }),
    // Not an object at all, or an empty one.
    fc.constantFrom<Broken>(
      { file: [], kind: 'schema', code: 'type', path: '', what: 'an array' },
      { file: 'text', kind: 'schema', code: 'type', path: '', what: 'a string' },
      { file: {}, kind: 'schema', code: 'empty', path: '', what: 'an empty object' },
    ),
  ];
  if (network) {
    mutations.push(
      // Truncated JSON: anything but the whole text.
      fc.tuple(base, fc.nat()).map(([f, i]) => {
        const text = JSON.stringify(f);
        const cut = 1 + (i % (text.length - 1));
        return { text: text.slice(0, cut), kind: 'json', what: `cut at ${cut} of ${text.length}` };
      }),
      // Numbers JSON.parse takes but no file should hold.
      fc.tuple(base, fc.constantFrom('1e400', '-1e400', '9007199254740993', '1.5', '-0.5')).map(([f, n]) => {
        const text = JSON.stringify(f).replace(/"totals":\{"export":\d+/, `"totals":{"export":${n}`);
        const v = Number(n);
        const code = !Number.isFinite(v)
          ? 'not-finite'
          : v < 0
            ? 'negative'
            : !Number.isInteger(v)
              ? 'not-integer'
              : 'too-large';
        return { text, kind: 'schema', code, path: 'totals.export', what: `totals.export = ${n}` };
      }),
    );
  }
  return fc.oneof(...mutations).filter((b): b is Broken => b !== undefined);
}

/** The French phrase of each problem (the start of it, before any value). */
export const PHRASES: Record<string, string> = {
  type: 'n’a pas le bon type',
  missing: 'est absent',
  negative: 'est négatif',
  'not-finite': 'n’est pas un nombre fini',
  'not-integer': 'n’est pas un nombre entier d’euros',
  'too-large': 'est trop grand',
  duplicate: 'est en double',
  'unknown-code': 'renvoie à un code absent',
  'total-mismatch': 'n’est pas la somme des flux',
  'invalid-code': 'n’est pas un code valide',
  'label-too-long': 'dépasse 500 caractères',
  'empty-label': 'est un libellé vide',
  'schema-version': 'a une version non prise en charge',
  enum: 'a une valeur inattendue',
  'invalid-url': 'n’est pas une adresse http(s)',
  'parent-smaller': 'est inférieur au total du territoire',
  empty: 'est vide',
};
