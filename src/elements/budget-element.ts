import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { BudgetController } from '../data/budget-controller.js';
import type { Lang } from '../model/messages.js';
import { UI, type UIStrings } from '../i18n/ui.js';
import { formatAmount, isUnit } from '../model/money.js';
import type { AmountUnit } from '../model/types.js';
import { sharedStyles } from '../styles/shared.js';
import { LangController } from './lang-controller.js';
import { renderWithStates } from './load-states.js';

/**
 * What every budget element shares: its source (`src` or `data`) and the loader behind it, its language,
 * the loading and error states around its content, exact money formatting, and the theme tokens below.
 *
 * @csspart base - The wrapper of everything.
 * @csspart state - The loading and error messages.
 *
 * @attr theme - Colour preset: `default`, `red` (government red), `high-contrast` or `dark`; the class `budget-theme-<name>` does the same.
 * @attr large-text - Large-text mode (适老化): type 1.25× the host’s font size, thicker focus ring, larger buttons; or the class `budget-large-text`.
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
  static override styles: CSSResultGroup = sharedStyles;

  static override properties: PropertyDeclarations = {
    src: { type: String },
    data: { attribute: false },
    lang: { type: String },
  };

  /** URL of the standard budget JSON. */
  src?: string;
  /** The budget JSON as a value (wins over `src`). */
  data?: unknown;
  /** `zh-CN` (default) or `en`. */
  override lang = '';

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
    return renderWithStates(this.budget, this.language, () => this.renderReady());
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
    return formatAmount(amount, { from, to: this.displayUnit(from), withUnit, lang: this.language, exact: true });
  }
}
