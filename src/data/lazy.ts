/**
 * Modules loaded on demand, from next to the script: the languages other than
 * French (`data/i18n/<lang>`) and the download code (`components/base/downloads`),
 * which only runs when someone asks for a file. Pages that need neither never
 * download them, which keeps the single-file script small.
 *
 * A module is named by its source path under src/, without extension. The
 * development servers serve that source; the build writes it as `lazy/<name>.js`
 * next to the script, `<name>` being the path's last segment (see src/elements.ts).
 */
import { SCRIPT_URL } from './urls.ts';

/** The URL pattern of on-demand modules, set by the build: `{path}` is the source path, `{name}` its last segment. */
declare const __TW_LAZY__: string | undefined;

const loaded = new Map<string, Promise<unknown>>();

export function lazyUrl(path: string): string {
  const pattern = typeof __TW_LAZY__ === 'string' ? __TW_LAZY__ : '/src/{path}.ts';
  const name = path.slice(path.lastIndexOf('/') + 1);
  return new URL(pattern.replace('{path}', path).replace('{name}', name), SCRIPT_URL ?? document.baseURI).href;
}

/** Imports an on-demand module once per page; a failed import is tried again next time. */
export function lazy<T>(path: string): Promise<T> {
  let module = loaded.get(path);
  if (!module) {
    module = import(/* @vite-ignore */ lazyUrl(path));
    module.catch(() => loaded.delete(path));
    loaded.set(path, module);
  }
  return module as Promise<T>;
}
