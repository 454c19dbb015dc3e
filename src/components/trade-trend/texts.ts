/** What `<trade-trend>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface TrendTexts {
  /** "Évolution des exportations et des importations". */
  title: string;
  /** Small multiples: "Évolution des cinq premiers pays clients" (export) / "fournisseurs" (import). */
  partnersTitle(flow: 'export' | 'import'): string;
  /** "Évolution des cinq premiers produits exportés" / "importés". */
  productsTitle(flow: 'export' | 'import'): string;
  /** A period: "2024" by year; "T3 2024" / "Q3 2024" by quarter. */
  period(year: number, quarter?: number): string;
  /** The table's first column: "Trimestre", "Année". */
  periodHeading: Record<'quarter' | 'year', string>;
  /** "sur un an", "sur cinq ans": after a change. */
  oneYear: string;
  fiveYears: string;
  /** "depuis T2 2024": where a change starts from, for the tooltip and the summary. */
  since(period: string): string;
  /** A period the data lacks: "donnée manquante". */
  missing: string;
  /** The caption when periods are missing: "2 périodes manquantes, non représentées : T3 2023, T4 2023". */
  missingCaption(count: number, periods: string): string;
  /** The empty state, followed by the territory. */
  empty: string;
  /** The summary's opening: "de 2015 à 2024, par trimestre". */
  span(from: string, to: string, period: 'quarter' | 'year'): string;
  /** "Part du total des exportations". */
  shareOf(flowName: string): string;
}
