import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { BudgetController } from '../data/budget-controller.js';
import type { BudgetLoadError } from '../data/errors.js';
import { resolveLang, type Lang } from '../i18n/messages.js';
import { UI } from '../i18n/ui.js';

type Host = HTMLElement & { requestUpdate(): void };

/** Connected elements whose language comes from an ancestor: re-rendered when some `lang` attribute changes. */
const inheriting = new Set<Host>();
const watched = new WeakSet<HTMLElement>();
const observed = new WeakSet<Document>();

function observeLang(doc: Document): void {
  if (observed.has(doc) || typeof MutationObserver === 'undefined') return;
  observed.add(doc);
  new MutationObserver(() => {
    for (const el of inheriting) if (el.ownerDocument === doc && !el.lang) el.requestUpdate();
  }).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Watches an element that inherits its language: while connected it is in `inheriting` (so a removed
 * element is not kept alive), and re-attaching it (to another section, or by an accessibility toolbar)
 * re-reads the inherited language. A `lang` changed inside another component's shadow root is not seen;
 * moving the element or setting its own `lang` is.
 */
function watchInheritedLang(host: HTMLElement): void {
  const lit = host as Host & Partial<ReactiveControllerHost>;
  if (watched.has(host) || typeof lit.requestUpdate !== 'function' || typeof lit.addController !== 'function') return;
  watched.add(host);
  // (addController calls hostConnected at once for a connected host: that first call is not a move.)
  let adding = true;
  lit.addController({
    hostConnected: () => {
      inheriting.add(lit);
      observeLang(lit.ownerDocument);
      if (!adding) lit.requestUpdate();
    },
    hostDisconnected: () => {
      inheriting.delete(lit);
    },
  });
  adding = false;
  if (host.isConnected) {
    inheriting.add(lit);
    observeLang(host.ownerDocument);
  }
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

/** Problems shown in the error state; the rest are counted. */
const SHOWN_PROBLEMS = 8;

/** The first problems with their JSON paths, and how many more there are (never a silent cut). */
function details(e: BudgetLoadError, lang: Lang): TemplateResult {
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
        ${e.issues.length ? details(e, lang) : nothing}
        <slot class="fallback"></slot>
      </div>`,
      complete,
    })}
  </div>`;
}
