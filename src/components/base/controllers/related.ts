/**
 * A file related to the element's data, loaded once the data is there, as a
 * reactive controller: France's file for the same year (the specialisation indices
 * of `<trade-treemap>`, the dependency indicators of `<trade-summary>`), the
 * territory's series (`<trade-summary>`'s five-year change). Each goes through the
 * shared loader: one request and one cache entry per URL, shared with the page's
 * other widgets (`<trade-report>`'s comparison charts load France's file too).
 *
 * It is loaded in an idle period after the chart is painted, and never holds it up:
 * the chart shows what it can without it, then again with it. New data aborts the request made
 * for the previous one, and so does the element leaving the page. A file that
 * cannot be loaded is left out (`loaded(undefined)`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TradeData } from '../../../data/contract.ts';
import { loadRequest, requestFromQuery, type FetchOptions } from '../../../data/loader.ts';
import { whenIdle } from '../environment.ts';

/** The element whose data the related file goes with. */
export interface RelatedHost extends ReactiveControllerHost {
  readonly data?: TradeData;
}

export class RelatedController<T> implements ReactiveController {
  readonly #host: RelatedHost;
  readonly #load: (data: TradeData, options: FetchOptions) => Promise<T | undefined>;
  readonly #loaded: (value: T | undefined) => void;
  #for?: TradeData;
  #abort?: AbortController;

  /**
   * `load` loads the related file for the host's data (undefined when there is none);
   * `loaded` is called with it once loaded, or with undefined when it failed.
   */
  constructor(
    host: RelatedHost,
    load: (data: TradeData, options: FetchOptions) => Promise<T | undefined>,
    loaded: (value: T | undefined) => void,
  ) {
    this.#host = host;
    this.#load = load;
    this.#loaded = loaded;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    // Loaded again when the element is back in the page.
    this.#for = undefined;
  }

  hostUpdate(): void {
    const { data } = this.#host;
    if (data === this.#for) return;
    this.#for = data;
    this.#abort?.abort();
    if (!data) return;
    // The previous file stays until this one is settled: the models check that it fits their data.
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    // Off the critical path: once the chart is painted, in an idle period (the loader's own time limit).
    const done = (value?: T) => {
      if (!signal.aborted) this.#loaded(value);
    };
    // A file that failed is left out: undefined.
    const cancel = whenIdle(() => {
      this.#load(data, { signal }).then(done, () => {
        done();
      });
    });
    signal.addEventListener('abort', cancel);
  }
}

/**
 * Whether an element's data has a data folder to find related files in: the folder
 * it was loaded from (`department`, `region`, `level`), or its `base-url` when the
 * data is given as a property (`<trade-report>` does so). Not a `src` file.
 */
export const hasFolder = (el: { src?: string; dataUrl?: string; baseUrl?: string }): boolean =>
  !el.src && !!(el.dataUrl || el.baseUrl);

/** France's file for the year of `data` (for a department or a region; undefined for France itself). */
export async function loadFrance(
  data: TradeData,
  baseUrl: string | undefined,
  options: FetchOptions,
): Promise<TradeData | undefined> {
  if (data.territory.level === 'france') return undefined;
  const request = requestFromQuery({ level: 'france', year: data.year, baseUrl });
  return (await loadRequest(request, options)).data;
}
