import { hasOwn } from '../../model/own.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { UNIT_NAMES_EN } from '../../i18n/ui.js';
import { toCSV } from '../../model/csv.js';
import { tableGrid } from '../../model/export.js';
import { formatAmount } from '../../model/money.js';
import type { Finding } from '../../model/reconcile.js';
import { deriveTable, TABLE_NAMES, type StandardTable, type TableRow } from '../../model/tables.js';
import { VOCABULARY } from '../../model/vocabulary.js';
import type { BudgetDocument, TableKind } from '../../model/types.js';
import { BudgetElement } from '../budget-element.js';
import { downloadText } from '../download.js';
import { moreRows, rowsToDraw } from '../row-pages.js';
import { budgetTableStyles } from './budget-table.styles.js';

/**
 * One standard table of a budget disclosure (收支总表, 收入总表 …), with its published structure, rows
 * that can be hidden when empty, CSV download, and every figure that fails reconciliation marked.
 *
 * @tagname budget-table
 * @summary A standard budget table, exactly as published and checked.
 *
 * @csspart header - Title, department, year and unit lines.
 * @csspart controls - The empty-row toggle and the download button.
 * @csspart table - The scrolling frame around the table.
 * @csspart note - The table's published note.
 * @csspart more-rows - Under a table of more than 500 rows: how many are shown, and the button that shows the rest.
 *
 * @cssprop --budget-table-max-height - Height of the table's scrolling frame (default 80vh; `none` shows every row, as the iframe page does).
 */
export class BudgetTable extends BudgetElement {
  static override styles = [BudgetElement.styles, budgetTableStyles];

  static override properties: PropertyDeclarations = {
    table: { type: String },
    // hide-empty="false" shows every row; hide-empty (or any other value) hides empty ones; absent: automatic.
    hideEmpty: { attribute: 'hide-empty', converter: { fromAttribute: (v: string | null) => (v === null ? undefined : v !== 'false') } },
    _allRows: { state: true },
  };

  /** Which table: a name such as `收支总表`, `基本支出表`, `三公经费表`, or its kind (`summary`, `basicEconomic` …). */
  table = '';
  /**
   * Hide rows with no figure (`hide-empty`, or `hide-empty="false"` to show every row as published).
   * Default: on for tables that print every 类 of the classification (the 31-row 收支总表), off otherwise.
   * The checkbox above the table switches it.
   */
  hideEmpty?: boolean;

  /** Every row drawn, once the reader asked for the rows past the first 500 (see row-pages.ts). */
  private _allRows = false;
  private cached?: { doc: BudgetDocument; kind: TableKind; table: StandardTable | undefined };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('table') || changed.has('data') || changed.has('src')) this._allRows = false;
  }

  /** The table kind the `table` attribute names, or undefined. */
  private get kind(): TableKind | undefined {
    const name = (this.table || '').trim();
    if (!name) return undefined;
    if (hasOwn(TABLE_NAMES, name)) return TABLE_NAMES[name];
    const kinds = Object.values(TABLE_NAMES);
    return kinds.includes(name as TableKind) ? (name as TableKind) : undefined;
  }

  /** The derived table, or undefined before the data is there. */
  get derived(): StandardTable | undefined {
    const doc = this.budget.value?.document;
    const kind = this.kind;
    if (!doc || !kind) return undefined;
    // Derived once per document and kind: a render reads it several times.
    if (this.cached?.doc !== doc || this.cached.kind !== kind) this.cached = { doc, kind, table: deriveTable(doc, kind) };
    return this.cached?.table;
  }

  private get hiding(): boolean {
    return this.hideEmpty ?? this.derived?.allCategories ?? false;
  }

  protected renderReady(): TemplateResult {
    const t = this.t;
    const words = VOCABULARY[this.language];
    const kind = this.kind;
    if (!kind) {
      const valid = Object.keys(TABLE_NAMES).join('、');
      return html`<div class="state error" part="state" role="alert">
        <strong>${t.errorTitle}</strong>
        <p>${this.table ? t.table.unknown(this.table, valid) : t.table.missingTable}</p>
      </div>`;
    }
    const table = this.derived!;
    const doc = this.budget.value!.document;
    const findings = this.findingsByPath();
    const hide = this.hiding;
    const visible = hide ? table.rows.filter((r) => hasFigure(r)) : table.rows;
    const hidden = table.rows.length - visible.length;
    const drawn = rowsToDraw(visible.length, this._allRows);
    const position = new Map(table.rows.map((r, i) => [r, i]));
    const unitText = this.language === 'en' ? `${table.unit} (${UNIT_NAMES_EN[table.unit]})` : table.unit;
    const captionId = 'caption';
    return html`
      <div class="head" part="header">
        <p class="title">${table.title}</p>
        <p class="meta">
          <span>${words.department(`${doc.meta.department.code ?? ''}${doc.meta.department.name}`)}</span>
          <span>${doc.meta.phase === 'final' ? words.finalYear(doc.meta.fiscalYear) : words.budgetYear(doc.meta.fiscalYear)}</span>
          <span>${words.unit(unitText)}</span>
        </p>
      </div>
      <div class="controls" part="controls">
        ${
          table.rows.some((r) => !hasFigure(r))
            ? html`<label><input type="checkbox" .checked=${hide} @change=${this.onToggle} />${t.table.hideEmpty}</label>`
            : nothing
        }
        <button type="button" @click=${this.download} aria-label=${t.table.downloadLabel(t.table.download, table.title)}>${t.table.download}</button>
      </div>
      <div class="frame" part="table" tabindex="0" role="region" aria-labelledby=${captionId}>
        <table>
          <caption id=${captionId}>${table.title}（${words.unit(unitText)}）</caption>
          <thead>${this.renderHead(table)}</thead>
          <tbody>
            ${
              visible.length
                ? visible.slice(0, drawn).map((r) => this.renderRow(table, r, position.get(r)!, findings))
                : html`<tr><td colspan=${table.columns.length + (table.serial ? 1 : 0)}>${t.table.empty}</td></tr>`
            }
          </tbody>
        </table>
      </div>
      ${moreRows(drawn, visible.length, this.language, () => (this._allRows = true))}
      ${hidden ? html`<p class="hidden-count" role="status">${t.table.hiddenRows(hidden)}</p>` : nothing}
      ${table.note ? html`<p class="note" part="note">${words.note}${table.note}</p>` : nothing}
      ${this.renderChecks(table, findings)}
    `;
  }

  private renderHead(table: StandardTable): TemplateResult {
    const words = VOCABULARY[this.language];
    const grouped = table.columns.some((c) => c.group);
    const serialHead = table.serial ? html`<th scope="col" rowspan=${grouped ? 2 : 1}>${words.serial}</th>` : nothing;
    const numbers = table.columnNumbers
      ? html`<tr class="numbers">
          ${table.serial ? html`<th scope="row">${words.columnNumbers}</th>` : nothing}
          ${table.columns.map((_, i) => html`<th scope="col">${i + 1}</th>`)}
        </tr>`
      : nothing;
    if (!grouped) {
      return html`<tr>${serialHead}${table.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr>${numbers}`;
    }
    const top: Array<{ label: string; span: number; single: boolean }> = [];
    for (const c of table.columns) {
      const last = top[top.length - 1];
      if (c.group && last && !last.single && last.label === c.group) last.span++;
      else top.push({ label: c.group ?? c.label, span: 1, single: !c.group });
    }
    return html`<tr>
        ${serialHead}
        ${top.map((g) => (g.single ? html`<th scope="col" rowspan="2">${g.label}</th>` : html`<th scope="colgroup" colspan=${g.span}>${g.label}</th>`))}
      </tr>
      <tr>${table.columns.filter((c) => c.group).map((c) => html`<th scope="col">${c.label}</th>`)}</tr>
      ${numbers}`;
  }

  private renderRow(table: StandardTable, row: TableRow, index: number, findings: Map<string, Finding[]>): TemplateResult {
    const header = rowHeaderIndex(table);
    return html`<tr class=${row.kind}>
      ${table.serial ? html`<td class="serial">${index + 1}</td>` : nothing}
      ${row.cells.map((v, i) => {
        const col = table.columns[i];
        if (col.type === 'amount') {
          const text = v === undefined ? '' : formatAmount(v, { from: table.unit });
          const path = row.paths[i];
          const found = path ? findings.get(path) : undefined;
          return html`<td class="amount">${found ? this.flag(text, found, `${index}-${i}`) : text}</td>`;
        }
        const cls = `${col.type}${col.type === 'text' && row.level && row.level > 1 ? ` l${row.level}` : ''}${i === header ? ' rowhead' : ''}`;
        return i === header && v ? html`<th scope="row" class=${cls}>${v}</th>` : html`<td class=${cls}>${v ?? ''}</td>`;
      })}
    </tr>`;
  }

  private flag(text: string, found: Finding[], id: string): TemplateResult {
    return html`<span class="flag" tabindex="0" aria-describedby=${`x-${id}`} @keydown=${dismissOnEscape} @blur=${rearm} @mouseleave=${rearm}
      ><span class="v">${text}</span><span class="explain" role="tooltip" id=${`x-${id}`}>${found.map((f) => f.message[this.language]).join(' ')}</span></span
    >`;
  }

  private renderChecks(table: StandardTable, findings: Map<string, Finding[]>): TemplateResult | typeof nothing {
    const shown = new Set<Finding>();
    for (const r of table.rows) for (const p of r.paths) for (const f of (p && findings.get(p)) || []) shown.add(f);
    if (!shown.size) return nothing;
    return html`<ul class="checks" aria-label=${this.t.table.flagged}>
      ${[...shown].map((f) => html`<li>※ ${f.message[this.language]}</li>`)}
    </ul>`;
  }

  /** Findings by the JSON path of every figure they involve. */
  private findingsByPath(): Map<string, Finding[]> {
    const map = new Map<string, Finding[]>();
    for (const f of this.budget.value?.reconciliation.findings ?? []) for (const p of f.paths) map.set(p, [...(map.get(p) ?? []), f]);
    return map;
  }

  private onToggle = (e: Event): void => {
    this.hideEmpty = (e.target as HTMLInputElement).checked;
  };

  /** The table as CSV: exact decimal strings, UTF-8 with BOM, every row as published (see tableGrid). */
  csv(): string {
    const table = this.derived;
    return table ? toCSV(tableGrid(table, this.language, this.budget.value?.document.meta)) : '';
  }

  private download = (): void => {
    const table = this.derived;
    if (!table) return;
    const { meta } = this.budget.value!.document;
    downloadText(this.renderRoot, this.csv(), `${meta.department.name}-${meta.fiscalYear}-${table.title}.csv`);
  };
}

/** Escape hides an explanation until the pointer or focus leaves (WCAG 1.4.13: dismissible). */
function dismissOnEscape(e: KeyboardEvent): void {
  if (e.key === 'Escape') (e.currentTarget as HTMLElement).classList.add('dismissed');
}

function rearm(e: Event): void {
  (e.currentTarget as HTMLElement).classList.remove('dismissed');
}

/** A row has a figure when any of its amount cells is published. */
function hasFigure(row: TableRow): boolean {
  return row.kind !== 'item' || row.paths.some((p, i) => p !== undefined && row.cells[i] !== undefined);
}

/** The column whose cell names a row: the first text column (科目名称, or 项目 on the income side). */
function rowHeaderIndex(table: StandardTable): number {
  return table.columns.findIndex((c) => c.type === 'text');
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-table': BudgetTable;
  }
}
