import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { UIStrings } from '../../i18n/ui.js';
import type { SunNode } from '../../layout/sunburst.js';
import { Money } from '../../model/money.js';

/** Rows listed by name; the rest are summed in one "其他 N 项" row. */
export const RANKED_ROWS = 8;

/** What the ranked list needs from its element. */
export interface RankedListView {
  t: UIStrings;
  /** The node the chart is zoomed on: the list ranks its children. */
  focus: SunNode;
  /** The child the pointer or keyboard is on (an arc of it or below it), highlighted in the list. */
  current?: SunNode;
  /** The amount as the reader takes it in (text), and the published figure when it is rounded. */
  amount: (amount: string) => { text: string; exact: string; rounded: boolean };
  /** A node's share of `of`, in percent ("88.2", "<0.1"). */
  share: (n: SunNode, of: SunNode) => string;
  /** An arc's fill, for the swatch. */
  fill: (n: SunNode) => string | undefined;
  label: (n: SunNode) => string;
  /** Data text marked with its language. */
  data: (text: string) => TemplateResult | string;
  /** The pointer is over a row (undefined: it left the list). */
  hover: (n: SunNode | undefined) => void;
  /** A row was clicked (the chart itself is the keyboard path). */
  open: (n: SunNode) => void;
}

/**
 * The current node's children, largest first, with amount, share and a bar: what the chart shows, said in
 * words beside it. It follows zoom (the focus) and hover (the current child).
 */
export function renderRankedList(v: RankedListView): TemplateResult | typeof nothing {
  const { t, focus } = v;
  const kids = ((focus.children ?? []) as SunNode[]).slice().sort((a, b) => b.data.value - a.data.value || (a.data.kind === 'remainder' ? 1 : 0));
  if (!kids.length) return nothing;
  const shown = kids.length > RANKED_ROWS + 1 ? kids.slice(0, RANKED_ROWS) : kids;
  const rest = kids.slice(shown.length);
  const max = kids[0].data.value || 1;
  const name = focus.data.kind === 'remainder' ? t.remainder : focus.data.name;
  const row = (n: SunNode) => {
    const a = v.amount(n.data.amount);
    const width = Math.max(0.5, (100 * n.data.value) / max);
    return html`<li
      class=${n === v.current ? 'current' : ''}
      @pointerenter=${() => v.hover(n)}
      @click=${() => v.open(n)}
    >
      <span class="r-name"
        ><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">${svg`<rect width="10" height="10" fill=${v.fill(n) ?? 'none'}></rect>`}</svg>${n.data.kind === 'remainder' ? t.remainder : v.data(v.label(n))}</span
      >
      <span class="r-figures"
        ><span class="amount" title=${a.rounded ? a.exact : nothing}>${a.text}</span> <span class="r-share">${v.share(n, focus)}%</span></span
      >
      <svg class="r-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">${svg`<rect width=${width} height="1"></rect>`}</svg>
    </li>`;
  };
  let restTotal = new Money(0);
  for (const n of rest) restTotal = restTotal.plus(n.data.amount);
  return html`<div class="ranked" part="ranked" @pointerleave=${() => v.hover(undefined)}>
    <p class="r-title" id="ranked-title">${t.rankedTitle(v.data(name), kids.length)}</p>
    <ol aria-labelledby="ranked-title">
      ${shown.map(row)}
      ${
        rest.length
          ? html`<li class="rest">
            <span class="r-name">${t.more(rest.length)}</span>
            <span class="r-figures"><span class="amount">${v.amount(restTotal.toFixed()).text}</span></span>
            <span class="r-note">${t.rankedRest}</span>
          </li>`
          : nothing
      }
    </ol>
  </div>`;
}

export const rankedListStyles = css`
  .ranked {
    min-width: 0;
    font-size: 0.9em;
  }
  .r-title {
    font-weight: 600;
    margin: 0 0 0.4em;
  }
  .ranked ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Name and figures side by side; on a narrow list the figures go under the name (a name keeps 8em). */
  .ranked li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.8em;
    padding: 0.35em 0.4em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .ranked li.rest {
    cursor: default;
  }
  .ranked li.current {
    background: var(--_row-emphasis);
    outline: var(--_border-width) solid var(--_border);
  }
  .r-name {
    flex: 1 1 8em;
    min-width: 0;
  }
  .r-figures {
    margin-left: auto;
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .r-share {
    color: var(--_muted);
    margin-left: 0.3em;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.4em;
    vertical-align: -0.05em;
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  .r-bar {
    flex: 1 0 100%;
    display: block;
    width: 100%;
    height: 0.3em;
    background: var(--_border);
  }
  .r-bar rect {
    fill: var(--_accent);
  }
  .r-note {
    flex: 1 0 100%;
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .r-bar rect {
      fill: CanvasText;
    }
    .ranked li.current {
      outline-color: Highlight;
    }
  }
`;
