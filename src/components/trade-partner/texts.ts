import type { Flow } from '../../data/contract.ts';

/** What `<trade-partner>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface PartnerTexts {
  /** "Exposition à un pays partenaire", before the country and the territory. */
  title: string;
  /** The picker's label: "Pays partenaire". */
  picker: string;
  /** The picker's first option, when no country is chosen: "Choisir un pays". */
  choose: string;
  /** The message when no country is chosen (followed by the territory and the year). */
  prompt: string;
  /** The message when the territory does not trade with the country (followed by the territory and the year). */
  noTrade(country: string): string;
  /** France in the screen-reader sentence: "la France entière". */
  franceInSentence: string;
  /** A rank at one flow: "1re destination sur 60" (export), "2e fournisseur sur 40" (import). */
  rank(flow: Flow, rank: number, of: number): string;
  /** When the country is no partner at one flow: "aucune exportation", "aucune importation". */
  noFlow: Record<Flow, string>;
  /** "Part du pays dans les exportations". */
  shareHead: Record<Flow, string>;
  /** "Produits exportés vers ce pays". */
  productHead: Record<Flow, string>;
  /** Over the gauges: "Part vers ce pays ( | France)". */
  gaugeHead: Record<Flow, string>;
  /** The table's and tooltip's exposure: "Part des exportations du produit vers ce pays". */
  exposure: Record<Flow, string>;
  /** The same for another place: "Part pour la France entière", from the place's name. */
  exposureOf(place: string): string;
  /** A share column of the table, for a place: "Part du pays (Gers)". */
  shareOf(place: string): string;
  /** The table's first column: "Échanges et produits". */
  item: string;
  /** The table's column of the euros: "Valeur". */
  value: string;
  /** The table's column of the flow: "Flux". */
  flow: string;
  /** The table's row of the trade with the country: "Échanges avec le pays". */
  tradeRow: string;
  /** The table's row of the products not drawn: "Autres produits (12)". */
  otherProducts(count: number): string;
  /**
   * The screen-reader sentence's share clause: "16 % des exportations du territoire, contre
   * 17 % pour Occitanie et 13 % pour France entière", from the formatted parts.
   */
  shareClause(flow: Flow, own: string, others: { place: string; share: string }[]): string;
  /** The sentence's product clause: "premier produit exporté : Boissons, dont 64 % vont à ce pays". */
  productClause(flow: Flow, product: string, exposure: string): string;
  /** The caption: how the exposure reads, and France's tick. */
  caption: string;
}
