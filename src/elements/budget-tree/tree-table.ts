import { html, nothing, type TemplateResult } from 'lit';
import type { UIStrings } from '../../i18n/ui.js';
import type { SunNode } from '../../layout/sunburst.js';

/** What the table twin needs from its element. */
export interface TreeTableView {
  t: UIStrings;
  /** The node the chart is zoomed on: the table's first row. */
  focus: SunNode;
  /** Levels listed below the focus (the chart's rings). */
  depth: number;
  /** Caption: what is measured, department, year and unit. */
  caption: string;
  /** An amount of the tree in the display unit, with the unit unless `withUnit` is false. */
  money: (amount: string, withUnit?: boolean) => string;
  /** A node's share in percent of `of` (default: the whole budget). */
  share: (n: SunNode, of?: SunNode) => string;
  /** Zoom to a row's node (its button). */
  zoom: (n: SunNode) => void;
}

/** Table order: published code order; 未分项 last. */
function byPublishedOrder(a: SunNode, b: SunNode): number {
  if (a.data.kind !== b.data.kind) return a.data.kind === 'remainder' ? 1 : -1;
  const ia = a.data.source ? ((a.parent as SunNode).data.source?.children.indexOf(a.data.source) ?? 0) : 0;
  const ib = b.data.source ? ((b.parent as SunNode).data.source?.children.indexOf(b.data.source) ?? 0) : 0;
  return ia - ib;
}

/** The chart as a table: the focus and the levels below it, in published order, every figure exact. */
export function renderTreeTable(v: TreeTableView): TemplateResult {
  const { t, focus } = v;
  const rows: TemplateResult[] = [];
  const maxDepth = focus.depth + v.depth;
  const walk = (n: SunNode, level: number) => {
    rows.push(tableRow(v, n, level, n === focus));
    if (n.depth >= maxDepth) return;
    const kids = ((n.children ?? []) as SunNode[]).slice().sort(byPublishedOrder);
    for (const c of kids) walk(c, level + 1);
  };
  walk(focus, 0);
  return html`<div class="frame" part="table" tabindex="0" role="region" aria-label=${v.caption}>
    <table>
      <caption>${v.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.code}</th>
          <th scope="col">${t.name}</th>
          <th scope="col" class="num">${t.amount}</th>
          <th scope="col" class="num">${t.shareOfParent}</th>
          <th scope="col" class="num">${t.shareOfTotal}</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}

function tableRow(v: TreeTableView, n: SunNode, level: number, isFocus: boolean): TemplateResult {
  const t = v.t;
  const parent = n.parent as SunNode | null;
  const zoomable = !isFocus && !!n.children?.length;
  const name = n.data.kind === 'remainder' ? t.remainder : n.data.name;
  return html`<tr class="${isFocus ? 'focus-row' : ''} ${n.data.kind}">
    <td>${n.data.code ?? ''}</td>
    <th scope="row" class="l${level}" tabindex=${isFocus ? '-1' : nothing}>
      ${zoomable ? html`<button type="button" aria-label=${t.zoomIn(name)} @click=${() => v.zoom(n)}>${name}</button>` : name}
      ${n.data.excess ? html`<span class="row-note">${t.excessNote(v.money(n.data.excess))}</span>` : nothing}
      ${n.data.kind === 'remainder' ? html`<span class="row-note">${t.remainderNote}</span>` : nothing}
    </th>
    <td class="num">${v.money(n.data.amount, false)}</td>
    <td class="num">${parent ? `${v.share(n, parent)}%` : ''}</td>
    <td class="num">${v.share(n)}%</td>
  </tr>`;
}
