import { css } from 'lit';

export const budgetDocumentStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    color: var(--_heading);
    line-height: 1.35;
    margin: 1.2em 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
    margin-top: 0;
  }
  h3 {
    font-size: 1.25em;
  }
  h4,
  h5,
  h6 {
    font-size: 1.05em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  /* A page, not a dashboard: every table shows all its rows, as the PDF prints them (no scrolling frame that
     hides rows). A page's own value on the element still wins. */
  :host {
    --budget-table-max-height: none;
  }
  .toc {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 1.2em 0.8em;
    margin: 0 0 1.5em;
  }
  .toc h3,
  .toc h4 {
    margin-top: 0.3em;
  }
  .toc ol {
    margin: 0;
    padding-left: 1.4em;
  }
  .toc ol ol {
    font-size: 0.92em;
    padding-left: 1.2em;
  }
  .toc li {
    margin: 0.25em 0;
  }
  .toc a {
    color: var(--_accent);
  }
  .part {
    margin: 0 0 2em;
    scroll-margin-top: 1em;
  }
  /*
   * The elements inside take the document's type size: their own large-text rule (1.25× their host's size)
   * would enlarge what the document's has already enlarged. Their larger hit targets and focus stay.
   */
  :is(budget-summary, budget-tree, budget-table, kpi-card, procurement-table)[large-text] {
    font-size: 1em;
  }
  .part > :is(budget-summary, budget-tree, budget-table, kpi-card, procurement-table),
  .table,
  .project {
    display: block;
    margin: 1em 0;
    scroll-margin-top: 1em;
  }
  .written p {
    margin: 0.4em 0;
    text-indent: 2em;
  }
  .written p:lang(en) {
    text-indent: 0;
  }
  .organization ul {
    padding-left: 1.2em;
  }
  .organization .fact {
    color: var(--_muted);
    margin-left: 0.6em;
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    /* A label and its figure stay within one reading span, not the width of a wide screen. */
    max-width: 36em;
  }
  dl.facts dt {
    color: var(--_muted);
  }
  dl.facts dd {
    text-align: right;
  }
  dl.facts dd,
  dl.glossary dd {
    margin: 0;
  }
  dl.glossary dt {
    font-weight: 600;
    margin-top: 0.6em;
  }
  .note {
    color: var(--_muted);
  }
  .facts-title,
  .unit-counts .label {
    font-weight: 600;
  }
  .facts-title {
    margin: 1em 0 0.3em;
  }
  .unit-counts .label {
    margin-right: 0.4em;
  }
  table.quarters {
    border-collapse: collapse;
    margin: 0.8em 0;
    min-width: min(100%, 18em);
  }
  table.quarters caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  table.quarters th,
  table.quarters td {
    border: var(--_border-width) solid var(--_border);
    padding: 0.3em 0.7em;
  }
  table.quarters th {
    text-align: left;
    font-weight: normal;
  }
  table.quarters thead th {
    font-weight: 600;
  }
  table.quarters td {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .notes {
    display: block;
    margin: 1em 0;
  }
  /* Print: one clean A4 document, the tables whole (no scrolling frame), no controls. */
  @media print {
    .document {
      --budget-table-max-height: none;
    }
    .toc a {
      color: inherit;
      text-decoration: none;
    }
    .part {
      break-before: auto;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    .table,
    .project {
      break-inside: avoid-page;
    }
  }
`;
