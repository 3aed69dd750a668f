import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetController } from '../data/budget-controller.js';
import { resolveLang, type Lang } from '../i18n/messages.js';
import { UI } from '../i18n/ui.js';

/** The element's language: its own `lang`, else the closest ancestor's, else zh-CN. */
export function elementLang(host: HTMLElement): Lang {
  return resolveLang(host.lang || host.closest('[lang]')?.getAttribute('lang'));
}

/**
 * What every element shows around its content: nothing set, loading, or a localized error with the
 * schema problems a webmaster can act on; `complete` renders the content once the budget is there.
 */
export function renderWithStates(budget: BudgetController, lang: Lang, complete: () => TemplateResult): TemplateResult {
  const t = UI[lang];
  return html`<div class="base" part="base" lang=${lang}>
    ${budget.render({
      initial: () => html`<p class="state" part="state">${t.noData}</p>`,
      pending: () => html`<p class="state" part="state" role="status">${t.loading}</p>`,
      error: (e) => html`<div class="state error" part="state" role="alert">
        <strong>${t.errorTitle}</strong>
        <p>${e.localized(lang)}</p>
        ${e.issues.length ? html`<ul>${e.details(lang).slice(0, 8).map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
      </div>`,
      complete,
    })}
  </div>`;
}
