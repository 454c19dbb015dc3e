/**
 * Translations, the way Shoelace ships them: French is built in (the default, and
 * what most pages use); another language is a module of its own that registers
 * its tables, loaded from next to the script the first time a widget needs it.
 * French pages download nothing for it.
 *
 * The registry lives on `globalThis` so that a translation module built apart (and
 * several copies of the library on one page) share it.
 */
import { lazy } from './lazy.ts';

/** A language's tables, by element: `base`, `balance`, `treemap`, `sankey`, `summary`, `report`. */
export type Tables = Record<string, unknown>;

const store: Record<string, Tables> = ((globalThis as Record<string, unknown>).__tradeWidgetsTranslations ??= {}) as Record<string, Tables>;
const pending = new Map<string, Promise<boolean>>();

/** Called by a translation module: `registerTranslation('en', { base: {…}, sankey: {…} })`. */
export function registerTranslation(locale: string, tables: Tables): void {
  store[locale] = { ...store[locale], ...tables };
}

/** A registered table, or undefined (French, or not loaded yet). */
export function translated<T>(locale: string, name: string): T | undefined {
  return store[locale]?.[name] as T | undefined;
}

/**
 * Loads a language's module once per page; resolves true when its tables are
 * there. A failure is reported on the console and the widgets stay in French.
 */
export function loadTranslation(locale: string): Promise<boolean> {
  if (locale === 'fr' || store[locale]) return Promise.resolve(true);
  let p = pending.get(locale);
  if (!p) {
    p = lazy(`translations/${locale}`).then(
      () => !!store[locale],
      (e) => {
        console.warn(`trade-widgets: no "${locale}" translation`, e);
        return false;
      },
    );
    pending.set(locale, p);
  }
  return p;
}
