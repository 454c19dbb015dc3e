/**
 * What a widget shows instead of its chart: the error that says what failed (and
 * where), the empty state's explanation, and the loading placeholder, as high as
 * the chart that will replace it so that nothing jumps.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TradeError } from '../../../data/errors.ts';
import { describeError, type ErrorContext } from '../../../data/i18n/error-texts.ts';
import type { Translation } from '../../../data/i18n/translation.ts';

export function renderError(
  error: TradeError,
  url: string | undefined,
  t: Translation,
  context: ErrorContext,
): TemplateResult {
  return html`<div class="message error" role="alert" part="error">
    <p><strong>${t.common.errorTitle}</strong></p>
    <p>${describeError(error, t, context)}</p>
    ${url ? html`<p>${t.common.errorUrl}<code>${url}</code></p>` : nothing}
  </div>`;
}

export function renderEmpty(message: string | undefined): TemplateResult {
  return html`<div class="message" role="status" part="empty"><p>${message}</p></div>`;
}

/**
 * A grey block of `height` px, and for screen readers "Chargement des données…"
 * while `busy`. Its height is set from `data-height` after rendering (see
 * `sizeSkeletons`): a style attribute would be refused under a strict CSP.
 */
export function renderLoading(height: number, busy: boolean, t: Translation): TemplateResult {
  return html`<div class="chart" part="chart">
    <div class="skeleton" data-height=${height}></div>
    <p class="sr-only" role="status">${busy ? t.common.loading : ''}</p>
  </div>`;
}

/** Gives the loading placeholders their height, through the CSSOM. */
export function sizeSkeletons(root: ParentNode): void {
  for (const skeleton of root.querySelectorAll<HTMLElement>('.skeleton'))
    skeleton.style.height = `${skeleton.dataset.height}px`;
}
