/**
 * Counting proxies for leak tests: installed before an element is created, they
 * record every timer, ResizeObserver, MutationObserver, document listener,
 * media-query listener and font-set listener made, and which are still active.
 */

export interface Live {
  timers: number;
  resizeObservers: number;
  mutationObservers: number;
  documentListeners: string[];
  mediaListeners: number;
  fontListeners: number;
}

/** The page's own setTimeout, for the tests' waits (not counted). */
export const realSetTimeout = window.setTimeout.bind(window);
export const pause = (ms: number) => new Promise((r) => realSetTimeout(r, ms));

export function installCounters(): { live: () => Live; made: () => Record<string, number>; uninstall: () => void } {
  const timers = new Set<number>();
  const total = {
    timers: 0,
    resizeObservers: 0,
    mutationObservers: 0,
    documentListeners: 0,
    mediaListeners: 0,
    fontListeners: 0,
  };
  const observers = { resize: new Set<object>(), mutation: new Set<object>() };
  const docListeners = new Map<string, number>();
  let media = 0;
  let fonts = 0;

  // The page's own functions, to call (with their `this`) and to put back as they were.
  /* eslint-disable @typescript-eslint/unbound-method -- kept to be put back, and only called through .call() */
  const orig = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    ResizeObserver: window.ResizeObserver,
    MutationObserver: window.MutationObserver,
    add: document.addEventListener,
    remove: document.removeEventListener,
    matchMedia: window.matchMedia,
    fontsAdd: document.fonts.addEventListener,
    fontsRemove: document.fonts.removeEventListener,
  };
  /* eslint-enable @typescript-eslint/unbound-method */

  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    total.timers++;
    const id = orig.setTimeout.call(
      window,
      () => {
        timers.delete(id);
        if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...args);
      },
      ms,
    ) as unknown as number;
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    orig.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;

  const counted = <T extends typeof ResizeObserver | typeof MutationObserver>(
    Base: T,
    set: Set<object>,
    key: 'resizeObservers' | 'mutationObservers',
  ): T =>
    class extends (Base as any) {
      observe(...args: unknown[]) {
        total[key]++;
        set.add(this);
        return super.observe(...args);
      }
      disconnect() {
        set.delete(this);
        return super.disconnect();
      }
    } as unknown as T;
  window.ResizeObserver = counted(orig.ResizeObserver, observers.resize, 'resizeObservers');
  window.MutationObserver = counted(orig.MutationObserver, observers.mutation, 'mutationObservers');

  // A listener is known by its type and its identity.
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (type: string, fn: object) => `${type}|${ids.get(fn) ?? (ids.set(fn, ++next), next)}`;
  document.addEventListener = function (this: Document, type: string, fn: any, opts?: any) {
    total.documentListeners++;
    const k = key(type, fn);
    docListeners.set(k, (docListeners.get(k) ?? 0) + 1);
    orig.add.call(this, type, fn, opts);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, fn: any, opts?: any) {
    const k = key(type, fn);
    const n = docListeners.get(k) ?? 0;
    if (n <= 1) docListeners.delete(k);
    else docListeners.set(k, n - 1);
    orig.remove.call(this, type, fn, opts);
  } as typeof document.removeEventListener;

  window.matchMedia = function (query: string) {
    const q = orig.matchMedia.call(window, query);
    const add = q.addEventListener.bind(q);
    const remove = q.removeEventListener.bind(q);
    q.addEventListener = ((type: string, fn: any, o?: any) => {
      total.mediaListeners++;
      media++;
      add(type, fn, o);
    }) as typeof q.addEventListener;
    q.removeEventListener = ((type: string, fn: any, o?: any) => {
      media--;
      remove(type, fn, o);
    }) as typeof q.removeEventListener;
    return q;
  };
  document.fonts.addEventListener = function (this: FontFaceSet, type: string, fn: any, o?: any) {
    total.fontListeners++;
    fonts++;
    orig.fontsAdd.call(this, type, fn, o);
  } as typeof document.fonts.addEventListener;
  document.fonts.removeEventListener = function (this: FontFaceSet, type: string, fn: any, o?: any) {
    fonts--;
    orig.fontsRemove.call(this, type, fn, o);
  } as typeof document.fonts.removeEventListener;

  return {
    live: () => ({
      timers: timers.size,
      resizeObservers: observers.resize.size,
      mutationObservers: observers.mutation.size,
      documentListeners: [...docListeners.keys()].map((k) => k.split('|')[0]),
      mediaListeners: media,
      fontListeners: fonts,
    }),
    made: () => ({ ...total }),
    uninstall: () => {
      window.setTimeout = orig.setTimeout;
      window.clearTimeout = orig.clearTimeout;
      window.ResizeObserver = orig.ResizeObserver;
      window.MutationObserver = orig.MutationObserver;
      document.addEventListener = orig.add;
      document.removeEventListener = orig.remove;
      window.matchMedia = orig.matchMedia;
      document.fonts.addEventListener = orig.fontsAdd;
      document.fonts.removeEventListener = orig.fontsRemove;
    },
  };
}
