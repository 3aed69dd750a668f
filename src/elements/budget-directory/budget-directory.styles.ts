import { css } from 'lit';
import { cardRows } from '../../styles/data-table.js';

export const budgetDirectoryStyles = css`
  :host {
    container-type: inline-size;
  }
  .base[lang='en'] {
    overflow-wrap: break-word;
  }
  .base[lang='en'] [lang='zh-CN'] {
    overflow-wrap: anywhere;
  }
  .head .title {
    font-size: 1.15em;
    margin: 0 0 0.2em;
    color: var(--_heading);
  }
  .head .meta,
  .editions,
  .count,
  .progress {
    margin: 0.2em 0;
    font-size: 0.92em;
  }
  .progress progress {
    display: block;
    width: min(20em, 100%);
    height: 0.5em;
    margin-top: 0.2em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.6em 0;
    font-size: 0.92em;
  }
  .controls label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_hit);
    max-width: 100%;
  }
  .controls label.search {
    flex: 1 1 14em;
  }
  .controls input[type='search'],
  .controls select {
    font: inherit;
    padding: 0.25em 0.4em;
    min-height: var(--_hit);
    max-width: 100%;
  }
  .controls input[type='search'] {
    min-width: 0;
    flex: 1 1 10em;
  }
  .views {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
    border-color: var(--_accent);
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: inherit;
  }
  th[role='rowheader'] button.link {
    font-weight: 600;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  tbody th,
  tbody td:not(.num) {
    min-width: 6em;
  }
  .base[lang='en'] thead th {
    white-space: normal;
  }
  tr.current > * {
    background: var(--_row-emphasis);
  }
  .from-catalog,
  .warning,
  .error {
    display: block;
    white-space: normal;
    font-size: 0.85em;
  }
  .warning {
    color: var(--_warning);
  }
  .error {
    color: var(--_error);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .none {
    margin: 0.6em 0;
  }
  .rollup {
    margin-top: 0.6em;
  }
  /* The elements inside take the directory's type size (large text is not enlarged twice). */
  :is(budget-summary, budget-tree)[large-text] {
    font-size: 1em;
  }
  /* A button of words wraps them on a phone instead of widening the page. */
  .rollup button,
  .detail button {
    white-space: normal;
    max-width: 100%;
    text-align: start;
  }
  .detail {
    margin-top: 1em;
    padding: 0.6em 0.8em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  .detail-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.05em;
    color: var(--_heading);
  }
  .links {
    margin: 0.3em 0 0.6em;
  }
  .links a {
    color: var(--_accent);
  }
  /* Narrow: each department is a card of label–value lines; its name leads the card. */
  @container (max-width: 40em) {
    ${cardRows}
    tbody th {
      text-align: left;
    }
  }
`;
