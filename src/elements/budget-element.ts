import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { BudgetController } from '../data/budget-controller.js';
import type { Lang } from '../model/messages.js';
import { UI, type UIStrings } from '../i18n/ui.js';
import { formatAmount, formatInUnit, isUnit, readableAmount, type ReadableAmount } from '../model/money.js';
import type { AmountUnit } from '../model/types.js';
import { sharedStyles } from '../styles/shared.js';
import { captionStyles, renderCaption } from './caption.js';
import { downloadText } from './download.js';
import { hasChinese, published } from './zh-text.js';
import { LangController } from './lang-controller.js';
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
  };

  /** URL of the standard budget JSON. */
  src?: string;
  /** The budget JSON as a value (wins over `src`). */
  data?: unknown;
  /** `zh-CN` (default) or `en`. */
  override lang = '';
  /** Leaves out the caption line under the content. */
  noCaption = false;

  protected readonly budget = new BudgetController(this, () => ({ src: this.src, data: this.data }));
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
