/**
 * The report's explanatory texts, around its charts. Each language has its own
 * module (`prose.<lang>.ts`), loaded on demand by `<trade-report>` only, whose
 * `prose(context)` writes them for the territory: a department, a region, France
 * or Monaco do not take the same sentences. A page may replace any of them with a
 * JSON file of its own (the report's `texts` attribute).
 *
 * The texts are paragraphs of plain text, never markup: a paragraph starting with
 * "- " is a list item, `**…**` is bold, and `[text](https://…)` a link
 * (prose-markup.ts, which comes with each prose module).
 */
import type { Lang } from '../../data/i18n/index.ts';
import { lazy, lazyUrl } from '../../data/lazy.ts';
import type { ReportParts } from './sections.ts';
import type { ReportTexts } from './texts.ts';

/** What the texts need to know of the territory. */
export interface ProseContext {
  /** Monaco is filed by DGDDI with the departments, but is not one. */
  kind: 'department' | 'region' | 'france' | 'monaco';
  year: number;
  /**
   * The department is its region's only one (an overseas department, Corse): the
   * region's figures are its own, and the report compares it with France alone.
   */
  soleDepartment: boolean;
}

export interface ReportProse {
  intro?: string[];
  context?: string[];
  method?: string[];
  balance?: string[];
  balanceKey?: string;
  activities?: string[];
  export?: string[];
  exportKey?: string;
  /** Before the region's and France's Sankey diagrams; none for France, which compares with nothing. */
  exportCompare?: string;
  import?: string[];
  importKey?: string;
  importCompare?: string;
  /** Before the profile of the first partner (`<trade-partner>`) and the dependency indicators. */
  exposure?: string[];
  practical?: string[];
}

/** A language's prose module: its texts, its headings, and the markup of both. */
export interface ProseModule {
  prose(context: ProseContext): ReportProse;
  texts: ReportTexts;
  /** The report's head, then its sections and their charts, as lit templates made with the page's lit (sections.ts). */
  sections(report: ReportParts): [head: unknown, body: unknown[]];
  /** The texts of a JSON file (the report's `texts` attribute), as inert strings. */
  readTexts(json: unknown): ReportProse;
}

const prosePath = (lang: Lang) => `components/trade-report/prose.${lang}`;

/** Loads the prose of a language (once per page; `lazy` keeps it). */
export function loadProse(lang: Lang): Promise<ProseModule> {
  return lazy<ProseModule>(prosePath(lang));
}

/** Where a language's prose module is, for an error that names it. */
export const proseUrl = (lang: Lang): string => lazyUrl(prosePath(lang));
