import { hasOwn } from '../../model/own.js';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LoadedBudget } from '../../data/fetch-budget.js';
import { budgetSelectEvent } from '../../events/budget-select.js';
import { UNIT_NAMES_EN } from '../../i18n/ui.js';
import { arcFill, CHANGE_FILLS, EXECUTION_FILLS, labelColor, NEUTRAL_FILL } from '../../layout/colors.js';
import { CHANGE_BANDS, changeBand, compareLines, lineChange, otherAmount, type LineChange, type LineComparison } from '../../model/compare.js';
import { bandOf, EXECUTION_BANDS, executionByCode, type Execution } from '../../model/variance.js';
import { planAgainstActual, type PlanAgainstActual } from '../../model/plan-actual.js';
import { BudgetController } from '../../data/budget-controller.js';
import { arcCentroid, arcPath, buildSunburst, findNode, layoutArcs, ringRadii, type ArcLayout, type SunNode } from '../../layout/sunburst.js';
import { Money, percent, publishedDecimals } from '../../model/money.js';
import { amountFor, buildTree, isMeasure, type ClassNode, type Measure } from '../../model/tree.js';
import type { AmountUnit, BudgetDocument } from '../../model/types.js';
import type { YearPair } from '../../model/compare.js';
import { SOURCE_LABELS } from '../../model/labels.js';
import { isSourceKey } from '../../model/columns.js';
import { dataTableStyles } from '../../styles/data-table.js';
import { BudgetElement } from '../budget-element.js';
import type { LinkFields } from '../link-state.js';
import { hasChinese } from '../zh-text.js';
import { arcLabelFit, centreFit } from './arc-text.js';
import { budgetTreeStyles } from './budget-tree.styles.js';
import { isMoveKey, nextArc, siblingPositions } from './tree-keys.js';
import { rankedListStyles, renderRankedList } from './ranked-list.js';
import { renderTreeTable } from './tree-table.js';
import { ZoomController } from './zoom-controller.js';

export type Classification = 'functional' | 'economic';

/** A legend's colour sample: an SVG square (a fill attribute, so no inline style under a strict CSP). */
const swatch = (fill: string) =>
  html`<svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect x="0.05" y="0.05" width="0.9" height="0.9" fill=${fill} stroke="#6b7480" stroke-width="0.1"></rect></svg>`;

/**
 * A zoomable, keyboard-navigable sunburst of where the money goes (类 → 款 → 项, or the economic
 * classification 301 → 30101), with a table twin.
 *
 * @tagname budget-tree
 * @summary Budget sunburst with a table alternative.
 *
 * @fires budget-select - A user selected a node (click, Enter/Space, breadcrumb or table). `detail`:
 *   `{ code, name, amount, unit, path, names }`. Never fired when the host sets a property.
 *
 * @csspart breadcrumb - The path from the whole budget to the current node.
 * @csspart toggle - The button that switches between chart and table.
 * @csspart chart - The chart container.
 * @csspart arc - Each arc of the chart.
 * @csspart centre - The centre disc (what the current node sums, its amount and share; click to zoom out).
 * @csspart ranked - The ranked list beside the chart (under it when narrow): the current node's children, largest first, with amounts and shares; it follows zoom and hover.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table twin.
 * @csspart legend - The variance view's legend: each execution band in words, with how many arcs are in it.
 * @csspart state - The loading, empty and error messages.
 */
export class BudgetTree extends BudgetElement {
  static override styles = [BudgetElement.styles, dataTableStyles, budgetTreeStyles, rankedListStyles];

  static override properties: PropertyDeclarations = {
    classification: { type: String },
    measure: { type: String },
    root: { type: String },
    depth: { type: Number },
    unit: { type: String },
    view: { type: String, reflect: true },
    variance: { type: Boolean, reflect: true },
    changes: { type: Boolean, reflect: true },
    tree: { attribute: false },
    planSrc: { type: String, attribute: 'plan-src' },
    plan: { attribute: false },
    _focusId: { state: true },
    _activeId: { state: true },
    _tip: { state: true },
    _hoverId: { state: true },
    _width: { state: true },
    _chartFocused: { state: true },
  };

  /** `functional` (支出功能分类, default) or `economic` (基本支出经济分类). */
  classification: Classification = 'functional';
  /** What the arcs measure: `total` (default; in a final account the 决算数, also called `final`), an expenditure type (`basic`, `project` …), a fund source (`generalPublicBudget` …) or, for the economic classification, `personnel` / `public`. */
  measure = 'total';
  /** Code of the node to open zoomed in, e.g. `208`. */
  root?: string;
  /** Number of rings shown (default 3). */
  depth = 3;
  /**
   * Display unit: 元, 万元 or 亿元, every figure exactly in it. Default: the chart, its tooltip and its
   * ranked list in the reader's scale (3.72亿元; never a smaller unit than published, the published figure
   * in the tooltip and the title), the table twin exactly as published.
   */
  unit?: AmountUnit;
  /** `chart` (default) or `table`. */
  view: 'chart' | 'table' = 'chart';
  /**
   * A final account's variance view: each arc coloured by its execution rate (支出决算 against 年初预算, as the
   * 项 lines of the written part state them; a 款 or 类 where all its 项 do), with the rates in the legend,
   * the tooltip and the table twin; arcs without a stated budget stay grey. Ignored for a budget.
   */
  variance = false;
  /**
   * The budget of the same department and year, for a final account's variance view: each line's 预算数 from
   * it against the 决算数, instead of the budgets the written part states; the lines that cannot be set
   * against each other (only in one file, named otherwise) are listed under the legend.
   */
  planSrc?: string;
  /** The same budget as a value (wins over `plan-src`). */
  plan?: unknown;
  /**
   * The change view, with `compare-src`: each arc coloured by its change against the other year (decrease,
   * increase, 10% or more, new this year), with the counts in the legend and the figures in every tooltip
   * and in the table twin. Without `compare-src` the chart keeps its colours.
   */
  changes = false;
  /**
   * A classification built by the page instead of the file's own (the roll-up of `<budget-directory>`:
   * departments as the first ring); `data` still gives the caption, the year and the unit.
   */
  tree?: ClassNode;

  /** The budget file of `plan-src`, through the same loader (each URL fetched once per page). */
  private readonly planned = new BudgetController(this, () => (this.wantsPlan ? { src: this.planSrc, data: this.plan } : { src: undefined, data: undefined }));

  protected override ownLinkState(): LinkFields {
    const focus = this._focusId ? this.nodeFor(this._focusId) : undefined;
    return {
      // Before the data is there, the root the page asks for.
      root: !this.sun ? this.root || undefined : focus ? (this.tree ? focus.data.id : (focus.data.code ?? focus.data.id)) : this.rootMissing,
      view: this.view === 'table' ? 'table' : undefined,
      changes: this.changes ? '1' : undefined,
    };
  }

  protected override restoreOwnLink(f: LinkFields): void {
    if (f.root !== undefined) this.root = f.root;
    if (f.view === 'table' || f.view === 'chart') this.view = f.view;
    if (f.changes !== undefined) this.changes = f.changes === '1';
  }

  /** The budget file is loaded for a final account's variance view only. */
  private get wantsPlan(): boolean {
    return this.variance && this.budget.value?.document.meta.phase === 'final' && (this.planSrc !== undefined || this.plan !== undefined);
  }

  /** The budget file's lines are the ones the rates are against. */
  private get paired(): boolean {
    return !!this.pair && !this.pair.problems.length;
  }
  private lastPlan?: unknown;
  private lastPaired?: unknown;
  private pair?: PlanAgainstActual;

  private _focusId?: string;
  private _activeId?: string;
  private _tip?: { id: string; x: number; y: number };
  /** The row of the ranked list under the pointer: its arcs are highlighted. */
  private _hoverId?: string;
  private _width = 0;
  private _chartFocused = false;

  private sun?: SunNode;
  private classRoot?: ClassNode;
  private arcs: ArcLayout[] = [];
  private _byId?: Map<string, SunNode>;
  /** Every node by id, made when first looked up (a chart at rest at its root never needs it). */
  private get byId(): Map<string, SunNode> {
    if (!this._byId) {
      const map = new Map<string, SunNode>();
      this.sun?.each((n) => map.set(n.data.id, n as SunNode));
      this._byId = map;
    }
    return this._byId;
  }
  /** The node last zoomed to: found without the map (a zoom by click or key knows its node). */
  private focusHint?: SunNode;
  private nodeFor(id: string): SunNode | undefined {
    return this.focusHint?.data.id === id ? this.focusHint : this.byId.get(id);
  }
  private rootMissing?: string;
  private fontPx = 16;
  private resizer?: ResizeObserver;
  private readonly zoom = new ZoomController(this);
  private keyboardFocus = false;
  private pendingFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      // Re-render in the next frame, not inside the observer's delivery (no observer loop).
      if (w !== this._width) requestAnimationFrame(() => (this._width = w));
    });
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

  private get doc(): BudgetDocument | undefined {
    return this.budget.value?.document;
  }

  private get docUnit(): AmountUnit {
    return this.doc?.meta.unit ?? '万元';
  }

  protected override get unitAsked(): string | undefined {
    return this.unit;
  }

  private get showUnit(): AmountUnit {
    return this.displayUnit(this.docUnit);
  }

  private get focusNode(): SunNode | undefined {
    return (this._focusId && this.nodeFor(this._focusId)) || this.sun;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.language;
    super.willUpdate(changed);
    if (this.language !== before) {
      this.names.clear();
      if (this.sun) this.sun.data.name = this.rootName();
    }
    const loaded = this.budget.value;
    if (loaded !== this.lastLoaded || changed.has('classification') || changed.has('measure') || changed.has('tree')) {
      this.lastLoaded = loaded;
      this.rebuild(loaded);
      if (!changed.has('root')) this.applyRoot();
    }
    if (changed.has('root')) this.applyRoot();
    if (changed.has('lang') || changed.has('unit') || changed.has('measure') || changed.has('classification')) this.names.clear();
    // A file no longer asked for (plan-src removed) is not used, though its controller forgets it only after this.
    const plan = this.wantsPlan && this.planned.status === 'complete' ? this.planned.value : undefined;
    if (changed.has('variance') || plan !== this.lastPlan || loaded !== this.lastPaired) {
      this.lastPlan = plan;
      this.lastPaired = loaded;
      this.fills.clear();
      const doc = loaded?.document;
      this.pair = doc && plan ? planAgainstActual(plan.document, doc) : undefined;
      this.execution = this.pair && !this.pair.problems.length ? this.pair.lines : doc ? executionByCode(doc) : new Map();
    }
    const pair = this.comparing;
    if (pair !== this.lastYears || changed.has('measure') || changed.has('classification') || loaded !== this.lastCompared) {
      this.lastYears = pair;
      this.lastCompared = loaded;
      this.fills.clear();
      this.names.clear();
      this.yearLines = pair && !this.tree ? this.compareYears(pair) : undefined;
    }
    if (changed.has('changes')) this.fills.clear();
    if (!this._width) this._width = Math.floor(this.getBoundingClientRect().width) || 320;
    this.fontPx = parseFloat(getComputedStyle(this).fontSize) || 16;
    const focus = this.focusNode;
    this.arcs = focus ? layoutArcs({ focus: this.zoom.layoutRoot(focus), depth: this.ringCount, radius: this.radius, minArcPx: 1 }, this.zoom.domain) : [];
    if (this._activeId && !this.arcs.some((a) => a.id === this._activeId)) this._activeId = undefined;
    if (!this._activeId && this.arcs.length) this._activeId = this.arcs[0].id;
  }

  private lastLoaded?: LoadedBudget;
  private lastYears?: YearPair;
  private lastCompared?: LoadedBudget;
  /** With compare-src: each code's figure against the other year's, for the measure shown (and the root's). */
  private yearLines?: LineComparison & { root: LineChange };

  private compareYears(pair: YearPair): LineComparison & { root: LineChange } {
    const m = this.measureKey();
    if (this.classification === 'economic') {
      const now = pair.current.expenditure.economic;
      // Another year's table of another kind of spending (基本支出 against 全部支出) has nothing to compare.
      const then = (pair.other.expenditure.economic?.type ?? 'basic') === (now?.type ?? 'basic') ? pair.other.expenditure.economic : undefined;
      const lines = compareLines(pair, now?.items ?? [], then?.items ?? [], m);
      const a = now?.total && amountFor(now.total, m);
      const b = then?.total && amountFor(then.total, m);
      return { ...lines, root: lineChange(a || undefined, otherAmount(pair, b || undefined)) };
    }
    const lines = compareLines(pair, pair.current.expenditure.functional, pair.other.expenditure.functional, m);
    const a = pair.current.expenditure.functionalTotal && amountFor(pair.current.expenditure.functionalTotal, m);
    const b = pair.other.expenditure.functionalTotal && amountFor(pair.other.expenditure.functionalTotal, m);
    return { ...lines, root: lineChange(a || undefined, otherAmount(pair, b || undefined)) };
  }

  /** A node's change against the other year, where the two years are compared. */
  private changeOf(n: SunNode): LineChange | undefined {
    const y = this.yearLines;
    if (!y || n.data.kind === 'remainder') return undefined;
    return n.depth === 0 ? y.root : n.data.code ? y.byCode.get(n.data.code) : undefined;
  }

  private get changeViewOn(): boolean {
    return this.changes && !!this.yearLines && !this.varianceOn;
  }

  /** Rings drawn: `depth`, but never more than the levels below the focus (so the chart does not shrink for nothing). */
  private get ringCount(): number {
    const wanted = Math.max(1, Math.min(6, Math.floor(Number(this.depth)) || 3));
    const below = this.focusNode?.height ?? wanted;
    return Math.max(1, Math.min(wanted, below));
  }

  /** Wide enough for the ranked list beside the chart (else it goes under it). */
  private get sideBySide(): boolean {
    return (this._width || 320) >= this.fontPx * 44;
  }

  private get size(): number {
    const max = this.fontPx * 40;
    const room = (this._width || 320) - (this.sideBySide ? this.fontPx * 19 : 0);
    return Math.max(200, Math.min(room, max));
  }

  private get radius(): number {
    return this.size / 2 - 2;
  }

  private rebuild(loaded: LoadedBudget | undefined): void {
    this.fills.clear();
    this.names.clear();
    this.sun = undefined;
    this.classRoot = undefined;
    this._byId = undefined;
    this.focusHint = undefined;
    if (!loaded) return;
    const doc = loaded.document;
    const t = this.t;
    if (this.tree) {
      this.classRoot = { ...this.tree, name: t.all };
    } else if (this.classification === 'economic') {
      const eco = doc.expenditure.economic;
      if (!eco) return;
      this.classRoot = buildTree(eco.items, { name: t.all, amounts: eco.total });
    } else {
      this.classRoot = buildTree(doc.expenditure.functional, { name: t.all, amounts: doc.expenditure.functionalTotal });
    }
    this.sun = buildSunburst(this.classRoot, this.measureKey(), this.rootName());
  }

  /** The measure as the model reads it; the economic table's own type (basic) is its total. */
  private measureKey(): Measure {
    // `final` is the 决算数, which is a final account's total; any other measure falls back to total.
    const m: Measure = isMeasure(this.measure) ? this.measure : 'total';
    if (this.classification === 'economic' && m === (this.doc?.expenditure.economic?.type ?? 'basic')) return 'total';
    return m;
  }

  /**
   * What the whole chart sums, named in its centre and breadcrumb: 全部支出 for the functional table's
   * total, else the measure (an economic table covers 基本支出 only).
   */
  private rootName(): string {
    const t = this.t;
    const m = this.measureKey();
    const eco = this.classification === 'economic' ? (this.doc?.expenditure.economic?.type ?? 'basic') : undefined;
    const key = m === 'total' ? eco : m;
    if (!key) return t.all;
    const name = hasOwn(t.measureNames, key) ? t.measureNames[key] : isSourceKey(key) ? SOURCE_LABELS[key][this.language] : key;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  private applyRoot(): void {
    this.rootMissing = undefined;
    this.zoom.rest();
    if (!this.sun) return;
    if (!this.root) {
      this._focusId = undefined;
      return;
    }
    const n = findNode(this.sun, this.root);
    if (!n) {
      this.rootMissing = this.root;
      this._focusId = undefined;
      return;
    }
    this._focusId = (n.children ? n : (n.parent as SunNode)).data.id;
  }

  // ---- rendering ----

  protected renderReady(): TemplateResult {
    const t = this.t;
    const focus = this.focusNode;
    if (!focus || !this.sun) return html`<p class="state" part="state" role="status">${t.empty}</p>`;
    const isTable = this.view === 'table';
    return html`
      <div class="toolbar">
        ${this.renderBreadcrumb(focus)}
        <button class="toggle" part="toggle" type="button" @click=${this.toggleView}>${isTable ? t.showChart : t.showTable}</button>
      </div>
      ${this.rootMissing ? html`<p class="notice" role="status">${t.rootNotFound(this.rootMissing)}</p>` : nothing}
      ${isTable ? html`${this.renderTable(focus)}${this.renderYearNotes()}` : this.renderChart(focus)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private announcement = '';

  private renderBreadcrumb(focus: SunNode): TemplateResult {
    const chain = focus.ancestors().reverse() as SunNode[];
    // Named by its classification, so that a functional and an economic tree on one page are two distinct landmarks.
    const what = this.classification === 'economic' ? this.t.economic : this.t.functional;
    return html`<nav part="breadcrumb" aria-label=${`${this.t.breadcrumb}${this.language === 'en' ? ': ' : '：'}${what}`}>
      <ol>
        ${chain.map((n, i) =>
          i === chain.length - 1
            ? html`<li aria-current="location" tabindex="-1" class="current">${this.dataText(this.label(n))}</li>`
            : html`<li><button type="button" @click=${() => this.zoomFromOutside(n, 'crumb')}>${this.dataText(this.label(n))}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  private label(n: SunNode): string {
    if (n.data.kind === 'remainder') return this.t.remainder;
    return n.data.code ? `${n.data.code} ${n.data.name}` : n.data.name;
  }

  /** An amount of the tree (stated in the data's unit), in the display unit. */
  protected override money(amount: string, from: AmountUnit = this.docUnit, withUnit = true): string {
    return super.money(amount, from, withUnit);
  }

  /** `zh-CN` for Chinese data text drawn in an English chart (an SVG text cannot hold a marked span). */
  private textLang(text: string): string | typeof nothing {
    return this.language === 'en' && hasChinese(text) ? 'zh-CN' : nothing;
  }

  /** The list comma of the element's language. */
  private get comma(): string {
    return this.language === 'en' ? ', ' : '，';
  }

  private unitName(): string {
    return this.language === 'en' ? UNIT_NAMES_EN[this.showUnit] : this.showUnit;
  }

  private share(n: SunNode, of?: SunNode): string {
    const whole = of ?? this.sun!;
    const p = percent(n.data.amount, whole.data.amount);
    if (p === undefined) return '–';
    // A real but tiny share is not "0.0".
    return p === '0.0' && n.data.value > 0 ? '<0.1' : p;
  }

  private whatLabel(): string {
    const t = this.t;
    const base = this.classification === 'economic' ? t.economic : t.functional;
    const m = this.measureKey();
    const name = hasOwn(t.measureNames, m) ? t.measureNames[m] : isSourceKey(m) ? SOURCE_LABELS[m][this.language] : m;
    return m === 'total' ? base : `${base} · ${name}`;
  }

  private renderChart(focus: SunNode): TemplateResult {
    const t = this.t;
    const s = this.size;
    const { hole } = ringRadii(this.radius, this.ringCount);
    const doc = this.doc!;
    const siblings = siblingPositions(this.arcs);
    const tip = this._tip ? this.tipContent(this._tip.id) : undefined;
    return html`<div class="body ${this.sideBySide ? 'side' : ''}">
      <div class="chart" part="chart">
        <svg
          width=${s}
          height=${s}
          viewBox="${-s / 2} ${-s / 2} ${s} ${s}"
          tabindex="-1"
          role="tree"
          aria-label=${t.chartLabel(this.whatLabel(), doc.meta.department.name, doc.meta.fiscalYear)}
          aria-describedby="help"
          @keydown=${this.onKey}
          @click=${this.onClick}
          @pointermove=${this.onPointer}
          @pointerleave=${this.hideTip}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <g class="arcs" role="none">
            ${this.arcs.map((a) => {
              const sib = siblings.get(a.id)!;
              const kind = a.merged ? 'more' : a.node.data.kind === 'remainder' ? 'remainder' : 'item';
              return svg`<path
                  part="arc"
                  class="arc ${kind} ${a.id === this._activeId ? 'active' : ''} ${this._hoverId && this.isWithin(a, this._hoverId) ? 'hover' : ''}"
                  data-id=${a.id}
                  d=${arcPath(a)}
                  fill=${this.fill(a)}
                  role="treeitem"
                  tabindex=${a.id === this._activeId ? 0 : -1}
                  aria-level=${a.ring}
                  aria-setsize=${sib.size}
                  aria-posinset=${sib.pos}
                  aria-label=${this.arcName(a)}
                  aria-describedby=${this._tip?.id === a.id ? 'tip' : nothing}
                ></path>`;
            })}
          </g>
          ${this.focusRing()}
          <g class="labels" aria-hidden="true">${this.arcs.map((a) => this.arcLabel(a))}</g>
          <g class="centre" part="centre" @click=${this.zoomOut} aria-hidden="true">
            <circle r=${Math.max(0, hole - 2)}></circle>
            ${this.centreText(focus, hole)}
          </g>
        </svg>
        <div class="tooltip ${this._tip && this._tip.y < this.fontPx * 10 ? 'below' : ''}" part="tooltip" id="tip" role="tooltip" ?hidden=${!tip}>${tip ?? nothing}</div>
      </div>
      ${renderRankedList({
        t,
        focus,
        current: this.currentChild(focus),
        amount: (amount) => this.readable(amount, this.docUnit),
        share: (n, of) => this.share(n, of),
        fill: (n) => this.nodeFill(n),
        label: (n) => this.label(n),
        data: (text) => this.dataText(text),
        hover: (n) => (this._hoverId = n?.data.id),
        open: (n) => (n.children?.length ? this.zoomTo(n, true) : this.select(n)),
      })}
    </div>
    ${this.renderLegend()} ${this.renderChangeLegend()} ${this.renderPlanNotes()} ${this.renderYearNotes()}
    <p class="help" id="help"><span class="help-title">${t.keyboardTitle}${this.language === 'en' ? ': ' : '：'}</span>${t.keyboardHelp}</p>`;
  }

  /**
   * The focus indicator, drawn over every arc (an arc's own stroke would be half hidden by its fill and
   * its neighbours), only while the chart has focus.
   */
  private focusRing(): TemplateResult | typeof nothing {
    const a = this._chartFocused ? this.arcs.find((x) => x.id === this._activeId) : undefined;
    return a ? svg`<path class="focus-ring" d=${arcPath(a)} aria-hidden="true"></path>` : nothing;
  }

  private centreText(focus: SunNode, hole: number): TemplateResult {
    // The name without its code (the breadcrumb and tooltip give the code).
    const name = focus.data.kind === 'remainder' ? this.t.remainder : focus.data.name;
    const amount = this.fig(focus.data.amount);
    const share = this.t.ofTotal(this.share(focus));
    const { em, name: shown } = centreFit(name, amount, share, hole, this.fontPx);
    return svg`<g font-size=${`${em}px`}>
      <text class="c-name" y=${-em * 1.3} lang=${this.textLang(shown)}>${shown}</text>
      <text class="c-amount" y=${0}>${amount}</text>
      <text class="c-share" y=${em * 1.3}>${share}</text>
    </g>`;
  }

  /** Per-node strings and colours, kept while the data, language and unit stay the same. */
  private fills = new Map<SunNode, string>();
  private names = new Map<SunNode, string>();

  private fill(a: ArcLayout): string {
    return a.merged ? NEUTRAL_FILL : this.nodeFill(a.node);
  }

  /** Execution by code, for the variance view (a final account's stated budgets; empty otherwise). */
  private execution = new Map<string, Execution>();

  private get varianceOn(): boolean {
    return this.variance && this.classification === 'functional' && this.execution.size > 0;
  }

  private executionOf(n: SunNode): Execution | undefined {
    return this.varianceOn && n.data.code ? this.execution.get(n.data.code) : undefined;
  }

  /** A node's colour: its 类's hue, lighter with each ring, siblings alternating in shade; in the variance view, its execution band. */
  private nodeFill(n: SunNode): string {
    if (n.data.kind === 'remainder') return NEUTRAL_FILL;
    if (this.varianceOn) {
      const e = this.executionOf(n);
      return e?.rate !== undefined ? EXECUTION_FILLS[bandOf(e.rate)] : NEUTRAL_FILL;
    }
    if (this.changeViewOn) {
      const band = changeBand(this.changeOf(n));
      return band ? CHANGE_FILLS[band] : NEUTRAL_FILL;
    }
    let f = this.fills.get(n);
    if (!f) {
      let top = n;
      while (top.depth > 1 && top.parent) top = top.parent as SunNode;
      f = arcFill(top.parent?.children?.indexOf(top) ?? 0, n.depth, n.parent?.children?.indexOf(n) ?? 0);
      this.fills.set(n, f);
    }
    return f;
  }

  /** True when the arc is the node `id` or lies inside it. */
  private isWithin(a: ArcLayout, id: string): boolean {
    if (a.merged) return false;
    for (let n: SunNode | null = a.node; n; n = n.parent as SunNode | null) if (n.data.id === id) return true;
    return false;
  }

  /** The child of the focus that the pointer (tooltip) or the keyboard (active arc) is on. */
  private currentChild(focus: SunNode): SunNode | undefined {
    const id = this._hoverId ?? this._tip?.id ?? (this._chartFocused ? this._activeId : undefined);
    const a = id ? this.arcs.find((x) => x.id === id) : undefined;
    let n: SunNode | undefined = a && !a.merged ? a.node : id ? this.byId.get(id) : undefined;
    while (n && n.parent && n.parent !== focus) n = n.parent as SunNode;
    return n?.parent === focus ? n : undefined;
  }

  /** An amount of the chart as the reader takes it in (3.72亿元), or exactly in the `unit` asked for. */
  private fig(amount: string): string {
    return this.readable(amount, this.docUnit).text;
  }

  private arcName(a: ArcLayout): string {
    const t = this.t;
    if (a.merged) {
      const total = a.merged.reduce((s, n) => s.plus(n.data.amount), new Money(0));
      const digits = Math.max(...a.merged.map((n) => publishedDecimals(n.data.amount)));
      return `${t.more(a.merged.length)}${this.comma}${this.fig(total.toFixed(digits))}`;
    }
    const n = a.node;
    let name = this.names.get(n);
    if (!name) {
      name = `${this.label(n)}${this.comma}${this.fig(n.data.amount)}${this.comma}${t.ofTotal(this.share(n))}`;
      this.names.set(n, name);
    }
    return name;
  }

  private arcLabel(a: ArcLayout): TemplateResult | typeof nothing {
    const text = a.merged ? this.t.more(a.merged.length) : a.node.data.kind === 'remainder' ? this.t.remainder : a.node.data.name;
    const fit = arcLabelFit(a, text, this.fontPx);
    return fit ? svg`<text x=${fit.x} y=${fit.y} fill=${labelColor(this.fill(a))} lang=${this.textLang(text)}>${fit.text}</text>` : nothing;
  }

  private tipContent(id: string): TemplateResult | undefined {
    const t = this.t;
    const a = this.arcs.find((x) => x.id === id);
    if (!a) return undefined;
    if (a.merged) {
      return html`<strong>${t.more(a.merged.length)}</strong>
        <p>${t.moreNote(a.merged.length)}</p>`;
    }
    const n = a.node;
    const parent = n.parent as SunNode | null;
    const r = this.readable(n.data.amount, this.docUnit);
    return html`<strong>${this.dataText(this.label(n))}</strong>
      <dl>
        ${n.data.code ? html`<dt>${t.code}</dt><dd>${n.data.code}</dd>` : nothing}
        <dt>${t.amount}</dt><dd><span class="amount">${r.text}</span></dd>
        ${r.rounded ? html`<dt>${t.published}</dt><dd><span class="amount">${r.exact}</span></dd>` : nothing}
        ${parent ? html`<dt>${t.shareOfParent}</dt><dd>${this.share(n, parent)}%</dd>` : nothing}
        <dt>${t.shareOfTotal}</dt><dd>${this.share(n)}%</dd>
        ${this.executionTip(n)} ${this.changeTip(n)}
      </dl>
      ${n.data.kind === 'remainder' ? html`<p>${t.remainderNote}</p>` : nothing}
      ${n.data.excess ? html`<p>${t.excessNote(this.readable(n.data.excess, this.docUnit).exact)}</p>` : nothing}
      ${n.children?.some((c) => c.data.kind === 'remainder') ? html`<p>${t.remainderNote}</p>` : nothing}`;
  }

  /** The variance view's figures of a node, for the tooltip: budget, 决算 and rate, or that none is stated. */
  private executionTip(n: SunNode): TemplateResult | typeof nothing {
    if (!this.varianceOn) return nothing;
    const t = this.t;
    const e = this.executionOf(n);
    if (!e) return html`<dt>${t.executionRate}</dt><dd>${t.noBudgetStated}</dd>`;
    return html`<dt>${this.paired ? t.budgetPlanned : t.budgetStated}</dt><dd><span class="amount">${this.readable(e.budget, this.docUnit).exact}</span></dd>
      <dt>${t.actualStated}</dt><dd><span class="amount">${this.readable(e.actual, this.docUnit).exact}</span></dd>
      <dt>${t.executionRate}</dt><dd>${e.rate !== undefined ? `${e.rate}%` : '–'}</dd>`;
  }

  /** The other year's figure of a node and the change, for the tooltip, in words as well as signs. */
  private changeTip(n: SunNode): TemplateResult | typeof nothing {
    const pair = this.comparing;
    if (!pair || !this.yearLines) return nothing;
    const c = this.t.compare;
    const ch = this.changeOf(n);
    const col = c.yearColumn(pair.otherYear, pair.isPreviousYear);
    if (!ch || ch.previous === undefined) return html`<dt>${col}</dt><dd>${ch?.current !== undefined ? c.newLine : c.noFigure}</dd>`;
    return html`<dt>${col}</dt><dd><span class="amount">${this.readable(ch.previous, this.docUnit).exact}</span></dd>
      <dt>${c.change}</dt><dd>${this.prose(this.changeWords(ch, this.docUnit, pair))}</dd>`;
  }

  /** What the chart says of the other year: its year and unit, the lines in one year only, the codes renamed. */
  private renderYearNotes(): TemplateResult | typeof nothing {
    const y = this.yearLines;
    const pair = this.comparing;
    if (!y || !pair) return this.tree ? nothing : this.renderCompareNote();
    const c = this.t.compare;
    const item = (f: { code: string; name: string; amount?: string }) =>
      html`<li>${f.code} ${this.dataText(f.name)}${f.amount !== undefined ? html` <span class="amount">${this.readable(f.amount, this.docUnit).exact}</span>` : nothing}</li>`;
    const list = (title: string, items: TemplateResult[]) => (items.length ? html`<p>${title}</p><ul class="plan-list">${items}</ul>` : nothing);
    return this.renderCompareNote(
      html`${list(c.onlyOther(y.onlyOther.length, pair.otherYear), y.onlyOther.map(item))}
      ${list(c.onlyCurrent(y.onlyCurrent.length, pair.otherYear), y.onlyCurrent.map(item))}
      ${list(
        c.renamed(y.renamed.length, pair.otherYear),
        y.renamed.map((r) => html`<li>${r.code} ${this.dataText(r.otherName)} → ${this.dataText(r.name)}</li>`),
      )}`,
    );
  }

  /** The change view's legend: each band in words, with how many arcs are in it. */
  private renderChangeLegend(): TemplateResult | typeof nothing {
    if (!this.changeViewOn) return nothing;
    const pair = this.comparing!;
    const c = this.t.compare;
    const counts = new Map<string, number>();
    let none = 0;
    this.sun?.each((n) => {
      if (!n.depth) return;
      const band = changeBand(this.changeOf(n as SunNode));
      if (band) counts.set(band, (counts.get(band) ?? 0) + 1);
      else none++;
    });
    return html`<ul class="legend" part="legend" aria-label=${c.legendLabel(pair.otherYear)}>
      ${CHANGE_BANDS.map((b) => html`<li>${swatch(CHANGE_FILLS[b])}${c.bands[b]}${this.paren(this.t.itemsCount(counts.get(b) ?? 0))}</li>`)}
      ${none ? html`<li>${swatch(NEUTRAL_FILL)}${c.noFigure}${this.paren(this.t.itemsCount(none))}</li>` : nothing}
    </ul>`;
  }

  /** "（3 项）" / " (3 items)". */
  private paren(s: string): string {
    return this.language === 'en' ? ` (${s})` : `（${s}）`;
  }

  /**
   * What a variance view says of its budget file (plan-src): that it cannot be loaded or paired (another
   * department or year), or which lines it cannot set against the final account's.
   */
  private renderPlanNotes(): TemplateResult | typeof nothing {
    if (!this.wantsPlan) return nothing;
    const t = this.t;
    if (this.planned.status === 'error') return html`<p class="plan-note" role="alert">${t.planFailed(this.planned.error!.localized(this.language))}</p>`;
    const pair = this.pair;
    if (!pair) return nothing;
    if (pair.problems.length)
      return html`<p class="plan-note" role="alert">${t.planMismatch(pair.problems.map((p) => t.planProblems[p]).join(this.language === 'en' ? '; ' : '；'))}</p>`;
    const item = (f: { code: string; name: string }) => html`<li>${f.code} ${this.dataText(f.name)}</li>`;
    const list = (title: string, items: TemplateResult[]) =>
      items.length ? html`<p class="plan-note">${title}</p><ul class="plan-list">${items}</ul>` : nothing;
    return html`<p class="plan-note">${t.planPaired(pair.lines.size)}</p>
      ${list(t.onlyInPlan(pair.onlyInPlan.length), pair.onlyInPlan.map(item))}
      ${list(t.onlyInFinal(pair.onlyInFinal.length), pair.onlyInFinal.map(item))}
      ${list(
        t.renamedLines(pair.renamed.length),
        pair.renamed.map((r) => html`<li>${r.code} ${this.dataText(r.planName)} → ${this.dataText(r.finalName)}</li>`),
      )}`;
  }

  /** The variance view's legend: each band in words with how many arcs of the chart are in it. */
  private renderLegend(): TemplateResult | typeof nothing {
    if (!this.varianceOn) return nothing;
    const t = this.t;
    const counts = new Map<string, number>();
    let none = 0;
    this.sun?.each((n) => {
      if (!n.depth) return;
      const e = this.executionOf(n as SunNode);
      if (e?.rate !== undefined) counts.set(bandOf(e.rate), (counts.get(bandOf(e.rate)) ?? 0) + 1);
      else none++;
    });
    return html`<ul class="legend" part="legend" aria-label=${this.paired ? t.legendLabelPlanned : t.legendLabel}>
      ${EXECUTION_BANDS.map((b) => html`<li>${swatch(EXECUTION_FILLS[b.key])}${t.bands[b.key]}${this.paren(t.itemsCount(counts.get(b.key) ?? 0))}</li>`)}
      <li>${swatch(NEUTRAL_FILL)}${t.noBudgetStated}${this.paren(t.itemsCount(none))}</li>
    </ul>`;
  }

  private renderTable(focus: SunNode): TemplateResult {
    const doc = this.doc!;
    return renderTreeTable({
      t: this.t,
      lang: this.language,
      focus,
      depth: this.ringCount,
      caption: this.t.tableCaption(this.whatLabel(), doc.meta.department.name, doc.meta.fiscalYear, this.unitName()),
      money: (amount, withUnit = true) => this.money(amount, this.docUnit, withUnit),
      share: (n, of) => this.share(n, of),
      zoom: (n) => this.zoomFromOutside(n, 'row'),
      ...(this.varianceOn ? { execution: (n: SunNode) => this.executionOf(n), budgetLabel: this.paired ? this.t.budgetPlanned : this.t.budgetStated } : {}),
      ...(this.yearLines && this.comparing
        ? { change: (n: SunNode) => this.changeOf(n), otherLabel: this.t.compare.yearColumn(this.comparing.otherYear, this.comparing.isPreviousYear) }
        : {}),
    });
  }

  protected override updated(): void {
    const tipEl = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tipEl && this._tip) {
      tipEl.style.setProperty('--tip-x', `${this._tip.x}px`);
      tipEl.style.setProperty('--tip-y', `${this._tip.y}px`);
    }
    // A keyboard move or zoom asked for focus on the active arc; give it once the transition is over.
    if (this.pendingFocus && !this.zoom.domain && this._activeId) {
      const el = this.renderRoot.querySelector<SVGElement>(`[data-id="${CSS.escape(this._activeId)}"]`);
      this.pendingFocus = false;
      if (el && this.shadowRoot!.activeElement === el && this.focusedArcId !== this._activeId) {
        // The arcs' elements are reused from one zoom to the next (not keyed: far fewer DOM changes), so the
        // focused element may now stand for another arc. Focus leaves it and comes back, so that assistive
        // technology announces the arc it is now and the tooltip follows (focusin).
        this.renderRoot.querySelector<SVGElement>('svg')?.focus({ preventScroll: true });
      }
      el?.focus();
    }
  }

  // ---- interaction ----

  private toggleView = (): void => {
    this.view = this.view === 'table' ? 'chart' : 'table';
    this._tip = undefined;
  };

  private arcFromEvent(e: Event): ArcLayout | undefined {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-id]');
    const id = el?.getAttribute('data-id');
    return id ? this.arcs.find((a) => a.id === id) : undefined;
  }

  private onClick = (e: MouseEvent): void => {
    const a = this.arcFromEvent(e);
    if (!a) return;
    this.keyboardFocus = false;
    this._activeId = a.id;
    this.activate(a);
  };

  private onPointer = (e: PointerEvent): void => {
    const a = this.arcFromEvent(e);
    if (!a) {
      if (this._tip && !this.keyboardFocus) this._tip = undefined;
      return;
    }
    const box = (this.renderRoot.querySelector('.chart') as HTMLElement).getBoundingClientRect();
    this._tip = { id: a.id, x: e.clientX - box.left, y: e.clientY - box.top };
  };

  private hideTip = (): void => {
    if (!this.keyboardFocus) this._tip = undefined;
  };

  /** The arc the focused element stood for when it got focus (an element may be reused for another). */
  private focusedArcId?: string;

  private onFocusIn = (e: FocusEvent): void => {
    const a = this.arcFromEvent(e);
    if (!a) return;
    this.focusedArcId = a.id;
    this._activeId = a.id;
    this._chartFocused = true;
    this.showTipAt(a);
  };

  private onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Element | null;
    if (!next || !this.renderRoot.contains(next) || !next.closest('svg')) {
      this.keyboardFocus = false;
      this._chartFocused = false;
      this._tip = undefined;
    }
  };

  private showTipAt(a: ArcLayout): void {
    const chart = this.renderRoot.querySelector('.chart') as HTMLElement | null;
    const svgEl = this.renderRoot.querySelector('svg');
    if (!chart || !svgEl) return;
    const [cx, cy] = arcCentroid(a);
    const sb = svgEl.getBoundingClientRect();
    const cb = chart.getBoundingClientRect();
    this._tip = { id: a.id, x: sb.left - cb.left + sb.width / 2 + cx, y: sb.top - cb.top + sb.height / 2 + cy };
  }

  private onKey = (e: KeyboardEvent): void => {
    const current = this.arcs.find((a) => a.id === this._activeId);
    if (!current) return;
    if (isMoveKey(e.key)) {
      e.preventDefault();
      const next = nextArc(this.arcs, current, e.key);
      if (!next) return;
      this.keyboardFocus = true;
      this.pendingFocus = true;
      this._activeId = next.id;
      this.requestUpdate();
      this.updateComplete.then(() => this.showTipAt(next));
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.keyboardFocus = true;
        this.pendingFocus = true;
        this.activate(current);
        return;
      case 'Escape':
        e.preventDefault();
        if (this._tip) this._tip = undefined;
        else this.keyboardZoomOut();
        return;
      case 'Backspace':
        e.preventDefault();
        this.keyboardZoomOut();
        return;
    }
  };

  private keyboardZoomOut(): void {
    this.keyboardFocus = true;
    this.pendingFocus = true;
    this.zoomOut();
  }

  /** Click, Enter or Space on an arc: zoom into it when it has children, and tell the host. */
  private activate(a: ArcLayout): void {
    if (a.merged) {
      // The merged items are listed one by one in the table.
      this.view = 'table';
      this._tip = undefined;
      return;
    }
    const n = a.node;
    if (n.children?.length) this.zoomTo(n, true);
    else this.select(n);
  }

  private zoomOut = (): void => {
    const focus = this.focusNode;
    const parent = focus?.parent as SunNode | null | undefined;
    if (focus && parent) {
      this.zoomTo(parent, true, focus.data.id);
    }
  };

  /**
   * A zoom from the breadcrumb or a table row: the button pressed disappears in the new state, so focus
   * moves to the new current crumb or to the table's first row.
   */
  private zoomFromOutside(n: SunNode, from: 'crumb' | 'row'): void {
    this.zoomTo(n, true);
    this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(from === 'crumb' || this.view !== 'table' ? 'nav .current' : 'tr.focus-row th');
      target?.focus();
    });
  }

  /** Zooms to a node. `user` marks a user action, which fires budget-select. */
  private zoomTo(n: SunNode, user: boolean, keepActive?: string): void {
    const from = this.focusNode;
    if (!from || n === from) return;
    this._tip = undefined;
    this._focusId = n === this.sun ? undefined : n.data.id;
    this.focusHint = n;
    this.rootMissing = undefined;
    // Zooming in lands on the largest child; zooming out on the node we came from.
    this._activeId = keepActive ?? (n.children?.[0] as SunNode | undefined)?.data.id;
    const share = this.share(n);
    this.announcement = this.t.zoomedTo(this.label(n), this.fig(n.data.amount), share);
    if (user) this.select(n);
    this.animateZoom(from, n);
  }

  private select(n: SunNode): void {
    const chain = (n.ancestors().reverse() as SunNode[]).slice(1);
    this.dispatchEvent(
      budgetSelectEvent({
        ...(n.data.code ? { code: n.data.code } : {}),
        name: n.data.kind === 'remainder' ? this.t.remainder : n.data.name,
        amount: n.data.amount,
        unit: this.docUnit,
        path: chain.map((c) => c.data.code ?? '').filter(Boolean),
        names: chain.map((c) => c.data.name),
      }),
    );
  }

  private animateZoom(from: SunNode, to: SunNode): void {
    this.zoom.start(from, to, this.isConnected && this.view !== 'table');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-tree': BudgetTree;
  }
}
