import { css } from 'lit';

/**
 * `<trade-balance>`: bars, balance colours, row highlight (hover, selection,
 * dimming) and the focus ring drawn inside the SVG, where outlines are unreliable.
 */
export const balanceStyles = css`
  .import { fill: var(--_import); }
  .export { fill: var(--_export); }
  .chart .bal { font-weight: 700; }
  .val, .bal { font-variant-numeric: tabular-nums; }
  .chart .positive { fill: var(--_positive); }
  .chart .negative { fill: var(--_negative); }
  .chart .zero, .chart .hd, .chart .dim text { fill: var(--_muted); }
  .axis { stroke: var(--_muted); }
  .band { fill: var(--_text); fill-opacity: 0; }
  .on .band { fill-opacity: 0.06; }
  .sel .band { fill-opacity: 0.11; }
  .sel .lbl { font-weight: 700; }
  .dim .import, .dim .export { opacity: 0.3; }
  .ring { fill: none; }
  .tx { pointer-events: none; }
  .chart [data-key]:focus-visible { outline: none; }
  [data-key]:focus-visible .ring { stroke: var(--_focus); stroke-width: 2px; }
  .note { margin: 0; font-size: 0.85em; color: var(--_muted); }
  .subtitle strong, .tooltip dd { white-space: nowrap; }
`;
