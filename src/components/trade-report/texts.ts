/** What `<trade-report>` says around its charts; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface ReportTexts {
  title: string;
  year: string;
  /** Section headings. */
  sections: {
    intro: string;
    industry: string;
    method: string;
    balance: string;
    activities: string;
    figures: string;
  };
}
