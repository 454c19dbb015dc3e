/**
 * Run-time validation of the data contract. A file either passes whole and comes
 * out as a typed, normalised `TradeData`, or fails with a `TradeError` of kind
 * 'schema' that names the field and the problem. Nothing renders from half-valid data.
 *
 * Two passes. Here, the structure: types, required fields, codes, amounts, labels,
 * what the JSON Schema generated from contract.ts also says (test/unit/schema.test.ts
 * checks that both accept and refuse the same generated files). Then checks.ts: the
 * rules no schema can say (sums, codes in flows, duplicates, parents, ranks, years).
 *
 * Problems carry language-neutral details (a type name, a number, a field name);
 * the widgets phrase them in French or English (i18n.ts).
 */
import { SUPPORTED_SCHEMAS, type DataIndex, type SchemaVersion, type FlowTriple, type IndexTerritory, type Level, type Rank, type RegionRef, type Totals, type TradeData } from './contract.ts';
import { ITEM_CODE, isTerritoryCode } from './codes.ts';
import { TradeError, type Problem, type ProblemCode } from './errors.ts';
import { checkIndex, checkTradeData } from './checks.ts';

/** Labels longer than this are refused: they are names, not documents. */
export const MAX_LABEL_LENGTH = 500;
/** A flow list longer than this is refused (France at A129 × country level is ~20 000). */
export const MAX_FLOWS = 500_000;

type Obj = Record<string, unknown>;

class Fail {
  constructor(readonly problem: Problem) {}
}

/** Throws a problem at `path`; `found` and `expected` are shown as given. */
function fail(code: ProblemCode, path: string, expected?: unknown, found?: unknown): never {
  throw new Fail({ code, path, expected: expected === undefined ? undefined : String(expected), found: found === undefined ? undefined : String(found) });
}

/** A value read from the file, shortened for a message, without the characters that would reorder it (below). */
function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v).replace(UNSAFE_CHARS, '\ufffd') : kind(v) === 'number' ? String(v) : kind(v);
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Checks the type of `o[key]` (or of `o` itself when `key` is undefined) and returns the value. */
function get(o: Obj | unknown[], key: string | number, path: string, type: string, optional?: boolean): any {
  const p = at(path, key);
  const v = (o as any)[key];
  if (v === undefined) {
    if (optional) return undefined;
    fail('missing', p);
  }
  if (kind(v) !== type) fail('type', p, type, kind(v));
  return v;
}

/** Control and bidirectional-control characters (embeddings, overrides, isolates, marks) are removed so that labels stay inert text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanLabel(s: string): string {
  return s.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

/** Copies `o[key]` to `out` when present, after checking its type. */
function copy(out: object, o: Obj, key: string, path: string, type: string): void {
  const v = get(o, key, path, type, true);
  if (v !== undefined) (out as Obj)[key] = v;
}

function label(o: Obj | unknown[], key: string | number, path: string): string {
  const raw: string = get(o, key, path, 'string');
  const s = cleanLabel(raw);
  if (!s) fail('empty-label', at(path, key));
  // Characters as JSON Schema's maxLength counts them: code points, before cleaning.
  const n = raw.length > MAX_LABEL_LENGTH ? raw.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '_').length : 0;
  if (n > MAX_LABEL_LENGTH) fail('label-too-long', at(path, key), MAX_LABEL_LENGTH, n);
  return s;
}

/** An amount in euros: a non-negative safe integer. */
function amount(o: Obj | unknown[], key: string | number, path: string): number {
  const v = get(o, key, path, 'number');
  const p = at(path, key);
  if (!Number.isFinite(v)) fail('not-finite', p, undefined, v);
  if (v < 0) fail('negative', p, undefined, v);
  if (!Number.isInteger(v)) fail('not-integer', p, undefined, v);
  if (v > Number.MAX_SAFE_INTEGER) fail('too-large', p, undefined, v);
  return v;
}

function totals(o: Obj, key: string, path: string): Totals {
  const t = get(o, key, path, 'object');
  const p = at(path, key);
  return { export: amount(t, 'export', p), import: amount(t, 'import', p) };
}

function year(o: Obj | unknown[], key: string | number, path: string): number {
  const v = get(o, key, path, 'number');
  if (!Number.isInteger(v) || v < 1900 || v > 2200) fail('enum', at(path, key), '1900–2200', v);
  return v;
}

function code(o: Obj, path: string, level: Level): string {
  const c = get(o, 'code', path, 'string');
  if (!isTerritoryCode(level, c)) fail('invalid-code', at(path, 'code'), undefined, show(c));
  return c;
}

function region(o: Obj, path: string): RegionRef {
  const r: RegionRef = { code: code(o, path, 'region'), name: label(o, 'name', path) };
  copy(r, o, 'dgddiCode', path, 'string');
  return r;
}

function labels(o: Obj, key: string): Record<string, string> {
  const src = get(o, key, '', 'object');
  const out: Record<string, string> = Object.create(null);
  for (const k of Object.keys(src)) {
    // The code is file content: quoted and shortened in the path, as `products["<img…"]`.
    if (!ITEM_CODE.test(k)) fail('invalid-code', `${key}[${show(k)}]`);
    out[k] = label(src, k, key);
  }
  return out;
}

/** A flow list; that its codes are in `products` and `countries`, once per pair, is for checks.ts. */
function flows(f: Obj, key: string): FlowTriple[] {
  const path = `flows.${key}`;
  const list: unknown[] = get(f, key, 'flows', 'array');
  if (list.length > MAX_FLOWS) fail('too-many', path, MAX_FLOWS, list.length);
  return list.map((t, i) => {
    const p = at(path, i);
    if (!Array.isArray(t) || t.length !== 3) fail('type', p, '[product, country, value]', Array.isArray(t) ? `array(${t.length})` : kind(t));
    const [product, country] = t;
    if (typeof product !== 'string') fail('type', at(p, 0), 'string', kind(product));
    if (typeof country !== 'string') fail('type', at(p, 1), 'string', kind(country));
    return [product, country, amount(t, 2, p)];
  });
}

function schema(o: Obj): SchemaVersion {
  const v = get(o, 'schema', '', 'number');
  if (!SUPPORTED_SCHEMAS.includes(v)) fail('schema-version', 'schema', SUPPORTED_SCHEMAS.join(', '), v);
  return v;
}

function source(o: Obj): TradeData['source'] {
  const s = get(o, 'source', '', 'object');
  const url: string = get(s, 'url', 'source', 'string');
  if (!/^https?:\/\/\S+$/i.test(url)) fail('invalid-url', 'source.url', undefined, show(url));
  const out: TradeData['source'] = { name: label(s, 'name', 'source'), licence: label(s, 'licence', 'source'), url };
  copy(out, s, 'demo', 'source', 'boolean');
  return out;
}

function rank(o: Obj, key: string, path: string): Rank {
  const r = get(o, key, path, 'object');
  const p = at(path, key);
  const of = get(r, 'of', p, 'number');
  const n = get(r, 'rank', p, 'number');
  if (!Number.isInteger(of) || of < 1) fail('enum', at(p, 'of'), '≥ 1', of);
  // At most `of`: checks.ts.
  if (!Number.isInteger(n) || n < 1) fail('enum', at(p, 'rank'), `1–${of}`, n);
  return { rank: n, of };
}

function run<T>(url: string | undefined, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof Fail) throw new TradeError('schema', { url, problem: e.problem });
    throw e;
  }
}

function root(json: unknown): Obj {
  if (json == null || (kind(json) === 'object' && Object.keys(json as Obj).length === 0)) fail('empty', '');
  if (kind(json) !== 'object') fail('type', '', 'object', kind(json));
  return json as Obj;
}

/** Objects this module produced: handing one to a widget skips a second validation. */
const VALIDATED = new WeakSet<object>();

export function isValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/**
 * Checks a parsed JSON value against the data contract and returns it typed and
 * normalised (labels cleaned of control characters). Throws a 'schema' TradeError.
 */
export function validateTradeData(json: unknown, url?: string): TradeData {
  const data = run(url, (): TradeData => {
    const o = root(json);
    const version = schema(o);
    const y = year(o, 'year', '');
    const t = get(o, 'territory', '', 'object');
    const level: Level = get(t, 'level', 'territory', 'string');
    if (!['department', 'region', 'france'].includes(level)) fail('enum', 'territory.level', 'department, region, france', show(level));
    const territory: TradeData['territory'] = { level, code: code(t, 'territory', level), name: label(t, 'name', 'territory') };
    copy(territory, t, 'dgddiCode', 'territory', 'string');
    const tr = get(t, 'region', 'territory', 'object', true);
    if (tr) territory.region = region(tr, 'territory.region');
    const own = totals(o, 'totals', '');
    const products = labels(o, 'products');
    const countries = labels(o, 'countries');
    const f = get(o, 'flows', '', 'object');
    const fl = { export: flows(f, 'export'), import: flows(f, 'import') };
    // Both parents are checked whatever the level, as the schema does; a department
    // keeps its region's totals, a department or a region France's.
    const parents: TradeData['parents'] = {};
    const p = get(o, 'parents', '', 'object', true);
    if (p) {
      const r = get(p, 'region', 'parents', 'object', true);
      const pr = r && { ...region(r, 'parents.region'), totals: totals(r, 'totals', 'parents.region') };
      if (pr && level === 'department') parents.region = pr;
      const fr = get(p, 'france', 'parents', 'object', true);
      const pf = fr && { totals: totals(fr, 'totals', 'parents.france') };
      if (pf && level !== 'france') parents.france = pf;
    }
    const data: TradeData = { schema: version, year: y, territory, totals: own, parents, products, countries, flows: fl, source: source(o) };
    const r = get(o, 'ranks', '', 'object', true);
    if (r) data.ranks = { export: rank(r, 'export', 'ranks'), import: rank(r, 'import', 'ranks'), balance: rank(r, 'balance', 'ranks') };
    const prev = get(o, 'previous', '', 'object', true);
    if (prev) data.previous = { year: year(prev, 'year', 'previous'), totals: totals(prev, 'totals', 'previous') };
    const ti: unknown[] | undefined = get(o, 'territoriesOfIndustry', '', 'array', true);
    if (ti) data.territoriesOfIndustry = ti.map((_, i) => label(ti, i, 'territoriesOfIndustry'));
    checkTradeData(data, fail, show);
    return data;
  });
  VALIDATED.add(data);
  return data;
}

function territories(t: Obj, key: 'departments' | 'regions', level: Level): IndexTerritory[] {
  const list: unknown[] = get(t, key, 'territories', 'array', true) ?? [];
  return list.map((x, i) => {
    const p = `territories.${key}[${i}]`;
    if (kind(x) !== 'object') fail('type', p, 'object', kind(x));
    const out: IndexTerritory = { code: code(x as Obj, p, level), name: label(x as Obj, 'name', p) };
    copy(out, x as Obj, 'region', p, 'string');
    return out;
  });
}

/** Checks `<base>/index.json`. */
export function validateIndex(json: unknown, url?: string): DataIndex {
  return run(url, () => {
    const o = root(json);
    const version = schema(o);
    const ys: unknown[] = get(o, 'years', '', 'array');
    if (!ys.length) fail('empty', 'years');
    const years = ys
      .map((_, i) => {
        const y = year(ys, i, 'years');
        // Each once: the schema's uniqueItems.
        if (ys.indexOf(y) < i) fail('duplicate', `years[${i}]`, undefined, y);
        return y;
      })
      .sort((a, b) => a - b);
    const latest = year(o, 'latest', '');
    const t = get(o, 'territories', '', 'object');
    const index: DataIndex = {
      schema: version,
      years,
      latest,
      territories: { departments: territories(t, 'departments', 'department'), regions: territories(t, 'regions', 'region'), france: get(t, 'france', 'territories', 'boolean', true) ?? false },
      source: source(o),
    };
    checkIndex(index, fail, show);
    return index;
  });
}
