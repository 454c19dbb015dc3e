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
  section > p,
  section > ul {
    max-width: 48em;
  }
  section > :is(trade-balance, trade-treemap, trade-sankey, trade-summary) {
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
    .balance,
    .activities,
    .export,
    .import {
      break-before: page;
    }
  }
`;
