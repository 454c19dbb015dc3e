/**
 * Modules loaded on demand, from next to the script: a language other than French
 * (`translations/en`), and the download code (`lazy/export`), which only runs when
 * someone asks for a file. Pages that need neither never download them, which
 * keeps the single-file script small.
 */
import { SCRIPT_URL } from './urls.ts';

declare const __TW_LAZY__: string | undefined;

const loaded = new Map<string, Promise<unknown>>();

/** `<name>.js` next to the built script; the TypeScript source on the development servers. */
export function lazyUrl(name: string): string {
  const path = typeof __TW_LAZY__ === 'string' ? __TW_LAZY__ : './{}.js';
  return new URL(path.replace('{}', name), SCRIPT_URL ?? document.baseURI).href;
}

/** Imports a lazy module once per page; a failed import is retried next time. */
export function lazy<T>(name: string): Promise<T> {
  let p = loaded.get(name);
  if (!p) {
    p = import(/* @vite-ignore */ lazyUrl(name));
    p.catch(() => loaded.delete(name));
    loaded.set(name, p);
  }
  return p as Promise<T>;
}
