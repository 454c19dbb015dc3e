import { css } from 'lit';

export const styles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .head .title {
    font-size: 1.5em;
  }
  /* The report's title on two lines, as the publication sets it. */
  .kicker,
  .territory {
    display: block;
  }
  .kicker {
    font-size: 0.75em;
    color: var(--_muted);
  }
  select {
    font: inherit;
    margin-left: 0.4em;
  }
  section {
    margin-top: 2em;
  }
  .heading {
    font-size: 1.3em;
    font-weight: 700;
    margin-bottom: 0.5em;
    padding-bottom: 0.2em;
    border-bottom: 2px solid var(--_border);
  }
  .subheading {
    font-size: 1.1em;
    font-weight: 700;
    margin: 1em 0 0.4em;
  }
  section > p,
  section > ul {
    max-width: 48em;
  }
  .credit {
    font-size: 0.85em;
    color: var(--_muted);
  }
  a {
    color: inherit;
  }
  section > :is(trade-balance, trade-treemap, trade-sankey, trade-summary, trade-map, trade-trend, trade-partner) {
    margin: 1em 0 1.5em;
  }
  /* The territory on the map of France, at the width of the text beside it. */
  .intro > trade-map {
    max-width: 48em;
  }
  /* The partners on the world map, exports and imports side by side where there is room. */
  .maps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
    gap: 0 1.5em;
    margin: 1em 0 1.5em;
  }
  /* One source line for the whole report (the charts keep theirs in their downloads). */
  section > *::part(source) {
    display: none;
  }
  @media print {
    .year {
      display: none;
    }
    .context,
    .balance,
    .export,
    .import {
      break-before: page;
    }
  }
`;
