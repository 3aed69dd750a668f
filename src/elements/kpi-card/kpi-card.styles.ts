import { css } from 'lit';

export const kpiCardStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(22em, 100%), 1fr));
    gap: 1em;
    align-items: start;
  }
  article,
  .overall {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.9em 1.1em;
    background: var(--_bg);
    min-width: 0;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.35;
  }
  h4 {
    margin: 1em 0 0.4em;
    font-size: 0.95em;
  }
  h5 {
    margin: 0.6em 0 0.3em;
    font-size: 0.9em;
    color: var(--_muted);
    font-weight: 600;
  }
  .code {
    font-size: 0.8em;
    color: var(--_muted);
    word-break: break-all;
  }
  .money {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    align-items: baseline;
    margin: 0.4em 0;
  }
  .money .amount {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .purpose {
    margin: 0.3em 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  svg.plan {
    display: block;
    width: 100%;
    max-width: 22em;
    height: auto;
    overflow: visible;
  }
  svg.plan rect.bar {
    fill: var(--_accent);
  }
  svg.plan rect.missing {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  svg.plan text {
    fill: var(--_text);
    text-anchor: middle;
  }
  ol.goals {
    margin: 0.3em 0;
    padding-left: 1.3em;
  }
  ul.inds {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.inds > li {
    border-top: 1px solid var(--_border);
    padding: 0.45em 0;
  }
  .ind {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.2em 1em;
    align-items: baseline;
  }
  .target {
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .status {
    display: inline-block;
    margin-left: 0.5em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.85em;
    font-weight: 600;
  }
  .status.met {
    color: var(--_positive);
  }
  .status.notMet {
    color: var(--_error);
  }
  .status.noData {
    color: var(--_muted);
  }
  details {
    font-size: 0.9em;
    margin-top: 0.2em;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 1.8em;
  }
  .target.long {
    white-space: normal;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  dl.facts {
    margin: 0.6em 0 0;
    font-size: 0.9em;
  }
  dl.facts > div {
    display: flex;
    gap: 0 0.8em;
    padding: 0.1em 0;
  }
  dl.facts dt {
    color: var(--_muted);
    flex: 0 0 6.5em;
  }
  dl.facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  dl.facts .date {
    white-space: nowrap;
  }
  p.goal {
    margin: 0.3em 0;
    overflow-wrap: anywhere;
  }
  dl.about {
    margin: 0.3em 0 0;
  }
  dl.about dt {
    font-weight: 600;
  }
  dl.about dd {
    margin: 0 0 0.3em;
  }
  .open {
    margin-top: 0.6em;
  }
  .total {
    margin: 0 0 0.8em;
  }
`;
