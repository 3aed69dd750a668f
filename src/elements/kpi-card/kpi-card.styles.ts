import { css } from 'lit';

export const kpiCardStyles = css`
  /*
   * English words wrap at spaces, never inside a word: the shared wrapper lets any text break anywhere
   * (for long Chinese lines and codes), which in a narrow flex row splits "Search" into "Sear" / "ch".
   * Chinese data inside an English card keeps that.
   */
  .base[lang='en'] {
    overflow-wrap: break-word;
  }
  .base[lang='en'] [lang='zh-CN'] {
    overflow-wrap: anywhere;
  }
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
    /* The headline amount shrinks on a narrow card instead of overflowing it (it never wraps). */
    container-type: inline-size;
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
  }
  /* A 21-character code breaks anywhere; its English label does not. */
  .code-value {
    word-break: break-all;
  }
  .money {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    align-items: baseline;
    margin: 0.4em 0;
  }
  .money .headline .amount {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 20em) {
    .money .headline .amount {
      font-size: 1.15em;
    }
  }
  .purpose {
    margin: 0.3em 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .plan {
    display: flex;
    gap: 0.5em;
    max-width: 22em;
    margin: 0.2em 0 0.4em;
  }
  .plan .step {
    flex: 1 1 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    font-size: 0.8em;
    line-height: 1.3;
  }
  .plan .pct {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .plan .bars {
    display: block;
    width: 100%;
    height: 3.5em;
    margin: 0.15em 0;
    border-bottom: var(--_border-width) solid var(--_muted);
  }
  .plan .when {
    color: var(--_muted);
  }
  .plan rect.bar {
    fill: var(--_accent);
  }
  .plan rect.missing {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 3;
  }
  /*
   * Forced colours: the shared styles keep an SVG's own colours (forced-color-adjust: none), which would
   * leave the bars in the theme's blue on the user's background. The words are HTML and follow the palette.
   */
  @media (forced-colors: active) {
    .plan rect.bar {
      fill: Highlight;
    }
    .plan rect.missing {
      stroke: CanvasText;
    }
    .plan .bars {
      border-bottom-color: CanvasText;
    }
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
  /* A target breaks only at its spaces ("≥ 13459.00 平方米" on a narrow card in large text), never inside a figure or a word. */
  .target {
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
    word-break: keep-all;
    max-width: 100%;
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
  /* Label and value side by side; on a narrow card the value goes under its label (a date never breaks). */
  dl.facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.8em;
    padding: 0.1em 0;
  }
  dl.facts dt {
    color: var(--_muted);
    flex: 0 0 6.5em;
  }
  dl.facts dd {
    margin: 0;
    flex: 1 1 9em;
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
  button.open {
    margin-top: 0.6em;
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    text-align: start;
  }
  .chevron::before {
    content: '▸';
  }
  button[aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .total {
    margin: 0 0 0.8em;
  }
`;
