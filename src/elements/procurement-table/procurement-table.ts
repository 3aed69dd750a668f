import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SOURCE_LABELS } from '../../model/labels.js';
import { UNIT_NAMES_EN } from '../../i18n/ui.js';
import { toCSV } from '../../model/csv.js';
import { money, Money } from '../../model/money.js';
import { procurementCategory, summarizeProcurement, usedSources, type ProcurementCategory } from '../../model/procurement.js';
import { lineChange, restate } from '../../model/compare.js';
import {
  FISCAL_SOURCES,
  type Amounts,
  type AmountUnit,
  type BudgetDocument,
  type Procurement,
  type ProcurementItem,
  type SourceKey,
} from '../../model/types.js';
import { isSourceKey } from '../../model/columns.js';
import { dataTableStyles } from '../../styles/data-table.js';
import { BudgetElement } from '../budget-element.js';
import type { LinkFields } from '../link-state.js';
import { downloadText } from '../download.js';
import { moreRows, rowsToDraw } from '../row-pages.js';
import { procurementTableStyles } from './procurement-table.styles.js';
import { PROCUREMENT_UI } from './strings.js';

type ColumnKind = 'text' | 'amount' | 'number';

interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
  get: (item: ProcurementItem) => string | undefined;
  /** The cell of a total or subtotal row. */
  total?: (a: Amounts, sme?: string) => string | undefined;
}

/** A total's label: a UI string, or a sentence with data in it (the unit of a 小计). */
type Label = string | unknown[];

type Row = { kind: 'item'; item: ProcurementItem } | { kind: 'total' | 'subtotal'; label: Label; amounts: Amounts; sme?: string };

/**
 * The procurement budget (政府采购预算): rows with their catalogue category, quantities, prices and amounts
 * by fund source, the share reserved for small and medium-sized enterprises, the published subtotal and total;
 * sortable, filterable, downloadable, and a card per row on narrow screens. A published figure never breaks
 * inside; a table wider than its room scrolls in its own frame, never the page. In English every word the
 * element writes is English; the published texts (names, items, units) are marked `lang="zh-CN"`.
 *
 * @tagname procurement-table
 * @summary The procurement budget, sortable, filterable and exact.
 *
 * @csspart summary - The summary line above the table.
 * @csspart controls - Filters, the source-column switch and the download button.
 * @csspart table - The table frame.
 * @csspart more-rows - Under a table of more than 500 rows: how many are shown, and the button that shows the rest.
 */
export class ProcurementTable extends BudgetElement {
  static override styles = [BudgetElement.styles, dataTableStyles, procurementTableStyles];

  static override properties: PropertyDeclarations = {
    unit: { type: String },
    _sort: { state: true },
    _category: { state: true },
    _query: { state: true },
    _allSources: { state: true },
    _allRows: { state: true },
  };

  /** Display unit: 元, 万元 or 亿元, every amount exact in it (default: cells as published, the summary in the reader's scale). */
  unit?: AmountUnit;

  private _sort?: { key: string; dir: 'ascending' | 'descending' };

  protected override ownLinkState(): LinkFields {
    return {
      sort: this._sort ? `${this._sort.key}:${this._sort.dir === 'ascending' ? 'asc' : 'desc'}` : undefined,
      category: this._category || undefined,
      q: this._query.trim() || undefined,
    };
  }

  protected override restoreOwnLink(f: LinkFields): void {
    const sort = /^([\w.]+):(asc|desc)$/.exec(f.sort ?? '');
    if (sort) this._sort = { key: sort[1]!, dir: sort[2] === 'asc' ? 'ascending' : 'descending' };
    if (f.category === 'A' || f.category === 'B' || f.category === 'C') this._category = f.category;
    if (f.q !== undefined) this._query = f.q;
  }
  private _category: '' | ProcurementCategory = '';
  private _query = '';
  private _allSources = false;
  /** Every item row drawn, once the reader asked for those past the first 500 (see row-pages.ts). */
  private _allRows = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this._allRows = false;
    super.willUpdate(changed);
  }

  private get doc(): BudgetDocument {
    return this.budget.value!.document;
  }

  private get pUnit(): AmountUnit {
    return this.doc.procurement?.unit ?? this.doc.meta.unit;
  }

  protected override get unitAsked(): string | undefined {
    return this.unit;
  }

  /** A procurement figure (in the procurement table's unit), or '' when it is not published. */
  private figure(amount: string | undefined, withUnit = false): string {
    return amount === undefined ? '' : this.money(amount, this.pUnit, withUnit);
  }

  protected renderReady(): TemplateResult {
    const p = this.doc.procurement;
    const t = PROCUREMENT_UI[this.language];
    const summary = p ? summarizeProcurement(p) : undefined;
    if (!p || (!p.items?.length && !summary)) {
      return html`<p class="state" part="state" role="status">${p?.note ? this.dataText(p.note) : t.none}</p>`;
    }
    return html`${this.renderSummary(summary)} ${this.renderYearChange(summary)}
      ${p.items?.length ? this.renderTable(p) : nothing}
      ${p.note ? html`<p class="muted">${t.note}${this.dataText(p.note)}</p>` : nothing}`;
  }

  /**
   * With compare-src: the procurement total, and each category's, against the other year's file, in words.
   * A year whose file publishes no procurement is said so.
   */
  private renderYearChange(s: ReturnType<typeof summarizeProcurement>): TemplateResult | typeof nothing {
    const pair = this.comparing;
    if (!pair || !s) return this.renderCompareNote();
    const op = pair.other.procurement;
    const o = op ? summarizeProcurement(op) : undefined;
    const from = op?.unit ?? pair.other.meta.unit;
    const t = PROCUREMENT_UI[this.language];
    const line = (now: string, then: string | undefined) =>
      this.prose(this.changeWords(lineChange(now, then !== undefined ? restate(then, from, this.pUnit) : undefined), this.pUnit, pair));
    return this.renderCompareNote(
      html`<ul class="year-change">
        <li>${t.total}${this.language === 'en' ? ': ' : '：'}${line(s.total, o?.total)}</li>
        ${s.byCategory.map((c) => html`<li>${t.categories[c.category]}${this.language === 'en' ? ': ' : '：'}${line(c.amount, o?.byCategory.find((x) => x.category === c.category)?.amount)}</li>`)}
        ${(o?.byCategory ?? [])
          .filter((x) => !s.byCategory.some((c) => c.category === x.category))
          .map(
            (x) =>
              html`<li>${t.categories[x.category]}${this.language === 'en' ? ': ' : '：'}${this.t.compare.notThisYear(pair.otherYear, this.readable(restate(x.amount, from, this.pUnit), this.pUnit).text)}</li>`,
          )}
      </ul>`,
    );
  }

  private renderSummary(s: ReturnType<typeof summarizeProcurement>): TemplateResult | typeof nothing {
    if (!s) return nothing;
    const t = PROCUREMENT_UI[this.language];
    const total = this.amount(s.total, this.pUnit);
    return html`<div class="summary" part="summary">
      <strong>${s.count ? t.summary(total, s.count) : t.summaryNarrative(total)}</strong>
      <ul aria-label=${t.byCategory}>
        ${s.byCategory.map((c) => html`<li>${t.categories[c.category]} ${this.amount(c.amount, this.pUnit)}${c.share !== undefined ? t.share(c.share) : ''}</li> `)}
        ${s.smeReserved !== undefined ? html`<li>${t.sme(s.smeShare ?? '–', this.amount(s.smeReserved, this.pUnit))}</li>` : nothing}
        ${s.smallMicroReserved !== undefined ? html`<li>${t.smallMicro(this.amount(s.smallMicroReserved, this.pUnit))}</li>` : nothing}
      </ul>
    </div>`;
  }

  private columns(p: Procurement): Column[] {
    const c = PROCUREMENT_UI[this.language].cols;
    const used = usedSources(p);
    const standard: SourceKey[] = [...FISCAL_SOURCES, 'specialAccount', 'unitFunds', 'carryover'];
    const sources: SourceKey[] = this._allSources ? [...standard, ...used.filter((s) => !standard.includes(s))] : used;
    return [
      { key: 'project', label: c.project, kind: 'text', get: (i) => i.projectName },
      { key: 'projectBudget', label: c.projectBudget, kind: 'amount', get: (i) => i.projectBudget },
      { key: 'item', label: c.item, kind: 'text', get: (i) => i.item },
      { key: 'catalog', label: c.catalog, kind: 'text', get: (i) => i.catalogCode },
      {
        key: 'category',
        label: c.category,
        kind: 'text',
        get: (i) => (procurementCategory(i) ? PROCUREMENT_UI[this.language].categories[procurementCategory(i)!] : undefined),
      },
      { key: 'measureUnit', label: c.measureUnit, kind: 'text', get: (i) => i.measureUnit },
      { key: 'quantity', label: c.quantity, kind: 'number', get: (i) => i.quantity },
      { key: 'unitPrice', label: c.unitPrice, kind: 'amount', get: (i) => i.unitPrice },
      { key: 'amount', label: c.amount, kind: 'amount', get: (i) => i.amounts.total, total: (a) => a.total },
      ...sources.map((s): Column => ({
        key: `source.${s}`,
        label: SOURCE_LABELS[s][this.language],
        kind: 'amount',
        get: (i) => i.amounts.bySource?.[s],
        total: (a) => a.bySource?.[s],
      })),
      { key: 'sme', label: c.sme, kind: 'amount', get: (i) => i.smeReserved, total: (_a, sme) => sme },
    ];
  }

  /**
   * The rows shown: as published (total, subtotals, items) or, once sorted or filtered, the matching items and
   * their total. `mark` takes the data text in a label (a table marks it as Chinese, the CSV keeps it plain).
   */
  private rows(p: Procurement, columns: Column[], mark: (text: string) => unknown = (text) => text): Row[] {
    const items = (p.items ?? []).filter((i) => {
      if (this._category && procurementCategory(i) !== this._category) return false;
      const q = this._query.trim().toLowerCase();
      return !q || [i.item, i.projectName, i.catalogCode, i.unitName].some((v) => v?.toLowerCase().includes(q));
    });
    const changed = !!(this._sort || this._category || this._query.trim());
    if (!changed) {
      const rows: Row[] = [];
      if (p.total)
        rows.push({
          kind: 'total',
          label: PROCUREMENT_UI[this.language].total,
          amounts: p.total,
          ...(p.smeReservedTotal !== undefined ? { sme: p.smeReservedTotal } : {}),
        });
      for (const s of p.subtotals ?? [])
        rows.push({
          kind: 'subtotal',
          label: PROCUREMENT_UI[this.language].subtotal(mark(s.unitName)),
          amounts: s.amounts,
          ...(s.smeReserved !== undefined ? { sme: s.smeReserved } : {}),
        });
      return [...rows, ...items.map((item): Row => ({ kind: 'item', item }))];
    }
    if (this._sort) {
      const col = columns.find((c) => c.key === this._sort!.key);
      if (col) {
        const dir = this._sort.dir === 'ascending' ? 1 : -1;
        items.sort((a, b) => dir * compare(col.get(a), col.get(b), col.kind));
      }
    }
    const total = sumAmounts(items);
    const sme = sumStrings(items.map((i) => i.smeReserved));
    return [
      ...items.map((item): Row => ({ kind: 'item', item })),
      { kind: 'total', label: PROCUREMENT_UI[this.language].filteredTotal, amounts: total, ...(sme !== undefined ? { sme } : {}) },
    ];
  }

  private renderTable(p: Procurement): TemplateResult {
    const t = PROCUREMENT_UI[this.language];
    const columns = this.columns(p);
    const rows = this.rows(p, columns, (text) => this.dataText(text));
    const shown = rows.filter((r) => r.kind === 'item').length;
    // The totals are always drawn; the item rows up to the page, unless the reader asked for all.
    const limit = rowsToDraw(shown, this._allRows);
    let items = 0;
    const drawn = rows.filter((r) => r.kind !== 'item' || items++ < limit);
    const doc = this.doc;
    const unitName = this.displayUnit(this.pUnit);
    return html`<div class="controls" part="controls">
        <label>${t.category}
          <select @change=${(e: Event) => (this._category = (e.target as HTMLSelectElement).value as '' | ProcurementCategory)}>
            <option value="" ?selected=${!this._category}>${t.all}</option>
            ${(['A', 'B', 'C'] as const).map((c) => html`<option value=${c} ?selected=${this._category === c}>${t.categories[c]}</option>`)}
          </select>
        </label>
        <label>${t.search}
          <input type="search" .value=${this._query} placeholder=${t.searchPlaceholder} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="check"><input type="checkbox" .checked=${this._allSources} @change=${(e: Event) => (this._allSources = (e.target as HTMLInputElement).checked)} />${t.allSources}</label>
        <button type="button" aria-label=${t.downloadLabel(t.download)} @click=${this.download}>${t.download}</button>
        <span class="muted" role="status">${t.shown(shown, p.items?.length ?? 0)}</span>
      </div>
      <div class="frame" part="table">
        <table>
          <caption>${t.caption(this.dataText(doc.meta.department.name), doc.meta.fiscalYear, this.language === 'en' ? UNIT_NAMES_EN[unitName]! : unitName)}</caption>
          <thead>
            <tr>
              ${columns.map((c) => {
                const sort = this._sort?.key === c.key ? this._sort.dir : 'none';
                return html`<th scope="col" class=${c.kind === 'text' ? '' : 'num'} aria-sort=${sort}>
                  <button type="button" @click=${() => this.sortBy(c.key)}>${c.label}</button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${
              shown === 0 && rows.every((r) => r.kind !== 'item') && (this._category || this._query)
                ? html`<tr><td colspan=${columns.length}>${t.noMatch}</td></tr>`
                : nothing
            }
            ${drawn.map((r) => this.renderRow(r, columns))}
          </tbody>
        </table>
      </div>
      ${moreRows(limit, shown, this.language, () => (this._allRows = true))}`;
  }

  private renderRow(r: Row, columns: Column[]): TemplateResult {
    if (r.kind === 'item') {
      return html`<tr>
        ${columns.map((c, i) => {
          const v = c.get(r.item);
          // Text columns hold data (names, units), except the category, which is ours.
          const text = c.kind === 'amount' ? this.figure(v) : c.key === 'category' ? (v ?? '') : this.dataText(v ?? '');
          return i === 2
            ? html`<th scope="row" data-label=${c.label}>${text}</th>`
            : html`<td class=${c.kind === 'text' ? '' : 'num'} data-label=${c.label}>${text}</td>`;
        })}
      </tr>`;
    }
    return html`<tr class=${r.kind}>
      <th scope="row" data-label="" colspan="1">${r.label}</th>
      ${columns.slice(1).map((c) => {
        const v = c.total ? c.total(r.amounts, r.sme) : undefined;
        return html`<td class=${c.kind === 'text' ? '' : 'num'} data-label=${c.label}>${c.kind === 'amount' ? this.figure(v) : ''}</td>`;
      })}
    </tr>`;
  }

  private sortBy(key: string): void {
    const dir = this._sort?.key === key && this._sort.dir === 'ascending' ? 'descending' : 'ascending';
    this._sort = { key, dir };
  }

  /** Exactly the rows shown, as CSV (UTF-8 with BOM, exact decimal strings). */
  csv(): string {
    const p = this.doc.procurement;
    if (!p) return '';
    const columns = this.columns(p);
    const rows = this.rows(p, columns);
    const body = rows.map((r) =>
      r.kind === 'item'
        ? columns.map((c) => {
            const v = c.get(r.item);
            return v === undefined ? undefined : { text: v, numeric: c.kind !== 'text' };
          })
        : [
            typeof r.label === 'string' ? r.label : r.label.join(''),
            ...columns.slice(1).map((c) => {
              const v = c.total ? c.total(r.amounts, r.sme) : undefined;
              return v === undefined ? undefined : { text: v, numeric: true };
            }),
          ],
    );
    return toCSV([columns.map((c) => c.label), ...body]);
  }

  private download = (): void => {
    downloadText(this.renderRoot, this.csv(), `${this.doc.meta.department.name}-${this.doc.meta.fiscalYear}-政府采购预算.csv`);
  };
}

function compare(a: string | undefined, b: string | undefined, kind: ColumnKind): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (kind === 'text') return a.localeCompare(b, 'zh-CN');
  return money(a).comparedTo(money(b));
}

/** Exact column sums of the given rows (the total of what a filter shows). */
/** Exact sum of the published cells, with their most digits; undefined when none is published. */
function sumStrings(vals: Array<string | undefined>): string | undefined {
  const d = vals.filter((v): v is string => v !== undefined);
  if (!d.length) return undefined;
  const digits = d.reduce((m, v) => Math.max(m, v.split('.')[1]?.length ?? 0), 0);
  return d.reduce((s, v) => s.plus(money(v)), new Money(0)).toFixed(digits);
}

function sumAmounts(items: ProcurementItem[]): Amounts {
  const add = sumStrings;
  const bySource: Partial<Record<SourceKey, string>> = {};
  for (const k of new Set(items.flatMap((i) => Object.keys(i.amounts.bySource ?? {}).filter(isSourceKey)))) {
    const v = add(items.map((i) => i.amounts.bySource?.[k]));
    if (v !== undefined) bySource[k] = v;
  }
  const total = add(items.map((i) => i.amounts.total));
  return { ...(total !== undefined ? { total } : {}), bySource };
}

declare global {
  interface HTMLElementTagNameMap {
    'procurement-table': ProcurementTable;
  }
}
