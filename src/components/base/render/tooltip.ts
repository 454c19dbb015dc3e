/** A tooltip's content: a title, then label/value rows (false rows are skipped; a third item is the value's class). */
import { html, nothing, type TemplateResult } from 'lit';

export type TooltipRow = readonly [label: string, value: string, className?: string] | false | undefined;

export function renderTooltip(title: string, rows: TooltipRow[]): TemplateResult {
  return html`<strong>${title}</strong>
    <dl>
      ${rows.map((row) =>
        row
          ? html`<dt>${row[0]}</dt>
              <dd class=${row[2] ?? ''}>${row[1]}</dd>`
          : nothing,
      )}
    </dl>`;
}
