import { css } from 'lit';

export const budgetTreeStyles = css`
  :host {
    min-width: min(17.5em, 100%);
  }
  .base {
    position: relative;
    background: var(--_bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5em;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9em;
  }
  nav li + li::before {
    content: '›';
    margin-right: 0.25em;
    color: var(--_muted);
  }
  nav button {
    border: 0;
    background: none;
    padding: 0.15em 0.2em;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    min-height: 1.8em;
  }
  nav [aria-current] {
    font-weight: 600;
  }
  nav [aria-current]:focus {
    outline: none;
  }
  nav [aria-current]:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .toggle:hover {
    border-color: var(--_accent);
  }
  .chart {
    position: relative;
    display: flex;
    justify-content: center;
  }
  svg {
    display: block;
    overflow: visible;
    touch-action: manipulation;
  }
  path.arc {
    stroke: var(--_arc-stroke);
    stroke-width: var(--_border-width);
    cursor: pointer;
  }
  path.arc.remainder,
  path.arc.more {
    stroke-dasharray: 3 2;
    stroke: var(--_separator);
  }
  path.arc:focus {
    outline: none;
  }
  path.focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: max(3px, var(--_focus-width) * 0.9);
    /* A halo in the background colour keeps the ring visible on arcs of a similar hue. */
    filter: drop-shadow(0 0 0.06em var(--_bg)) drop-shadow(0 0 0.06em var(--_bg));
    pointer-events: none;
  }
  path.arc:hover {
    opacity: 0.85;
  }
  .labels text {
    font-size: 0.72em;
    pointer-events: none;
    dominant-baseline: middle;
    text-anchor: middle;
  }
  .centre {
    cursor: pointer;
  }
  .centre circle {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  .centre text {
    text-anchor: middle;
    dominant-baseline: middle;
    fill: var(--_text);
  }
  .centre .c-name {
    font-weight: 600;
    font-size: 0.95em;
  }
  .centre .c-amount {
    font-size: 1em;
    font-variant-numeric: tabular-nums;
  }
  .centre .c-share {
    font-size: 0.8em;
    fill: var(--_muted);
  }
  .tooltip {
    position: absolute;
    left: var(--tip-x, 0);
    top: var(--tip-y, 0);
    transform: translate(-50%, calc(-100% - 0.8em));
    z-index: 1;
    max-width: 18em;
    padding: 0.5em 0.7em;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    border-radius: 0.4em;
    font-size: 0.85em;
    pointer-events: none;
    box-shadow: 0 0.2em 0.6em var(--_shadow);
  }
  /* Near the top edge the tooltip opens below the point, so it never covers the breadcrumb. */
  .tooltip.below {
    transform: translate(-50%, 0.8em);
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 0.8em;
    margin: 0.3em 0 0;
  }
  .tooltip dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .tooltip p {
    margin: 0.3em 0 0;
  }
  .help {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0.6em 0 0;
  }
  .help-title {
    font-weight: 600;
  }
  /* The chart and its ranked list: side by side on a wide element, the list under the chart otherwise. */
  .body {
    display: grid;
    gap: 1em;
  }
  .body.side {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
  }
  .arcs:has(.hover) path.arc:not(.hover) {
    opacity: 0.4;
  }
  .notice {
    font-size: 0.9em;
    color: var(--_muted);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
  }
  tr.focus-row th,
  tr.focus-row td {
    font-weight: 600;
    background: var(--_row-emphasis);
  }
  tr.remainder th,
  tr.remainder td {
    font-style: italic;
    color: var(--_muted);
  }
  .l1 {
    padding-left: 1.6em;
  }
  .l2 {
    padding-left: 2.6em;
  }
  .l3 {
    padding-left: 3.6em;
  }
  .l4 {
    padding-left: 4.6em;
  }
  tbody button {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: left;
  }
  .row-note {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /*
   * Loading (the shared .state.loading and .reserve): a toolbar (2.75em); the square chart and its ranked list, side by side from 44em wide
   * (the chart then min(width - 19em, 40em)), else the chart min(width, 40em) over the list; the keyboard
   * help and the caption (4.5em). As budget-tree.ts sizes them; a ring stands for the chart. The list
   * switches sides without a container query: its flex-basis is huge under 44em and negative above.
   */
  .state.loading {
    min-height: 0;
    padding: 2.75em 0 4.5em;
  }
  .state.loading .label {
    position: absolute;
    inset: 0.8em 1em auto;
  }
  .reserve {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1em;
  }
  .reserve i:first-child {
    display: block;
    flex: none;
    width: max(200px, min(40em, 100%, max(100% - 19em, (44em - 100%) * 999)));
    aspect-ratio: 1;
    border-radius: 50%;
    background: radial-gradient(closest-side, transparent 33%, var(--_row-emphasis) 33.5% 99%, transparent 100%);
  }
  .reserve i:nth-child(2) {
    display: block;
    flex: 1 1 calc((44em - 100%) * 999);
    min-height: 17em;
  }
  /* The caption line (department · year …) is under the content unless no-caption leaves it out. */
  :host([no-caption]) .state.loading {
    padding-bottom: 3.2em;
  }
  /* Its table view: as tall as its rows, which only the data tells; about a screenful. */
  :host([view='table']) .state.loading {
    display: block;
    min-height: 40em;
    padding: 1em;
  }
  :host([view='table']) .reserve {
    display: none;
  }
  :host([view='table']) .state.loading .label {
    position: relative;
    inset: auto;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
    margin: 0.6em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-right: 0.35em;
    vertical-align: -0.1em;
  }
  .plan-note {
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .plan-list {
    margin: 0.2em 0 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
`;
