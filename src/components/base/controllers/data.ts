/**
 * Loading as a reactive controller, in the shape of `@lit/task`: the element's
 * attributes are the arguments, each new request aborts the one before it, and
 * the element renders by `status`. Data may also be given directly (`set`), and is
 * then validated like a fetched file.
 *
 * The request is made in the host's update (`hostUpdate`), so that a burst of
 * attribute changes in one task makes one request. Nothing is fetched while the
 * element is out of the page; a removed element's request is cancelled, and made
 * again if it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TradeData } from '../../../data/contract.ts';
import { TradeError, isAbort } from '../../../data/errors.ts';
import {
  clearCache,
  loadRequest,
  requestFromQuery,
  type FetchOptions,
  type Loaded,
  type Request,
  type TerritoryQuery,
} from '../../../data/loader.ts';
import { isValidated, validateTradeData } from '../../../data/validate.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DataHost extends ReactiveControllerHost, Element {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  /** Sends one of the element's events (`trade-load`, `trade-error`). */
  emit(name: string, detail: unknown): void;
}

export interface DataOptions {
  /** What the element's attributes ask for, read at each update. */
  query(): TerritoryQuery;
  /** Time allowed for a file, in ms. */
  timeout(): number;
  /** Resolves when the element's language is loaded: a chart and its messages come in it at once. */
  languageReady(): Promise<unknown>;
  /** The sentence for an error, in the element's language, for `trade-error`. */
  describe(error: TradeError): string;
  /** Resolves when the error messages of the element's language are loaded (or have failed to). */
  errorTextsReady(): Promise<unknown>;
  /** Loads what a request names; by default a yearly file (`loadRequest`). `<trade-trend>` loads a series. */
  load?: (request: Request, options: FetchOptions) => Promise<Loaded>;
  /** Validates data given as a property; by default as a yearly file. */
  validate?: (value: unknown) => TradeData;
}

export class DataController implements ReactiveController {
  status: LoadStatus = 'idle';
  data?: TradeData;
  error?: TradeError;
  /** The URL of the file shown, when it came from the network. */
  url?: string;
  /** The URL that failed, when there is one. */
  errorUrl?: string;

  readonly #host: DataHost;
  readonly #options: DataOptions;
  #fromProperty = false;
  /** A request is owed: none made yet, or one cancelled when the element left the page. */
  #owed = true;
  #lastQuery?: string;
  #abort?: AbortController;
  /** Resolves when the error shown is said in words and `trade-error` sent. */
  #described: Promise<unknown> = Promise.resolve();

  constructor(host: DataHost, options: DataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#owed) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.#owed = true;
  }

  hostUpdate(): void {
    const query = JSON.stringify({ ...this.#options.query(), timeout: this.#options.timeout() });
    if (this.#fromProperty || (!this.#owed && query === this.#lastQuery)) return;
    this.#lastQuery = query;
    this.#owed = !this.#host.isConnected;
    if (!this.#owed) void this.#load();
  }

  /** Data given directly: validated, shown at once; `undefined` goes back to the attributes. */
  set(value: unknown): void {
    const old = this.data;
    this.#abort?.abort();
    this.#abort = undefined;
    this.data = undefined;
    this.#fromProperty = value != null;
    if (this.#fromProperty) {
      try {
        const own = this.#options.validate;
        this.data = isValidated(value) ? (value as TradeData) : own ? own(value) : validateTradeData(value);
        this.error = this.errorUrl = undefined;
        this.status = 'ready';
      } catch (error) {
        this.#fail(error, undefined);
      }
    } else this.#owed = true;
    this.#host.requestUpdate('data', old);
  }

  /** Fetches again, bypassing the cache (after a server error, for instance). */
  reload(): void {
    for (const url of [this.url, this.errorUrl]) if (url) clearCache(url);
    if (this.#fromProperty) return;
    this.#owed = true;
    this.#host.requestUpdate();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    this.#abort = undefined;
    const old = this.data;
    this.data = undefined;
    let request: Request;
    try {
      request = requestFromQuery(this.#options.query());
    } catch (error) {
      this.#fail(error, undefined);
      this.#host.requestUpdate('data', old);
      return;
    }
    const abort = (this.#abort = new AbortController());
    // Read again after each await: a newer request, or the element leaving the page, cancels this one.
    const cancelled = () => abort.signal.aborted;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate('data', old);
    try {
      const options = { signal: abort.signal, timeout: this.#options.timeout() };
      const own = this.#options.load;
      const loading = own ? own(request, options) : loadRequest(request, options);
      const [{ data, url }] = await Promise.all([loading, this.#options.languageReady()]);
      if (cancelled()) return;
      this.#abort = undefined;
      Object.assign(this, { url, errorUrl: undefined, data, status: 'ready' });
      this.#host.requestUpdate('data', undefined);
      this.#host.emit('trade-load', { url, data });
    } catch (error) {
      if (cancelled() || isAbort(error)) return;
      // The message is said in the element's language.
      await Promise.all([this.#options.languageReady(), this.#options.errorTextsReady()]);
      if (cancelled()) return;
      this.#abort = undefined;
      this.#fail(error, request.kind === 'src' ? request.url : undefined);
    }
  }

  #fail(cause: unknown, url: string | undefined): void {
    const error = cause instanceof TradeError ? cause : new TradeError('network', { url, cause });
    this.error = error;
    this.errorUrl = error.url ?? url;
    this.status = 'error';
    this.#host.requestUpdate();
    // The messages are loaded on the first failure (already, after a request): sent once they are there.
    this.#described = this.#options.errorTextsReady().then(() => {
      if (this.error !== error) return;
      this.#host.requestUpdate();
      this.#host.emit('trade-error', { error, message: this.#options.describe(error) });
    });
  }

  /** Resolves when the error shown, if any, is said in the element's language (for `updateComplete`). */
  get described(): Promise<unknown> {
    return this.#described;
  }
}
