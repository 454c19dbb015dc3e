import { css } from 'lit';

/**
 * Styles every widget shares. Sizes are in px or em of the widget's own font size,
 * never rem, so a page's `html { font-size: 62.5% }` changes nothing. Colours are
 * CSS custom properties with DSFR defaults; the internal `--_*` variables resolve
 * them once, for the light or the dark scheme.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    font-size: var(--trade-font-size, 14px);
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root {
    --_import: var(--trade-color-import, #000091);
    --_export: var(--trade-color-export, #a558a0);
    --_positive: var(--trade-color-positive, #18753c);
    --_negative: var(--trade-color-negative, #ce0500);
    --_highlight: var(--trade-color-highlight, #e1000f);
    --_link: var(--trade-color-link, #b7b7b7);
    --_text: var(--trade-color-text, #161616);
    --_muted: var(--trade-color-muted, #666666);
    --_bg: var(--trade-color-background, transparent);
    --_surface: var(--trade-color-surface, #ffffff);
    --_border: var(--trade-color-border, #dddddd);
    --_focus: var(--trade-color-focus, #0a76f6);
    --_skeleton: var(--trade-color-skeleton, #eeeeee);
    position: relative;
    direction: ltr;
    font-family: var(--trade-font-family, inherit);
    color: var(--_text);
    background: var(--_bg);
  }
  .root.dark {
    --_import: var(--trade-color-import, #8585f6);
    --_export: var(--trade-color-export, #ce70cc);
    --_positive: var(--trade-color-positive, #27a658);
    --_negative: var(--trade-color-negative, #ff5655);
    --_highlight: var(--trade-color-highlight, #ff5655);
    --_link: var(--trade-color-link, #5e5e5e);
    --_text: var(--trade-color-text, #cecece);
    --_muted: var(--trade-color-muted, #a3a3a3);
    --_bg: var(--trade-color-background, #161616);
    --_surface: var(--trade-color-surface, #242424);
    --_border: var(--trade-color-border, #3a3a3a);
    --_focus: var(--trade-color-focus, #4d9bff);
    --_skeleton: var(--trade-color-skeleton, #2a2a2a);
  }
  .root.dark {
    color-scheme: dark;
  }

  .sizer {
    height: 0;
    width: 100%;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.5em;
  }
  .titles {
    flex: 1 1 16em;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .toolbar button {
    font: inherit;
    font-size: 0.9em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.7em;
    cursor: pointer;
    min-height: 24px;
  }
  .toolbar button:hover {
    border-color: var(--_muted);
  }
  .menu {
    position: relative;
  }
  .menu ul {
    position: absolute;
    right: 0;
    z-index: 20;
    margin: 0.25em 0 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgba(0, 0, 0, 0.18);
    white-space: nowrap;
  }
  .menu ul[hidden] {
    display: none;
  }
  .menu li button {
    display: block;
    width: 100%;
    text-align: start;
    border: 0;
  }
  .caption {
    margin: 0.5em 0 0;
    overflow-wrap: anywhere;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .chart {
    position: relative;
    width: 100%;
  }
  .chart svg {
    display: block;
    overflow: hidden;
    max-width: none;
    font-family: inherit;
  }
  .chart svg text {
    fill: var(--_text);
    font-family: inherit;
  }
  [data-key] {
    cursor: pointer;
  }
  [data-key]:focus {
    outline: none;
  }
  [data-key]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .skeleton {
    width: 100%;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_skeleton) 0%, transparent 50%, var(--_skeleton) 100%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .message {
    padding: 0.75em 1em;
    border-left: 4px solid var(--_border);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .message.error {
    border-left-color: var(--_negative);
  }
  .message p {
    margin: 0;
  }
  .message .message-title {
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .message code {
    font-size: 0.9em;
    word-break: break-all;
  }

  .tooltip {
    position: absolute;
    z-index: 10;
    top: 0;
    left: 0;
    max-width: min(22em, 90%);
    padding: 0.5em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 6px rgba(0, 0, 0, 0.18);
    font-size: 0.9em;
    line-height: 1.35;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 0.2em;
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 0.8em;
    margin: 0;
  }
  .tooltip dt {
    color: var(--_muted);
  }
  .tooltip dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  .data-table {
    margin-top: 0.75em;
    overflow-x: auto;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.4em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_muted);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }

  .source {
    margin: 0.6em 0 0;
    font-size: 0.85em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .source a {
    color: inherit;
  }
  .demo {
    font-weight: 700;
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

  .sr-only,
  .data-table.sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
