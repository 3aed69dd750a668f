import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { BudgetController } from '../data/budget-controller.js';
import type { Lang } from '../model/messages.js';
import { UI, type UIStrings } from '../i18n/ui.js';
import { direction, pairYears, type LineChange, type YearPair } from '../model/compare.js';
import { formatAmount, formatInUnit, isUnit, readableAmount, UNIT_WORDS_EN, type ReadableAmount } from '../model/money.js';
import type { AmountUnit, BudgetDocument } from '../model/types.js';
import { sharedStyles } from '../styles/shared.js';
import { captionStyles, renderCaption } from './caption.js';
import { downloadText } from './download.js';
import { hasChinese, published } from './zh-text.js';
import { LangController } from './lang-controller.js';
import { LinkController, linkedUrlAllowed, type LinkFields } from './link-state.js';
import { allowedOrigins } from '../data/fetch-budget.js';
import { renderWithStates } from './load-states.js';

/** An amount inside a sentence: a signed, grouped or decimal figure with the unit after it. */
const AMOUNT_IN_TEXT = /[-+]?\d[\d,]*(?:\.\d+)?(?:\s?(?:万元|亿元|元|10k yuan|100m yuan|million yuan|billion yuan|yuan)|%)/g;

/**
 * What every budget element shares: its source (`src` or `data`) and the loader behind it, its language,
 * the loading and error states around its content, exact money formatting, and the theme tokens below.
 *
 * @csspart base - The wrapper of everything.
 * @csspart state - The loading and error messages.
 * @csspart caption - The line under the content: department, year, budget or final account, the source document and the data.
 * @csspart caption-link - The links of that line (source document, download data).
 * @csspart compare - With `compare-src`: which year the figures are compared with, a change of unit, and the lines found in one year only.
 *
 * @attr theme - Colour preset: `default`, `red` (government red), `high-contrast` or `dark`; the class `budget-theme-<name>` does the same.
 * @attr large-text - Large-text mode (适老化): type 1.25× the host’s font size, thicker focus ring, larger buttons; or the class `budget-large-text`.
 * @attr no-caption - Leaves out the caption line (department · year · 部门预算 · 原文 · 下载数据), e.g. where the page says it once for several widgets.
 *
 * @cssprop --budget-font-family - Font family (default: the system UI font with Noto Sans CJK SC, PingFang SC, Microsoft YaHei).
 * @cssprop --budget-color-text - Text colour.
 * @cssprop --budget-color-muted - Secondary text colour.
 * @cssprop --budget-color-background - Background colour; the element paints it itself.
 * @cssprop --budget-color-border - Border colour.
 * @cssprop --budget-color-header - Background of table headers.
 * @cssprop --budget-color-row-emphasis - Background of total and current rows.
 * @cssprop --budget-color-header-text - Text colour in table headers (white on the red preset's red headers).
 * @cssprop --budget-color-header-muted - Secondary text in table headers (column numbers, sort arrows).
 * @cssprop --budget-color-heading - Colour of headings and captions.
 * @cssprop --budget-color-accent - Colour of links, buttons and bars.
 * @cssprop --budget-color-positive - Colour of met targets and “adds up” results.
 * @cssprop --budget-color-warning - Colour of rounding notes.
 * @cssprop --budget-color-error - Colour of errors and of figures that do not add up.
 * @cssprop --budget-color-basic - Colour of basic expenditure in bars.
 * @cssprop --budget-color-project - Colour of project expenditure in bars.
 * @cssprop --budget-color-tooltip-background - Background of tooltips and cell explanations.
 * @cssprop --budget-color-tooltip-text - Text colour of tooltips and cell explanations.
 * @cssprop --budget-color-separator - Colour of dashed outlines (grouped and remainder arcs).
 * @cssprop --budget-color-arc-stroke - Lines between the sunburst's arcs (default: the background colour; black in high contrast).
 * @cssprop --budget-color-shadow - Shadow of tooltips and the glossary panel.
 * @cssprop --budget-focus-color - Colour of the focus indicator (keep 3:1 against the background).
 * @cssprop --budget-focus-width - Width of the focus indicator (default 0.2em; 0.3em in large text and high contrast).
 * @cssprop --budget-border-width - Width of frames, cards, controls and arc separators (default 1px; 2px in high contrast).
 * @cssprop --budget-hit-size - Minimum height of buttons and inputs (default 2.2em; 2.75em in large text).
 * @cssprop --budget-radius - Corner radius.
 */
export abstract class BudgetElement extends LitElement {
  /** The tokens, themes and large-text mode (src/styles/shared.ts); elements add their own after them. */
  static override styles: CSSResultGroup = [sharedStyles, captionStyles];

  static override properties: PropertyDeclarations = {
    src: { type: String },
    data: { attribute: false },
    lang: { type: String },
    noCaption: { type: Boolean, attribute: 'no-caption' },
    compareSrc: { type: String, attribute: 'compare-src' },
    compare: { attribute: false },
    link: { type: String },
  };

  /** URL of the standard budget JSON. */
  src?: string;
  /** The budget JSON as a value (wins over `src`). */
  data?: unknown;
  /** `zh-CN` (default) or `en`. */
  override lang = '';
  /** Leaves out the caption line under the content. */
  noCaption = false;
  /**
   * URL of the same department's file of another year (usually the year before): each figure is shown
   * with that year's, the change and its percentage; lines found in one year only, codes named otherwise
   * and a change of unit are said. A file of another department or of the same year is refused, in words.
   */
  compareSrc?: string;
  /** The other year's file as a value (wins over `compare-src`). */
  compare?: unknown;
  /**
   * Keeps the element's state in the page's address, so that a shared or reloaded link shows the same: the
   * compared year's file and what each element adds (a zoomed arc, a table, a project, a sort). The value
   * names the element in the address (`link="tree"` gives `?tree.root=20101`); empty, its id or tag.
   */
  link?: string | null;

  protected readonly budget = new BudgetController(this, () => ({ src: this.src, data: this.data }));
  /** The file of `compare-src`, through the same loader (each URL fetched once per page). */
  protected readonly compared = new BudgetController(this, () =>
    this.comparesYears ? { src: this.compareSrc || undefined, data: this.compare } : { src: undefined, data: undefined },
  );
  private pairMemo?: { current: BudgetDocument; other: BudgetDocument; pair: YearPair };
  constructor() {
    super();
    // Reads and writes the link (when `link` is set) as the element connects and updates.
    new LinkController(this);
  }

  /**
   * The state `link` keeps, once the data is there (undefined before: a link is never rewritten with the
   * defaults of an element still loading).
   * @internal
   */
  linkState(): LinkFields | undefined {
    if (this.budget.status !== 'complete') return undefined;
    return this.linkDefaults();
  }

  /**
   * The state as the properties give it now, loaded or not ("none": no year compared, so that a comparison
   * the page set and the reader took away stays away after a reload).
   * @internal
   */
  linkDefaults(): LinkFields {
    return { ...this.ownLinkState(), compare: this.compare === undefined ? this.compareSrc || 'none' : undefined };
  }

  /**
   * Sets the state a link gives.
   * @internal
   */
  restoreLink(fields: LinkFields): void {
    const c = fields.compare;
    if (c !== undefined && this.compare === undefined && (c === 'none' || linkedUrlAllowed(c, this.src, allowedOrigins()))) {
      this.compareSrc = c === 'none' ? undefined : c;
      this.linkedCompare = this.compareSrc;
    }
    this.restoreOwnLink(fields);
  }

  /** What an element adds to its link (a zoomed node, a table …); nothing by default. */
  protected ownLinkState(): LinkFields {
    return {};
  }

  /** Sets what an element adds to its link. */
  protected restoreOwnLink(_fields: LinkFields): void {}

  /** The compare-src a link gave: the file it loads must come from an origin a link may name, after redirects too. */
  private linkedCompare?: string;

  /** A file a link named that came, after a redirect, from an origin a link may not name. */
  private get compareRefused(): boolean {
    const url = this.compared.value?.url;
    return !!this.linkedCompare && this.compareSrc === this.linkedCompare && !!url && !linkedUrlAllowed(url, this.src, allowedOrigins());
  }

  /** Another year's file is asked for (`compare-src` not empty, or `compare`). */
  protected get comparesYears(): boolean {
    return !!this.compareSrc || this.compare !== undefined;
  }

  /** This file and the other year's, once both are loaded (with the problems that keep them apart, if any). */
  protected get yearPair(): YearPair | undefined {
    const current = this.budget.value?.document;
    const other = this.compared.status === 'complete' && this.comparesYears && !this.compareRefused ? this.compared.value?.document : undefined;
    if (!current || !other) return undefined;
    if (this.pairMemo?.current !== current || this.pairMemo.other !== other) this.pairMemo = { current, other, pair: pairYears(current, other) };
    return this.pairMemo.pair;
  }

  /** The two years can be compared: both loaded, same department, different years. */
  protected get comparing(): YearPair | undefined {
    const p = this.yearPair;
    return p && !p.problems.length ? p : undefined;
  }

  /**
   * What the element says of the other year's file: loading, cannot be loaded, cannot be compared (another
   * department, the same year), or which year and phase it is, with a change of unit; `lists` are the
   * element's own notes (lines in one year only, renamed codes).
   */
  protected renderCompareNote(lists: TemplateResult | typeof nothing = nothing): TemplateResult | typeof nothing {
    if (!this.comparesYears) return nothing;
    const c = this.t.compare;
    if (this.compared.status === 'pending') return html`<p class="compare-note" part="compare" role="status">${c.loading}</p>`;
    if (this.compared.status === 'error')
      return html`<p class="compare-note" part="compare" role="alert">${c.failed(this.compared.error!.localized(this.language))}</p>`;
    if (this.compareRefused) return html`<p class="compare-note" part="compare" role="alert">${c.failed(c.refused)}</p>`;
    const pair = this.yearPair;
    if (!pair) return nothing;
    if (pair.problems.length)
      return html`<p class="compare-note" part="compare" role="alert">${c.mismatch(pair.problems.map((p) => c.problems[p]).join(this.language === 'en' ? '; ' : '；'))}</p>`;
    const unitName = (u: AmountUnit) => (this.language === 'en' ? UNIT_WORDS_EN[u].name : u);
    return html`<div class="compare-note" part="compare">
      <p>
        ${c.against(pair.otherYear, c.phases[pair.other.meta.phase])}${this.language === 'en' ? '. ' : '。'}
        ${pair.otherUnit ? c.unitRestated(pair.otherYear, unitName(pair.otherUnit), unitName(pair.unit)) : nothing}
      </p>
      ${lists}
    </div>`;
  }

  /** A change in words, never by colour alone: "较上年增加 25万元（+109.12%）". */
  protected changeWords(c: LineChange, unit: AmountUnit, pair: YearPair): string {
    const t = this.t.compare;
    const dir = direction(c);
    if (!dir) return t.noFigure;
    const amount = dir === 'same' ? '' : this.readable(c.change!.replace(/^-/, ''), unit).text;
    const pct = c.percent !== undefined && dir !== 'same' ? `${Number(c.percent) > 0 ? '+' : ''}${c.percent}%` : '';
    return t.changeLine(pair.otherYear, pair.isPreviousYear, t[dir], amount, pct);
  }

  private readonly languages = new LangController(this);
  /** The language in force, resolved once per update (from `lang` or the closest ancestor's). */
  protected language: Lang = 'zh-CN';
  /** The interface strings in that language. */
  protected t: UIStrings = UI['zh-CN'];

  /** Subclasses that override this call `super.willUpdate` first: it sets `language` and `t`. */
  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.language = this.languages.resolve();
    this.t = UI[this.language];
  }

  override render(): TemplateResult {
    return renderWithStates(this.budget, this.language, () => html`${this.renderReady()}${this.caption()}`);
  }

  private caption(): TemplateResult | typeof nothing {
    const loaded = this.budget.value;
    if (this.noCaption || !loaded) return nothing;
    const doc = loaded.document;
    return renderCaption({
      t: this.t,
      doc,
      src: this.data === undefined ? this.src : undefined,
      data: (text) => this.dataText(text),
      // The data as the host gave it (a string of JSON, or a value).
      saveData: () =>
        downloadText(
          this.renderRoot,
          typeof this.data === 'string' ? this.data : JSON.stringify(this.data, null, 2),
          `${doc.meta.department.name.replace(/[\\/:*?"<>|\s]+/g, '_')}-${doc.meta.fiscalYear}.json`,
          'application/json',
        ),
    });
  }

  /**
   * Text from the data, as published: in an English widget, its Chinese runs are marked `lang="zh-CN"`
   * (a whole Chinese name, or the quoted Chinese inside an English message), so that screen readers read
   * them as Chinese.
   */
  protected dataText(text: string): TemplateResult | string {
    return published(text, this.language);
  }

  /**
   * A sentence the kit wrote around figures (a finding, the scope of the check): each amount in it kept on
   * one line, and, in English, its Chinese runs marked as Chinese.
   */
  protected prose(text: string): TemplateResult {
    const parts: Array<TemplateResult | string> = [];
    let at = 0;
    for (const m of text.matchAll(AMOUNT_IN_TEXT)) {
      if (m.index > at) parts.push(this.dataText(text.slice(at, m.index)));
      // "887.36万元" quoted from the document inside an English message is Chinese.
      parts.push(html`<span class="amount" lang=${this.language === 'en' && hasChinese(m[0]) ? 'zh-CN' : nothing}>${m[0]}</span>`);
      at = m.index + m[0].length;
    }
    if (at < text.length) parts.push(this.dataText(text.slice(at)));
    return html`${parts}`;
  }

  /** The content, once the budget is loaded and checked (render() shows the states around it). */
  protected abstract renderReady(): TemplateResult;

  /** The `unit` asked for, on the elements that have that attribute. */
  protected get unitAsked(): string | undefined {
    return undefined;
  }

  /** The unit amounts are shown in: the `unit` asked for when it is one, else `from`, as published. */
  protected displayUnit(from: AmountUnit): AmountUnit {
    const asked = this.unitAsked;
    return asked && isUnit(asked) ? asked : from;
  }

  /** An amount published in `from`, exactly, in the display unit and the element's language. */
  protected money(amount: string, from: AmountUnit, withUnit = true): string {
    return formatInUnit(amount, from, this.displayUnit(from), { withUnit, lang: this.language }).text;
  }

  /**
   * An amount as a reader takes it in: in the `unit` asked for, exactly, when there is one; otherwise in
   * the reader's scale (3.72亿元, 598.78万元), with the published figure as `exact`.
   */
  protected readable(amount: string, from: AmountUnit, signed = false): ReadableAmount {
    const asked = this.unitAsked;
    if (asked && isUnit(asked)) {
      const { text, rounded } = formatInUnit(amount, from, asked, { withUnit: true, lang: this.language, signed });
      return { text, exact: formatAmount(amount, { from, withUnit: true, lang: this.language, signed }), rounded };
    }
    return readableAmount(amount, from, this.language, signed);
  }

  /**
   * `readable()` as one unbreakable piece of text (`.amount`: never split across lines), the published
   * figure in its `title` when what is shown is rounded.
   */
  protected amount(amount: string, from: AmountUnit, signed = false): TemplateResult {
    const r = this.readable(amount, from, signed);
    return html`<span class="amount" title=${r.rounded ? r.exact : nothing}>${r.text}</span>`;
  }
}
