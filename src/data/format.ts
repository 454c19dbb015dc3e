/**
 * Number formatting as the ANCT report writes it: "593,3 M€", "1,2 %", "0,10 %".
 * Pure functions over `Intl`, one formatter instance per locale and style.
 */

import { translated } from './translations.ts';

export type Locale = 'fr' | 'en';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const NBSP = '\u00a0';
/** True minus sign: clearer than a hyphen, and read as "moins"/"minus". */
const MINUS = '\u2212';

const NNBSP = '\u202f';

/**
 * A cached formatter whose output does not depend on the ICU version: French
 * spaces (thousands, before "%") are always the narrow no-break space U+202F,
 * which older ICU data gives as U+00A0 or U+0020.
 */
const cache = new Map<string, { format(n: number): string }>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): { format(n: number): string } {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    const intl = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    f = locale === 'fr' ? { format: (n) => intl.format(n).replace(/[\u0020\u00a0\u202f]/g, NNBSP) } : intl;
    cache.set(key, f);
  }
  return f;
}

export interface EuroOptions {
  /** Always write the sign (+/−), for balances. */
  signed?: boolean;
  /** Words instead of symbols, for sentences read aloud ("593,3 millions d'euros"). */
  long?: boolean;
}

/**
 * An amount in euros. Millions with one decimal from 100 000 € up ("593,3 M€",
 * "49 453,9 M€"), thousands below ("12 k€"), euros under 1 000 € ("850 €"), so
 * that a small partner never reads "0,0 M€".
 */
export function formatEuros(value: number, locale: Locale, options: EuroOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  let n: number;
  let digits: number;
  let unit: 'M' | 'k' | '';
  if (abs >= 99_950) {
    n = abs / 1e6;
    digits = 1;
    unit = 'M';
  } else if (abs >= 999.5) {
    n = abs / 1e3;
    digits = 0;
    unit = 'k';
  } else {
    n = abs;
    digits = 0;
    unit = '';
  }
  const num = nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  const isZero = Number(n.toFixed(digits)) === 0;
  const sign = options.signed && !isZero ? (value < 0 ? MINUS : '+') : value < 0 && !isZero ? MINUS : '';
  if (options.long) {
    const words = (translated<typeof LONG_UNITS>(locale, 'longUnits') ?? LONG_UNITS)[unit];
    return `${sign}${num}${NBSP}${words}`;
  }
  if (locale === 'en') return `${sign}€${num}${unit}`;
  return `${sign}${num}${NBSP}${unit}€`;
}

/** Words for amounts read aloud; other languages come with their translation. */
export const LONG_UNITS: Record<'M' | 'k' | '', string> = { M: "millions d'euros", k: "milliers d'euros", '': 'euros' };

/**
 * A share given as a ratio (0.012 → "1,2 %"), with two significant digits as the
 * report writes them: "1,2 %", "0,10 %", "32 %". Zero is "0 %".
 */
export function formatShare(ratio: number, locale: Locale): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio === 0) return nf(locale, { style: 'percent', maximumFractionDigits: 0 }).format(0);
  if (Math.abs(ratio) >= 1) return nf(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
  return nf(locale, { style: 'percent', minimumSignificantDigits: 2, maximumSignificantDigits: 2 }).format(ratio);
}

/** A signed change as a percentage: "+4,2 %", "−12 %". */
export function formatChange(ratio: number, locale: Locale): string {
  if (!Number.isFinite(ratio)) return '–';
  const s = formatShare(Math.abs(ratio), locale);
  if (ratio === 0) return s;
  return `${ratio < 0 ? MINUS : '+'}${s}`;
}

/** A plain integer with the locale's grouping ("101", "1 234"). */
export function formatInteger(value: number, locale: Locale): string {
  return nf(locale, { maximumFractionDigits: 0 }).format(value);
}

/** An ordinal rank: "1er", "12e" / "1st", "12th". */
export function formatRank(rank: number, locale: Locale): string {
  const other = translated<(n: number) => string>(locale, 'ordinal');
  return other ? other(rank) : rank === 1 ? '1er' : `${rank}e`;
}

/** Euros to millions, rounded to 0.1 M€, for CSV columns. */
export function toMillions(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round((value / 1e6) * f) / f;
}

/** A decimal number for CSV in the locale's notation ("593,3" in French), no grouping. */
export function formatDecimal(value: number, locale: Locale, digits = 1): string {
  return nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}
