import { css } from 'lit';

export const budgetSummaryStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(19em, 100%), 1fr));
    gap: 0.8em;
  }
  section {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.8em 1em;
    background: var(--_bg);
    min-width: 0;
    container-type: inline-size;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.4em;
  }
  .big {
    /* Smaller on a narrow card, so "371.51 million yuan" fits on one line; never smaller than the text around it (large text). */
    font-size: clamp(1em, 8cqi, 1.6em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .exact {
    margin: 0.2em 0 0;
    font-size: 0.85em;
  }
  .share {
    white-space: nowrap;
  }
  .big small {
    font-size: 0.55em;
    font-weight: 600;
    margin-left: 0.15em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(6em, 1fr) auto;
    gap: 0.2em 0.8em;
    margin: 0.3em 0 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  dd.sub,
  dt.sub {
    padding-left: 1em;
    font-size: 0.92em;
  }
  .change {
    display: block;
    font-size: 0.9em;
    margin-top: 0.2em;
  }
  .change.down::before {
    content: '▼ ';
  }
  .change.up::before {
    content: '▲ ';
  }
  .change.same::before {
    content: '＝ ';
  }
  p.change.computed {
    margin: 0.2em 0 0;
  }
  .compare-lines dd .muted {
    display: block;
    font-size: 0.9em;
  }
  .year-check {
    display: block;
    font-size: 0.9em;
  }
  .year-check.ok {
    color: var(--_positive);
  }
  .year-check.warning {
    color: var(--_error);
  }
  svg {
    display: block;
    width: 100%;
    height: 1.6em;
    margin: 0.5em 0 0.2em;
  }
  svg rect.basic {
    fill: var(--_basic);
  }
  svg rect.project {
    fill: var(--_project);
  }
  svg rect.track {
    fill: none;
    stroke: var(--_basic);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  h4 {
    margin: 0.8em 0 0;
    font-size: 1em;
  }
  .rate {
    margin: 0.2em 0 0;
  }
  svg rect.source {
    fill: var(--_basic);
  }
  svg rect.source.odd {
    fill: var(--_project);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    font-size: 0.9em;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.3em;
    vertical-align: -0.05em;
  }
  .swatch.basic {
    background: var(--_basic);
  }
  .swatch.project {
    background: var(--_project);
    border-radius: 50%;
  }
  button.term {
    border: 0;
    padding: 0;
    background: none;
    color: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
    text-align: left;
  }
  .term-wrap {
    position: relative;
  }
  /* The definition opens as a small panel under its term (click, tap, Enter or Space; Escape closes). */
  .definition {
    position: absolute;
    left: 0;
    top: 100%;
    z-index: 3;
    width: min(20em, 80vw);
    margin-top: 0.3em;
    padding: 0.5em 0.7em;
    background: var(--_bg);
    border: var(--_border-width) solid var(--_border);
    border-left: 0.25em solid var(--_accent);
    border-radius: 0.3em;
    box-shadow: 0 0.2em 0.6em var(--_shadow);
    font-size: 0.9em;
    font-weight: normal;
    color: var(--_text);
    text-align: left;
  }
  .definition[hidden] {
    display: none;
  }
  /* The marker stays beside the badge, and a long badge wraps inside itself, not below the marker. */
  details summary {
    cursor: pointer;
    min-height: 1.8em;
    display: flex;
    align-items: baseline;
    gap: 0.35em;
    list-style: none;
  }
  details summary::-webkit-details-marker {
    display: none;
  }
  details summary::before {
    content: '▶';
    content: '▶' / '';
    flex: none;
    font-size: 0.75em;
  }
  details[open] summary::before {
    content: '▼';
    content: '▼' / '';
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-weight: 600;
  }
  .badge.ok {
    color: var(--_positive);
  }
  .badge.note {
    color: var(--_warning);
  }
  .badge.warning {
    color: var(--_error);
  }
  ul.findings {
    margin: 0.4em 0 0;
    padding-left: 1.2em;
    font-size: 0.92em;
  }
  ul.findings > li + li {
    margin-top: 0.35em;
  }
  .kind {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    font-size: 0.85em;
    font-weight: 600;
  }
  .kind.warning {
    color: var(--_error);
  }
  .kind.note,
  .kind.question {
    color: var(--_warning);
  }
  .rule {
    color: var(--_muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  dl.glossary {
    grid-template-columns: 1fr;
  }
  dl.glossary dd {
    text-align: left;
    margin-bottom: 0.4em;
  }
  /* A narrow card (a phone in large text): each figure goes under its label instead of beside it. */
  @container (max-width: 20em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd + dt {
      margin-top: 0.3em;
    }
  }
  /*
   * Loading (the shared .state.loading and .reserve): the grid of cards (.grid above), each of a typical
   * height, so that the page below does not jump when the data arrives.
   */
  .state.loading {
    min-height: 0;
    padding: 0 0 1.7em;
    border: 0;
    background: none;
  }
  .state.loading .label {
    position: absolute;
    inset: 0.8em 1em auto;
    color: var(--_muted);
  }
  .reserve {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(19em, 100%), 1fr));
    gap: 0.8em;
  }
  .reserve i {
    display: block;
    min-height: 13em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_row-emphasis);
  }
  /* Totals, composition, sources, changes, “three public”, operating costs, check, glossary. */
  .reserve i:nth-child(2) {
    min-height: 25em;
  }
  .reserve i:nth-child(3) {
    min-height: 10em;
  }
  .reserve i:nth-child(4) {
    min-height: 25em;
  }
  .reserve i:nth-child(5) {
    min-height: 15em;
  }
  .reserve i:nth-child(6) {
    min-height: 18em;
  }
  .reserve i:nth-child(7) {
    min-height: 16.5em;
  }
  .reserve i:nth-child(8) {
    min-height: 5.5em;
  }
  /* The caption line (department · year …) is under the content unless no-caption leaves it out. */
  :host([no-caption]) .state.loading {
    padding-bottom: 0.4em;
  }
  /* A chosen subset of sections: the count is not known to CSS, so one row of two cards. */
  :host([sections]) .reserve i:nth-child(n + 3) {
    display: none;
  }
`;
