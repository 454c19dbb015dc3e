import { css } from 'lit';

export const styles = css`
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em;
  }
  .figure {
    padding: 0.6em 0.8em;
    border-left: 4px solid var(--_border);
    background: var(--_surface);
  }
  .export {
    border-color: var(--_export);
  }
  .import {
    border-color: var(--_import);
  }
  p,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .label {
    font-weight: 700;
  }
  .value {
    font-size: 1.8em;
    font-weight: 700;
    white-space: nowrap;
  }
  .change {
    font-size: 0.9em;
  }
  ul {
    margin-top: 0.3em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* The dependency indicators (extras.ts): a figure's box under the figures, its lines as theirs. */
  .dependency {
    margin-top: 0.75em;
  }
  /* Under the figures, in the caption's place: at the figures' size (muted, as their context lines). */
  .caption .dependency {
    font-size: 1.18em;
  }
`;
