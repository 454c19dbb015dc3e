/**
 * Names in the reader's language. Data files give French labels (DGDDI's); a
 * translation may name a country or a product itself. A name it lacks keeps the
 * file's French label, and the table alternative says so.
 */
import type { Territory, TradeData } from '../contract.ts';
import type { Translation } from './translation.ts';

export type ItemKind = 'country' | 'product';

/** "Gers", "Occitanie", "France entière" / "France". */
export function territoryName(territory: Pick<Territory, 'level' | 'name'>, t: Translation): string {
  return territory.level === 'france' ? t.common.france : territory.name;
}

/** The translation's own name for a code, if it has one. */
function translatedName(kind: ItemKind, code: string, t: Translation): string | undefined {
  return kind === 'country' ? t.countryName(code) : t.productName(code);
}

/** A country's or a product's name: the translation's, else the file's label, else its code. */
export function itemName(kind: ItemKind, data: TradeData, code: string, t: Translation): string {
  // A code missing from the labels reads as undefined, whatever the Record type says.
  const label = (kind === 'country' ? data.countries : data.products)[code] as string | undefined;
  return translatedName(kind, code, t) ?? label ?? code;
}

export const countryName = (data: TradeData, code: string, t: Translation): string =>
  itemName('country', data, code, t);

export const productName = (data: TradeData, code: string, t: Translation): string =>
  itemName('product', data, code, t);

/**
 * The name for the table alternative: marked, in a language that marks them
 * (English: "(French name)"), when the language has no name of its own for the code.
 */
export function itemNameInTable(kind: ItemKind, data: TradeData, code: string, t: Translation): string {
  const name = itemName(kind, data, code, t);
  return t.common.untranslated && !translatedName(kind, code, t) ? `${name} ${t.common.untranslated}` : name;
}
