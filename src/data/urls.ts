/**
 * Where a territory's file lives under a base URL, and where the base is when the
 * page does not say: next to the script itself, so that copying `dist/` to any
 * static host works.
 */
import type { Level } from './contract.ts';

declare const __TW_DEFAULT_DATA__: string | undefined;

/**
 * The script's own URL, read while it runs: a classic script (the single-file
 * build) has `document.currentScript`; an ES module has `import.meta.url` (which
 * the single-file build cannot keep, and leaves undefined).
 */
export const SCRIPT_URL: string | undefined =
  (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) ||
  import.meta.url ||
  undefined;

/**
 * The default data folder: `./data/` next to the built script, `/data/` on the
 * development servers.
 */
export function defaultBaseUrl(): string {
  const rel = typeof __TW_DEFAULT_DATA__ === 'string' ? __TW_DEFAULT_DATA__ : './data/';
  return new URL(rel, SCRIPT_URL ?? document.baseURI).href;
}

/** An absolute folder URL ending with "/", relative URLs taken from the page. */
export function resolveBase(baseUrl: string | undefined): string {
  const base = new URL(baseUrl && baseUrl.trim() ? baseUrl.trim() : defaultBaseUrl(), document.baseURI).href;
  return base.endsWith('/') ? base : `${base}/`;
}

export function indexUrl(base: string): string {
  return `${base}index.json`;
}

const FOLDER: Record<Exclude<Level, 'france'>, string> = { department: 'departments', region: 'regions' };

/**
 * The folder of the latest year's files, which the pipeline writes beside the years'
 * folders: a widget without `year` asks for its file at once, without index.json.
 */
export const LATEST = 'latest';

export function territoryUrl(base: string, year: number | typeof LATEST, level: Level, code: string): string {
  if (level === 'france') return `${base}${year}/france.json`;
  return `${base}${year}/${FOLDER[level]}/${encodeURIComponent(code)}.json`;
}

/** A territory's series: `<base>/series/france.json`, `<base>/series/departments/32.json`. */
export function seriesUrl(base: string, level: Level, code: string): string {
  if (level === 'france') return `${base}series/france.json`;
  return `${base}series/${FOLDER[level]}/${encodeURIComponent(code)}.json`;
}

export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}
