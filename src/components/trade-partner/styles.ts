import { css } from 'lit';

/**
 * `<trade-partner>`: bars and gauges in the flows' colours, the region's and
 * France's share bars in the link colour (their labels name them), France's tick
 * in the text colour, a product row lit up under the pointer or the focus, and
 * the focus ring drawn inside the SVG, where outlines are unreliable.
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
  .figure-value {
    font-weight: 700;
  }
  .chart .figure-value.positive,
  .chart .figure-value.negative {
    fill: currentColor;
  }
  .chart .head,
  .chart .note {
    fill: var(--_muted);
  }
  .own .label,
  .own .value,
  .selected .label {
    font-weight: 700;
  }
  .export {
    fill: var(--_export);
  }
  .import {
    fill: var(--_import);
  }
  .other .share {
    fill: var(--_link);
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .fill {
    opacity: 0.75;
  }
  .tick {
    stroke: var(--_text);
    stroke-width: 2px;
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
  /* The picker's longest country name must not widen the header past a narrow column. */
  .titles {
    min-width: 0;
  }
  .picker label {
    margin-right: 0.5em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.2em 0.4em;
    max-width: 100%;
  }
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;
