import { css } from 'lit';
import { cardRows } from '../../styles/data-table.js';

export const procurementTableStyles = css`
  :host {
    container-type: inline-size;
  }
  /*
   * English words wrap at spaces, never inside a word (the shared wrapper lets any text break anywhere,
   * for long Chinese lines); Chinese data inside keeps that.
   */
  .base[lang='en'] {
    overflow-wrap: break-word;
  }
  .base[lang='en'] [lang='zh-CN'] {
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0 0 0.6em;
  }
  .summary strong {
    font-size: 1.15em;
  }
  .summary ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.2em;
    list-style: none;
    margin: 0.3em 0 0;
    padding: 0;
    font-size: 0.92em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 0.5em 0;
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
  /* A checkbox keeps its words beside it; they wrap at their spaces. */
  .controls label.check {
    flex-wrap: nowrap;
  }
  .controls input[type='search'],
  .controls select {
    font: inherit;
    padding: 0.25em 0.4em;
    min-height: var(--_hit);
    max-width: 100%;
  }
  /* The search box gives way on a phone instead of pushing the page wider. */
  .controls input[type='search'] {
    min-width: 0;
    flex: 1 1 12em;
  }
  thead button {
    border: 0;
    background: none;
    padding: 0;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    color: inherit;
    text-align: inherit;
  }
  thead button::after {
    content: '\\00a0↕';
    color: var(--_header-muted);
  }
  /* On a coloured header (the red preset) the ring takes the header's text colour. */
  thead button:focus-visible {
    outline-color: var(--_header-text);
  }
  th[aria-sort='ascending'] button::after {
    content: '\\00a0▲';
    color: inherit;
  }
  th[aria-sort='descending'] button::after {
    content: '\\00a0▼';
    color: inherit;
  }
  /*
   * Names keep some width (a project name squeezed to four characters a line is hard to read; the frame
   * scrolls instead), and English headers wrap at their spaces ("General public budget appropriation").
   */
  tbody th,
  tbody td:not(.num) {
    min-width: 7em;
  }
  .base[lang='en'] thead th {
    white-space: normal;
  }
  /* A published figure is one word: it never breaks (the frame scrolls instead, never the page). */
  .num {
    text-align: right;
    white-space: nowrap;
  }
  tr.total > *,
  tr.subtotal > * {
    font-weight: 600;
    background: var(--_row-emphasis);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Narrow containers: each row becomes a card of label–value lines; nothing overflows the page. */
  @container (max-width: 40em) {
    ${cardRows}
    caption {
      display: block;
      padding: 0 0 0.5em;
    }
    /* A row's name cell carries its column's label too. */
    tbody th::before {
      content: attr(data-label);
      flex: 1 1 0;
      color: var(--_muted);
      text-align: left;
      font-weight: normal;
      white-space: normal;
    }
  }
`;
