import { css } from 'lit';

/** The plain data table that `<budget-tree>`'s table twin and `<procurement-table>` share: a scrolling frame, caption, rows. */
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
`;
