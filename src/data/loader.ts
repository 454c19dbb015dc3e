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
 *   Failures are not cached: setting the attribute again, or reload(), retries.
 */
import type { DataIndex, Level, TradeData } from './contract.ts';
import { normalizeTerritoryCode } from './codes.ts';
import { TradeError, isAbort, type Problem } from './errors.ts';
import { lazy } from './lazy.ts';
import { LATEST, absoluteUrl, indexUrl, resolveBase, territoryUrl } from './urls.ts';
import type * as IndexValidation from './validate-index.ts';
import { validateTradeData } from './validate.ts';

/** Default time allowed for one file, body included. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Largest file accepted: 10 MB (10 000 000 bytes). France at A129 × country level is well under 1 MB. */
export const MAX_BYTES = 1e7;
/** Answered files kept per page (least recently used go first); those on their way are kept too. */
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
  settled?: boolean;
}

const cache = new Map<string, Entry>();

/** Counters for tests and benchmarks: requests actually sent, and callers served from the cache. */
export const loaderStats = { requests: 0, cacheHits: 0 };

/** Empties the cache (tests, `reload()`). With a URL, forgets only that file. */
export function clearCache(url?: string): void {
  for (const key of [...cache.keys()]) if (url === undefined || key.endsWith(`|${url}`)) cache.delete(key);
}

/** Number of requests still in flight (used by leak tests). */
export function pendingRequests(): number {
  return [...cache.values()].filter((entry) => !entry.settled).length;
}

const abortError = () => new DOMException('Aborted', 'AbortError');
const noop = () => {};

async function fetchJson(
  url: string,
  controller: AbortController,
  timeout: number,
  maxBytes: number,
): Promise<unknown> {
  loaderStats.requests++;
  const timer = setTimeout(() => {
    controller.abort(new TradeError('timeout', { url }));
  }, timeout);
  const tooLarge = () => new TradeError('too-large', { url, detail: `> ${maxBytes} bytes` });
  const empty = () => new TradeError('schema', { url, problem: { code: 'empty', path: '' } });
  try {
    const res = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!res.ok) {
      res.body?.cancel().catch(noop);
      throw new TradeError('http', { url, status: res.status, statusText: res.statusText });
    }
    if (Number(res.headers.get('content-length')) > maxBytes) throw tooLarge();
    // A successful answer without a body (204 No Content) is an empty file.
    if (!res.body) throw empty();
    // Read in chunks, counting, so that an oversized answer is cut short.
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let read; !(read = await reader.read()).done;) {
      if ((size += read.value.byteLength) > maxBytes) {
        reader.cancel().catch(noop);
        throw tooLarge();
      }
      chunks.push(read.value);
    }
    const text = await new Blob(chunks as BlobPart[]).text();
    if (!text.trim()) throw empty();
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new TradeError('json', {
        url,
        detail: /^\s*</.test(text) ? 'HTML, not JSON' : (e as Error).message,
        cause: e,
      });
    }
  } catch (e) {
    // An abort carries its reason (a timeout, or the last caller gone); anything else not typed is the network.
    throw e instanceof TradeError
      ? e
      : controller.signal.aborted
        ? controller.signal.reason
        : new TradeError('network', { url, cause: e });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Gets a file through the shared cache. `kind` keeps index files and data files
 * apart; `parse` validates the JSON once for every caller.
 */
function shared<T>(
  kind: string,
  url: string,
  parse: (json: unknown, url: string) => T,
  opts: FetchOptions,
): Promise<T> {
  const { signal } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = `${kind}|${url}`;
  let cached = cache.get(key);
  if (cached) {
    loaderStats.cacheHits++;
    cache.delete(key); // re-inserted below: most recently used last
  } else {
    const controller = new AbortController();
    const entry: Entry = (cached = {
      controller,
      users: 0,
      promise: fetchJson(url, controller, opts.timeout ?? DEFAULT_TIMEOUT_MS, opts.maxBytes ?? MAX_BYTES).then((json) =>
        parse(json, url),
      ),
    });
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (cache.get(key) === entry) cache.delete(key);
      },
    );
    // The oldest answered files go first, until MAX_ENTRIES answered ones are kept; files still
    // on their way do not count, so that a burst of requests cannot push out a file in use.
    let over = -MAX_ENTRIES;
    for (const old of cache.values()) if (old.settled) over++;
    for (const [k, old] of cache)
      if (over >= 0 && old.settled) {
        cache.delete(k);
        over--;
      }
  }
  cache.set(key, cached);
  const entry = cached;
  entry.users++;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      signal?.removeEventListener('abort', onAbort);
      entry.users--;
    };
    const onAbort = () => {
      leave();
      // The last caller gone: cancel the request itself.
      if (!entry.settled && !entry.users) {
        entry.controller.abort(abortError());
        if (cache.get(key) === entry) cache.delete(key);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // A caller that has aborted was answered by onAbort already.
    entry.promise.then(
      (value) => {
        if (signal?.aborted) return;
        leave();
        resolve(value as T);
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        leave();
        // The shared request's own reason, a TradeError or an AbortError that callers check
        // by type: wrapping it would hide it; TypeScript cannot see it is always an Error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passed on as is
        reject(error);
      },
    );
  });
}

const indexValidation = () => lazy<typeof IndexValidation>('data/validate-index');

/** Gets and validates an index.json; its validation is loaded on demand, with the first index. */
export async function loadIndex(url: string, opts: FetchOptions = {}): Promise<DataIndex> {
  const { validateIndex } = await indexValidation();
  return shared('index', absoluteUrl(url), validateIndex, opts);
}

/** Throws what the index says is missing, when it lacks the year or the territory asked for. */
async function checkInIndex(index: DataIndex, req: TerritoryRequest, year: number, url: string): Promise<void> {
  (await indexValidation()).checkInIndex(index, req, year, url);
}

export function loadTradeData(url: string, opts: FetchOptions = {}): Promise<TradeData> {
  return shared('data', absoluteUrl(url), validateTradeData, opts);
}

/** Any other JSON file through the same cache, checked by `parse` (the report's texts). */
export function loadJson<T>(url: string, parse: (json: unknown) => T, opts: FetchOptions = {}): Promise<T> {
  return shared('json', absoluteUrl(url), parse, opts);
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

const input = (problem: Problem) => new TradeError('input', { problem });

/**
 * Turns attributes into a request, or a typed 'input' error naming the attribute.
 * Precedence: `src`, then `department`, then `region`, then `level="france"`.
 */
export function requestFromQuery(q: TerritoryQuery): Request {
  let year: number | undefined;
  if (q.year != null && q.year !== '') {
    year = Number(q.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      throw input({ code: 'type', path: 'year', expected: '2024', found: String(q.year) });
  }
  if (q.src?.trim()) return { kind: 'src', url: absoluteUrl(q.src.trim()) };
  for (const [attribute, raw] of [
    ['department', q.department],
    ['region', q.region],
    ['level', q.level === 'france' ? 'FR' : null],
  ] as const) {
    if (raw == null || raw === '') continue;
    const level = attribute === 'level' ? 'france' : attribute;
    const code = normalizeTerritoryCode(level, raw);
    if (!code) throw input({ code: 'invalid-code', path: attribute, found: raw });
    return { kind: 'territory', level, code, year, base: resolveBase(q.baseUrl ?? undefined), attribute };
  }
  if (q.level && !['department', 'region'].includes(q.level))
    throw input({ code: 'enum', path: 'level', expected: 'department, region, france', found: q.level });
  throw input({ code: 'no-territory', path: q.level || 'department' });
}

export interface Loaded {
  data: TradeData;
  url: string;
}

type TerritoryRequest = Extract<Request, { kind: 'territory' }>;

/** Fetches a territory's file, and checks that it is the one asked for (of any year, from `latest/`). */
async function fetchChecked(req: TerritoryRequest, year: number | undefined, url: string, opts: FetchOptions) {
  const data = await loadTradeData(url, opts);
  const want = `${req.level} ${req.code} ${year ?? data.year}`;
  const got = `${data.territory.level} ${data.territory.code} ${data.year}`;
  if (want !== got)
    throw new TradeError('schema', {
      url,
      problem: { code: 'mismatch', path: 'territory', expected: want, found: got },
    });
  return { data, url };
}

/** Whether an error is the server's "404 Not Found". */
const notFound = (error: unknown) => error instanceof TradeError && error.status === 404;

/**
 * Loads what a request names. Without a year, the file in `latest/`, at once; a
 * data folder without `latest/` (written before it existed) has its latest year
 * read from the index. With a year, the file at once; the index then only
 * explains a 404 (which year or territory the data does not have).
 */
export async function loadRequest(req: Request, opts: FetchOptions = {}): Promise<Loaded> {
  if (req.kind === 'src') return { data: await loadTradeData(req.url, opts), url: req.url };
  const iUrl = indexUrl(req.base);
  const year = req.year ?? LATEST;
  const url = territoryUrl(req.base, year, req.level, req.code);
  try {
    return await fetchChecked(req, req.year, url, opts);
  } catch (e) {
    if (!notFound(e)) throw e;
    if (year === LATEST) {
      const index = await loadIndex(iUrl, opts);
      const latestUrl = territoryUrl(req.base, index.latest, req.level, req.code);
      await checkInIndex(index, req, index.latest, latestUrl);
      return await fetchChecked(req, index.latest, latestUrl, opts);
    }
    const index = await loadIndex(iUrl, opts).catch((indexError: unknown) => {
      if (isAbort(indexError)) throw indexError;
    });
    if (index) await checkInIndex(index, req, year, url);
    throw e;
  }
}
