/**
 * Numbers as the ANCT report writes them: "593,3 M€", "1,2 %", "0,10 %", and
 * their English forms. Pure functions over `Intl`; what differs between languages
 * (digits, units, spaces) comes from the translation's `NumberRules`.
 */
import type { EuroUnit, Translation } from './i18n/translation.ts';

/** The true minus sign: clearer than a hyphen, and read as "moins" / "minus". */
const MINUS = '\u2212';
/** Written for a value that is not a number, rather than "NaN M€". */
const DASH = '–';

interface NumberFormat {
  format(value: number): string;
}

/** One formatter per language and options, its spaces made the language's own. */
const formatters = new Map<string, NumberFormat>();

function numberFormat(t: Translation, options: Intl.NumberFormatOptions): NumberFormat {
  const { intl, space } = t.numbers;
  const key = `${intl}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const native = new Intl.NumberFormat(intl, options);
    formatter = space ? { format: (value) => native.format(value).replace(/[\u0020\u00a0\u202f]/g, space) } : native;
    formatters.set(key, formatter);
  }
  return formatter;
}

export interface EuroOptions {
  /** Always write the sign (+ or −), for balances. */
  signed?: boolean;
  /** Words instead of symbols, for sentences read aloud ("593,3 millions d'euros"). */
  inWords?: boolean;
}

/**
 * An amount in euros: millions with one decimal from 100 000 € up ("593,3 M€",
 * "49 453,9 M€"), thousands below ("12 k€"), euros under 1 000 € ("850 €"), so that
 * a small partner never reads "0,0 M€".
 */
export function formatEuros(value: number, t: Translation, { signed, inWords }: EuroOptions = {}): string {
  if (!Number.isFinite(value)) return DASH;
  const size = Math.abs(value);
  // The thresholds are those of rounding: 99 950 € would read "100 k€", so it is "0,1 M€".
  const [amount, digits, unit]: [number, number, EuroUnit] =
    size >= 99_950 ? [size / 1e6, 1, 'M'] : size >= 999.5 ? [size / 1e3, 0, 'k'] : [size, 0, ''];
  const text = numberFormat(t, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  const roundsToZero = Number(amount.toFixed(digits)) === 0;
  const sign = roundsToZero ? '' : value < 0 ? MINUS : signed ? '+' : '';
  return sign + (inWords ? t.numbers.amountInWords(text, unit) : t.numbers.amount(text, unit));
}

/**
 * A share given as a ratio (0.012 → "1,2 %"), with two significant digits as the
 * report writes them: "1,2 %", "0,10 %", "32 %". Zero is "0 %", and 100 % or more
 * has no decimals.
 */
export function formatShare(ratio: number, t: Translation): string {
  if (!Number.isFinite(ratio)) return DASH;
  const wholePercent = ratio === 0 || Math.abs(ratio) >= 1;
  const options: Intl.NumberFormatOptions = wholePercent
    ? { style: 'percent', maximumFractionDigits: 0 }
    : { style: 'percent', minimumSignificantDigits: 2, maximumSignificantDigits: 2 };
  return numberFormat(t, options).format(ratio);
}

/** A signed change as a percentage: "+4,2 %", "−12 %". */
export function formatChange(ratio: number, t: Translation): string {
  if (!Number.isFinite(ratio)) return DASH;
  const share = formatShare(Math.abs(ratio), t);
  return ratio === 0 ? share : `${ratio < 0 ? MINUS : '+'}${share}`;
}

/** A number with at most `digits` decimals, in the language's notation: "0,4", "20". */
export function formatDecimal(value: number, t: Translation, digits = 1): string {
  return numberFormat(t, { maximumFractionDigits: digits }).format(value);
}

/** A number with exactly `digits` decimals (one by default): "2,0", "0,4" / "2.0", "0.4". */
export function formatFixed(value: number, t: Translation, digits = 1): string {
  return numberFormat(t, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * A share as a percentage with a fixed number of decimals (one by default), as the
 * report writes a partner's weight: "14,6 %", "7,0 %" / "14.6%", "7.0%".
 */
export function formatPercent(ratio: number, t: Translation, digits = 1): string {
  if (!Number.isFinite(ratio)) return DASH;
  return numberFormat(t, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    ratio,
  );
}
