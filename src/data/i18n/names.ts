/**
 * Names in the reader's language. Data files give French labels (DGDDI's); a
 * translation may name a country itself.
 */
import type { Territory, TradeData } from '../contract.ts';
import type { Translation } from './translation.ts';

/** "Gers", "Occitanie", "France entière" / "France". */
export function territoryName(territory: Pick<Territory, 'level' | 'name'>, t: Translation): string {
  return territory.level === 'france' ? t.common.france : territory.name;
}

/** A country's name: the translation's, else the file's label, else its code. */
export function countryName(data: TradeData, code: string, t: Translation): string {
  // A code missing from `countries` reads as undefined, whatever the Record type says.
  const label = data.countries[code] as string | undefined;
  return t.countryName(code) ?? label ?? code;
}

/** A product's name: the file's label, else its code. */
export function productName(data: TradeData, code: string): string {
  return data.products[code] ?? code;
}
