import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BudgetLoadError, isAbort } from '../../data/errors.js';
import { loadBudget, provideChecks, type LoadedBudget } from '../../data/fetch-budget.js';
import { checkCatalog, loadCatalog, type LoadedCatalog } from '../../data/fetch-catalog.js';
import { UI, UNIT_NAMES_EN, type UIStrings } from '../../i18n/ui.js';
import { departmentKey, resolveSrc, type CatalogDepartment } from '../../model/catalog.js';
import { restate } from '../../model/compare.js';
import type { Lang } from '../../model/messages.js';
import { formatAmount, money, publishedDecimals, scaled } from '../../model/money.js';
import { checkVerdict, reconcile } from '../../model/reconcile.js';
import { catalogUnit, rollupByDepartment, rollupByFunction, rollupDocument, shortName, type RollUp } from '../../model/rollup.js';
import type { AmountUnit, BudgetDocument, DecimalString } from '../../model/types.js';
import { dataTableStyles } from '../../styles/data-table.js';
import { sharedStyles } from '../../styles/shared.js';
import type { BudgetSelectDetail } from '../../events/budget-select.js';
import { LangController } from '../lang-controller.js';
import { details } from '../load-states.js';
import { LinkController, type LinkFields } from '../link-state.js';
import { published } from '../zh-text.js';
import { budgetDirectoryStyles } from './budget-directory.styles.js';
import { DIRECTORY_UI } from './strings.js';

// This element shows the checks' results: it gives them to the loader, which does not import them itself.
provideChecks(reconcile);

export const DIRECTORY_VIEWS = ['list', 'departments', 'functions'] as const;
export type DirectoryView = (typeof DIRECTORY_VIEWS)[number];
export const DIRECTORY_SORTS = ['name', 'code', 'total-desc', 'total-asc'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** Data files loaded at the same time: a few, so that a province's list never floods the server or the phone. */
const CONCURRENT_LOADS = 4;

interface Row {
  d: CatalogDepartment;
  key: string;
  /** The file's URL, resolved against the catalog's (on first use). */
  readonly src: string;
  /** Name, code and group in lower case, for the search. */
  search: string;
}

type FileState = { status: 'pending' } | { status: 'complete'; loaded: LoadedBudget } | { status: 'error'; error: BudgetLoadError };

const isView = (v: string): v is DirectoryView => (DIRECTORY_VIEWS as readonly string[]).includes(v);
const isSort = (v: string): v is DirectorySort => (DIRECTORY_SORTS as readonly string[]).includes(v);

/**
 * A region's departments from its catalog (schema/catalog.schema.json): a list to search and sort, with
 * each department's headline figures loaded from its own file a few at a time (with the progress said, and
 * a file that cannot be loaded named in its row while the others go on), a department's summary on
 * selection with the links to its page and data, and two roll-ups: by department (the departments as the
 * first ring, then their 类 → 款 → 项) and by function (every department's codes added up). A department
 * whose file is not loaded counts with the catalog's figures; the view says how many counted each way.
 *
 * @tagname budget-directory
 * @summary A region's departments: list, search, sort and roll-ups.
 *
 * @fires budget-select - From the roll-up's chart (see `<budget-tree>`); a department chosen there is also shown.
 *
 * @attr theme - Colour preset: `default`, `red`, `high-contrast` or `dark` (or the class `budget-theme-<name>`), as on every element.
 * @attr large-text - Large-text mode (适老化), as on every element; or the class `budget-large-text`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart state - The loading and error messages of the catalog.
 * @csspart header - Region, year, phase and the number of departments.
 * @csspart controls - Search, sort and the choice of view.
 * @csspart progress - How many data files are loaded, and how many cannot be.
 * @csspart table - The list of departments.
 * @csspart detail - The chosen department: its summary and links.
 * @csspart rollup - The roll-up chart and what it counts.
 */
export class BudgetDirectory extends LitElement {
  static override styles = [sharedStyles, dataTableStyles, budgetDirectoryStyles];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    data: { attribute: false },
    lang: { type: String },
    view: { type: String, reflect: true },
    sort: { type: String },
    query: { type: String },
    selected: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    pageTemplate: { type: String, attribute: 'page-template' },
    link: { type: String },
    _shown: { state: true },
    _everyFile: { state: true },
    _version: { state: true },
    _catalog: { state: true },
  };

  /** URL of the catalog JSON. */
  src?: string;
  /** The catalog as a value (wins over `src`). */
  data?: unknown;
  /** `zh-CN` (default) or `en`. */
  override lang = '';
  /** `list` (default), `departments` (the roll-up with the departments as its first ring) or `functions` (by function across them). */
  view: DirectoryView = 'list';
  /** `name` (default), `code`, `total-desc` or `total-asc`. */
  sort: DirectorySort = 'name';
  /** The search: departments whose name, code or group contain it. */
  query = '';
  /** The key (code, else file URL as in the catalog) of the department whose summary is shown. */
  selected?: string;
  /** Departments listed at first, and added by each “show more” (default 50). */
  pageSize = 50;
  /**
   * The address of a department's page where the catalog gives none: `{src}`, `{code}`, `{key}` and
   * `{name}` are replaced (URL-encoded), e.g. `department.html?src={src}`.
   */
  pageTemplate?: string;
  /** Keeps the search, sort, view and chosen department in the page's address (`?dir.q=…`); the value names the element there. */
  link?: string | null;

  private _shown = 0;
  /** The reader asked for every department's file, for roll-ups down to 款 and 项. */
  private _everyFile = false;
  /** Bumped when a data file settles: the list and roll-ups read the files again. */
  private _version = 0;
  private _catalog: { status: 'initial' } | { status: 'pending' } | { status: 'complete'; value: LoadedCatalog } | { status: 'error'; error: BudgetLoadError } =
    { status: 'initial' };

  private readonly languages = new LangController(this);
  private language: Lang = 'zh-CN';
  private t: UIStrings = UI['zh-CN'];
  private abort?: AbortController;
  private rows: Row[] = [];
  private files = new Map<string, FileState>();
  private queue: Row[] = [];
  private active = 0;
  private collator = new Intl.Collator('zh-CN');
  private codes = new Intl.Collator('en', { numeric: true });
  /** Some department has no total in the catalog: the sort by spending then waits for its file. */
  private totalsMissing = false;

  constructor() {
    super();
    new LinkController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
    this.queue = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: load again what the disconnection stopped.
    if (this.hasUpdated && !this.abort) this.load();
  }

  /** @internal */
  linkState(): LinkFields | undefined {
    return this._catalog.status === 'complete' ? this.linkDefaults() : undefined;
  }

  /** @internal */
  linkDefaults(): LinkFields {
    return {
      q: this.query.trim() || undefined,
      sort: this.sort !== 'name' ? this.sort : undefined,
      view: this.view !== 'list' ? this.view : undefined,
      dept: this.selected,
    };
  }

  /** @internal */
  restoreLink(f: LinkFields): void {
    if (f.q !== undefined) this.query = f.q;
    if (f.sort !== undefined && isSort(f.sort)) this.sort = f.sort;
    if (f.view !== undefined && isView(f.view)) this.view = f.view;
    if (f.dept !== undefined) this.selected = f.dept;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.language = this.languages.resolve();
    this.t = UI[this.language];
    if (changed.has('src') || changed.has('data')) this.load();
    if (changed.has('query') || changed.has('sort') || changed.has('pageSize') || changed.has('src') || changed.has('data')) this._shown = this.step;
    // Before the render, so that it shows them as loading.
    this.wantShown();
  }

  private get step(): number {
    return Math.max(1, Math.floor(Number(this.pageSize)) || 50);
  }

  private load(): void {
    this.abort?.abort();
    this.abort = new AbortController();
    this.files = new Map();
    this._everyFile = false;
    this.queue = [];
    this.active = 0;
    this.rows = [];
    if (this.data !== undefined) {
      try {
        const value = typeof this.data === 'string' ? (JSON.parse(this.data) as unknown) : this.data;
        this.ready(checkCatalog(value));
      } catch (err) {
        this._catalog = { status: 'error', error: err instanceof BudgetLoadError ? err : new BudgetLoadError('json', undefined, { detail: String(err) }) };
      }
      return;
    }
    if (!this.src) {
      this._catalog = { status: 'initial' };
      return;
    }
    this._catalog = { status: 'pending' };
    const signal = this.abort.signal;
    loadCatalog(this.src, signal).then(
      (value) => {
        if (!signal.aborted) this.ready(value);
      },
      (err) => {
        if (signal.aborted || isAbort(err)) return;
        this._catalog = {
          status: 'error',
          error: err instanceof BudgetLoadError ? err : new BudgetLoadError('network', this.src, { url: this.src ?? '', detail: String(err) }),
        };
      },
    );
  }

  private ready(value: LoadedCatalog): void {
    const base = value.url ?? document.baseURI;
    this.foundMemo = undefined;
    this.rollupMemo = undefined;
    // Each file's URL is resolved when first needed: a province's catalog shows 50 rows, not 10,000.
    this.rows = value.catalog.departments.map((d) => {
      let src: string | undefined;
      return {
        d,
        key: departmentKey(d),
        get src() {
          return (src ??= resolveSrc(base, d.src));
        },
        search: `${d.name} ${d.code ?? ''} ${d.group ?? ''}`.toLowerCase(),
      };
    });
    this.sortKeys.clear();
    this.totalsMissing = this.rows.some((r) => r.d.total === undefined);
    this._catalog = { status: 'complete', value };
  }

  // ---- the files ----

  /** Asks for the files of `rows` (in that order), loaded a few at a time. */
  private want(rows: Row[]): void {
    let added = false;
    for (const r of rows) {
      if (this.files.has(r.key)) continue;
      this.files.set(r.key, { status: 'pending' });
      this.queue.push(r);
      added = true;
    }
    if (added) this.pump();
  }

  private pump(): void {
    const signal = this.abort?.signal;
    if (!signal) return;
    while (this.active < CONCURRENT_LOADS && this.queue.length) {
      const row = this.queue.shift()!;
      this.active++;
      loadBudget(row.src, signal)
        .then(
          // The row shows the file's check: it runs in a task of its own (it can take tens of ms on a large
          // file), not in the one that parsed the file and draws the list.
          (loaded) =>
            setTimeout(() => {
              if (signal.aborted) return;
              try {
                void loaded.reconciliation;
              } catch {
                // Not expected (the rules are bounded); the row is settled all the same, not left loading.
              }
              this.settle(row, { status: 'complete', loaded }, signal);
            }),
          (err) => {
            if (signal.aborted || isAbort(err)) return;
            this.settle(
              row,
              { status: 'error', error: err instanceof BudgetLoadError ? err : new BudgetLoadError('network', row.src, { url: row.src, detail: String(err) }) },
              signal,
            );
          },
        )
        .finally(() => {
          if (signal !== this.abort?.signal) return;
          this.active--;
          this.pump();
        });
    }
  }

  private settle(row: Row, state: FileState, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.files.set(row.key, state);
    if (row.d.total === undefined) {
      // Only such a row sorts by its file's figure: the order changes when its file is in, and only then.
      this.sortKeys.delete(row.key);
      this.sortVersion++;
    }
    this._version++;
  }

  private docOf(key: string): BudgetDocument | undefined {
    const f = this.files.get(key);
    return f?.status === 'complete' ? f.loaded.document : undefined;
  }

  // ---- figures ----

  private get unit(): AmountUnit {
    return this._catalog.status === 'complete' ? catalogUnit(this._catalog.value.catalog) : '万元';
  }

  /** A department's total in the catalog's unit: from its file when loaded, else as the catalog lists it. */
  private totalOf(r: Row): { amount?: DecimalString; fromFile: boolean } {
    const doc = this.docOf(r.key);
    if (doc) {
      const t = doc.expenditure.total ?? doc.expenditure.functionalTotal?.total;
      return { ...(t !== undefined ? { amount: restate(t, doc.meta.unit, this.unit) } : {}), fromFile: true };
    }
    return { ...(r.d.total !== undefined ? { amount: r.d.total } : {}), fromFile: false };
  }

  private fiscalOf(r: Row): DecimalString | undefined {
    const doc = this.docOf(r.key);
    if (!doc) return r.d.fiscal;
    const f = doc.expenditure.functionalTotal?.bySource?.fiscal;
    return f !== undefined ? restate(f, doc.meta.unit, this.unit) : undefined;
  }

  /**
   * Sort keys by department: exact scaled integers (no floats for money). The catalog's total where it has
   * one, so that the order does not move while files load (a file that gives another figure says so in its
   * row); else the file's, once loaded.
   */
  private sortKeys = new Map<string, bigint | null>();
  /** Counts the files in of rows that sort by their file's figure (the found rows' memo depends on it). */
  private sortVersion = 0;

  private sortKey(r: Row): bigint | null {
    let k = this.sortKeys.get(r.key);
    if (k === undefined) {
      const a = r.d.total ?? this.totalOf(r).amount;
      k = a === undefined ? null : scaled(money(a).toFixed(Math.min(10, Math.max(2, publishedDecimals(a)))), 10);
      this.sortKeys.set(r.key, k);
    }
    return k;
  }

  private foundMemo?: { key: string; rows: Row[]; unknown?: boolean };

  /** The rows the search finds, in the order asked for (kept until the search, the sort or a figure changes). */
  private get found(): Row[] {
    const key = `${this.query}\u0000${this.sort}\u0000${this.sort.startsWith('total') && this.totalsMissing ? this.sortVersion : ''}\u0000${this.rows.length}`;
    if (this.foundMemo?.key !== key || this.foundMemo.rows.length > this.rows.length) this.foundMemo = { key, rows: this.search() };
    return this.foundMemo.rows;
  }

  /** Whether a row the search finds has no figure to sort by yet (kept with the found rows: not 10,000 lookups a frame). */
  private get unknownFound(): boolean {
    const rows = this.found;
    const memo = this.foundMemo!;
    return (memo.unknown ??= rows.some((r) => this.sortKey(r) === null));
  }

  private search(): Row[] {
    const q = this.query.trim().toLowerCase();
    const rows = q ? this.rows.filter((r) => r.search.includes(q)) : this.rows.slice();
    const byName = (a: Row, b: Row) => this.collator.compare(a.d.name, b.d.name);
    switch (this.sort) {
      case 'code':
        return rows.sort((a, b) => this.codes.compare(a.d.code ?? '\uffff', b.d.code ?? '\uffff') || byName(a, b));
      case 'total-desc':
      case 'total-asc': {
        const dir = this.sort === 'total-desc' ? -1 : 1;
        // Departments without a figure yet come last, whichever the direction.
        return rows.sort((a, b) => {
          const x = this.sortKey(a);
          const y = this.sortKey(b);
          if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
          return x === y ? byName(a, b) : x < y ? -dir : dir;
        });
      }
      default:
        return rows.sort(byName);
    }
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const t = DIRECTORY_UI[this.language];
    const state = this._catalog;
    let body: TemplateResult;
    if (state.status === 'complete') body = this.renderCatalog(state.value);
    else if (state.status === 'initial') body = html`<p class="state" part="state">${t.noCatalog}</p>`;
    else if (state.status === 'pending') body = html`<p class="state loading" part="state" role="status"><span class="label">${this.t.loading}</span></p>`;
    else
      body = html`<div class="state error" part="state" role="alert">
        <strong>${t.errorTitle}</strong>
        <p>${state.error.localized(this.language)}</p>
        ${state.error.issues.length ? details(state.error, this.language) : nothing}
      </div>`;
    return html`<div class="base" part="base" lang=${this.language}>${body}</div>`;
  }

  private renderCatalog(loaded: LoadedCatalog): TemplateResult {
    const t = DIRECTORY_UI[this.language];
    const c = loaded.catalog;
    const found = this.found;
    const shown = found.slice(0, this._shown);
    const en = this.language === 'en';
    const unitText = en ? UNIT_NAMES_EN[this.unit] : this.unit;
    return html`
      <div class="head" part="header">
        <h2 class="title">${published(c.title ?? t.title(c.region.name, c.year, t.phases[c.phase] ?? c.phase), this.language)}</h2>
        <p class="meta">${t.count(c.departments.length)} · ${en ? 'Unit: ' : '单位：'}<span class="amount">${unitText}</span></p>
        ${this.renderEditions(loaded)}
      </div>
      <div class="controls" part="controls">
        <label class="search"
          >${t.search}
          <input type="search" .value=${this.query} placeholder=${t.searchPlaceholder} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t.sort}
          <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as DirectorySort)}>
            ${DIRECTORY_SORTS.map((s) => html`<option value=${s} ?selected=${this.sort === s}>${t.sorts[s]}</option>`)}
          </select></label
        >
        <div class="views" role="group" aria-label=${t.viewsLabel}>
          ${DIRECTORY_VIEWS.map((v) => html`<button type="button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => (this.view = v)}>${t.views[v]}</button>`)}
        </div>
      </div>
      ${this.view === 'list' ? this.renderList(found, shown) : this.renderRollup(loaded)} ${this.renderDetail()}
    `;
  }

  private renderEditions(loaded: LoadedCatalog): TemplateResult | typeof nothing {
    const editions = loaded.catalog.editions ?? [];
    if (!editions.length) return nothing;
    const t = DIRECTORY_UI[this.language];
    const base = loaded.url ?? document.baseURI;
    return html`<p class="editions">
      ${t.editions}${this.language === 'en' ? ': ' : '：'}${editions.map(
        (e, i) =>
          html`${i ? (this.language === 'en' ? ', ' : '、') : ''}<button type="button" class="link" @click=${() => this.openEdition(resolveSrc(base, e.src))}>${t.editionName(e.year, t.phases[e.phase] ?? e.phase)}</button>`,
      )}
    </p>`;
  }

  /** Another year or phase of the same region: the same directory on that catalog. */
  private openEdition(src: string): void {
    this.data = undefined;
    this.selected = undefined;
    this.src = src;
  }

  private renderList(found: Row[], shown: Row[]): TemplateResult {
    const t = DIRECTORY_UI[this.language];
    const groups = this.rows.some((r) => r.d.group);
    const codes = this.rows.some((r) => r.d.code);
    return html`
      <p class="count" role="status">${t.matches(found.length, this.rows.length)}</p>
      ${this.renderProgress()}
      ${
        shown.length
          ? html`<div class="frame" part="table" tabindex="0" role="region" aria-label=${t.matches(found.length, this.rows.length)}>
              <table role="table">
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader" aria-sort=${this.sort === 'name' ? 'ascending' : 'none'}>${t.department}</th>
                    ${codes ? html`<th scope="col" role="columnheader" aria-sort=${this.sort === 'code' ? 'ascending' : 'none'}>${t.code}</th>` : nothing}
                    ${groups ? html`<th scope="col" role="columnheader">${t.group}</th>` : nothing}
                    <th scope="col" role="columnheader" class="num" aria-sort=${this.sort === 'total-desc' ? 'descending' : this.sort === 'total-asc' ? 'ascending' : 'none'}>${t.total}</th>
                    <th scope="col" role="columnheader" class="num">${t.fiscal}</th>
                    <th scope="col" role="columnheader">${t.status}</th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  ${shown.map((r) =>
                    // A row is drawn again only when what it shows changes (its file, the language, the
                    // unit, being chosen): one file loading does not redo the 500 rows shown.
                    guard([r, this._catalog, this.files.get(r.key), this.language, this.unit, this.selected === r.key, codes, groups], () =>
                      this.renderRow(r, codes, groups),
                    ),
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="none">${t.none}</p>`
      }
      ${
        found.length > shown.length
          ? html`<p class="more-rows">
              ${t.shown(shown.length, found.length)}
              <button type="button" @click=${() => (this._shown += this.step)}>${t.showMore(Math.min(this.step, found.length - shown.length))}</button>
            </p>`
          : nothing
      }
      ${this.sort.startsWith('total') && this.unknownFound ? html`<p class="muted">${t.unknownLast}</p>` : nothing}
    `;
  }

  private renderRow(r: Row, codes: boolean, groups: boolean): TemplateResult {
    const t = DIRECTORY_UI[this.language];
    const total = this.totalOf(r);
    const fiscal = this.fiscalOf(r);
    const state = this.files.get(r.key);
    const fmt = (a: DecimalString) => html`<span class="amount">${formatAmount(a, { from: this.unit, lang: this.language })}</span>`;
    // A figure the catalog lists that its file, once loaded, does not give: said, never hidden.
    const differs = total.fromFile && r.d.total !== undefined && total.amount !== undefined && !money(r.d.total).eq(total.amount);
    return html`<tr role="row" class=${this.selected === r.key ? 'current' : ''}>
      <th scope="row" role="rowheader">
        <button type="button" class="link" aria-label=${t.open(r.d.name)} aria-expanded=${this.selected === r.key ? 'true' : 'false'} @click=${() => this.choose(r.key)}>
          ${published(r.d.name, this.language)}
        </button>
        ${r.d.unitBudget ? html`<span class="muted unit-budget">${t.unitBudget}</span>` : nothing}
      </th>
      ${codes ? html`<td role="cell" class="code" data-label=${t.code}>${r.d.code ?? ''}</td>` : nothing}
      ${groups ? html`<td role="cell" data-label=${t.group}>${r.d.group ? published(r.d.group, this.language) : ''}</td>` : nothing}
      <td role="cell" class="num" data-label=${t.total}>
        ${total.amount !== undefined ? fmt(total.amount) : '–'}${total.amount !== undefined && !total.fromFile ? html`<span class="muted from-catalog">${t.fromCatalog}</span>` : nothing}
        ${differs ? html`<span class="warning">${t.catalogDiffers(formatAmount(r.d.total!, { from: this.unit, lang: this.language }), formatAmount(total.amount!, { from: this.unit, lang: this.language }))}</span>` : nothing}
      </td>
      <td role="cell" class="num" data-label=${t.fiscal}>${fiscal !== undefined ? fmt(fiscal) : '–'}</td>
      <td role="cell" data-label=${t.status}>${this.statusText(state)}</td>
    </tr>`;
  }

  private statusText(state: FileState | undefined): TemplateResult | string {
    const t = DIRECTORY_UI[this.language];
    // Each in an element of its own: on a card it stands beside its label as one piece.
    if (!state) return html`<span>${t.waiting}</span>`;
    if (state.status === 'pending') return html`<span>${t.loadingRow}</span>`;
    if (state.status === 'error') return html`<span class="error">${t.failedRow(state.error.localized(this.language))}</span>`;
    return html`<span>${t.checked(checkVerdict(state.loaded.reconciliation, this.language))}</span>`;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const asked = this.files.size;
    if (!asked) return nothing;
    let done = 0;
    let failed = 0;
    for (const f of this.files.values()) {
      if (f.status !== 'pending') done++;
      if (f.status === 'error') failed++;
    }
    const words = DIRECTORY_UI[this.language].progress(done, asked, failed);
    // Said once the files asked for are in (every settled file would be one more announcement).
    return html`<p class="progress" part="progress">
        ${words}
        <progress max=${asked} .value=${done} aria-hidden="true"></progress>
      </p>
      <span class="visually-hidden" role="status">${done === asked ? words : ''}</span>`;
  }

  private rollupMemo?: { key: string; rollup: RollUp; doc: BudgetDocument };

  private rollup(loaded: LoadedCatalog): { rollup: RollUp; doc: BudgetDocument } {
    const key = `${this.view}:${this._version}`;
    if (this.rollupMemo?.key !== key) {
      const docs = new Map<string, BudgetDocument>();
      for (const r of this.rows) {
        const d = this.docOf(r.key);
        if (d) docs.set(r.key, d);
      }
      const c = loaded.catalog;
      if (this.view === 'functions') {
        const r = rollupByFunction(c, docs);
        this.rollupMemo = { key, rollup: r, doc: rollupDocument(c, r.total, r.items) };
      } else {
        const r = rollupByDepartment(c, docs);
        this.rollupMemo = { key, rollup: r, doc: rollupDocument(c, r.root.amounts.total ?? '0') };
      }
    }
    return this.rollupMemo;
  }

  private renderRollup(loaded: LoadedCatalog): TemplateResult {
    const t = DIRECTORY_UI[this.language];
    const { rollup, doc } = this.rollup(loaded);
    return html`<div class="rollup" part="rollup">
      <p class="muted" role="status">
        ${t.rollupNote(rollup.fromFiles, rollup.fromCatalog, rollup.missing.length)} ${rollup.units.length ? published(t.rollupUnits(rollup.units.map((u) => u.name).join(this.language === 'en' ? ', ' : '、')), this.language) : nothing}
        ${loaded.catalog.phase === 'final' ? t.rollupFinal : nothing}
      </p>
      ${
        rollup.fromCatalog && !this._everyFile
          ? html`<p><button type="button" class="open" @click=${() => (this._everyFile = true)}>${t.loadEvery(rollup.fromCatalog)}</button></p>`
          : nothing
      }
      ${this.renderProgress()}
      ${
        this.view === 'departments'
          ? html`<budget-tree .data=${doc} .tree=${rollup.root} no-caption lang=${this.language} theme=${ifDefined(this.theme)} ?large-text=${this.big} @budget-select=${this.onTreeSelect}></budget-tree>`
          : html`<budget-tree .data=${doc} no-caption lang=${this.language} theme=${ifDefined(this.theme)} ?large-text=${this.big}></budget-tree>`
      }
    </div>`;
  }

  /** A department chosen on the roll-up's chart is shown below it. */
  private onTreeSelect = (e: CustomEvent<BudgetSelectDetail>): void => {
    const names = e.detail.names ?? [];
    const region = this._catalog.status === 'complete' ? this._catalog.value.catalog.region.name : '';
    // A department's arc carries its code where it has one (the first code of the path: groups have none); else its name.
    const code = e.detail.path?.[0];
    const row =
      (code !== undefined ? this.rows.find((r) => r.d.code === code && names.slice(0, 2).includes(shortName(r.d.name, region))) : undefined) ??
      this.rows.find((r) => names.slice(0, 2).includes(shortName(r.d.name, region)));
    if (row && row.key !== this.selected) this.selected = row.key;
  };

  private choose(key: string): void {
    this.selected = this.selected === key ? undefined : key;
    if (this.selected) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=detail] h3')?.focus());
  }

  /** The look the directory has, for the elements inside it. */
  private get theme(): string | undefined {
    return this.getAttribute('theme') ?? undefined;
  }

  private get big(): boolean {
    return this.hasAttribute('large-text') || this.classList.contains('budget-large-text');
  }

  private pageOf(r: Row): string | undefined {
    const base = this._catalog.status === 'complete' ? (this._catalog.value.url ?? document.baseURI) : document.baseURI;
    if (r.d.page) return resolveSrc(base, r.d.page);
    if (!this.pageTemplate) return undefined;
    const values: Record<string, string> = { src: r.src, code: r.d.code ?? '', key: r.key, name: r.d.name };
    return this.pageTemplate.replace(/\{(src|code|key|name)\}/g, (_, k: string) => encodeURIComponent(values[k]!));
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const r = this.selected ? this.rows.find((x) => x.key === this.selected) : undefined;
    if (!r) return nothing;
    const t = DIRECTORY_UI[this.language];
    const page = this.pageOf(r);
    // Only web addresses become links: a catalog is data, and a "javascript:" page is never followed.
    const safe = (u: string | undefined) => (u && /^(https?:|\/|\.|[^:]*$)/i.test(u) ? u : undefined);
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      <div class="detail-head">
        <h3 id="detail-title" tabindex="-1">${published(t.detail(r.d.name), this.language)}</h3>
        <button type="button" class="open" @click=${() => (this.selected = undefined)}>${t.close}</button>
      </div>
      <p class="links">
        ${safe(page) ? html`<a href=${safe(page)!}>${t.page}</a> · ` : nothing}
        ${safe(r.src) ? html`<a href=${safe(r.src)!}>${t.dataFile}</a>` : nothing}
      </p>
      <budget-summary src=${r.src} sections="totals composition sources check" lang=${this.language} theme=${ifDefined(this.theme)} ?large-text=${this.big}></budget-summary>
    </section>`;
  }

  /** The files of the departments on screen, and, for a roll-up, of every department the catalog gives no figure for. */
  private wantShown(): void {
    if (this._catalog.status !== 'complete') return;
    if (this.view === 'list') this.want(this.found.slice(0, this._shown));
    else this.want(this._everyFile ? this.rows : this.rows.filter((r) => r.d.total === undefined && !r.d.categories?.length));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-directory': BudgetDirectory;
  }
}
