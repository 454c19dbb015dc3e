/**
 * The report's explanatory texts, around its charts: paragraphs in which a "- "
 * paragraph is a list item and `**…**` is bold. They are plain text, never markup.
 */
import { html, type TemplateResult } from 'lit';

export interface ReportProse {
  intro?: string[];
  method?: string[];
  balance?: string[];
  balanceKey?: string;
  activities?: string[];
  export?: string[];
  exportKey?: string;
  exportCompare?: string;
  import?: string[];
  importKey?: string;
  importCompare?: string;
}

/** A texts file is plain JSON: only strings and arrays of strings are kept, as inert text. */
export function readTexts(json: unknown): ReportProse {
  const prose: Record<string, unknown> = {};
  if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')))
        prose[key] = value;
    }
  }
  return prose;
}

/** Paragraphs, with "- " paragraphs grouped in a list and `**…**` in bold. */
export function paragraphs(text: string | string[] | undefined): TemplateResult[] {
  const bold = (paragraph: string) =>
    paragraph.split('**').map((part, i) => (i % 2 ? html`<strong>${part}</strong>` : part));
  const blocks: TemplateResult[] = [];
  let items: string[] = [];
  const endList = () => {
    if (items.length)
      blocks.push(
        html`<ul>
          ${items.map((item) => html`<li>${bold(item)}</li>`)}
        </ul>`,
      );
    items = [];
  };
  for (const paragraph of typeof text === 'string' ? [text] : (text ?? [])) {
    if (paragraph.startsWith('- ')) {
      items.push(paragraph.slice(2));
    } else {
      endList();
      blocks.push(html`<p>${bold(paragraph)}</p>`);
    }
  }
  endList();
  return blocks;
}
