import { css } from 'lit';
import { colorDeclarations } from './tokens.ts';

/**
 * Styles every widget shares. Sizes are in px or em of the widget's own font size,
 * never rem, so a page's `html { font-size: 62.5% }` changes nothing. Colours are
 * CSS custom properties with DSFR defaults; the internal `--_*` variables resolve
 * them once, for the light or the dark scheme.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-size: var(--trade-font-size, 14px);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .root {
    ${colorDeclarations('light')}
    position: relative;
    direction: ltr;
    text-align: left;
    font-family: var(--trade-font-family, inherit);
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  /* The dark theme paints its own background: its text keeps off the edges. */
  .dark {
    ${colorDeclarations('dark')}
    color-scheme: dark;
    padding: 0.75em;
    border-radius: 4px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.5em;
  }
  .titles {
    flex: 1 1 16em;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: flex-start;
  }
  .download-error {
    flex-basis: 100%;
    margin: 0;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.7em;
    cursor: pointer;
  }
  .menu {
    position: relative;
  }
  .menu ul,
  .tooltip {
    position: absolute;
    z-index: 9;
    margin: 0.25em 0 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 6px #0003;
  }
  .menu ul {
    right: 0;
    white-space: nowrap;
  }
  .menu li button {
    width: 100%;
    text-align: left;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }
  [data-key] {
    cursor: pointer;
    outline: none;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The chart's styles and layout do not reach out of it, nor the page's into it. */
  .chart {
    position: relative;
    contain: layout style;
  }
  svg {
    display: block;
  }
  svg text {
    fill: var(--_text);
  }
  .skeleton {
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.5;
  }
  .message {
    padding: 0.75em 1em;
    border-left: 4px solid var(--_border);
    background: var(--_surface);
  }
  .error {
    border-color: var(--_negative);
  }
  .message p {
    margin: 0;
  }
  .tooltip {
    top: 0;
    left: 0;
    margin: 0;
    padding: 0.5em 0.7em;
    max-width: min(22em, 90%);
    font-size: 0.9em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip dl {
    display: grid;
    grid: auto / auto auto;
    gap: 0 0.8em;
    margin: 0.2em 0 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    text-align: right;
  }
  .data-table {
    margin-top: 0.75em;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.4em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  dd,
  .num {
    font-variant-numeric: tabular-nums;
  }
  tfoot {
    font-weight: 700;
  }
  .caption,
  .source {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .source a {
    color: inherit;
  }
  .positive {
    color: var(--_positive);
  }
  .negative {
    color: var(--_negative);
  }
  @media print {
    .toolbar,
    .tooltip {
      display: none !important;
    }
    .root {
      break-inside: avoid;
    }
    .chart svg {
      max-width: 100%;
      height: auto;
    }
  }
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;
