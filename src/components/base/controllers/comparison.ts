/**
 * The files a territory is compared with, as a reactive controller: a department's
 * file holds only its region's and France's totals, and some charts need their
 * flows (`<trade-partner>`'s shares against the region's and France's).
 * Once the territory's data is there, this loads its region's file (for a
 * department) and France's (for a department or a region), as the element asks,
 * for the same year, through the shared loader: one request and one cache entry
 * per URL, shared with every widget of the page that shows them.
 *
 * New data aborts the requests made for the previous one, and so does the element
 * leaving the page. A comparison file that fails to load is left out: the chart
 * then shows the territory's own figures, without comparison.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TradeData } from '../../../data/contract.ts';
import { loadRequest, requestFromQuery, type TerritoryQuery } from '../../../data/loader.ts';

/** The files the territory is compared with, when loaded: its region's (departments only) and France's. */
export interface Comparison {
  region?: TradeData;
  france?: TradeData;
}

export type ComparisonLevel = 'region' | 'france';

export interface ComparisonOptions {
  /** The territory's data, once loaded. */
  data(): TradeData | undefined;
  /** Which files the element needs now: none, France's, or both. */
  levels(): readonly ComparisonLevel[];
  /** The folder holding the data files (the element's `base-url`). */
  baseUrl(): string | undefined;
  /** Time allowed for a file, in ms. */
  timeout(): number;
  /** Called with the comparison files, once they are settled. */
  loaded(comparison: Comparison): void;
}

/** The region's and France's queries for a territory's data (none for France, no region for a region). */
export function comparisonQueries(
  data: TradeData,
  baseUrl: string | undefined,
  levels: readonly ComparisonLevel[] = ['region', 'france'],
): Record<ComparisonLevel, TerritoryQuery | undefined> {
  const { level } = data.territory;
  const regionCode = data.territory.region?.code ?? data.parents.region?.code;
  const year = data.year;
  const wanted = (which: ComparisonLevel) => levels.includes(which);
  return {
    region:
      wanted('region') && level === 'department' && regionCode ? { region: regionCode, year, baseUrl } : undefined,
    france: wanted('france') && level !== 'france' ? { level: 'france', year, baseUrl } : undefined,
  };
}

export class ComparisonController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ComparisonOptions;
  #data?: TradeData;
  #key?: string;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: ComparisonOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: the comparison is made again (hostDisconnected forgot it).
    if (this.#key === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#key = undefined;
    this.#data = undefined;
  }

  hostUpdate(): void {
    const data = this.#options.data();
    const key = JSON.stringify([this.#options.baseUrl(), this.#options.levels()]);
    if (data === this.#data && key === this.#key) return;
    this.#data = data;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = undefined;
    if (data) void this.#load(data);
  }

  async #load(data: TradeData): Promise<void> {
    const queries = comparisonQueries(data, this.#options.baseUrl(), this.#options.levels());
    if (!queries.region && !queries.france) return;
    const abort = (this.#abort = new AbortController());
    const options = { signal: abort.signal, timeout: this.#options.timeout() };
    const load = async (query: TerritoryQuery | undefined) => {
      if (!query) return undefined;
      try {
        return (await loadRequest(requestFromQuery(query), options)).data;
      } catch {
        // Without this file, the chart shows no comparison with it.
        return undefined;
      }
    };
    const [region, france] = await Promise.all([load(queries.region), load(queries.france)]);
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.#options.loaded({ region, france });
  }
}
