/**
 * The report's sections around its charts, in the publication's order: its
 * Territoires d'industrie, the key figures, the introduction, the context and
 * method, the balance and activities, the evolution, the export and import flows
 * with their comparisons, the practical information. Loaded with each language's
 * prose module (the report shows its body once that module is there), its
 * templates made with the `html` tag the report passes: the page's own lit.
 */
import type { TemplateResult } from 'lit';
import type { Flow, Level } from '../../data/contract.ts';
import { paragraphs } from './prose-markup.ts';
import type { ReportProse } from './prose.ts';
import type { ReportTexts } from './texts.ts';

type Html = typeof import('lit').html;

/** What the report gives its sections: its charts, drawn by it, and what they are written with. */
export interface SectionParts {
  html: Html;
  /** The prefix of the sections' ids, and the ARIA level of their headings. */
  uid: string;
  level: number;
  prose: ReportProse;
  texts: ReportTexts;
  /** The territory's level, and its Territoires d'industrie. */
  territory: Level;
  industries: readonly string[];
  charts: {
    summary: TemplateResult;
    balance: TemplateResult;
    treemap: TemplateResult;
    /** `<trade-trend>`, where the data has series and the page the element. */
    trend?: TemplateResult;
    /** Each flow's own Sankey, then those it is compared with (none for France). */
    flows: Record<Flow, { own: TemplateResult; compared: TemplateResult[] }>;
  };
}

export function sections({ html, uid, level, prose, texts, territory, industries, charts }: SectionParts): unknown[] {
  const write = (text: string | string[] | undefined) => paragraphs(html, text);
  const { sections: titles, industryCredit } = texts;
  const section = (id: string, title: string, body: unknown) =>
    html`<section part="section" class=${id} aria-labelledby="${uid}-${id}">
      <div role="heading" aria-level=${level} class="heading" id="${uid}-${id}">${title}</div>
      ${body}
    </section>`;
  const subheading = (title: string) =>
    html`<div role="heading" aria-level=${level + 1} class="subheading">${title}</div>`;
  const optional = (id: string, title: string, text: string[] | undefined) =>
    text?.length ? section(id, title, write(text)) : '';
  const flow = (name: Flow) => {
    const { own, compared } = charts.flows[name];
    const comparisons = compared.length ? html`${write(prose[`${name}Compare`])}${compared}` : '';
    return section(name, titles[name], html`${write(prose[name])}${own}${write(prose[`${name}Key`])} ${comparisons}`);
  };
  return [
    industries.length
      ? section(
          'industry',
          titles.industry(territory),
          html`<ul>
              ${industries.map((name) => html`<li>${name}</li>`)}
            </ul>
            <p class="credit">${industryCredit}</p>`,
        )
      : '',
    section('figures', titles.figures, charts.summary),
    optional('intro', titles.intro, prose.intro),
    prose.context?.length || prose.method?.length
      ? section(
          'context',
          titles.context,
          html`${subheading(titles.contextPart)}${write(prose.context)}
          ${subheading(titles.method)}${write(prose.method)}`,
        )
      : '',
    section(
      'balance',
      titles.balance,
      html`${write(prose.balance)}${charts.balance}${write(prose.balanceKey)}
      ${write(prose.activities)}${charts.treemap}`,
    ),
    charts.trend ? section('trend', titles.trend, charts.trend) : '',
    flow('export'),
    flow('import'),
    optional('practical', titles.practical, prose.practical),
  ];
}
