import { css } from 'lit';

/**
 * The plain data table that `<budget-tree>`'s table twin and `<procurement-table>` share: a scrolling frame,
 * caption, rows. A frame with the class `stack` also gets the narrow layout below (the table twin's).
 */
export const dataTableStyles = css`
  .frame {
    overflow-x: auto;
    max-width: 100%;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
    /* Words wrap at their ends only; "anywhere" (from .base) would let the layout squeeze a column to one letter. */
    overflow-wrap: break-word;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.5em 0.6em;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-top: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_header);
    color: var(--_header-text);
    white-space: nowrap;
  }

  /* ---- The stacked layout (frame class "stack"): a table whose rows become cards when narrow. ---- */
  .stack {
    container-type: inline-size;
  }
  .stack td.code {
    white-space: nowrap;
  }
  .stack tbody th {
    min-width: 8em;
  }
  @container (max-width: 30em) {
    .stack table,
    .stack tbody,
    .stack tbody tr,
    .stack tbody th,
    .stack tbody td {
      display: block;
    }
    .stack thead {
      display: none;
    }
    /* One card a row: code and name on top, then the amount and the shares as label–value lines. */
    .stack tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15em 0.6em;
      padding: 0.45em 0.7em;
      border-top: 1px solid var(--_border);
    }
    /* Levels below the first are indented as the rows of the wide table are, less deeply. */
    .stack tbody tr.d2 {
      padding-left: 1.4em;
    }
    .stack tbody tr.d3 {
      padding-left: 2.1em;
    }
    .stack tbody tr.d4 {
      padding-left: 2.8em;
    }
    .stack tbody tr > th,
    .stack tbody tr > td {
      padding: 0;
      border: 0;
      background: none;
    }
    .stack tbody tr.focus-row {
      background: var(--_row-emphasis);
    }
    .stack tbody tr > th {
      flex: 1 1 8em;
      min-width: min(8em, 100%);
    }
    .stack tbody td.code {
      flex: none;
      color: var(--_muted);
    }
    .stack tbody td.code:empty {
      display: none;
    }
    .stack tbody td.num {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 0.5em;
      flex: 1 1 100%;
      text-align: right;
      white-space: normal;
    }
    /* The two shares share a line where they fit. */
    .stack tbody td.share {
      flex: 1 1 auto;
      justify-content: flex-start;
      font-size: 0.92em;
    }
    /* After the rules above: an empty cell is no line of the card. */
    .stack tbody td.blank {
      display: none;
    }
    .stack caption {
      display: block;
    }
    /* The column's name before each figure (read by screen readers too: the header row is hidden). */
    .stack tbody td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: left;
      font-weight: normal;
    }
  }
`;

/**
 * The card layout of a narrow table (`<procurement-table>`, `<budget-directory>`): each body row a bordered card
 * of label–value lines, the label from the cell's `data-label`, the header row hidden (its buttons would be
 * invisible focus stops). Used inside each element's own container query.
 */
export const cardRows = css`
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
  thead {
    display: none;
  }
  tbody tr {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.7em;
    padding: 0.3em 0;
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
  /* The label takes the room the value leaves and wraps at its spaces; a figure stays whole beside it (.num). */
  tbody td::before {
    content: attr(data-label);
    flex: 1 1 0;
    color: var(--_muted);
    text-align: left;
    font-weight: normal;
    white-space: normal;
  }
  tbody td:empty {
    display: none;
  }
`;
