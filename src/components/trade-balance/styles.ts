import { css } from 'lit';

/**
 * `<trade-balance>`: bars in the flows' colours, balances in the positive or
 * negative colour (the base's `.positive` and `.negative` set `color`), a row
 * lit up under the pointer or the focus, and the focus ring drawn inside the
 * SVG, where outlines are unreliable.
 */
export const styles = css`
  text {
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .start {
    text-anchor: start;
  }
  /* LABEL_SIZE in layout.ts */
  .label {
    font-size: 13px;
  }
  .balance,
  .selected .label {
    font-weight: 700;
  }
  .chart .balance {
    fill: currentColor;
  }
  .chart .zero,
  .chart .head,
  .chart .dimmed text {
    fill: var(--_muted);
  }
  .import {
    fill: var(--_import);
  }
  .export {
    fill: var(--_export);
  }
  .dimmed [part^='bar'] {
    opacity: 0.3;
  }
  .axis {
    stroke: var(--_muted);
  }
  .band {
    fill: var(--_text);
    fill-opacity: 0;
  }
  .active .band {
    fill-opacity: 0.06;
  }
  .selected .band {
    fill-opacity: 0.11;
  }
  [data-key]:focus-visible {
    outline: 0;
  }
  [data-key]:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .caption {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .subtitle strong,
  dd {
    white-space: nowrap;
  }
`;
