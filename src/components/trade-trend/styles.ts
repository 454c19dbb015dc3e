import { css } from 'lit';

/**
 * `<trade-trend>`: exports as a solid line and imports as a dashed one (told apart
 * without colour), balance bars in the positive or negative colour, missing
 * periods hatched in grey, a period lit up under the pointer or the focus, and the
 * focus ring drawn inside the SVG.
 */
export const styles = css`
  text {
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .axis {
    fill: var(--_muted);
  }
  .end {
    text-anchor: end;
  }
  .middle {
    text-anchor: middle;
  }
  .start {
    text-anchor: start;
  }
  .grid {
    stroke: var(--_border);
  }
  .zero {
    stroke: var(--_muted);
  }
  .line {
    fill: none;
    stroke-width: 2px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .line.export {
    stroke: var(--_export);
  }
  .line.import {
    stroke: var(--_import);
    stroke-dasharray: 6 3;
  }
  .dot.export {
    fill: var(--_export);
  }
  .dot.import {
    fill: var(--_import);
  }
  .bar {
    fill: currentColor;
  }
  .bar.zero {
    fill: var(--_muted);
  }
  .missing {
    fill: var(--_muted);
    fill-opacity: 0.14;
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
    pointer-events: none;
  }
  .band {
    fill: var(--_text);
    fill-opacity: 0;
  }
  .active .band {
    fill-opacity: 0.07;
  }
  [data-key]:focus-visible {
    outline: 0;
  }
  [data-key]:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .panel-title {
    font-weight: 700;
    fill: var(--_text);
  }
  .panel-value {
    fill: var(--_text);
  }
  .dimmed .line {
    opacity: 0.35;
  }
  .headline .when {
    margin: 0;
    color: var(--_muted);
  }
  .headline ul {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .headline .key {
    display: inline-block;
    width: 1.4em;
    margin-right: 0.35em;
    vertical-align: middle;
    border-top: 2px solid var(--_export);
  }
  .headline .import .key {
    border-top: 2px dashed var(--_import);
  }
  .headline .balance .key {
    border-top: 0;
    width: 0.6em;
    height: 0.8em;
    background: var(--_muted);
  }
  .change {
    white-space: nowrap;
  }
`;
