import { css } from 'lit';

export const procurementTableStyles = css`
  :host {
    container-type: inline-size;
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
    align-items: center;
    gap: 0.4em;
    min-height: var(--_hit);
  }
  .controls input[type='search'],
  .controls select {
    font: inherit;
    padding: 0.25em 0.4em;
    min-height: var(--_hit);
    max-width: 100%;
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
    content: ' ↕';
    color: var(--_header-muted);
  }
  /* On a coloured header (the red preset) the ring takes the header's text colour. */
  thead button:focus-visible {
    outline-color: var(--_header-text);
  }
  th[aria-sort='ascending'] button::after {
    content: ' ▲';
    color: inherit;
  }
  th[aria-sort='descending'] button::after {
    content: ' ▼';
    color: inherit;
  }
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
    .frame {
      overflow: visible;
      border: 0;
    }
    table,
    tbody,
    tr,
    td,
    th {
      display: block;
      width: auto;
    }
    /* Cards carry their labels; the header row (and its sort buttons) would be invisible focus stops. */
    thead {
      display: none;
    }
    tbody tr {
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 0.7em;
      padding: 0.3em 0;
    }
    caption {
      display: block;
      padding: 0 0 0.5em;
    }
    tbody td,
    tbody th {
      border: 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1em;
      text-align: right;
      white-space: normal;
    }
    tbody td::before,
    tbody th::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: left;
      font-weight: normal;
    }
    tbody td:empty {
      display: none;
    }
  }
`;
