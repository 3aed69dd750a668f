import { html, nothing, type TemplateResult } from 'lit';
import { UI, type UIStrings } from '../../i18n/ui.js';
import type { SunNode } from '../../layout/sunburst.js';
import type { Lang } from '../../model/messages.js';
import { published } from '../zh-text.js';
import type { Execution } from '../../model/variance.js';
import type { LineChange } from '../../model/compare.js';

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
  /** The element's language (default: English when `t` is the English set, else zh-CN); names from the data are marked zh-CN in English. */
  lang?: Lang;
  /** The variance view: a node's stated budget, 决算 and rate (columns 年初预算 | 执行率 are added). */
  execution?: (n: SunNode) => Execution | undefined;
  /** What the budget column is called: 年初预算 (as the final account states it) or 预算数 (the budget file's). */
  budgetLabel?: string;
  /** With compare-src: a node's figure against the other year's (columns 上年数 | 增减 | 增减% are added). */
  change?: (n: SunNode) => LineChange | undefined;
  /** The other year's column: 上年数, or its year. */
  otherLabel?: string;
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
  const lang = language(v);
  // The stacked layout (data-table.ts) hides the header row and shows each figure's column name instead.
  return html`<div class="frame stack" part="table" tabindex="0" role="region" aria-label=${v.caption}>
    <table role="table">
      <caption>${published(v.caption, lang)}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" class="code">${t.code}</th>
          <th scope="col" role="columnheader">${t.name}</th>
          <th scope="col" role="columnheader" class="num">${t.amount}</th>
          <th scope="col" role="columnheader" class="num share">${t.shareOfParent}</th>
          <th scope="col" role="columnheader" class="num share">${t.shareOfTotal}</th>
          ${v.execution ? html`<th scope="col" role="columnheader" class="num">${v.budgetLabel ?? t.budgetStated}</th><th scope="col" role="columnheader" class="num">${t.executionRate}</th>` : nothing}
          ${
            v.change
              ? html`<th scope="col" role="columnheader" class="num">${v.otherLabel}</th><th scope="col" role="columnheader" class="num">${t.compare.change}</th
                  ><th scope="col" role="columnheader" class="num">${t.compare.changePercent}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody role="rowgroup">${rows}</tbody>
    </table>
  </div>`;
}

/** The language of the view: as given, else that of its strings. */
function language(v: TreeTableView): Lang {
  return v.lang ?? (v.t === UI.en ? 'en' : 'zh-CN');
}

function tableRow(v: TreeTableView, n: SunNode, level: number, isFocus: boolean): TemplateResult {
  const t = v.t;
  const lang = language(v);
  const parent = n.parent as SunNode | null;
  const zoomable = !isFocus && !!n.children?.length;
  const name = n.data.kind === 'remainder' ? t.remainder : n.data.name;
  const shown = published(name, lang);
  // data-label: the column's name, shown before the figure on the stacked cards (data-table.ts).
  return html`<tr class="${isFocus ? 'focus-row' : ''} ${n.data.kind} d${Math.min(level, 4)}" role="row">
    <td class="code" role="cell">${n.data.code ?? ''}</td>
    <th scope="row" role="rowheader" class="name l${level}" tabindex=${isFocus ? '-1' : nothing}>
      ${zoomable ? html`<button type="button" aria-label=${t.zoomIn(name)} @click=${() => v.zoom(n)}>${shown}</button>` : shown}
      ${n.data.excess ? html`<span class="row-note">${published(t.excessNote(v.money(n.data.excess)), lang)}</span>` : nothing}
      ${n.data.kind === 'remainder' ? html`<span class="row-note">${t.remainderNote}</span>` : nothing}
    </th>
    <td class="num" role="cell" data-label=${t.amount}><span class="amount">${v.money(n.data.amount, false)}</span></td>
    <td class="num share${parent ? '' : ' blank'}" role="cell" data-label=${t.shareOfParent}>${parent ? html`<span class="amount">${v.share(n, parent)}%</span>` : ''}</td>
    <td class="num share" role="cell" data-label=${t.shareOfTotal}><span class="amount">${v.share(n)}%</span></td>
    ${v.execution ? executionCells(v, n) : nothing} ${v.change ? changeCells(v, n) : nothing}
  </tr>`;
}

/** The variance view's cells of a row: its stated budget and rate, or nothing stated. */
function executionCells(v: TreeTableView, n: SunNode): TemplateResult {
  const t = v.t;
  const e = v.execution!(n);
  return html`<td class="num" role="cell" data-label=${v.budgetLabel ?? t.budgetStated}>${e ? html`<span class="amount">${v.money(e.budget, false)}</span>` : t.noBudgetStated}</td>
    <td class="num" role="cell" data-label=${t.executionRate}>${e?.rate !== undefined ? html`<span class="amount">${e.rate}%</span>` : '–'}</td>`;
}

/** A row's other-year figure, change and change in per cent; a line new this year says so. */
function changeCells(v: TreeTableView, n: SunNode): TemplateResult {
  const t = v.t;
  const c = n.data.kind === 'remainder' ? undefined : v.change!(n);
  const other = v.otherLabel ?? '';
  if (!c || c.previous === undefined)
    return html`<td class="num" role="cell" data-label=${other}>${c?.current !== undefined ? t.compare.newLine : '–'}</td>
      <td class="num" role="cell" data-label=${t.compare.change}>–</td><td class="num" role="cell" data-label=${t.compare.changePercent}>–</td>`;
  const signed = (x: string) => (x.startsWith('-') ? `−${x.slice(1)}` : /^0(\.0*)?$/.test(x) ? x : `+${x}`);
  return html`<td class="num" role="cell" data-label=${other}><span class="amount">${v.money(c.previous, false)}</span></td>
    <td class="num" role="cell" data-label=${t.compare.change}><span class="amount">${c.change !== undefined ? signed(v.money(c.change, false)) : '–'}</span></td>
    <td class="num" role="cell" data-label=${t.compare.changePercent}><span class="amount">${c.percent !== undefined ? `${signed(c.percent)}%` : '–'}</span></td>`;
}
