import { hasOwn } from '../../model/own.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { UNIT_NAMES_EN } from '../../i18n/ui.js';
import { toCSV } from '../../model/csv.js';
import { AS_OF, hasAmounts, tableGrid } from '../../model/export.js';
import { formatAmount } from '../../model/money.js';
import { reconcile, type Finding } from '../../model/reconcile.js';
import { deriveTable, TABLE_NAMES, TABLE_SPECS, tableSpec, type StandardTable, type TableColumn, type TableRow } from '../../model/tables.js';
import { isUnitDocument } from '../../model/document-parts.js';
import { tableSides, type TableSide } from '../../model/tables/sides.js';
import { summaryColumns } from '../../model/tables/summary.js';
import { withYearColumns, type NoYearColumns, type YearColumns } from '../../model/tables/year-columns.js';
import { PRINTED_HEADER_LABELS } from '../../model/labels.js';
import type { ColumnSpec } from '../../model/tables/spec.js';
import type { Lang } from '../../model/messages.js';
import { VOCABULARY } from '../../model/vocabulary.js';
import type { BudgetDocument, TableKind } from '../../model/types.js';
import { BudgetElement } from '../budget-element.js';
import type { LinkFields } from '../link-state.js';
import { downloadText } from '../download.js';
import { moreRows, rowsToDraw } from '../row-pages.js';
import { budgetTableStyles } from './budget-table.styles.js';
import { provideChecks } from '../../data/fetch-budget.js';
import { TABLE_UI } from './strings.js';

// This element shows the checks' results: it gives them to the loader, which does not import them itself.
provideChecks(reconcile);

/**
 * One standard table of a budget disclosure (收支总表, 收入总表 …), with its published structure, rows
 * that can be hidden when empty, CSV download, and every figure that fails reconciliation marked.
 *
 * Below 30em of its own width (a phone, a sidebar, large text) each row becomes a card: the name with its
 * code, then every published figure beside its column label. The table keeps its roles for screen readers.
 * In English the element's words, headers and caption are English; names and titles from the data stay
 * as published, marked `lang="zh-CN"`.
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
 * @cssprop --budget-table-max-height - Height of the table's scrolling frame (default 80vh, and none once the rows are cards; `none` shows every row, as the iframe page does).
 */
export class BudgetTable extends BudgetElement {
  static override styles = [BudgetElement.styles, budgetTableStyles];

  static override properties: PropertyDeclarations = {
    table: { type: String },
    // hide-empty="false" shows every row; hide-empty (or any other value) hides empty ones; absent: automatic.
    hideEmpty: { attribute: 'hide-empty', converter: { fromAttribute: (v: string | null) => (v === null ? undefined : v !== 'false') } },
    _allRows: { state: true },
  };

  /**
   * Which table: a name such as `收支总表`, `基本支出表`, `三公经费表`, `固定资产表`, `机构设置表`, or its kind
   * (`summary`, `income`, `expenditure`, `fiscalSummary`, `generalPublicExpenditure`, `basicEconomic`,
   * `governmentFundExpenditure`, `stateCapitalExpenditure`, `threePublic`, `operatingCosts`,
   * `threePublicAndOperatingCosts`, `assets`, `organization`, `expenditureNotes` (支出主要内容, the 项 lines of the
   * explanation), or one registered with `registerTableKind`).
   */
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

  protected override ownLinkState(): LinkFields {
    return { table: this.table || undefined };
  }

  protected override restoreOwnLink(f: LinkFields): void {
    if (f.table !== undefined) this.table = f.table;
  }

  /** The table kind the `table` attribute names, or undefined. */
  private get kind(): TableKind | undefined {
    const name = (this.table || '').trim();
    if (!name) return undefined;
    if (hasOwn(TABLE_NAMES, name)) return TABLE_NAMES[name];
    // Any kind the registry derives, named or not (a form's kind stands where a TableKind does).
    return tableSpec(name)?.derive ? (name as TableKind) : undefined;
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

  private yearMemo?: { table: StandardTable; other: unknown; view: YearColumns | NoYearColumns | undefined; lang: string };

  /**
   * With compare-src: the table with the other year's figure, the change and its percentage after its
   * columns, or why it is not compared row by row. Not for the 支出主要内容 lines, which print their own 上年数.
   */
  private get yearView(): YearColumns | NoYearColumns | undefined {
    const table = this.derived;
    const pair = this.comparing;
    if (!table || !pair || !hasAmounts(table) || table.kind === ('expenditureNotes' as TableKind)) return undefined;
    if (this.yearMemo?.table !== table || this.yearMemo.other !== pair.other || this.yearMemo.lang !== this.language) {
      const other = deriveTable(pair.other, table.kind);
      const c = this.t.compare;
      const view = other
        ? withYearColumns(table, other, { other: c.yearColumn(pair.otherYear, pair.isPreviousYear), change: c.change, percent: c.changePercent })
        : undefined;
      this.yearMemo = { table, other: pair.other, view, lang: this.language };
    }
    return this.yearMemo.view;
  }

  /** The table as shown: the derived one, with the other year's columns when it is compared. */
  private get shown(): StandardTable | undefined {
    const v = this.yearView;
    return typeof v === 'object' ? v.table : this.derived;
  }

  /** Rows without figures are hidden; never in a table of words, whose rows have no figures at all. */
  private get hiding(): boolean {
    const table = this.derived;
    return !!table && hasAmounts(table) && (this.hideEmpty ?? table.allCategories);
  }

  protected renderReady(): TemplateResult {
    const t = this.t;
    const words = VOCABULARY[this.language];
    const kind = this.kind;
    if (!kind) {
      const valid = Object.keys(TABLE_NAMES).join('、');
      return html`<div class="state error" part="state" role="alert">
        <strong>${t.errorTitle}</strong>
        <p>${this.table ? TABLE_UI[this.language].unknown(this.table, valid) : TABLE_UI[this.language].missingTable}</p>
      </div>`;
    }
    const table = this.shown!;
    const doc = this.budget.value!.document;
    const findings = this.findingsByPath();
    const hide = this.hiding;
    const visible = hide ? table.rows.filter((r) => hasFigure(r)) : table.rows;
    const hidden = table.rows.length - visible.length;
    const drawn = rowsToDraw(visible.length, this._allRows);
    const position = new Map(table.rows.map((r, i) => [r, i]));
    const en = this.language === 'en';
    const unitText = html`<span class="amount">${en ? UNIT_NAMES_EN[table.unit] : table.unit}</span>`;
    const title = (en && tableSpec(table.kind)?.englishTitle) || table.title;
    const cols = columnWords(table, this.language);
    const captionId = 'caption';
    // A table of words (机构设置) has no unit line, and no empty rows to hide.
    const amounts = hasAmounts(table);
    // A two-sided table (income beside expenditure) is also drawn as its sides, one after the other: a phone's cards show those.
    const sides = tableSides({ ...table, rows: visible.slice(0, drawn) });
    return html`<div class="sheet">
      <div class="head" part="header">
        <p class="title">${this.dataText(title)}</p>
        ${title !== table.title ? html`<p class="published">${TABLE_UI[this.language].publishedTitle}<span lang="zh-CN">${table.title}</span></p>` : nothing}
        <p class="meta">
          <span>${(isUnitDocument(doc.meta) ? words.unitDepartment : words.department)('')}${this.dataText(`${doc.meta.department.code ?? ''}${doc.meta.department.name}`)}</span>
          <span>${doc.meta.phase === 'final' ? words.finalYear(doc.meta.fiscalYear) : words.budgetYear(doc.meta.fiscalYear)}</span>
          ${table.asOf ? html`<span>${AS_OF[this.language](table.asOf)}</span>` : nothing}
          ${amounts ? html`<span>${words.unit('')}${unitText}</span>` : nothing}
        </p>
      </div>
      <div class="controls" part="controls">
        ${
          amounts && table.rows.some((r) => !hasFigure(r))
            ? html`<label><input type="checkbox" .checked=${hide} @change=${this.onToggle} />${TABLE_UI[this.language].hideEmpty}</label>`
            : nothing
        }
        <button type="button" @click=${this.download} aria-label=${TABLE_UI[this.language].downloadLabel(TABLE_UI[this.language].download, title)}>${TABLE_UI[this.language].download}</button>
      </div>
      <div class="frame" part="table" tabindex="0" role="region" aria-labelledby=${captionId}>
        <table role="table" aria-labelledby=${captionId} class=${amounts ? (sides ? 'two-sided' : '') : 'words'}>
          <caption id=${captionId}>
            ${this.dataText(title)}${amounts ? html`${en ? ' (' : '（'}${words.unit('')}${unitText}${en ? ')' : '）'}` : nothing}
          </caption>
          <thead role="rowgroup">${this.renderHead(table, cols)}</thead>
          <tbody role="rowgroup">
            ${
              visible.length
                ? visible.slice(0, drawn).map((r) => this.renderRow(table, cols, r, position.get(r)!, findings))
                : html`<tr role="row"><td role="cell" class="empty" colspan=${table.columns.length + (table.serial ? 1 : 0)}>${TABLE_UI[this.language].empty}</td></tr>`
            }
          </tbody>
        </table>
        ${sides ? this.renderSides(sides, cols, findings) : nothing}
      </div>
      ${moreRows(drawn, visible.length, this.language, () => (this._allRows = true))}
      ${hidden ? html`<p class="hidden-count" role="status">${TABLE_UI[this.language].hiddenRows(hidden)}</p>` : nothing}
      ${table.note ? html`<p class="note" part="note">${words.note}${this.dataText(table.note)}</p>` : nothing}
      ${this.renderYearNote()} ${this.renderChecks(table, findings)}
    </div>`;
  }

  /**
   * The header rows as published: one per level of headings (a group, its subgroup, the column's label).
   * A group spans the columns under it; a label with fewer groups above it than the deepest spans the rows
   * below it (the 序号 heading spans them all).
   */
  private renderHead(table: StandardTable, cols: ColumnWords[]): TemplateResult {
    const words = VOCABULARY[this.language];
    const head = (text: string) => this.dataText(text);
    // Each column's headings from the top, as published (to tell which columns a group spans) and in the reader's words.
    const paths = table.columns.map((c) => [c.group, c.subgroup, c.label].filter((h): h is string => h !== undefined));
    const shown = cols.map((c) => [...c.groups, c.label]);
    const depth = Math.max(1, ...paths.map((p) => p.length));
    // Column j sits under column i's group at this level: the same headings down to it, and a label below.
    const under = (i: number, j: number, level: number) => paths[j]!.length - 1 > level && paths[j]!.slice(0, level + 1).every((h, k) => h === paths[i]![k]);
    const levels: TemplateResult[][] = [];
    for (let level = 0; level < depth; level++) {
      const cells: TemplateResult[] = [];
      for (let i = 0; i < paths.length;) {
        const path = paths[i]!;
        if (level >= path.length) {
          i++; // under a label that spans this row
        } else if (level === path.length - 1) {
          cells.push(html`<th scope="col" role="columnheader" rowspan=${depth - level}>${head(shown[i]![level]!)}</th>`);
          i++;
        } else {
          let span = 1;
          while (i + span < paths.length && under(i, i + span, level)) span++;
          cells.push(html`<th scope="colgroup" role="columnheader" colspan=${span}>${head(shown[i]![level]!)}</th>`);
          i += span;
        }
      }
      levels.push(cells);
    }
    const serialHead = table.serial ? html`<th scope="col" role="columnheader" rowspan=${depth}>${words.serial}</th>` : nothing;
    const numbers = table.columnNumbers
      ? html`<tr class="numbers" role="row">
          ${table.serial ? html`<th scope="row" role="rowheader">${words.columnNumbers}</th>` : nothing}
          ${table.columns.map((_, i) => html`<th scope="col" role="columnheader">${i + 1}</th>`)}
        </tr>`
      : nothing;
    return html`${levels.map((cells, level) => html`<tr role="row">${level === 0 ? serialHead : nothing}${cells}</tr>`)}${numbers}`;
  }

  /**
   * The sides of a two-sided table, each a table of its own under its heading (收入, then 支出), shown
   * instead of the printed table once the rows are cards (see the styles), so that a card holds one line.
   */
  private renderSides(sides: TableSide[], cols: ColumnWords[], findings: Map<string, Finding[]>): TemplateResult {
    return html`<div class="sides">
      ${sides.map((side, k) => {
        // The side's heading in the reader's words: the upper header of its first column.
        const heading = cols[side.from]?.groups[0] ?? side.heading;
        // Its columns' words are the whole table's, under the heading.
        const sideCols = cols.slice(side.from, side.from + side.table.columns.length).map((c) => ({ label: c.label, groups: c.groups.slice(1) }));
        return html`<table role="table" class="side" aria-labelledby=${`side-${k}`}>
          <caption id=${`side-${k}`}>${this.dataText(heading)}</caption>
          <tbody role="rowgroup">
            ${side.table.rows.map((r, i) => this.renderRow(side.table, sideCols, r, i, findings, `s${k}-`))}
          </tbody>
        </table>`;
      })}
    </div>`;
  }

  /**
   * One row. Every cell but the row's name carries its column's label (`.label`), hidden while the table
   * is wide and shown when the rows become cards (see the styles): the cards have no header row.
   */
  private renderRow(table: StandardTable, cols: ColumnWords[], row: TableRow, index: number, findings: Map<string, Finding[]>, idPrefix = ''): TemplateResult {
    const header = rowHeaderIndex(table);
    // A card has no header rows: each figure's label says its groups too ("“三公”经费预算数 · 公务接待费").
    const label = (c: ColumnWords) => html`<span class="label">${this.dataText([...c.groups, c.label].join(' · '))}</span>`;
    return html`<tr class=${row.kind} role="row">
      ${table.serial ? html`<td class="serial" role="cell"><span class="label">${VOCABULARY[this.language].serial}</span>${index + 1}</td>` : nothing}
      ${row.cells.map((v, i) => {
        const col = table.columns[i];
        const blank = v === undefined || v === '';
        if (col.type === 'amount') {
          const text = blank ? '' : formatAmount(v, { from: table.unit });
          const path = row.paths[i];
          const found = path ? findings.get(path) : undefined;
          const value = found ? this.flag(text, found, `${idPrefix}${index}-${i}`) : html`<span class="v">${text}</span>`;
          return html`<td class="amount${blank ? ' blank' : ''}" role="cell">${label(cols[i])}${value}</td>`;
        }
        // A row's level indents its name only (not the other words of the row: a measure unit, a note).
        const level = i === header && row.level && row.level > 1 ? ` l${row.level}` : '';
        const cls = `${col.type}${level}${i === header ? ' rowhead' : ''}${blank ? ' blank' : ''}`;
        if (i === header && !blank) return html`<th scope="row" role="rowheader" class=${cls}>${this.dataText(v)}</th>`;
        const named = col.type === 'text' && i !== header ? label(cols[i]) : nothing;
        return html`<td class=${cls} role="cell">${named}<span class="v">${this.dataText(v ?? '')}</span></td>`;
      })}
    </tr>`;
  }

  /** With compare-src: the year compared with, and the rows found in one year only or named otherwise. */
  private renderYearNote(): TemplateResult | typeof nothing {
    const pair = this.comparing;
    const view = this.yearView;
    const c = this.t.compare;
    if (!pair || view === undefined) return this.renderCompareNote();
    if (typeof view === 'string')
      return this.renderCompareNote(
        html`<p>${view === 'layout' ? TABLE_UI[this.language].layoutCompare(pair.otherYear) : TABLE_UI[this.language].noRowCompare[view]}</p>`,
      );
    const unit = this.derived!.unit;
    const item = (r: { code?: string; name: string; amount?: string }) =>
      html`<li>${r.code ? `${r.code} ` : ''}${this.dataText(r.name)}${r.amount !== undefined ? html` <span class="amount">${formatAmount(r.amount, { from: unit, withUnit: true, lang: this.language })}</span>` : nothing}</li>`;
    const list = (title: string, items: TemplateResult[]) => (items.length ? html`<p>${title}</p><ul>${items}</ul>` : nothing);
    return this.renderCompareNote(
      html`${list(c.onlyOther(view.onlyOther.length, pair.otherYear), view.onlyOther.map(item))}
      ${list(c.onlyCurrent(view.onlyCurrent.length, pair.otherYear), view.onlyCurrent.map(item))}
      ${list(
        c.renamed(view.renamed.length, pair.otherYear),
        view.renamed.map((r) => html`<li>${r.code} ${this.dataText(r.otherName)} → ${this.dataText(r.name)}</li>`),
      )}`,
    );
  }

  private flag(text: string, found: Finding[], id: string): TemplateResult {
    return html`<span class="flag" tabindex="0" aria-describedby=${`x-${id}`} @keydown=${dismissOnEscape} @blur=${rearm} @mouseleave=${rearm}
      ><span class="v">${text}</span><span class="explain" role="tooltip" id=${`x-${id}`}>${this.dataText(found.map((f) => f.message[this.language]).join(' '))}</span></span
    >`;
  }

  private renderChecks(table: StandardTable, findings: Map<string, Finding[]>): TemplateResult | typeof nothing {
    const shown = new Set<Finding>();
    for (const r of table.rows) for (const p of r.paths) for (const f of (p && findings.get(p)) || []) shown.add(f);
    if (!shown.size) return nothing;
    return html`<ul class="checks" aria-label=${TABLE_UI[this.language].flagged}>
      ${[...shown].map((f) => html`<li>※ ${this.dataText(f.message[this.language])}</li>`)}
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
    const table = this.shown;
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

/** A column's header words in the element's language: its label, and the groups above it from the top. */
interface ColumnWords {
  label: string;
  groups: string[];
}

/** Every column label the specs know, in Chinese, with its words in each language. */
let knownWords: Map<string, ColumnSpec['label']> | undefined;
function wordsOf(zh: string): ColumnSpec['label'] | undefined {
  if (!knownWords) {
    knownWords = new Map();
    for (const c of [...TABLE_SPECS.flatMap((s) => s.columns ?? []), ...summaryColumns('final')]) {
      for (const w of [c.label, c.group, c.subgroup]) if (w && !knownWords.has(w['zh-CN'])) knownWords.set(w['zh-CN'], w);
    }
    for (const w of PRINTED_HEADER_LABELS) if (!knownWords.has(w['zh-CN'])) knownWords.set(w['zh-CN'], w);
  }
  return knownWords.get(zh);
}

/**
 * The header words of a table's columns in `lang`: its spec's own column at the same place when the
 * labels agree, else any spec's words for the same label, else the label as published.
 */
function columnWords(table: StandardTable, lang: Lang): ColumnWords[] {
  const specCols = tableSpec(table.kind)?.columns;
  // A header printed in other words than the kit's (本年收入 for 收入) is shown as printed; in English, the
  // kit's words for the column in that place stand in for Chinese the kit does not know.
  const inLang = (zh: string, own?: ColumnSpec['label']) => (own?.['zh-CN'] === zh ? own : (wordsOf(zh) ?? (lang === 'en' ? own : undefined)))?.[lang] ?? zh;
  return table.columns.map((c: TableColumn, i) => {
    // The spec's own column: by key, else (a table whose columns have none, or not all) by place.
    const own =
      (c.key !== undefined ? specCols?.find((s) => s.key === c.key) : undefined) ?? (specCols?.length === table.columns.length ? specCols[i] : undefined);
    const groups = [c.group !== undefined ? inLang(c.group, own?.group) : undefined, c.subgroup !== undefined ? inLang(c.subgroup, own?.subgroup) : undefined];
    return { label: inLang(c.label, own?.label), groups: groups.filter((g): g is string => g !== undefined) };
  });
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
