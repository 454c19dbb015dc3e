/**
 * What a widget watches in its page: its width, the DSFR theme attribute and the
 * system colour scheme, and web fonts finishing loading (text widths change).
 * Each `watch…` returns the function that stops watching, so a removed widget
 * leaves no observer or listener behind.
 */
import type { Measure } from '../../layout/text.ts';
export type { Measure };

export type Scheme = 'light' | 'dark';

/** Calls back with the element's content width whenever it changes. */
export function observeWidth(el: Element, cb: (width: number) => void): () => void {
  const ro = new ResizeObserver(([entry]) => cb(entry.contentRect.width));
  ro.observe(el);
  return () => ro.disconnect();
}

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/** The page's scheme: DSFR's `data-fr-theme` on <html> first, then the system preference. */
export function pageScheme(): Scheme {
  const fr = document.documentElement.getAttribute('data-fr-theme');
  return fr === 'dark' || fr === 'light' ? fr : darkQuery().matches ? 'dark' : 'light';
}

/** Calls back when the page's scheme may have changed. */
export function watchScheme(cb: () => void): () => void {
  const mo = new MutationObserver(cb);
  mo.observe(document.documentElement, { attributeFilter: ['data-fr-theme'] });
  const q = darkQuery();
  q.addEventListener('change', cb);
  return () => {
    mo.disconnect();
    q.removeEventListener('change', cb);
  };
}

/** Calls back when web fonts finish loading, since text widths then change. */
export function watchFonts(cb: () => void): () => void {
  const done = () => {
    widths.clear();
    cb();
  };
  document.fonts?.addEventListener('loadingdone', done);
  return () => document.fonts?.removeEventListener('loadingdone', done);
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** A canvas-backed measure for a font family, cached per string. */
export function canvasMeasure(fontFamily: string): Measure {
  return (text, fontSize, fontWeight = 400) => {
    const font = `${fontWeight} ${fontSize}px ${fontFamily}`;
    const key = font + text;
    let w = widths.get(key);
    if (w === undefined) {
      context ??= new OffscreenCanvas(1, 1).getContext('2d');
      if (context) {
        context.font = font;
        w = context.measureText(text).width;
      } else w = text.length * fontSize * 0.6;
      if (widths.size > 2e4) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
}
