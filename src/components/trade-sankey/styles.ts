import { css } from 'lit';

/**
 * Node bars take the flow's colour through `color`; "Autres" is paler and
 * dashed. Red links are the largest flows; what the pointer, the keyboard or the
 * selection does not point at is dimmed. Labels on the inner side (narrow widths)
 * get a halo of the background's colour (`Canvas` follows the scheme).
 */
export const styles = css`
  svg {
    color: var(--_export);
  }
  .import {
    color: var(--_import);
  }
  .link {
    fill: none;
    stroke: var(--_link);
    stroke-opacity: 0.45;
  }
  .link-highlight {
    stroke: var(--_highlight);
    stroke-opacity: 0.8;
  }
  .dimmed {
    opacity: 0.3;
  }
  rect {
    fill: currentColor;
  }
  .others rect {
    fill-opacity: 0.45;
    stroke: currentColor;
    stroke-dasharray: 2;
  }
  .selected rect {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .value {
    fill: var(--_muted);
  }
  .inner text {
    paint-order: stroke;
    stroke: var(--trade-color-background, Canvas);
    stroke-width: 4;
    stroke-linejoin: round;
  }
  .legend::before {
    content: '';
    display: inline-block;
    width: 1.4em;
    height: 0.45em;
    margin-right: 0.4em;
    background: var(--_highlight);
  }
  /* The total and the shares under the chart, as the report sets them: text, one per line. */
  .caption {
    font-size: 1em;
    color: var(--_text);
  }
  .caption p {
    margin: 0;
  }
`;
