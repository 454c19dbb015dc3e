/**
 * Run-time validation of the data contract. A file either passes whole and comes
 * out as a typed, normalised `TradeData`, or fails with a `TradeError` of kind
 * 'schema' that names the field and the problem. Nothing renders from half-valid data.
 */
import {
  FLOWS,
  SUPPORTED_SCHEMAS,
  type DataIndex,
  type FlowTriple,
  type IndexTerritory,
  type Level,
  type ParentTotals,
  type Rank,
  type RegionRef,
  type Source,
  type Territory,
  type Totals,
  type TradeData,
} from './contract.ts';
import { FRANCE_CODE, ITEM_CODE, isTerritoryCode } from './codes.ts';
import { TradeError, type Problem, type ProblemCode } from './errors.ts';

/** Labels longer than this are refused: they are names, not documents. */
export const MAX_LABEL_LENGTH = 500;
/** A flow list longer than this is refused (France at A129 × country level is ~20 000). */
export const MAX_FLOWS = 500_000;
const LEVELS: readonly Level[] = ['department', 'region', 'france'];

class Fail {
  constructor(readonly problem: Problem) {}
}

/** `found` is shown as given: pass `describe(value)` for values read from the file. */
function fail(code: ProblemCode, path: string, expected?: string, found?: string): never {
  throw new Fail({ code, path, expected, found });
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return `array(${v.length})`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function obj(v: unknown, path: string): Record<string, unknown> {
  if (v === undefined) fail('missing', path, 'object');
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('type', path, 'object', typeName(v));
  return v as Record<string, unknown>;
}

function field(o: Record<string, unknown>, key: string, path: string): unknown {
  const v = o[key];
  if (v === undefined || !Object.prototype.hasOwnProperty.call(o, key)) fail('missing', join(path, key));
  return v;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail('type', path, 'string', typeName(v));
  return v;
}

/** Control and bidirectional-override characters are removed so that labels stay inert text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanLabel(s: string): string {
  return s.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

function label(v: unknown, path: string): string {
  const s = cleanLabel(str(v, path));
  if (!s) fail('empty-label', path, 'a non-empty label');
  if (s.length > MAX_LABEL_LENGTH) fail('label-too-long', path, `at most ${MAX_LABEL_LENGTH} characters`, String(s.length));
  return s;
}

/** An amount in euros: a non-negative safe integer. */
function amount(v: unknown, path: string): number {
  if (typeof v !== 'number') fail('type', path, 'number', typeName(v));
  if (!Number.isFinite(v)) fail('not-finite', path, 'a finite number', String(v));
  if (v < 0) fail('negative', path, 'a value ≥ 0', String(v));
  if (!Number.isInteger(v)) fail('not-integer', path, 'whole euros', String(v));
  if (v > Number.MAX_SAFE_INTEGER) fail('too-large', path, `≤ ${Number.MAX_SAFE_INTEGER}`, String(v));
  return v;
}

function totals(v: unknown, path: string): Totals {
  const o = obj(v, path);
  return { export: amount(field(o, 'export', path), join(path, 'export')), import: amount(field(o, 'import', path), join(path, 'import')) };
}

function level(v: unknown, path: string): Level {
  const s = str(v, path);
  if (!LEVELS.includes(s as Level)) fail('enum', path, LEVELS.join(' | '), describe(s));
  return s as Level;
}

function regionRef(v: unknown, path: string): RegionRef {
  const o = obj(v, path);
  const code = str(field(o, 'code', path), join(path, 'code'));
  if (!isTerritoryCode('region', code)) fail('invalid-code', join(path, 'code'), 'an INSEE region code', describe(code));
  const ref: RegionRef = { code, name: label(field(o, 'name', path), join(path, 'name')) };
  if (o.dgddiCode !== undefined) ref.dgddiCode = str(o.dgddiCode, join(path, 'dgddiCode'));
  return ref;
}

function territory(v: unknown, path: string): Territory {
  const o = obj(v, path);
  const lvl = level(field(o, 'level', path), join(path, 'level'));
  const code = str(field(o, 'code', path), join(path, 'code'));
  if (!isTerritoryCode(lvl, code)) {
    const expected = lvl === 'france' ? `"${FRANCE_CODE}"` : `an INSEE ${lvl} code`;
    fail('invalid-code', join(path, 'code'), expected, describe(code));
  }
  const t: Territory = { level: lvl, code, name: label(field(o, 'name', path), join(path, 'name')) };
  if (o.dgddiCode !== undefined) t.dgddiCode = str(o.dgddiCode, join(path, 'dgddiCode'));
  if (o.region !== undefined) t.region = regionRef(o.region, join(path, 'region'));
  return t;
}

function labels(v: unknown, path: string): Record<string, string> {
  const o = obj(v, path);
  const out: Record<string, string> = Object.create(null);
  for (const key of Object.keys(o)) {
    if (!ITEM_CODE.test(key)) fail('invalid-code', join(path, key), 'a code of letters, digits, "_", "." or "-"', describe(key));
    out[key] = label(o[key], join(path, key));
  }
  return out;
}

function flows(v: unknown, path: string, products: Record<string, string>, countries: Record<string, string>): FlowTriple[] {
  if (v === undefined) fail('missing', path, 'array');
  if (!Array.isArray(v)) fail('type', path, 'array', typeName(v));
  if (v.length > MAX_FLOWS) fail('too-many', path, `at most ${MAX_FLOWS} flows`, String(v.length));
  const out: FlowTriple[] = new Array(v.length);
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const t = v[i];
    const p = join(path, i);
    if (!Array.isArray(t)) fail('type', p, '[product, country, value]', typeName(t));
    if (t.length !== 3) fail('type', p, '[product, country, value]', `array(${t.length})`);
    const product = str(t[0], join(p, 0));
    const country = str(t[1], join(p, 1));
    if (!(product in products)) fail('unknown-code', join(p, 0), 'a key of products', describe(product));
    if (!(country in countries)) fail('unknown-code', join(p, 1), 'a key of countries', describe(country));
    const value = amount(t[2], join(p, 2));
    const key = `${product}\u0000${country}`;
    if (seen.has(key)) fail('duplicate', p, 'one entry per product and country', describe(`${product} × ${country}`));
    seen.add(key);
    out[i] = [product, country, value];
  }
  return out;
}

function sum(list: FlowTriple[]): number {
  let s = 0;
  for (const t of list) s += t[2];
  return s;
}

function source(v: unknown, path: string): Source {
  const o = obj(v, path);
  const url = str(field(o, 'url', path), join(path, 'url'));
  if (!/^https?:\/\/[^\s]+$/i.test(url)) fail('invalid-url', join(path, 'url'), 'an http(s) URL', describe(url));
  const s: Source = {
    name: label(field(o, 'name', path), join(path, 'name')),
    licence: label(field(o, 'licence', path), join(path, 'licence')),
    url,
  };
  if (o.demo !== undefined) {
    if (typeof o.demo !== 'boolean') fail('type', join(path, 'demo'), 'boolean', typeName(o.demo));
    s.demo = o.demo;
  }
  return s;
}

function rank(v: unknown, path: string): Rank {
  const o = obj(v, path);
  const r = field(o, 'rank', path);
  const of = field(o, 'of', path);
  if (typeof of !== 'number' || !Number.isInteger(of) || of < 1) fail('type', join(path, 'of'), 'a positive integer', describe(of));
  if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > of) fail('enum', join(path, 'rank'), `an integer from 1 to ${of}`, describe(r));
  return { rank: r, of };
}

function ranks(v: unknown, path: string): NonNullable<TradeData['ranks']> {
  const o = obj(v, path);
  return {
    export: rank(field(o, 'export', path), join(path, 'export')),
    import: rank(field(o, 'import', path), join(path, 'import')),
    balance: rank(field(o, 'balance', path), join(path, 'balance')),
  };
}

function schemaVersion(o: Record<string, unknown>): number {
  const v = field(o, 'schema', '');
  if (typeof v !== 'number') fail('type', 'schema', 'number', typeName(v));
  if (!SUPPORTED_SCHEMAS.includes(v)) fail('schema-version', 'schema', SUPPORTED_SCHEMAS.join(', '), String(v));
  return v;
}

function year(v: unknown, path: string): number {
  if (typeof v !== 'number') fail('type', path, 'number', typeName(v));
  if (!Number.isInteger(v) || v < 1900 || v > 2200) fail('type', path, 'a year', String(v));
  return v;
}

function parents(v: unknown, path: string, own: Totals, lvl: Level): ParentTotals {
  if (v === undefined) return {};
  const o = obj(v, path);
  const out: ParentTotals = {};
  const check = (t: Totals, p: string) => {
    for (const flow of FLOWS) {
      if (t[flow] < own[flow]) fail('parent-smaller', join(join(p, 'totals'), flow), `≥ the territory's own total (${own[flow]})`, String(t[flow]));
    }
  };
  if (o.region !== undefined && lvl === 'department') {
    const rp = join(path, 'region');
    const r = obj(o.region, rp);
    const ref = regionRef(r, rp);
    const t = totals(field(r, 'totals', rp), join(rp, 'totals'));
    check(t, rp);
    out.region = { ...ref, totals: t };
  }
  if (o.france !== undefined && lvl !== 'france') {
    const fp = join(path, 'france');
    const f = obj(o.france, fp);
    const t = totals(field(f, 'totals', fp), join(fp, 'totals'));
    check(t, fp);
    out.france = { totals: t };
  }
  return out;
}

function run<T>(url: string | undefined, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof Fail) throw new TradeError('schema', { url, problem: e.problem });
    throw e;
  }
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
  const data = run(url, () => {
    if (json === undefined || json === null || (typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 0)) {
      fail('empty', '', 'a trade data object');
    }
    const o = obj(json, '');
    const schema = schemaVersion(o);
    const y = year(field(o, 'year', ''), 'year');
    const terr = territory(field(o, 'territory', ''), 'territory');
    const tot = totals(field(o, 'totals', ''), 'totals');
    const products = labels(field(o, 'products', ''), 'products');
    const countries = labels(field(o, 'countries', ''), 'countries');
    const f = obj(field(o, 'flows', ''), 'flows');
    const out = {
      export: flows(f.export, 'flows.export', products, countries),
      import: flows(f.import, 'flows.import', products, countries),
    };
    for (const flow of FLOWS) {
      const s = sum(out[flow]);
      if (s !== tot[flow]) fail('total-mismatch', `totals.${flow}`, `the sum of flows.${flow} (${s})`, String(tot[flow]));
    }
    const par = parents(o.parents, 'parents', tot, terr.level);
    const src = source(field(o, 'source', ''), 'source');
    const data: TradeData = { schema, year: y, territory: terr, totals: tot, parents: par, products, countries, flows: out, source: src };
    if (o.ranks !== undefined) data.ranks = ranks(o.ranks, 'ranks');
    if (o.previous !== undefined) {
      const p = obj(o.previous, 'previous');
      const py = year(field(p, 'year', 'previous'), 'previous.year');
      if (py >= y) fail('enum', 'previous.year', `a year before ${y}`, String(py));
      data.previous = { year: py, totals: totals(field(p, 'totals', 'previous'), 'previous.totals') };
    }
    if (o.territoriesOfIndustry !== undefined) {
      const list = o.territoriesOfIndustry;
      if (!Array.isArray(list)) fail('type', 'territoriesOfIndustry', 'array', typeName(list));
      data.territoriesOfIndustry = list.map((n, i) => label(n, `territoriesOfIndustry[${i}]`));
    }
    return data;
  });
  VALIDATED.add(data);
  return data;
}

function indexTerritories(v: unknown, path: string, lvl: Level): IndexTerritory[] {
  if (!Array.isArray(v)) fail(v === undefined ? 'missing' : 'type', path, 'array', typeName(v));
  const seen = new Set<string>();
  return v.map((t, i) => {
    const p = join(path, i);
    const o = obj(t, p);
    const code = str(field(o, 'code', p), join(p, 'code'));
    if (!isTerritoryCode(lvl, code)) fail('invalid-code', join(p, 'code'), `an INSEE ${lvl} code`, describe(code));
    if (seen.has(code)) fail('duplicate', join(p, 'code'), 'unique codes', describe(code));
    seen.add(code);
    const out: IndexTerritory = { code, name: label(field(o, 'name', p), join(p, 'name')) };
    if (o.region !== undefined) out.region = str(o.region, join(p, 'region'));
    return out;
  });
}

/** Checks `<base>/index.json`. */
export function validateIndex(json: unknown, url?: string): DataIndex {
  return run(url, () => {
    if (json === undefined || json === null) fail('empty', '', 'an index object');
    const o = obj(json, '');
    const schema = schemaVersion(o);
    const ys = field(o, 'years', '');
    if (!Array.isArray(ys) || ys.length === 0) fail('type', 'years', 'a non-empty array of years', describe(ys));
    const years = ys.map((y, i) => year(y, `years[${i}]`)).sort((a, b) => a - b);
    const latest = year(field(o, 'latest', ''), 'latest');
    if (!years.includes(latest)) fail('enum', 'latest', `one of years (${years.join(', ')})`, String(latest));
    const t = obj(field(o, 'territories', ''), 'territories');
    const france = t.france === undefined ? false : t.france;
    if (typeof france !== 'boolean') fail('type', 'territories.france', 'boolean', typeName(france));
    return {
      schema,
      years,
      latest,
      territories: {
        departments: indexTerritories(t.departments ?? [], 'territories.departments', 'department'),
        regions: indexTerritories(t.regions ?? [], 'territories.regions', 'region'),
        france,
      },
      source: source(field(o, 'source', ''), 'source'),
    };
  });
}
