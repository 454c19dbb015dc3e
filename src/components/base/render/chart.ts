/**
 * The chart area: the drawing, the tooltip over it, and the sentence that says
 * what it shows, for screen readers. The area takes the pointer, focus and
 * keyboard events of every mark (see controllers/interaction.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The interaction's listeners, bound to the controller. */
export interface ChartListeners {
  readonly onPointerOver: (event: PointerEvent) => void;
  readonly onPointerLeave: () => void;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  readonly onFocusOut: (event: FocusEvent) => void;
}

export interface ChartArea {
  /** The ids of the title (the area's name) and of the summary (its description). */
  titleId: string;
  summaryId: string;
  drawing: TemplateResult;
  tooltip: TemplateResult | undefined;
  summary: string;
}

export function renderChartArea(area: ChartArea, listeners: ChartListeners): TemplateResult {
  const { tooltip } = area;
  return html`<div
      class="chart"
      part="chart"
      role="group"
      aria-labelledby=${area.titleId}
      aria-describedby=${area.summaryId}
      @pointerover=${listeners.onPointerOver}
      @pointerleave=${listeners.onPointerLeave}
      @click=${listeners.onClick}
      @keydown=${listeners.onKeyDown}
      @focusin=${listeners.onFocusIn}
      @focusout=${listeners.onFocusOut}
    >
      ${area.drawing}
      <div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!tooltip}>${tooltip ?? nothing}</div>
    </div>
    <p class="sr-only" id=${area.summaryId}>${area.summary}</p>`;
}
