/** The source line under every widget: the data's source, year and licence, and whether it is simulated. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TradeData } from '../../../data/contract.ts';
import type { Translation } from '../../../data/i18n/translation.ts';

export function renderSource(data: TradeData | undefined, t: Translation): TemplateResult | typeof nothing {
  if (!data) return nothing;
  const { source } = data;
  return html`<p class="source" part="source">
    ${t.common.sourcePrefix}<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>,
    ${data.year} — ${source.licence}. ${source.demo ? html`<strong>${t.common.demo}.</strong>` : nothing}
  </p>`;
}
