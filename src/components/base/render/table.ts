/**
 * The table alternative: every number of the chart in an HTML table, hidden from
 * sight (but not from assistive technology) until « Voir les données » opens it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cellText, type TableCell, type TableModel } from '../table-model.ts';

/** Where the table goes until it is built (after the chart is painted): empty, with the table's id. */
export function renderTablePlace(id: string): TemplateResult {
  return html`<div class="data-table sr-only" id=${id} part="table"></div>`;
}

export function renderTable(table: TableModel, id: string, open: boolean): TemplateResult {
  const cell = (content: TableCell, column: number, heading: boolean) => {
    const numeric = table.columns[column]?.numeric ? 'num' : '';
    const className = `${numeric} ${typeof content === 'string' ? '' : (content.className ?? '')}`.trim();
    if (heading) return html`<th scope="col" class=${className}>${cellText(content)}</th>`;
    if (column === 0) return html`<th scope="row" class=${className}>${cellText(content)}</th>`;
    return html`<td class=${className}>${cellText(content)}</td>`;
  };
  const row = (cells: TableCell[]) =>
    html`<tr>
      ${cells.map((content, column) => cell(content, column, false))}
    </tr>`;
  return html`<div class="data-table ${open ? '' : 'sr-only'}" id=${id} part="table">
    <table>
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((column, index) => cell(column.label, index, true))}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(row)}
      </tbody>
      ${
        table.footer
          ? html`<tfoot>
              ${table.footer.map(row)}
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}
