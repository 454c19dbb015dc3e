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
export function observeWidth(element: Element, onWidth: (width: number) => void): () => void {
  const observer = new ResizeObserver(([entry]) => {
    onWidth(entry.contentRect.width);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
  };
}

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/** The page's scheme: DSFR's `data-fr-theme` on <html> first, then the system preference. */
export function pageScheme(): Scheme {
  const dsfrTheme = document.documentElement.getAttribute('data-fr-theme');
  return dsfrTheme === 'dark' || dsfrTheme === 'light' ? dsfrTheme : darkQuery().matches ? 'dark' : 'light';
}

/** Calls back when the page's scheme may have changed. */
export function watchScheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['data-fr-theme'] });
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    query.removeEventListener('change', onChange);
  };
}

/**
 * The page's font set. The DOM's types say it is always there, but a DOM outside
 * a browser (a test environment, an old webview) may have none: fonts are then
 * neither watched nor awaited.
 */
export const pageFonts = (): FontFaceSet | undefined => document.fonts;

/** Calls back when web fonts finish loading, since text widths then change. */
export function watchFonts(onLoaded: () => void): () => void {
  const loaded = () => {
    widths.clear();
    onLoaded();
  };
  const fonts = pageFonts();
  fonts?.addEventListener('loadingdone', loaded);
  return () => {
    fonts?.removeEventListener('loadingdone', loaded);
  };
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** Text widths by font and text, shared by every widget (emptied when fonts load). */
const widths = new Map<string, number>();

/**
 * A canvas-backed measure for a font family, cached per string. Without a 2D
 * canvas, every character is taken as 0.6 em wide.
 */
export function canvasMeasure(fontFamily: string): Measure {
  return (text, fontSize, fontWeight = 400) => {
    const font = `${fontWeight} ${fontSize}px ${fontFamily}`;
    const key = font + text;
    let width = widths.get(key);
    if (width === undefined) {
      context ??= new OffscreenCanvas(1, 1).getContext('2d');
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * fontSize * 0.6;
      if (widths.size > 2e4) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}
