import { css } from 'lit';

export const styles = css`
  .sankey {
    --_flow: var(--_export);
    --_halo: var(--trade-color-background, var(--_surface));
  }
  .dark .sankey {
    --_halo: var(--_bg);
  }
  .inner .label {
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .sankey.import {
    --_flow: var(--_import);
  }
  .links path {
    fill: none;
    stroke: var(--_link);
    stroke-opacity: 0.6;
    transition: stroke-opacity 0.15s;
  }
  .links path.hl {
    stroke: var(--_highlight);
    stroke-opacity: 0.8;
  }
  .links path.on {
    stroke-opacity: 0.95;
  }
  .links path.dim {
    stroke-opacity: 0.12;
  }
  .node rect {
    fill: var(--_flow);
  }
  .node.others rect {
    fill-opacity: 0.45;
    stroke: var(--_flow);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .node.sel rect {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: none;
  }
  .node {
    transition: opacity 0.15s;
  }
  .node.dim {
    opacity: 0.35;
  }
  .node .value {
    fill: var(--_muted);
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
  }
  .swatch {
    display: inline-block;
    width: 1.4em;
    height: 0.45em;
    border-radius: 1px;
    background: var(--_highlight);
  }
  @media (prefers-reduced-motion: reduce) {
    .links path,
    .node {
      transition: none;
    }
  }
`;
