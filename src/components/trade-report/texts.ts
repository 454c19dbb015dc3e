import type { Level } from '../../data/contract.ts';

/** What `<trade-report>` says around its charts; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface ReportTexts {
  title: string;
  year: string;
  /** Section headings. */
  sections: {
    intro: string;
    /** The Territoires d'industrie of the territory, by what it is. */
    industry(level: Level): string;
    method: string;
    balance: string;
    activities: string;
    figures: string;
  };
}
