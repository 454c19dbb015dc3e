/**
 * The languages of the widgets, by their BCP 47 primary subtag. French is built
 * into the library; every other language is a module of its own,
 * `src/data/i18n/<code>.ts`, loaded from next to the script the first time a widget
 * needs it. Adding a language: that file, and its code in this list.
 */
export const LANGUAGES = ['fr', 'en'] as const;

export type Lang = (typeof LANGUAGES)[number];

/** The language used when a page says nothing, or names one the library does not have. */
export const DEFAULT_LANG: Lang = 'fr';
