/**
 * Generated data files for the schema-versus-validator test: valid files that vary
 * everything the contract allows (levels, 0–50 products, 0–40 countries, amounts up
 * to 1e12, optional and unknown fields, labels in several scripts and at the length
 * limit), and mutations of them that break one rule each. A mutation is either
 * structural (what the JSON Schema says: both the schema and the validator refuse)
 * or semantic (what only checks.ts says: the schema accepts, the validator refuses).
 *
 * Everything is drawn from a seeded generator, so a failure names a case that can be
 * replayed: `cases(seed)` gives the same files every run.
 */
import { MAX_LABEL_LENGTH } from '../../src/data/validate.ts';

type Json = any;

/** mulberry32: small, seeded, good enough to vary test data. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
export const DEPARTMENT_CODES = [
  ...Array.from({ length: 95 }, (_, i) => pad(i + 1)),
  '971',
  '972',
  '973',
  '974',
  '975',
  '976',
  '99',
];
export const REGION_CODES = [
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
];
const CODES = { department: DEPARTMENT_CODES, region: REGION_CODES, france: ['FR'] } as const;
const BAD_CODES = {
  department: ['00', '96', '97', '98', '970', '977', '2A', '2B', 'FR', '1', '001', '', ' 32', '9A', '٣٢'],
  region: ['05', '10', '12', '99', '95', '00', 'FR', '7', '', '760', '76 '],
  france: ['FRA', 'fr', '', '32', 'F', ' FR'],
} as const;
const LEVELS = ['department', 'region', 'france'] as const;

/** Words in several scripts, left-to-right and right-to-left, some outside the BMP. */
const WORDS = [
  ['Boissons', 'Produits', 'de', 'la', 'culture', 'l’élevage', 'Côte-d’Or', 'Aéronautique', 'Œufs', 'Ærø'],
  ['Ελλάδα', 'Κύπρος', 'προϊόντα'],
  ['Россия', 'Україна', 'Беларусь'],
  ['مصر', 'المغرب', 'الإمارات'],
  ['ישראל', 'מוצרים'],
  ['中国', '日本', '香港', '대한민국'],
  ['भारत', 'ประเทศไทย', 'ኢትዮጵያ'],
  ['𝔽𝕣𝕒𝕟𝕔𝕖', '🍷', '🇫🇷', '𠀋𡈽', 'e\u0301te\u0301'],
];
/** Characters the validator removes from labels; a label keeps at least one visible character. */
const INVISIBLE = [
  '\u0007',
  '\n',
  '\t',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u0085',
  '\u00a0',
  '\u3000',
];

function label(r: Rng): string {
  const n = r.int(1, 6);
  const words = Array.from({ length: n }, () => r.pick(r.pick(WORDS)));
  let s = words.join(r.chance(0.1) ? '  ' : ' ');
  if (r.chance(0.1)) s = `${r.pick(INVISIBLE)}${s}${r.pick(INVISIBLE)}`;
  if (r.chance(0.02)) s = longLabel(r, MAX_LABEL_LENGTH);
  return s;
}

/** Exactly `n` characters (code points), astral ones included, so that UTF-16 length is larger. */
function longLabel(r: Rng, n: number): string {
  const unit = r.pick(['a', 'é', '中', '🍷', '𝔽', 'ש']);
  return Array.from({ length: n }, (_, i) => (i % 7 === 3 ? ' ' : unit)).join('');
}

const CODE_CHARS = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');
/** Codes that are property names of Object.prototype: valid codes that must not be found by `in`. */
const TRICKY_CODES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '.', '-', '_'];

function itemCode(r: Rng): string {
  if (r.chance(0.05)) return r.pick(TRICKY_CODES);
  return Array.from({ length: r.int(1, r.chance(0.8) ? 5 : 16) }, () => r.pick(CODE_CHARS)).join('');
}

/** `n` distinct codes → labels. Built with defineProperty so that "__proto__" is an own key, as JSON.parse makes it. */
function labels(r: Rng, n: number): Record<string, string> {
  const out: Record<string, string> = {};
  while (Object.keys(out).length < n)
    Object.defineProperty(out, itemCode(r), { value: label(r), enumerable: true, writable: true, configurable: true });
  return out;
}

function amount(r: Rng): number {
  return r.pick([0, r.int(1, 1000), r.int(1, 1e6), r.int(1, 1e9), Math.floor(r.next() * 1e12)]);
}

const sum = (list: [string, string, number][]) => list.reduce((s, t) => s + t[2], 0);
const more = (t: { export: number; import: number }, r: Rng) => ({
  export: Math.min(Number.MAX_SAFE_INTEGER, t.export + amount(r)),
  import: Math.min(Number.MAX_SAFE_INTEGER, t.import + amount(r)),
});

function flowList(r: Rng, products: string[], countries: string[]): [string, string, number][] {
  if (!products.length || !countries.length) return [];
  const want = r.int(0, Math.min(products.length * countries.length, r.chance(0.2) ? 600 : 60));
  const seen = new Set<string>();
  const list: [string, string, number][] = [];
  for (let tries = 0; list.length < want && tries < want * 4; tries++) {
    const p = r.pick(products);
    const c = r.pick(countries);
    if (seen.has(`${p}\n${c}`)) continue;
    seen.add(`${p}\n${c}`);
    list.push([p, c, amount(r)]);
  }
  return list;
}

function region(r: Rng): Json {
  const out: Json = { code: r.pick(REGION_CODES), name: label(r) };
  if (r.chance(0.5)) out.dgddiCode = r.pick(['12', '93', '', 'x']);
  return out;
}

/** Fields the contract does not name: allowed (and ignored) everywhere but in flow triples. */
function extra(r: Rng, o: Json): void {
  if (r.chance(0.1)) o[r.pick(['comment', 'note', '$comment', 'x-extra'])] = r.pick(['text', 1, null, [1], { a: 1 }]);
}

export function validTradeFile(r: Rng): Json {
  const level = r.pick(LEVELS);
  const year = r.int(1900, 2200);
  const territory: Json = { level, code: r.pick(CODES[level]), name: label(r) };
  if (r.chance(0.5)) territory.dgddiCode = r.pick(['32', '9A', '12', '']);
  if (level === 'department' ? r.chance(0.9) : r.chance(0.05)) territory.region = region(r);
  const products = labels(r, r.chance(0.1) ? 0 : r.int(1, 50));
  const countries = labels(r, r.chance(0.1) ? 0 : r.int(1, 40));
  const flows = {
    export: flowList(r, Object.keys(products), Object.keys(countries)),
    import: flowList(r, Object.keys(products), Object.keys(countries)),
  };
  if (r.chance(0.02) && flows.export.length)
    flows.export = [[flows.export[0][0], flows.export[0][1], Number.MAX_SAFE_INTEGER]];
  const totals = { export: sum(flows.export), import: sum(flows.import) };
  const file: Json = { schema: r.pick([1, 2]), year, territory, totals };
  if (r.chance(0.85)) {
    const parents: Json = {};
    if (level === 'department' && r.chance(0.9)) parents.region = { ...region(r), totals: more(totals, r) };
    if (level !== 'france' && r.chance(0.9)) parents.france = { totals: more(totals, r) };
    // A parent the level does not have is checked for its structure only, then left out.
    if (level !== 'department' && r.chance(0.05)) parents.region = { ...region(r), totals: { export: 0, import: 0 } };
    if (level === 'france' && r.chance(0.1)) parents.france = { totals: { export: 0, import: 0 } };
    file.parents = parents;
  }
  Object.assign(file, { products, countries, flows });
  file.source = {
    name: label(r),
    licence: label(r),
    url: r.pick(['https://www.douane.gouv.fr/', 'http://example.org/a?b=c#d', 'HTTPS://DATA.GOUV.FR', 'https://x']),
  };
  if (r.chance(0.5)) file.source.demo = r.chance(0.5);
  if (r.chance(0.4)) {
    const of = r.int(1, 200);
    const rank = () => ({ rank: r.int(1, of), of });
    file.ranks = { export: rank(), import: rank(), balance: rank() };
  }
  if (year > 1900 && r.chance(0.4))
    file.previous = { year: r.int(1900, year - 1), totals: { export: amount(r), import: amount(r) } };
  if (r.chance(0.3)) file.territoriesOfIndustry = Array.from({ length: r.int(0, 5) }, () => label(r));
  for (const o of [file, territory, totals, file.source, file.flows, file.parents, file.ranks, file.previous])
    if (o) extra(r, o);
  return file;
}

export function validIndexFile(r: Rng): Json {
  const years = [...new Set(Array.from({ length: r.int(1, 6) }, () => r.int(1900, 2200)))];
  const some = (codes: readonly string[]) => [...new Set(Array.from({ length: r.int(0, 12) }, () => r.pick(codes)))];
  const territories: Json = {};
  if (r.chance(0.9))
    territories.departments = some(DEPARTMENT_CODES).map((code) => ({
      code,
      name: label(r),
      ...(r.chance(0.8) ? { region: r.pick(REGION_CODES) } : {}),
    }));
  if (r.chance(0.9)) territories.regions = some(REGION_CODES).map((code) => ({ code, name: label(r) }));
  if (r.chance(0.8)) territories.france = r.chance(0.8);
  const index: Json = {
    schema: r.pick([1, 2]),
    years,
    latest: r.pick(years),
    territories,
    source: { name: label(r), licence: label(r), url: 'https://www.data.gouv.fr/' },
  };
  extra(r, index);
  return index;
}

/** One broken rule. `apply` changes a valid file (a copy) in place. */
export interface Mutation {
  name: string;
  /** Only the validator's semantic pass (checks.ts) can see it: the schema accepts the file. */
  semantic: boolean;
  /** Changes a valid file (a copy) in place and returns nothing, or returns what replaces it. */
  apply(file: Json, r: Rng): Json;
}

/** Paths to the values of a given kind in a file, as [parent, key] pairs. */
function amountSlots(f: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [
    [f.totals, 'export'],
    [f.totals, 'import'],
  ];
  for (const k of ['export', 'import']) for (const t of f.flows[k]) out.push([t, 2]);
  if (f.parents?.region) out.push([f.parents.region.totals, 'export'], [f.parents.region.totals, 'import']);
  if (f.parents?.france) out.push([f.parents.france.totals, 'import']);
  if (f.previous) out.push([f.previous.totals, 'export']);
  return out;
}

function labelSlots(f: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [
    [f.territory, 'name'],
    [f.source, 'name'],
    [f.source, 'licence'],
  ];
  if (f.territory.region) out.push([f.territory.region, 'name']);
  if (f.parents?.region) out.push([f.parents.region, 'name']);
  for (const k of Object.keys(f.products)) out.push([f.products, k]);
  for (const k of Object.keys(f.countries)) out.push([f.countries, k]);
  (f.territoriesOfIndustry ?? []).forEach((_: unknown, i: number) => out.push([f.territoriesOfIndustry, i]));
  return out;
}

/** [parent, key, JSON type the contract wants there]. */
function typedSlots(f: Json): [Json, string | number, string][] {
  const out: [Json, string | number, string][] = [
    [f, 'schema', 'number'],
    [f, 'year', 'number'],
    [f, 'territory', 'object'],
    [f.territory, 'level', 'string'],
    [f.territory, 'code', 'string'],
    [f, 'totals', 'object'],
    [f, 'products', 'object'],
    [f, 'countries', 'object'],
    [f, 'flows', 'object'],
    [f.flows, 'export', 'array'],
    [f.flows, 'import', 'array'],
    [f, 'source', 'object'],
    [f.source, 'url', 'string'],
  ];
  for (const [o, k] of amountSlots(f)) out.push([o, k, 'number']);
  for (const [o, k] of labelSlots(f)) out.push([o, k, 'string']);
  if ('dgddiCode' in f.territory) out.push([f.territory, 'dgddiCode', 'string']);
  if (f.territory.region) out.push([f.territory, 'region', 'object']);
  if ('demo' in f.source) out.push([f.source, 'demo', 'boolean']);
  if (f.parents) out.push([f, 'parents', 'object']);
  if (f.parents?.region) out.push([f.parents, 'region', 'object'], [f.parents.region, 'totals', 'object']);
  if (f.parents?.france) out.push([f.parents, 'france', 'object']);
  if (f.ranks)
    out.push(
      [f, 'ranks', 'object'],
      [f.ranks, 'balance', 'object'],
      [f.ranks.export, 'rank', 'number'],
      [f.ranks.import, 'of', 'number'],
    );
  if (f.previous) out.push([f, 'previous', 'object'], [f.previous, 'year', 'number']);
  if (f.territoriesOfIndustry) out.push([f, 'territoriesOfIndustry', 'array']);
  for (const t of f.flows.export.slice(0, 3))
    out.push([f.flows.export, f.flows.export.indexOf(t), 'array'], [t, 0, 'string'], [t, 1, 'string']);
  return out;
}

/** [parent, key] of the fields the contract requires. */
function requiredSlots(f: Json): [Json, string][] {
  const out: [Json, string][] = [
    'schema',
    'year',
    'territory',
    'totals',
    'products',
    'countries',
    'flows',
    'source',
  ].map((k) => [f, k]);
  out.push(
    [f.territory, 'level'],
    [f.territory, 'code'],
    [f.territory, 'name'],
    [f.totals, 'export'],
    [f.totals, 'import'],
    [f.flows, 'export'],
    [f.flows, 'import'],
  );
  out.push([f.source, 'name'], [f.source, 'licence'], [f.source, 'url']);
  if (f.territory.region) out.push([f.territory.region, 'code'], [f.territory.region, 'name']);
  if (f.parents?.region)
    out.push(
      [f.parents.region, 'code'],
      [f.parents.region, 'name'],
      [f.parents.region, 'totals'],
      [f.parents.region.totals, 'import'],
    );
  if (f.parents?.france) out.push([f.parents.france, 'totals'], [f.parents.france.totals, 'export']);
  if (f.ranks)
    out.push(
      [f.ranks, 'export'],
      [f.ranks, 'import'],
      [f.ranks, 'balance'],
      [f.ranks.import, 'rank'],
      [f.ranks.balance, 'of'],
    );
  if (f.previous) out.push([f.previous, 'year'], [f.previous, 'totals'], [f.previous.totals, 'import']);
  return out;
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const OTHER_VALUES = ['2024', 12, true, null, [], {}, ['C11Z'], { export: 1 }];

/** Adds to the amount at `holder[key]`. */
function add(holder: Json, key: string | number, euros: number): void {
  holder[key] = (holder[key] as number) + euros;
}

/** Makes sure a file has an export flow (its codes in products and countries) and exports above 0. */
function withFlow(f: Json): [string, string, number] {
  if (!f.flows.export.length) {
    f.products.P1 ??= 'Produit';
    f.countries.C1 ??= 'Pays';
    f.flows.export.push(['P1', 'C1', 0]);
  }
  if (f.totals.export === 0) {
    add(f.flows.export[0], 2, 7);
    add(f.totals, 'export', 7);
    for (const parent of [f.parents?.region, f.parents?.france]) if (parent) add(parent.totals, 'export', 7);
  }
  return f.flows.export[0];
}

export const TRADE_MUTATIONS: Mutation[] = [
  // Structural: the JSON Schema says it, both refuse.
  {
    name: 'a required field missing',
    semantic: false,
    apply: (f, r) => {
      const [o, k] = r.pick(requiredSlots(f));
      Reflect.deleteProperty(o, k);
    },
  },
  {
    name: 'a value of the wrong type',
    semantic: false,
    apply: (f, r) => {
      const [o, k, type] = r.pick(typedSlots(f));
      o[k] = r.pick(OTHER_VALUES.filter((v) => kindOf(v) !== type));
    },
  },
  {
    name: 'a bad amount',
    semantic: false,
    apply: (f, r) => {
      const [o, k] = r.pick(amountSlots(f));
      o[k] = r.pick([-1, -1e12, 0.5, 1e12 + 0.5, NaN, Infinity, -Infinity, 2 ** 53, 1e20, '1000']);
    },
  },
  {
    name: 'a territory code not of its level',
    semantic: false,
    apply: (f, r) => {
      f.territory.code = r.pick(BAD_CODES[f.territory.level as keyof typeof BAD_CODES]);
    },
  },
  {
    name: 'a bad region code',
    semantic: false,
    apply: (f, r) => {
      const o = f.territory.region ?? f.parents?.region ?? (f.territory.region = { code: '76', name: 'Occitanie' });
      o.code = r.pick(BAD_CODES.region);
    },
  },
  {
    name: 'an unknown level',
    semantic: false,
    apply: (f, r) => {
      f.territory.level = r.pick(['commune', 'Department', 'REGION', '', 'départment']);
    },
  },
  {
    name: 'a product or country code that is not a code',
    semantic: false,
    apply: (f, r) => {
      const bad = r.pick(['', 'x'.repeat(17), '<b>', '<img src=x>', 'a b', 'é', 'C11Z\n', '"', 'a/b', '🍷']);
      f[r.pick(['products', 'countries'])][bad] = 'Libellé';
    },
  },
  {
    name: 'a flow code that is not a code',
    semantic: false,
    apply: (f, r) => {
      withFlow(f)[r.int(0, 1)] = r.pick(['', '<b>', 'x'.repeat(17), 'a b']);
    },
  },
  {
    name: 'an empty label',
    semantic: false,
    apply: (f, r) => {
      const [o, k] = r.pick(labelSlots(f));
      o[k] = r.pick(['', ' ', '   ', '\u202e', '\u0007\n', ' \u2066\u2069 ', '\u3000', '\u00a0\u200f']);
    },
  },
  {
    name: 'a label too long',
    semantic: false,
    apply: (f, r) => {
      const [o, k] = r.pick(labelSlots(f));
      // 501 characters; or spaces that the validator would collapse: still too long as written.
      o[k] = r.chance(0.8) ? longLabel(r, MAX_LABEL_LENGTH + 1) : `a${' '.repeat(MAX_LABEL_LENGTH)}b`;
    },
  },
  {
    name: 'a source URL that is not http(s)',
    semantic: false,
    apply: (f, r) => {
      f.source.url = r.pick([
        'javascript:alert(1)',
        'ftp://example.org/',
        'http://',
        'https://a b',
        '',
        'http:/x',
        ' https://x',
        'data:text/html,x',
        '//example.org',
        'https://x\n',
      ]);
    },
  },
  {
    name: 'an unknown schema version',
    semantic: false,
    apply: (f, r) => {
      f.schema = r.pick([0, 3, 99, 1.5, -1, '2']);
    },
  },
  {
    name: 'a year out of range or not an integer',
    semantic: false,
    apply: (f, r) => {
      const bad = r.pick([2024.5, 1899, 2201, -2024, 0, NaN, '2024', 1e9]);
      if (f.previous && r.chance(0.3)) f.previous.year = bad;
      else f.year = bad;
    },
  },
  {
    name: 'a flow triple of the wrong shape',
    semantic: false,
    apply: (f, r) => {
      const [p, c, v] = withFlow(f);
      f.flows.export[0] = r.pick([
        [p, c],
        [p, c, v, 'extra'],
        [p, c, v, 0],
        [],
        'C11Z;ES;1',
        { 0: p, 1: c, 2: v },
        null,
        [[p, c, v]],
      ]);
    },
  },
  {
    name: 'a rank that is not a positive integer',
    semantic: false,
    apply: (f, r) => {
      f.ranks ??= { export: { rank: 1, of: 1 }, import: { rank: 1, of: 1 }, balance: { rank: 1, of: 1 } };
      f.ranks[r.pick(['export', 'import', 'balance'])][r.pick(['rank', 'of'])] = r.pick([0, -1, 1.5, NaN, '1']);
    },
  },
  {
    name: 'bad territories of industry',
    semantic: false,
    apply: (f, r) => {
      f.territoriesOfIndustry = r.pick(['Gers', { 0: 'Gers' }, [1], ['Gers', ''], [null], ['   ']]);
    },
  },
  {
    name: 'a badly formed parent (whether the level keeps it or not)',
    semantic: false,
    apply: (f, r) => {
      f.parents ??= {};
      if (f.territory.level === 'france' && r.chance(0.5))
        f.parents.france = r.pick([{}, { totals: { export: -1, import: 0 } }, 'FR']);
      else
        f.parents.region = r.pick([
          { code: '76', name: 'Occitanie' },
          { code: '99', name: 'x', totals: { export: 0, import: 0 } },
          5,
        ]);
    },
  },
  {
    name: 'an empty file or not an object',
    semantic: false,
    apply: (f, r) => r.pick([{}, { year: 2024 }, [], [f], 'x', 1, true, null]),
  },
  // Semantic: only checks.ts sees it, the schema accepts.
  {
    name: 'totals that are not the sums of the flows',
    semantic: true,
    apply: (f, r) => {
      const k = r.pick(['export', 'import']);
      if (f.totals[k] > 0) f.totals[k] -= 1;
      else {
        f.totals[k] = 1;
        // Parents stay at least the territory's, so that this is the only broken rule.
        for (const parent of [f.parents?.region, f.parents?.france]) if (parent) add(parent.totals, k, 1);
      }
    },
  },
  {
    name: 'a flow code missing from products or countries',
    semantic: true,
    apply: (f, r) => {
      const t = withFlow(f);
      const i = r.int(0, 1);
      const list = f[i === 0 ? 'products' : 'countries'];
      const unknown = ['ZZ9', 'ZZ9Z', 'ZZ9ZZ', 'constructor', 'toString', '__proto__'].filter(
        (c) => !Object.prototype.hasOwnProperty.call(list, c),
      );
      t[i] = r.chance(0.3) ? r.pick(unknown) : unknown[0];
    },
  },
  {
    name: 'a product × country pair twice',
    semantic: true,
    apply: (f, r) => {
      const [p, c] = withFlow(f);
      // A zero value: the totals stay the sums, the pair is the only broken rule.
      f.flows.export.splice(r.int(1, f.flows.export.length), 0, [p, c, 0]);
    },
  },
  {
    name: 'a parent total smaller than the territory’s',
    semantic: true,
    apply: (f, r) => {
      if (f.territory.level === 'france') {
        f.territory = { level: 'region', code: '76', name: 'Occitanie' };
        if (f.parents) delete f.parents.region;
      }
      withFlow(f);
      f.parents ??= {};
      const k = 'export';
      const parent =
        f.territory.level === 'department' && r.chance(0.5)
          ? (f.parents.region ??= { code: '76', name: 'Occitanie', totals: { ...f.totals } })
          : (f.parents.france ??= { totals: { ...f.totals } });
      parent.totals[k] = f.totals[k] - 1;
    },
  },
  {
    name: 'a previous year not before the year',
    semantic: true,
    apply: (f, r) => {
      f.previous ??= { totals: { export: 1, import: 2 } };
      f.previous.year = Math.min(2200, (f.year as number) + r.int(0, 3));
    },
  },
  {
    name: 'a rank larger than its `of`',
    semantic: true,
    apply: (f, r) => {
      f.ranks ??= { export: { rank: 1, of: 1 }, import: { rank: 1, of: 1 }, balance: { rank: 1, of: 1 } };
      const rank = f.ranks[r.pick(['export', 'import', 'balance'])];
      rank.rank = (rank.of as number) + r.int(1, 10);
    },
  },
];

export const INDEX_MUTATIONS: Mutation[] = [
  {
    name: 'a required field missing',
    semantic: false,
    apply: (f, r) => {
      const slots: [Json, string][] = ['schema', 'years', 'latest', 'territories', 'source'].map((k) => [f, k]);
      slots.push([f.source, 'url'], [f.source, 'name']);
      for (const t of [...(f.territories.departments ?? []), ...(f.territories.regions ?? [])])
        slots.push([t, 'code'], [t, 'name']);
      const [o, k] = r.pick(slots);
      Reflect.deleteProperty(o, k);
    },
  },
  {
    name: 'no years, a bad year or a year twice',
    semantic: false,
    apply: (f, r) => {
      const i = r.int(0, 2);
      if (i === 0) f.years = [];
      else if (i === 1) f.years.push(r.pick([1899, 2024.5, '2024', null]));
      else f.years.push(f.years[0]);
    },
  },
  {
    name: 'a bad latest',
    semantic: false,
    apply: (f, r) => {
      f.latest = r.pick([1899, 2201, 2024.5, '2024', null]);
    },
  },
  {
    name: 'a bad territory',
    semantic: false,
    apply: (f, r) => {
      const key = r.pick(['departments', 'regions'] as const);
      const list = (f.territories[key] ??= []);
      const bad = r.pick([
        { code: r.pick(BAD_CODES[key === 'departments' ? 'department' : 'region']), name: 'x' },
        { code: key === 'departments' ? '32' : '76', name: r.pick(['', '  ', 'x'.repeat(501)]) },
        { code: 32, name: 'x' },
        'Gers',
        { code: key === 'departments' ? '32' : '76', name: 'x', region: 76 },
      ]);
      list.splice(r.int(0, list.length), 0, bad);
    },
  },
  {
    name: 'a value of the wrong type',
    semantic: false,
    apply: (f, r) => {
      const [o, k, type] = r.pick([
        [f, 'territories', 'object'],
        [f.territories, 'departments', 'array'],
        [f.territories, 'france', 'boolean'],
        [f, 'years', 'array'],
        [f, 'source', 'object'],
        [f, 'schema', 'number'],
      ] as [Json, string, string][]);
      o[k] = r.pick(OTHER_VALUES.filter((v) => kindOf(v) !== type));
    },
  },
  {
    name: 'a bad source',
    semantic: false,
    apply: (f, r) => {
      if (r.chance(0.5)) f.source.url = r.pick(['ftp://x', 'javascript:x', '']);
      else f.source.name = r.pick(['', ' ', 'x'.repeat(501)]);
    },
  },
  {
    name: 'latest not one of the years',
    semantic: true,
    apply: (f, r) => {
      let y = r.int(1900, 2200);
      while (f.years.includes(y)) y = y === 2200 ? 1900 : y + 1;
      f.latest = y;
    },
  },
  {
    name: 'a territory twice',
    semantic: true,
    apply: (f, r) => {
      const key = r.pick(['departments', 'regions'] as const);
      const list = (f.territories[key] ??= []);
      if (!list.length) list.push({ code: key === 'departments' ? '32' : '76', name: 'x' });
      list.push({ ...r.pick(list), name: 'again' });
    },
  },
];

export interface Case {
  name: string;
  semantic?: boolean;
  json: Json;
}

/** `valid` valid files and `invalid` mutated ones (each mutation in turn), reproducible from `seed`. */
export function cases(
  seed: number,
  valid: number,
  invalid: number,
  make: (r: Rng) => Json,
  mutations: Mutation[],
): { valid: Case[]; invalid: Case[] } {
  const r = new Rng(seed);
  // A JSON round trip: what a loader would hand over (own "__proto__" keys included).
  const fresh = () => JSON.parse(JSON.stringify(make(r)));
  return {
    valid: Array.from({ length: valid }, (_, i) => ({ name: `valid #${i}`, json: fresh() })),
    invalid: Array.from({ length: invalid }, (_, i) => {
      const m = mutations[i % mutations.length];
      const json = fresh();
      const replaced = m.apply(json, r);
      return { name: `${m.name} #${i}`, semantic: m.semantic, json: replaced === undefined ? json : replaced };
    }),
  };
}
