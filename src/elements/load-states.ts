import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetController } from '../data/budget-controller.js';
import type { BudgetLoadError } from '../data/errors.js';
import type { Lang } from '../model/messages.js';
import { UI } from '../i18n/ui.js';

/** Problems shown in the error state; the rest are counted. */
const SHOWN_PROBLEMS = 8;

/** The first problems with their JSON paths, and how many more there are (never a silent cut). */
export function details(e: BudgetLoadError, lang: Lang): TemplateResult {
  // The validator's own "and N more" line is not one of the problems.
  const listed = e.issues.filter((i) => i.code !== 'schema.more' && i.code !== 'schema.moreWarnings');
  const shown = listed.slice(0, SHOWN_PROBLEMS);
  const total = typeof e.params.count === 'number' ? Math.max(e.params.count, listed.length) : listed.length;
  const rest = total - shown.length;
  return html`<ul>
    ${shown.map((i) => html`<li>${i.path}: ${i.message[lang]}</li>`)}
    ${rest > 0 ? html`<li class="more">${UI[lang].moreProblems(rest)}</li>` : nothing}
  </ul>`;
}

/**
 * The room a loading element keeps for its content, so that the page below it does not jump when the data
 * arrives (issue 18): empty shapes with no text, which each element's styles size in em. Eight
 * of them, the cards of a full <budget-summary>; one square for <budget-tree>; one block for the tables.
 */
const RESERVE = html`<span class="reserve" aria-hidden="true"><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i></span>`;

/**
 * What every element shows around its content: nothing set, loading, or a localized error with the
 * schema problems a webmaster can act on; `complete` renders the content once the budget is there. Only the
 * loading state is as tall as the content will be; an error or an empty element is as tall as its message.
 */
export function renderWithStates(budget: BudgetController, lang: Lang, complete: () => TemplateResult): TemplateResult {
  const t = UI[lang];
  return html`<div class="base" part="base" lang=${lang}>
    ${budget.render({
      initial: () => html`<p class="state" part="state">${t.noData}</p>`,
      pending: () => html`<p class="state loading" part="state" role="status"><span class="label">${t.loading}</span>${RESERVE}</p>`,
      error: (e) => html`<div class="state error" part="state" role="alert">
        <strong>${t.errorTitle}</strong>
        <p>${e.localized(lang)}</p>
        ${e.issues.length ? details(e, lang) : nothing}
        <slot class="fallback"></slot>
      </div>`,
      complete,
    })}
  </div>`;
}
