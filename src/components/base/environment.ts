/**
 * Page-wide watchers shared by every widget: one ResizeObserver, one observer of
 * the DSFR theme attribute, one colour-scheme media query and one font-load
 * listener, however many widgets the page holds. Each is created with its first
 * subscriber and released with its last, so a removed widget leaves nothing behind.
 */

type Callback = () => void;

// --- Size -------------------------------------------------------------------

let resizeObserver: ResizeObserver | undefined;
const resizeCallbacks = new Map<Element, (width: number) => void>();

export function observeWidth(el: Element, cb: (width: number) => void): () => void {
  if (!resizeObserver) {
    resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.contentBoxSize?.[0];
        const width = box ? box.inlineSize : entry.contentRect.width;
        resizeCallbacks.get(entry.target)?.(width);
      }
    });
  }
  resizeCallbacks.set(el, cb);
  resizeObserver.observe(el);
  return () => {
    resizeObserver?.unobserve(el);
    resizeCallbacks.delete(el);
    if (resizeCallbacks.size === 0) {
      resizeObserver?.disconnect();
      resizeObserver = undefined;
    }
  };
}

// --- Theme ------------------------------------------------------------------

export type Scheme = 'light' | 'dark';

const themeCallbacks = new Set<Callback>();
let themeObserver: MutationObserver | undefined;
let schemeQuery: MediaQueryList | undefined;
const onScheme = () => themeCallbacks.forEach((cb) => cb());

/** The page's scheme: DSFR's `data-fr-theme` on <html> first, then the system preference. */
export function pageScheme(): Scheme {
  const fr = document.documentElement.getAttribute('data-fr-theme');
  if (fr === 'dark' || fr === 'light') return fr;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function watchScheme(cb: Callback): () => void {
  if (themeCallbacks.size === 0) {
    themeObserver = new MutationObserver(onScheme);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fr-theme', 'data-fr-scheme'] });
    if (typeof matchMedia === 'function') {
      schemeQuery = matchMedia('(prefers-color-scheme: dark)');
      schemeQuery.addEventListener('change', onScheme);
    }
  }
  themeCallbacks.add(cb);
  return () => {
    themeCallbacks.delete(cb);
    if (themeCallbacks.size === 0) {
      themeObserver?.disconnect();
      themeObserver = undefined;
      schemeQuery?.removeEventListener('change', onScheme);
      schemeQuery = undefined;
    }
  };
}

// --- Fonts ------------------------------------------------------------------

const fontCallbacks = new Set<Callback>();
const onFonts = () => {
  widthCache.clear();
  fontCallbacks.forEach((cb) => cb());
};

/** Calls back when web fonts finish loading, since text widths then change. */
export function watchFonts(cb: Callback): () => void {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (fonts && fontCallbacks.size === 0) fonts.addEventListener('loadingdone', onFonts);
  fontCallbacks.add(cb);
  return () => {
    fontCallbacks.delete(cb);
    if (fonts && fontCallbacks.size === 0) fonts.removeEventListener('loadingdone', onFonts);
  };
}

// --- Text measurement ---------------------------------------------------------

import type { Measure } from '../../layout/text.ts';
export type { Measure };

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 20_000;

/** A canvas-backed measure for a font family, cached per string. */
export function canvasMeasure(fontFamily: string): Measure {
  return (text, fontSize, fontWeight = 400) => {
    const font = `${fontWeight} ${fontSize}px ${fontFamily}`;
    const key = `${font}|${text}`;
    const hit = widthCache.get(key);
    if (hit !== undefined) return hit;
    if (context === undefined) {
      context =
        typeof OffscreenCanvas === 'function'
          ? new OffscreenCanvas(1, 1).getContext('2d')
          : document.createElement('canvas').getContext('2d');
    }
    let w: number;
    if (context) {
      context.font = font;
      w = context.measureText(text).width;
    } else {
      w = text.length * fontSize * 0.6;
    }
    if (widthCache.size > WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(key, w);
    return w;
  };
}
