import { css } from 'lit';

export const summaryStyles = css`
  .figures {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em;
  }
  .figures.wide {
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
  .figure {
    padding: 0.6em 0.8em;
    border-left: 4px solid var(--_border);
    background: var(--_surface);
    min-width: 0;
  }
  .figure.export {
    border-left-color: var(--_export);
  }
  .figure.import {
    border-left-color: var(--_import);
  }
  .figure p,
  .figure ul {
    margin: 0;
  }
  .label {
    font-weight: 700;
  }
  .value {
    font-size: 1.8em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A change is not good or bad in itself (more imports…): arrow and sign, no colour. */
  .change {
    font-size: 0.9em;
  }
  .context {
    list-style: none;
    padding: 0;
    margin-top: 0.3em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .context li + li {
    margin-top: 0.15em;
  }
`;
