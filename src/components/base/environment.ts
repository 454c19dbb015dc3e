/**
 * What a widget watches in its page: its width, the DSFR theme attribute and the
 * system colour scheme, and web fonts finishing loading (text widths change).
 * Each `watch…` returns the function that stops watching, so a removed widget
 * leaves no observer or listener behind.
 */
import type { Measure } from '../../layout/text.ts';
export type { Measure };

export type Scheme = 'light' | 'dark';

/**
 * Calls back in an idle period, within half a second at the latest; returns the
 * function that cancels it. Without `requestIdleCallback` (Safari), after the
 * next frame has been painted.
 */
export function whenIdle(callback: () => void): () => void {
  const idle = typeof requestIdleCallback === 'function';
  const id = idle ? requestIdleCallback(callback, { timeout: 500 }) : window.setTimeout(callback, 50);
  return () => {
    (idle ? cancelIdleCallback : clearTimeout)(id);
  };
}

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

/** One query for the whole page: every widget reads it, none creates its own. */
let darkQuery: MediaQueryList | undefined;
const systemPrefersDark = () => (darkQuery ??= matchMedia('(prefers-color-scheme: dark)')).matches;

/** Whether the page says it can be shown dark: a root `color-scheme`, in CSS or in a meta tag, that names dark. */
function pageAllowsDark(): boolean {
  const root = document.documentElement;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  return /\bdark\b/.test(`${getComputedStyle(root).colorScheme} ${meta}`);
}

/**
 * The scheme of a widget whose `theme` is auto: the page's, not the system's
 * alone. A white page on a system in dark mode keeps light widgets. Dark when the
 * page says so:
 * - DSFR's `data-fr-theme="dark"` on <html> (and "light" is light, whatever else);
 * - or a root `color-scheme` that allows dark (`color-scheme: light dark` in CSS, or
 *   `<meta name="color-scheme" content="light dark">`) while the system prefers dark,
 *   which is when such a page turns dark itself.
 */
export function pageScheme(): Scheme {
  const dsfrTheme = document.documentElement.getAttribute('data-fr-theme');
  if (dsfrTheme === 'dark' || dsfrTheme === 'light') return dsfrTheme;
  return systemPrefersDark() && pageAllowsDark() ? 'dark' : 'light';
}

/** Calls back when the page's scheme may have changed: its root's attributes, its meta tags, the system's. */
export function watchScheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['data-fr-theme', 'style', 'class'] });
  observer.observe(document.head, { subtree: true, childList: true, attributeFilter: ['content'] });
  darkQuery ??= matchMedia('(prefers-color-scheme: dark)');
  const query = darkQuery;
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
