import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { BudgetController } from '../data/budget-controller.js';
import { resolveLang, type Lang } from '../i18n/messages.js';
import { UI } from '../i18n/ui.js';

/** Elements whose language comes from an ancestor, to re-render when some `lang` attribute changes. */
const inheriting: WeakRef<HTMLElement & { requestUpdate(): void }>[] = [];
const watched = new WeakSet<HTMLElement>();
let langObserver: MutationObserver | undefined;

function watchInheritedLang(host: HTMLElement): void {
  const lit = host as HTMLElement & Partial<ReactiveControllerHost>;
  if (watched.has(host) || typeof lit.requestUpdate !== 'function' || typeof MutationObserver === 'undefined') return;
  watched.add(host);
  inheriting.push(new WeakRef(lit as HTMLElement & { requestUpdate(): void }));
  // Moved elsewhere (another section, or by an accessibility toolbar): the inherited language may differ.
  // (addController calls hostConnected at once for a connected host: that first call is not a move.)
  let adding = true;
  lit.addController?.({
    hostConnected: () => {
      if (!adding) lit.requestUpdate!();
    },
  });
  adding = false;
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (let i = inheriting.length - 1; i >= 0; i--) {
      const el = inheriting[i]!.deref();
      if (!el) inheriting.splice(i, 1);
      else if (el.isConnected && !el.lang) el.requestUpdate();
    }
  });
  langObserver.observe(host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The closest `lang` attribute, from the element outwards, crossing shadow roots to their hosts. */
function inheritedLang(host: Element): string | null {
  let node: Element | null = host;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The element's language: its own `lang`, else the closest ancestor's (re-rendered when that
 * changes), else zh-CN.
 */
export function elementLang(host: HTMLElement): Lang {
  if (host.lang) return resolveLang(host.lang);
  watchInheritedLang(host);
  return resolveLang(inheritedLang(host));
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
