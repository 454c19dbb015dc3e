/**
 * The registry of languages: which one a widget speaks, and its `Translation`.
 * French is built in; another language's module is fetched once per page, from
 * next to the script (see ../lazy.ts), the first time a widget needs it.
 */
import { lazy } from '../lazy.ts';
import { fr } from './fr.ts';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages.ts';
import type { Translation } from './translation.ts';

export type { Lang } from './languages.ts';
export type { Translation } from './translation.ts';

const loaded = new Map<Lang, Translation>([[DEFAULT_LANG, fr]]);
const pending = new Map<Lang, Promise<Translation>>();

/** The language of a `lang` attribute's value ("en-GB" → "en"), if the library has it. */
export function langOf(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((lang) => lang === primary);
}

/**
 * A widget's language: its own `lang`, else the closest `lang` up the tree, across
 * shadow roots (a chart inside a `<trade-report>` speaks the report's language).
 * A `lang` the library does not have gives the default language.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return langOf(node.getAttribute('lang')) ?? DEFAULT_LANG;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return DEFAULT_LANG;
}

/** A language's translation if it is already there (French always is). */
export function translationIfLoaded(lang: Lang): Translation | undefined {
  return loaded.get(lang);
}

/**
 * A language's translation, loaded once per page. A module that fails to load is
 * reported on the console and the widgets speak French; the next request tries again.
 */
export function loadTranslation(lang: Lang): Promise<Translation> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = lazy<{ default: Translation }>(`data/i18n/${lang}`).then(
      (module) => {
        loaded.set(lang, module.default);
        return module.default;
      },
      (error: unknown) => {
        pending.delete(lang);
        console.warn(`trade-widgets: the "${lang}" translation could not be loaded`, error);
        return fr;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
