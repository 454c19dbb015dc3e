/**
 * The loader every widget uses.
 *
 * - One in-flight request and one cache entry per URL, shared by every widget on
 *   the page: six widgets on one department fetch its file once.
 * - Each caller passes its own AbortSignal. A caller that aborts stops waiting at
 *   once; the request itself is cancelled when its last caller has gone.
 * - A timeout covers the whole response, body included; a size limit refuses
 *   oversized answers before they are read whole.
 * - `credentials: 'omit'`: public data, no cookies sent anywhere.
 * - Files are validated once, when they arrive; the cache holds validated data.
 */
import type { DataIndex, Level, TradeData } from './contract.ts';
import { normalizeTerritoryCode } from './codes.ts';
import { TradeError, isAbort } from './errors.ts';
import { absoluteUrl, indexUrl, resolveBase, territoryUrl } from './urls.ts';
import { validateIndex, validateTradeData } from './validate.ts';

/** Default time allowed for one file, body included. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Largest file accepted. France at A129 × country level is well under 1 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Cache entries kept per page (least recently used go first). */
const MAX_ENTRIES = 64;

export interface FetchOptions {
  signal?: AbortSignal;
  timeout?: number;
  maxBytes?: number;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

/** Counters for tests and benchmarks: requests actually sent, and callers served from the cache. */
export const loaderStats = { requests: 0, cacheHits: 0 };

/** Empties the cache (tests, `reload()`). With a URL, forgets only that file. */
export function clearCache(url?: string): void {
  if (url === undefined) cache.clear();
  else for (const key of [...cache.keys()]) if (key.endsWith(`|${url}`)) cache.delete(key);
}

/** Number of requests still in flight (used by leak tests). */
export function pendingRequests(): number {
  let n = 0;
  for (const e of cache.values()) if (!e.settled) n++;
  return n;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

async function readBody(res: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new TradeError('too-large', { url, detail: `${declared} bytes > ${maxBytes}` });
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TradeError('too-large', { url, detail: `more than ${maxBytes} bytes` });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function parseJson(text: string, url: string): unknown {
  if (!text.trim()) throw new TradeError('schema', { url, problem: { code: 'empty', path: '' } });
  try {
    return JSON.parse(text);
  } catch (e) {
    const looksHtml = /^\s*</.test(text);
    const detail = looksHtml ? 'HTML received instead of JSON' : e instanceof Error ? e.message : String(e);
    throw new TradeError('json', { url, detail, cause: e });
  }
}

async function fetchJson(url: string, controller: AbortController, timeout: number, maxBytes: number): Promise<unknown> {
  loaderStats.requests++;
  const timer = setTimeout(() => controller.abort(new TradeError('timeout', { url })), timeout);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (e) {
      throw controller.signal.aborted ? controller.signal.reason : new TradeError('network', { url, cause: e });
    }
    if (!res.ok) {
      res.body?.cancel().catch(() => undefined);
      throw new TradeError('http', { url, status: res.status, statusText: res.statusText });
    }
    let text: string;
    try {
      text = await readBody(res, url, maxBytes);
    } catch (e) {
      if (e instanceof TradeError) throw e;
      throw controller.signal.aborted ? controller.signal.reason : new TradeError('network', { url, cause: e });
    }
    return parseJson(text, url);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Gets a file through the shared cache. `kind` keeps index files and data files
 * apart; `parse` validates the JSON once for every caller.
 */
function shared<T>(kind: string, url: string, parse: (json: unknown, url: string) => T, opts: FetchOptions): Promise<T> {
  if (opts.signal?.aborted) return Promise.reject(abortError());
  const key = `${kind}|${url}`;
  let entry = cache.get(key);
  if (entry) {
    loaderStats.cacheHits++;
    cache.delete(key);
    cache.set(key, entry); // most recently used last
  } else {
    const controller = new AbortController();
    const e: Entry = { controller, users: 0, settled: false, promise: Promise.resolve() };
    e.promise = fetchJson(url, controller, opts.timeout ?? DEFAULT_TIMEOUT_MS, opts.maxBytes ?? MAX_BYTES)
      .then((json) => parse(json, url))
      .finally(() => {
        e.settled = true;
      });
    // Failures are not cached: setting the attribute again, or reload(), retries.
    e.promise.catch(() => {
      if (cache.get(key) === e) cache.delete(key);
    });
    cache.set(key, e);
    while (cache.size > MAX_ENTRIES) {
      const oldest = cache.keys().next().value as string;
      const old = cache.get(oldest)!;
      if (!old.settled) break;
      cache.delete(oldest);
    }
    entry = e;
  }
  return subscribe(key, entry, opts.signal) as Promise<T>;
}

function subscribe(key: string, entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
  entry.users++;
  if (!signal) {
    return entry.promise.finally(() => {
      entry.users--;
    });
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      entry.users--;
    };
    const onAbort = () => {
      done();
      if (!entry.settled && entry.users === 0) {
        entry.controller.abort(abortError());
        if (cache.get(key) === entry) cache.delete(key);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (v) => {
        if (signal.aborted) return;
        done();
        resolve(v);
      },
      (e) => {
        if (signal.aborted) return;
        done();
        reject(e);
      },
    );
  });
}

export function loadIndex(url: string, opts: FetchOptions = {}): Promise<DataIndex> {
  return shared('index', absoluteUrl(url), validateIndex, opts);
}

export function loadTradeData(url: string, opts: FetchOptions = {}): Promise<TradeData> {
  return shared('data', absoluteUrl(url), validateTradeData, opts);
}

/** What an element's attributes ask for, before any request. */
export interface TerritoryQuery {
  src?: string | null;
  department?: string | null;
  region?: string | null;
  level?: string | null;
  year?: number | string | null;
  baseUrl?: string | null;
}

export type Request =
  | { kind: 'src'; url: string }
  | { kind: 'territory'; level: Level; code: string; year?: number; base: string; attribute: string };

/**
 * Turns attributes into a request, or a typed 'input' error naming the attribute.
 * Precedence: `src`, then `department`, then `region`, then `level="france"`.
 */
export function requestFromQuery(q: TerritoryQuery): Request {
  const base = () => resolveBase(q.baseUrl ?? undefined);
  let year: number | undefined;
  if (q.year !== undefined && q.year !== null && q.year !== '') {
    year = Number(q.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new TradeError('input', { problem: { code: 'type', path: 'year', expected: 'a year (2024)', found: String(q.year) } });
    }
  }
  if (q.src && q.src.trim()) return { kind: 'src', url: absoluteUrl(q.src.trim()) };
  const pick = (level: Level, raw: string, attribute: string): Request => {
    const code = normalizeTerritoryCode(level, raw);
    if (!code) throw new TradeError('input', { problem: { code: 'invalid-code', path: attribute, found: raw } });
    return { kind: 'territory', level, code, year, base: base(), attribute };
  };
  if (q.department != null && q.department !== '') return pick('department', q.department, 'department');
  if (q.region != null && q.region !== '') return pick('region', q.region, 'region');
  if (q.level === 'france') return { kind: 'territory', level: 'france', code: 'FR', year, base: base(), attribute: 'level' };
  if (q.level && !['department', 'region', 'france'].includes(q.level)) {
    throw new TradeError('input', { problem: { code: 'enum', path: 'level', expected: 'department | region | france', found: q.level } });
  }
  throw new TradeError('input', { problem: { code: 'no-territory', path: q.level ? q.level : 'department' } });
}

export interface Loaded {
  data: TradeData;
  url: string;
  /** The index, when the request went through it. */
  index?: DataIndex;
}

function checkInIndex(index: DataIndex, req: Extract<Request, { kind: 'territory' }>, year: number, url: string): void {
  if (!index.years.includes(year)) {
    throw new TradeError('not-found', {
      url,
      problem: { code: 'unknown-year', path: 'year', expected: index.years.join(', '), found: String(year) },
    });
  }
  const list = req.level === 'department' ? index.territories.departments : req.level === 'region' ? index.territories.regions : null;
  const exists = list ? list.some((t) => t.code === req.code) : index.territories.france;
  if (!exists) {
    throw new TradeError('not-found', { url, problem: { code: 'unknown-territory', path: req.attribute, found: req.code } });
  }
}

function checkMatches(data: TradeData, req: Extract<Request, { kind: 'territory' }>, year: number, url: string): void {
  const want = `${req.level} ${req.code} ${year}`;
  const got = `${data.territory.level} ${data.territory.code} ${data.year}`;
  if (want !== got) throw new TradeError('schema', { url, problem: { code: 'mismatch', path: 'territory', expected: want, found: got } });
}

/**
 * Loads what a request names. Without a year, the index says which is the latest;
 * with one, the file is fetched at once and the index only explains a 404.
 */
export async function loadRequest(req: Request, opts: FetchOptions = {}): Promise<Loaded> {
  if (req.kind === 'src') return { data: await loadTradeData(req.url, opts), url: req.url };
  const iUrl = indexUrl(req.base);
  if (req.year === undefined) {
    const index = await loadIndex(iUrl, opts);
    const year = index.latest;
    const url = territoryUrl(req.base, year, req.level, req.code);
    checkInIndex(index, req, year, url);
    const data = await loadTradeData(url, opts);
    checkMatches(data, req, year, url);
    return { data, url, index };
  }
  const year = req.year;
  const url = territoryUrl(req.base, year, req.level, req.code);
  try {
    const data = await loadTradeData(url, opts);
    checkMatches(data, req, year, url);
    return { data, url };
  } catch (e) {
    if (isAbort(e) || !(e instanceof TradeError) || e.kind !== 'http' || e.status !== 404) throw e;
    // A 404: if the index is there, say precisely what does not exist.
    const index = await loadIndex(iUrl, opts).catch((ie) => {
      if (isAbort(ie)) throw ie;
      return undefined;
    });
    if (index) checkInIndex(index, req, year, url);
    throw e;
  }
}
