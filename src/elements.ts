/**
 * Every element of the library, by tag name, and the modules it loads on demand.
 * The build (one module per element), the size budget, the benchmarks, the tests
 * and the package read these lists. Adding an element means a folder
 * `src/components/<tag>/` whose `<tag>.ts` defines it, and one line here.
 */
import { DEFAULT_LANG, LANGUAGES } from './data/i18n/languages.ts';

export const ELEMENTS = [
  'trade-balance',
  'trade-treemap',
  'trade-sankey',
  'trade-summary',
  'trade-report',
  'trade-partner',
  'trade-map',
  'trade-trend',
] as const;

/** The first five elements: together, in the single-file script, at most 32 kB gzip (test/build/size.test.ts). */
export const FIRST_ELEMENTS: readonly string[] = [
  'trade-balance',
  'trade-treemap',
  'trade-sankey',
  'trade-summary',
  'trade-report',
];

/**
 * What each later element may add to the single-file script, in kB gzip: the
 * budget of an element not listed is 8 kB.
 */
export const ELEMENT_BUDGETS: Readonly<Record<string, number>> = { 'trade-map': 12 };

/** The source of an element's module, from the project's root. */
export const elementSource = (tag: string): string => `src/components/${tag}/${tag}.ts`;

/**
 * Modules loaded on demand, by their source path under src/ (see data/lazy.ts):
 * the download code, every language but the built-in one, and the report's texts
 * in every language.
 */
export const LAZY_MODULES: readonly string[] = [
  'components/base/downloads',
  'data/validate-index',
  // <trade-summary>'s dependency indicators and five-year change, <trade-treemap>'s specialisation indices.
  'components/trade-summary/extras',
  'components/trade-treemap/specialisation',
  ...LANGUAGES.filter((lang) => lang !== DEFAULT_LANG).map((lang) => `data/i18n/${lang}`),
  ...LANGUAGES.map((lang) => `data/i18n/errors.${lang}`),
  ...LANGUAGES.map((lang) => `components/trade-report/prose.${lang}`),
];
