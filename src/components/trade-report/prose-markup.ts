/**
 * The markup of the report's texts, loaded with each prose module: a paragraph
 * starting with "- " is a list item, `**…**` is bold, and `[text](https://…)` or
 * `[text](mailto:…)` a link; everything else is inert text. Templates are made
 * with the `html` tag the report passes, the page's own lit, so that this module
 * carries no copy of lit.
 */
import type { TemplateResult } from 'lit';
import type { ReportProse } from './prose.ts';

/** lit's `html` tag, as the report passes it. */
type Html = typeof import('lit').html;

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

/** Only these link to anything: a texts file must not make a `javascript:` link. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** A paragraph's inline parts: `**bold**` and `[links](https://…)`; the rest is text. */
function inline(html: Html, paragraph: string): unknown[] {
  return paragraph.split(/(\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/).map((part) => {
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    if (bold) return html`<strong>${bold[1]}</strong>`;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link && SAFE_LINK.test(link[2])) return html`<a href=${link[2]} rel="noopener noreferrer">${link[1]}</a>`;
    return part;
  });
}

/** Paragraphs, with "- " paragraphs grouped in a list. */
export function paragraphs(html: Html, text: string | string[] | undefined): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  let items: string[] = [];
  const endList = () => {
    if (items.length)
      blocks.push(
        html`<ul>
          ${items.map((item) => html`<li>${inline(html, item)}</li>`)}
        </ul>`,
      );
    items = [];
  };
  for (const paragraph of typeof text === 'string' ? [text] : (text ?? [])) {
    if (paragraph.startsWith('- ')) {
      items.push(paragraph.slice(2));
    } else {
      endList();
      blocks.push(html`<p>${inline(html, paragraph)}</p>`);
    }
  }
  endList();
  return blocks;
}
