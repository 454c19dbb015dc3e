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
import {
  SUPPORTED_SCHEMAS,
  type SchemaVersion,
  type FlowTriple,
  type Level,
  type Rank,
  type RegionRef,
  type Totals,
  type TradeData,
} from './contract.ts';
import { ITEM_CODE, isTerritoryCode } from './codes.ts';
import { TradeError, type Problem, type ProblemCode } from './errors.ts';
import { checkTradeData } from './checks.ts';

/** Labels longer than this are refused: they are names, not documents. */
export const MAX_LABEL_LENGTH = 500;
/** A flow list longer than this is refused (France at A129 × country level is ~20 000). */
export const MAX_FLOWS = 500_000;

/** A JSON object as parsed: its fields are yet to be checked. */
export type Obj = Record<string, unknown>;

/** The JSON types, as `kind` names them, and what a checked value of each is. */
interface JsonTypes {
  string: string;
  number: number;
  boolean: boolean;
  object: Obj;
  array: unknown[];
}
type JsonType = keyof JsonTypes;

const LEVELS: readonly Level[] = ['department', 'region', 'france'];

/** Thrown by `fail`, caught by `run`, which turns it into a 'schema' TradeError with the file's URL. */
class InvalidData extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/** Throws a problem at `path`; `found` and `expected` are shown as given. */
export function fail(code: ProblemCode, path: string, expected?: string | number, found?: string | number): never {
  throw new InvalidData({
    code,
    path,
    expected: expected === undefined ? undefined : String(expected),
    found: found === undefined ? undefined : String(found),
  });
}

/** A value read from the file, shortened for a message, without the characters that would reorder it (below). */
export function show(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(UNSAFE_CHARS, '\ufffd')
    : typeof value === 'number'
      ? String(value)
      : kind(value);
}

export function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Checks that `holder[key]` has the JSON type `type` and returns it so typed; `path`
 * is where `holder` is in the file. Optional fields may be absent (undefined).
 */
export function get<T extends JsonType>(
  holder: Obj | unknown[],
  key: string | number,
  path: string,
  type: T,
): JsonTypes[T];
export function get<T extends JsonType>(
  holder: Obj | unknown[],
  key: string | number,
  path: string,
  type: T,
  optional: true,
): JsonTypes[T] | undefined;
export function get(
  holder: Obj | unknown[],
  key: string | number,
  path: string,
  type: JsonType,
  optional = false,
): unknown {
  // An array's items are read by index, an object's fields by name: both are property reads.
  const value = (holder as Obj)[key];
  if (value === undefined) {
    if (optional) return undefined;
    fail('missing', at(path, key));
  }
  if (kind(value) !== type) fail('type', at(path, key), type, kind(value));
  return value;
}

/**
 * Control and bidirectional-control characters (embeddings, overrides, isolates,
 * marks) are removed so that labels stay inert text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanLabel(text: string): string {
  return text.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

/** Copies `holder[key]` to `out` when present, after checking its type. */
export function copy(out: object, holder: Obj, key: string, path: string, type: JsonType): void {
  const value = get(holder, key, path, type, true);
  if (value !== undefined) (out as Obj)[key] = value;
}

export function label(holder: Obj | unknown[], key: string | number, path: string): string {
  const raw = get(holder, key, path, 'string');
  const cleaned = cleanLabel(raw);
  if (!cleaned) fail('empty-label', at(path, key));
  // Characters as JSON Schema's maxLength counts them: code points, before cleaning.
  const length = raw.length > MAX_LABEL_LENGTH ? raw.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '_').length : 0;
  if (length > MAX_LABEL_LENGTH) fail('label-too-long', at(path, key), MAX_LABEL_LENGTH, length);
  return cleaned;
}

/** An amount in euros: a non-negative safe integer. */
export function amount(holder: Obj | unknown[], key: string | number, path: string): number {
  const value = get(holder, key, path, 'number');
  if (!Number.isFinite(value)) fail('not-finite', at(path, key), undefined, value);
  if (value < 0) fail('negative', at(path, key), undefined, value);
  if (!Number.isInteger(value)) fail('not-integer', at(path, key), undefined, value);
  if (value > Number.MAX_SAFE_INTEGER) fail('too-large', at(path, key), undefined, value);
  return value;
}

function totals(holder: Obj, key: string, path: string): Totals {
  const fields = get(holder, key, path, 'object');
  const fieldsPath = at(path, key);
  return { export: amount(fields, 'export', fieldsPath), import: amount(fields, 'import', fieldsPath) };
}

export function year(holder: Obj | unknown[], key: string | number, path: string): number {
  const value = get(holder, key, path, 'number');
  if (!Number.isInteger(value) || value < 1900 || value > 2200) fail('enum', at(path, key), '1900–2200', value);
  return value;
}

export function code(holder: Obj, path: string, level: Level): string {
  const value = get(holder, 'code', path, 'string');
  if (!isTerritoryCode(level, value)) fail('invalid-code', at(path, 'code'), undefined, show(value));
  return value;
}

export function region(holder: Obj, path: string): RegionRef {
  const ref: RegionRef = { code: code(holder, path, 'region'), name: label(holder, 'name', path) };
  copy(ref, holder, 'dgddiCode', path, 'string');
  return ref;
}

export function labels(holder: Obj, key: string): Record<string, string> {
  const byCode = get(holder, key, '', 'object');
  const out = Object.create(null) as Record<string, string>;
  for (const itemCode of Object.keys(byCode)) {
    // The code is file content: quoted and shortened in the path, as `products["<img…"]`.
    if (!ITEM_CODE.test(itemCode)) fail('invalid-code', `${key}[${show(itemCode)}]`);
    out[itemCode] = label(byCode, itemCode, key);
  }
  return out;
}

/** A flow list; that its codes are in `products` and `countries`, once per pair, is for checks.ts. */
function flows(holder: Obj, key: string): FlowTriple[] {
  const path = `flows.${key}`;
  const list = get(holder, key, 'flows', 'array');
  if (list.length > MAX_FLOWS) fail('too-many', path, MAX_FLOWS, list.length);
  return list.map((item, i) => {
    const itemPath = at(path, i);
    if (!Array.isArray(item) || item.length !== 3)
      fail('type', itemPath, '[product, country, value]', Array.isArray(item) ? `array(${item.length})` : kind(item));
    const triple: unknown[] = item;
    const product = triple[0];
    const country = triple[1];
    if (typeof product !== 'string') fail('type', at(itemPath, 0), 'string', kind(product));
    if (typeof country !== 'string') fail('type', at(itemPath, 1), 'string', kind(country));
    return [product, country, amount(triple, 2, itemPath)];
  });
}

function isSchemaVersion(version: number): version is SchemaVersion {
  return SUPPORTED_SCHEMAS.includes(version);
}

export function schema(holder: Obj): SchemaVersion {
  const version = get(holder, 'schema', '', 'number');
  if (!isSchemaVersion(version)) fail('schema-version', 'schema', SUPPORTED_SCHEMAS.join(', '), version);
  return version;
}

export function source(holder: Obj): TradeData['source'] {
  const fields = get(holder, 'source', '', 'object');
  const url = get(fields, 'url', 'source', 'string');
  if (!/^https?:\/\/\S+$/i.test(url)) fail('invalid-url', 'source.url', undefined, show(url));
  const out: TradeData['source'] = {
    name: label(fields, 'name', 'source'),
    licence: label(fields, 'licence', 'source'),
    url,
  };
  copy(out, fields, 'demo', 'source', 'boolean');
  return out;
}

function rank(holder: Obj, key: string, path: string): Rank {
  const fields = get(holder, key, path, 'object');
  const rankPath = at(path, key);
  const of = get(fields, 'of', rankPath, 'number');
  const position = get(fields, 'rank', rankPath, 'number');
  if (!Number.isInteger(of) || of < 1) fail('enum', at(rankPath, 'of'), '≥ 1', of);
  // At most `of`: checks.ts.
  if (!Number.isInteger(position) || position < 1) fail('enum', at(rankPath, 'rank'), `1–${of}`, position);
  return { rank: position, of };
}

export function run<T>(url: string | undefined, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof InvalidData) throw new TradeError('schema', { url, problem: e.problem });
    throw e;
  }
}

export function root(json: unknown): Obj {
  if (json == null || (isObject(json) && Object.keys(json).length === 0)) fail('empty', '');
  if (!isObject(json)) fail('type', '', 'object', kind(json));
  return json;
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
    const file = root(json);
    const version = schema(file);
    const dataYear = year(file, 'year', '');
    const territoryFields = get(file, 'territory', '', 'object');
    const level = get(territoryFields, 'level', 'territory', 'string');
    if (!isLevel(level)) fail('enum', 'territory.level', LEVELS.join(', '), show(level));
    const territory: TradeData['territory'] = {
      level,
      code: code(territoryFields, 'territory', level),
      name: label(territoryFields, 'name', 'territory'),
    };
    copy(territory, territoryFields, 'dgddiCode', 'territory', 'string');
    const ownRegion = get(territoryFields, 'region', 'territory', 'object', true);
    if (ownRegion) territory.region = region(ownRegion, 'territory.region');
    const ownTotals = totals(file, 'totals', '');
    const products = labels(file, 'products');
    const countries = labels(file, 'countries');
    const flowLists = get(file, 'flows', '', 'object');
    const flowsByKind = { export: flows(flowLists, 'export'), import: flows(flowLists, 'import') };
    // Both parents are checked whatever the level, as the schema does; a department
    // keeps its region's totals, a department or a region France's.
    const parents: TradeData['parents'] = {};
    const parentFields = get(file, 'parents', '', 'object', true);
    if (parentFields) {
      const regionFields = get(parentFields, 'region', 'parents', 'object', true);
      const parentRegion = regionFields && {
        ...region(regionFields, 'parents.region'),
        totals: totals(regionFields, 'totals', 'parents.region'),
      };
      if (parentRegion && level === 'department') parents.region = parentRegion;
      const franceFields = get(parentFields, 'france', 'parents', 'object', true);
      const parentFrance = franceFields && { totals: totals(franceFields, 'totals', 'parents.france') };
      if (parentFrance && level !== 'france') parents.france = parentFrance;
    }
    const data: TradeData = {
      schema: version,
      year: dataYear,
      territory,
      totals: ownTotals,
      parents,
      products,
      countries,
      flows: flowsByKind,
      source: source(file),
    };
    const ranks = get(file, 'ranks', '', 'object', true);
    if (ranks)
      data.ranks = {
        export: rank(ranks, 'export', 'ranks'),
        import: rank(ranks, 'import', 'ranks'),
        balance: rank(ranks, 'balance', 'ranks'),
      };
    const previous = get(file, 'previous', '', 'object', true);
    if (previous)
      data.previous = { year: year(previous, 'year', 'previous'), totals: totals(previous, 'totals', 'previous') };
    const industry = get(file, 'territoriesOfIndustry', '', 'array', true);
    if (industry) data.territoriesOfIndustry = industry.map((_, i) => label(industry, i, 'territoriesOfIndustry'));
    checkTradeData(data, fail, show);
    return data;
  });
  VALIDATED.add(data);
  return data;
}

function isLevel(level: string): level is Level {
  return (LEVELS as readonly string[]).includes(level);
}
