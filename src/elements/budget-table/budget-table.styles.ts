import { css } from 'lit';

export const budgetTableStyles = css`
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
    font-weight: 600;
    /* Headers keep their words on one line; a narrow screen scrolls the frame instead. */
    white-space: nowrap;
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
    min-width: 9em;
    max-width: 16em;
  }
  td.text {
    min-width: 7em;
  }
  td.amount {
    text-align: right;
    white-space: nowrap;
  }
  td.code,
  td.serial {
    white-space: nowrap;
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
    width: 18em;
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
`;
