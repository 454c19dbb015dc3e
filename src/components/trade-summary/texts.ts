import type { Level } from '../../data/contract.ts';

/** What `<trade-summary>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface SummaryTexts {
  title: string;
  balance: string;
  /** The balance's verdict, for a negative, zero and positive balance. */
  verdict: [deficit: string, balanced: string, surplus: string];
  /** "des exportations de la région Occitanie": `flow` is the flow's name, `where` a place. */
  shareOf(flow: string, where: string): string;
  /** "la région Occitanie". */
  region(name: string): string;
  /** "la France". */
  france: string;
  /** Before the previous year: "par rapport à 2023". */
  since(year: number): string;
  /** "1er département sur 100", "1re région sur 18": the rank among the territories of the same level. */
  rank(rank: number, of: number, level: Level): string;
  /** The same in the table's rank column: "1er / 100", "1re / 18". */
  rankCell(rank: number, of: number, level: Level): string;
  /** Table columns. */
  columns: {
    figure: string;
    value: string;
    regionShare: string;
    franceShare: string;
    changeSince(year: number): string;
    rank: string;
  };
  empty: string;
}
