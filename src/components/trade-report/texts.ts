import type { Level } from '../../data/contract.ts';

/** What `<trade-report>` says around its charts; each language module (`src/data/i18n/<lang>.ts`) has one. */
/**
 * The report's headings and labels, in its language's prose module
 * (`prose.<lang>.ts`) with its texts: no other widget needs them.
 */
export interface ReportTexts {
  /** The title's second line: "Territoires d’industrie – Gers (2024)", or "Occitanie (2024)" without any. */
  subtitle(name: string, year: number, industry: boolean): string;
  /** The year selector's label. */
  year: string;
  /** Section headings. */
  sections: {
    /** The Territoires d'industrie of the territory, by what it is. */
    industry(level: Level): string;
    figures: string;
    intro: string;
    context: string;
    /** The two parts of the context section. */
    contextPart: string;
    method: string;
    balance: string;
    /** « Évolution »: the territory's trade over the years (`<trade-trend>`), where the data has series. */
    trend: string;
    export: string;
    import: string;
    /** « Exposition aux principaux partenaires »: `<trade-partner>` and the dependency indicators. */
    exposure: string;
    practical: string;
  };
  /** The title of the exposure section's dependency indicators: "Concentration des échanges, Gers (2024)". */
  dependency(name: string, year: number): string;
  /** Under the list of Territoires d'industrie: where it comes from. */
  industryCredit: string;
}
