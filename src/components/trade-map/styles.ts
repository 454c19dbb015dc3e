import { css } from 'lit';

/**
 * `<trade-map>`: classes coloured by mixing the flow's colour (or the balance's positive
 * and negative colours) with the surface, so that the scale follows the theme and the
 * page's `--trade-color-*` in light and dark alike; lighter classes for smaller values.
 * Borders keep their width whatever the map's scale.
 */
export const styles = css`
  svg {
    display: block;
    overflow: visible;
  }
  path,
  circle {
    vector-effect: non-scaling-stroke;
  }
  .land,
  .none {
    fill: var(--_border);
    stroke: var(--_surface);
    stroke-width: 0.5px;
  }
  .export {
    --_ramp: var(--_export);
  }
  .import {
    --_ramp: var(--_import);
  }
  .shape {
    stroke: var(--_surface);
    stroke-width: 0.5px;
  }
  .t1 {
    fill: color-mix(in srgb, var(--_ramp) 30%, var(--_surface));
  }
  .t2 {
    fill: color-mix(in srgb, var(--_ramp) 48%, var(--_surface));
  }
  .t3 {
    fill: color-mix(in srgb, var(--_ramp) 66%, var(--_surface));
  }
  .t4 {
    fill: color-mix(in srgb, var(--_ramp) 83%, var(--_surface));
  }
  .t5 {
    fill: var(--_ramp);
  }
  .n3 {
    fill: var(--_negative);
  }
  .n2 {
    fill: color-mix(in srgb, var(--_negative) 65%, var(--_surface));
  }
  .n1 {
    fill: color-mix(in srgb, var(--_negative) 35%, var(--_surface));
  }
  .z {
    fill: var(--_muted);
  }
  .p1 {
    fill: color-mix(in srgb, var(--_positive) 35%, var(--_surface));
  }
  .p2 {
    fill: color-mix(in srgb, var(--_positive) 65%, var(--_surface));
  }
  .p3 {
    fill: var(--_positive);
  }
  .ring {
    fill: none;
    pointer-events: none;
  }
  .ring.active {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }
  .ring.selected {
    stroke: var(--_text);
    stroke-width: 2.5px;
  }
  [data-key] {
    cursor: pointer;
  }
  [data-key]:focus-visible {
    outline: 0;
  }
  .ring.territory {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  .inset {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .ring.focus {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .dot {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  text {
    font-size: 12px;
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .label {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .swatch {
    stroke: var(--_muted);
    stroke-width: 0.5px;
  }
  /* A class of the scale that no shape is in: kept in the legend, its swatch hollow, its range muted. */
  .empty .swatch {
    fill: none;
    stroke-width: 1px;
    stroke-dasharray: 2 2;
  }
  .empty text {
    fill: var(--_muted);
  }
  .caption {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .caption strong {
    color: var(--_text);
  }
  .listed .selected {
    font-weight: 700;
    color: var(--_text);
  }
`;
