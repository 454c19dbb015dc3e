/**
 * The shape of a language: every word the widgets write, and the rules of the
 * language they follow (numbers, quotation marks, ordinals, CSV files). French
 * (`fr.ts`) and English (`en.ts`) are complete modules of this type; each chart's
 * own texts have their type in the chart's folder (`texts.ts`).
 *
 * Texts that depend on a number or a name are functions, so that each language
 * can follow its own grammar (plurals, elision, gender).
 */
import type { Flow } from '../contract.ts';
import type { ProblemCode } from '../errors.ts';
import type { Lang } from './languages.ts';
import type { BalanceTexts } from '../../components/trade-balance/texts.ts';
import type { SankeyTexts } from '../../components/trade-sankey/texts.ts';
import type { SummaryTexts } from '../../components/trade-summary/texts.ts';
import type { TreemapTexts } from '../../components/trade-treemap/texts.ts';

/** The grammatical gender of a noun, for the languages whose ordinals agree with it (1er, 1re). */
export type Gender = 'masculine' | 'feminine';

/** The unit of an amount as the widgets write it: millions, thousands, or euros. */
export type EuroUnit = 'M' | 'k' | '';

/** How a language writes numbers. Digits, grouping and decimal marks come from `Intl`. */
export interface NumberRules {
  /** The `Intl` locale: "fr-FR", "en-GB". */
  intl: string;
  /**
   * The space written inside numbers and before "%", whatever `Intl`'s data says:
   * French uses the narrow no-break space (U+202F), which older ICU versions give as
   * U+00A0 or U+0020. Undefined keeps what `Intl` writes.
   */
  space?: string;
  /** An amount from its digits and unit, without its sign: "593,3 M€", "€593.3M". */
  amount(digits: string, unit: EuroUnit): string;
  /** The same in words, for sentences read aloud: "593,3 millions d'euros". */
  amountInWords(digits: string, unit: EuroUnit): string;
}

/** How a language writes a CSV file that its spreadsheets open as they should. */
export interface CsvRules {
  /** ";" where the decimal mark is a comma, "," elsewhere. */
  separator: string;
  decimalMark: string;
}

/** The words every widget shares. */
export interface CommonTexts {
  loading: string;
  errorTitle: string;
  /** "Adresse : " before the URL that failed. */
  errorUrl: string;
  /** Said of simulated data, beside the source. */
  demo: string;
  /** "Source : " before the source's name. */
  sourcePrefix: string;
  showData: string;
  hideData: string;
  download: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloadFailed: string;
  total: string;
  others: string;
  /** Column headings and figure names: "Exportations", "Importations". */
  flow: Record<Flow, string>;
  /** What a flow's value is: "exportée", "importée" ("la valeur exportée par…"). */
  flowAdjective: Record<Flow, string>;
  balance: string;
  country: string;
  product: string;
  /** France as a territory: "France entière". */
  france: string;
  /** "la région Occitanie". */
  regionOf(name: string): string;
  /** After a name that has no translation, in the table: "(French name)". */
  untranslated: string;
  /**
   * Monaco, which DGDDI files with the departments of Provence-Alpes-Côte d'Azur:
   * said on Monaco's widgets (`monaco: true`) and on its region's.
   */
  monacoNote(region: string, monaco: boolean): string;
}

/** What went wrong, said to the reader; `field` and `problem` come from the validator. */
export interface ErrorTexts {
  http(status: number, statusText?: string): string;
  network: string;
  timeout(seconds: string): string;
  tooLarge(megabytes: string): string;
  json(detail?: string): string;
  schema(field: string, problem: string): string;
  notFound(field: string, problem: string): string;
  input(field: string, problem: string): string;
  /** The name of the document's root, for a problem with no field. */
  root: string;
}

/**
 * A language's error messages, in a module of their own (`errors.<lang>.ts`),
 * loaded when a widget first fails: pages where everything loads never fetch them.
 */
export interface ErrorTranslation {
  errors: ErrorTexts;
  /**
   * One phrase per validator problem: `$f` is replaced by what was found, `$e` by
   * what was expected; a found value with no `$f` in the phrase is added in brackets.
   */
  problems: Record<ProblemCode, string>;
}

export interface Translation {
  lang: Lang;
  numbers: NumberRules;
  csv: CsvRules;
  /** Quotation marks around a name: « Gers », “Gers”. */
  quote(text: string): string;
  /** Before a value or a list: " : " in French (no-break space first), ": " in English. */
  colon: string;
  /** Between the items of a list in a sentence: " ; ", "; ". */
  listSeparator: string;
  /** An ordinal rank: "1er", "1re" (feminine), "45e" / "1st", "45th". */
  ordinal(rank: number, gender?: Gender): string;
  /**
   * A country's name in this language, or undefined to keep the data file's label
   * (French, from DGDDI).
   */
  countryName(code: string): string | undefined;
  /** A product's (A129 code's) name in this language, or undefined to keep the data file's label. */
  productName(code: string): string | undefined;
  common: CommonTexts;
  balance: BalanceTexts;
  partner: import('../../components/trade-partner/texts.ts').PartnerTexts;
  treemap: TreemapTexts;
  trend: import('../../components/trade-trend/texts.ts').TrendTexts;
  sankey: SankeyTexts;
  map: import('../../components/trade-map/texts.ts').MapTexts;
  summary: SummaryTexts;
  /** The report's title, shown while it loads; its other texts come with its prose (`prose.<lang>.ts`). */
  report: { title: string };
}
