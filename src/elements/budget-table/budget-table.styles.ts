import { css } from 'lit';

export const budgetTableStyles = css`
  /* The container the narrow layout below measures: the element's own width, not the page's. */
  .sheet {
    container-type: inline-size;
  }
  .head {
    margin-bottom: 0.5em;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
    margin: 0;
    text-align: center;
    color: var(--_heading);
  }
  .published {
    margin: 0.1em 0 0;
    text-align: center;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.2em 1em;
    margin: 0.3em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: flex-end;
    margin: 0.4em 0;
    font-size: 0.9em;
  }
  .controls label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    min-height: var(--_hit);
    cursor: pointer;
  }
  .controls input {
    width: 1.1em;
    height: 1.1em;
  }
  .frame {
    overflow: auto;
    max-width: 100%;
    max-height: var(--budget-table-max-height, 80vh);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  table {
    /* Words wrap at their ends only; "anywhere" (from .base) would let the layout squeeze a column to one letter. */
    overflow-wrap: break-word;
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  th,
  td {
    padding: 0.3em 0.55em;
    border-right: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    text-align: left;
    background: var(--_bg);
  }
  /* The whole header stays in view while the table scrolls inside its frame. */
  thead {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  thead th {
    background: var(--_header);
    color: var(--_header-text);
    text-align: center;
    /* A heading over two or three rows sits in their middle, as published. */
    vertical-align: middle;
    font-weight: 600;
    /* Chinese headers keep their words on one line; English ones wrap between words, never inside one. */
    white-space: nowrap;
  }
  thead th:lang(en) {
    white-space: normal;
  }
  thead tr.numbers th {
    font-weight: normal;
    color: var(--_header-muted);
  }
  /* The row header column stays in view while the table scrolls sideways. */
  .rowhead {
    position: sticky;
    left: 0;
    z-index: 1;
    /* Wide enough for a name of the third level (indented) to keep several characters a line. */
    min-width: 11em;
    max-width: 20em;
  }
  td.text {
    min-width: 7em;
  }
  td.amount {
    text-align: right;
    white-space: nowrap;
  }
  /* Codes and serial numbers never break, and take no more room than they need. */
  td.code,
  td.serial {
    white-space: nowrap;
    width: 1%;
  }
  /* A cell's column label: shown only when the rows are cards (below). */
  .label {
    display: none;
  }
  tbody th {
    font-weight: normal;
  }
  tr.total > *,
  tr.subtotal > * {
    font-weight: 600;
  }
  .l2 {
    padding-left: 1.5em;
  }
  .l3 {
    padding-left: 2.5em;
  }
  .flag {
    position: relative;
    display: inline-block;
    border-bottom: 2px dotted var(--_error);
    cursor: help;
  }
  .flag::after {
    content: '※';
    margin-left: 0.15em;
    color: var(--_error);
  }
  .flag .explain {
    display: none;
    position: absolute;
    right: 0;
    top: 100%;
    z-index: 3;
    width: min(18em, 90cqi);
    white-space: normal;
    text-align: left;
    padding: 0.5em 0.7em;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    border-radius: 0.4em;
    font-weight: normal;
  }
  .flag:hover .explain,
  .flag:focus .explain {
    display: block;
  }
  .flag.dismissed .explain {
    display: none;
  }
  .note,
  .hidden-count {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0.4em 0 0;
  }
  .checks {
    font-size: 0.9em;
    margin: 0.5em 0 0;
    padding-left: 1.2em;
  }
  /* The sides of a two-sided table, one after the other: only for the cards below. */
  .sides {
    display: none;
  }
  /*
   * Narrow (a phone, a sidebar, large text): each row becomes a card. The name (with its code) heads it
   * and wraps between words; each figure is a line of its column label and the amount, which never
   * breaks. Roles on the table's parts keep it a table for screen readers, as display: block drops them.
   */
  @container (max-width: 30em) {
    /* Cards need no frame of their own, nor (unless the page asks for one) a scroller inside the page's. */
    .frame {
      border: 0;
      background: none;
      max-height: var(--budget-table-max-height, none);
    }
    table,
    tbody,
    tbody tr,
    tbody th,
    tbody td {
      display: block;
    }
    /* Each card carries its labels; the header rows would only repeat them. */
    thead {
      display: none;
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15em 0.6em;
      margin: 0 0 0.5em;
      padding: 0.45em 0.7em;
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    tbody tr.total,
    tbody tr.subtotal {
      background: var(--_row-emphasis);
    }
    tbody th,
    tbody td {
      padding: 0;
      border: 0;
      background: none;
      min-width: 0;
      max-width: none;
    }
    .rowhead {
      position: static;
      flex: 1 1 8em;
      min-width: min(8em, 100%);
      font-weight: 600;
    }
    .l2,
    .l3 {
      padding-left: 0;
    }
    td.code {
      flex: none;
      width: auto;
      color: var(--_muted);
    }
    td.serial,
    td.amount,
    td.text:not(.rowhead) {
      flex: 1 1 100%;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1em;
      white-space: normal;
    }
    td.amount .v,
    td.amount .flag {
      white-space: nowrap;
    }
    td.serial {
      width: auto;
      justify-content: flex-start;
      gap: 0 0.4em;
      font-size: 0.85em;
      color: var(--_muted);
    }
    .label {
      display: block;
      color: var(--_muted);
      text-align: start;
      font-weight: normal;
    }
    /* A text after the row's name or figures (主要用于, 主要原因, a measure unit) starts its own part of the card. */
    :is(.rowhead:not(.blank), td.amount:not(.blank)) ~ td.text:not(.rowhead) {
      margin-top: 0.3em;
      padding-top: 0.3em;
      border-top: 1px dashed var(--_border);
    }
    td.text:not(.rowhead) .label {
      flex: 1 1 100%;
    }
    td.text:not(.rowhead) .v {
      font-weight: 600;
    }
    td.amount > :last-child {
      margin-left: auto;
    }
    /* A table of words (机构设置): each field is a line of its label and its text, like a figure's; an empty one is none. */
    table.words tbody td.blank {
      display: none;
    }
    table.words tbody td.text:not(.rowhead):not(.blank) {
      margin-top: 0;
      padding-top: 0;
      border-top: 0;
    }
    table.words td.text:not(.rowhead) .label {
      flex: 0 1 auto;
    }
    /* The text takes the rest of the line, or a line of its own when it is long. */
    table.words td.text:not(.rowhead) .v {
      flex: 1 1 8em;
      font-weight: normal;
    }
    /* An empty cell is no line of the card. */
    tbody td.blank,
    tbody td.text.blank:not(.rowhead) {
      display: none;
    }
    /* A two-sided table shows its sides instead, so that a card never pairs an income line with an expenditure line. */
    table.two-sided {
      display: none;
    }
    .sides {
      display: block;
    }
    .sides caption {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      display: block;
      margin: 0.6em 0 0.35em;
      font-weight: 600;
      text-align: start;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .frame {
      overflow: visible;
      max-height: none;
      border: 0;
    }
    table {
      font-size: 8pt;
    }
    thead {
      position: static;
    }
    .rowhead {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
  /* Loading: 27–54em on the two files (the shared styles keep 24em for the other elements). */
  .state.loading {
    min-height: 28em;
  }
`;
