/** What `<trade-balance>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface BalanceTexts {
  /** "Principaux pays à l'import et à l'export". */
  title: string;
  /** A share column: "Part des importations", from the flow's name. */
  shareOf(flowName: string): string;
  /** The row of the countries not drawn: "Autres (12 pays)". */
  others(count: number): string;
  /** The empty state, followed by the territory and the year. */
  empty: string;
  /** The caption's count of the countries not drawn: "12 autres pays non représentés". */
  notDrawn(count: number): string;
  /** The summary's opening: "10 principaux pays partenaires sur 75 ; premier partenaire". */
  main(drawn: number, partners: number): string;
  /** "Solde total". */
  total: string;
}
