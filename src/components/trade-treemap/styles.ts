import { css } from 'lit';

/**
 * Tiles take the flow's colour (DSFR blue France / purple glycine) with white
 * labels (15:1 on #000091, 4.7:1 on #a558a0); the dark theme's lighter colours
 * take dark labels (`--_tile-text`). "Autres" is the muted grey (5.7:1 with white
 * labels). A 1.5 px line of the surface colour separates tiles without changing
 * their areas. Labels follow their tile (`.tile + text`); those of dimmed tiles
 * (another product is selected) take the text colour.
 */
export const styles = css`
  .import {
    fill: var(--_import);
  }
  .export {
    fill: var(--_export);
  }
  .other {
    fill: var(--_muted);
  }
  .dimmed {
    fill-opacity: 0.35;
  }
  .fill {
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .chart .tile + text,
  .chart .mark {
    fill: var(--_tile-text);
    pointer-events: none;
  }
  .chart .dimmed + text {
    fill: var(--_text);
  }
  .flow-name,
  .total,
  .total ~ * {
    font-weight: 700;
  }
  .chart .note {
    fill: var(--_muted);
  }
  .ring {
    fill: none;
    stroke-width: 3px;
  }
  .ring-inner {
    fill: none;
    stroke-width: 1.5px;
  }
  .selected .ring {
    stroke: var(--_text);
  }
  [data-key]:focus-visible {
    outline: 0;
  }
  [data-key]:focus-visible .ring {
    stroke: var(--_focus);
  }
  .selected .ring-inner,
  .tile:focus-visible .ring-inner,
  .tile:hover .ring-inner {
    stroke: var(--_surface);
  }
`;
