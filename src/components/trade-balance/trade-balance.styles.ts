import { css } from 'lit';

/**
 * `<trade-balance>`: bars, balance colours (the base's `.positive`/`.negative`
 * set `color`), row highlight (hover, selection, dimming) and the focus ring
 * drawn inside the SVG, where outlines are unreliable.
 */
export const balanceStyles = css`
  text { font-variant-numeric: tabular-nums; pointer-events: none; }
  .s { text-anchor: start; }
  .lbl { font-size: 13px; } /* LABEL_SIZE */
  .bal, .sel .lbl { font-weight: 700; }
  .chart .bal { fill: currentColor; }
  .chart .zero, .chart .hd, .chart .dim text { fill: var(--_muted); }
  .import { fill: var(--_import); }
  .export { fill: var(--_export); }
  .dim [part^='bar'] { opacity: 0.3; }
  .axis { stroke: var(--_muted); }
  .band { fill: var(--_text); fill-opacity: 0; }
  .on .band { fill-opacity: .06; }
  .sel .band { fill-opacity: .11; }
  [data-key]:focus-visible { outline: 0; }
  [data-key]:focus-visible .ring { stroke: var(--_focus); stroke-width: 2px; }
  .caption { font-size: 0.85em; color: var(--_muted); }
  .subtitle strong, dd { white-space: nowrap; }
`;
