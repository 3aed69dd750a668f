/**
 * The `<div data-budget-widget="budget-tree" data-src="…">` form, for rich-text editors (UEditor,
 * CKEditor, TinyMCE, WordPress without unfiltered_html) that strip unknown tags and scripts but keep
 * `div`s and `data-*` attributes. Each such div gets the element inside it; the div's own children
 * are fallback content (a link to the data or the PDF) and move into the element, which shows them
 * only when it cannot show its data. No DOM library, no HTML parsing: only attributes on the allow-list are copied.
 */
import { WIDGET_TAGS, type WidgetTag } from '../elements/tag-names.js';

export { WIDGET_TAGS, type WidgetTag };

const SELECTOR = '[data-budget-widget]';
const DONE = 'data-budget-upgraded';
/** Attributes every element takes besides the ones it observes (no `title`: a tooltip over the whole widget). */
const COMMON = ['lang', 'theme', 'large-text', 'class'];

export function isWidgetTag(tag: string): tag is WidgetTag {
  return (WIDGET_TAGS as readonly string[]).includes(tag);
}

/**
 * The attributes a widget accepts from outside (a div's data-*, the embed page's query): the ones its
 * class observes, plus the common ones. Event handler attributes (`on…`) never pass.
 */
export function allowedAttributes(tag: WidgetTag, registry: CustomElementRegistry = customElements): Set<string> {
  const ctor = registry.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  const names = [...COMMON, ...(ctor?.observedAttributes ?? [])];
  return new Set(names.filter((n) => !n.startsWith('on') && !n.startsWith('_')));
}

/** Upgrades one div; returns the element it made, or undefined (already done, unknown, or waiting for its tag). */
function upgrade(div: HTMLElement): HTMLElement | undefined {
  if (div.hasAttribute(DONE)) return undefined;
  const tag = (div.getAttribute('data-budget-widget') ?? '').trim().toLowerCase();
  if (!isWidgetTag(tag)) {
    // Not marked done: correcting the name later (data-budget-widget is observed) upgrades it.
    console.warn(`budget-widgets: data-budget-widget="${tag}" is not one of ${WIDGET_TAGS.join(', ')}; the div's own content stays.`);
    return undefined;
  }
  const doc = div.ownerDocument;
  const registry = doc.defaultView?.customElements ?? customElements;
  if (!registry.get(tag)) {
    // Called before the tags are registered: the element's attributes are known only once it is.
    registry.whenDefined(tag).then(
      () => upgrade(div),
      () => undefined,
    );
    return undefined;
  }
  div.setAttribute(DONE, '');
  const el = doc.createElement(tag);
  const allowed = allowedAttributes(tag, registry);
  for (const { name, value } of Array.from(div.attributes)) {
    if (!name.startsWith('data-') || name === 'data-budget-widget' || name === DONE) continue;
    const attr = name.slice(5);
    if (allowed.has(attr)) el.setAttribute(attr, value);
    else console.warn(`budget-widgets: <${tag}> has no attribute "${attr}" (from ${name}); ignored.`);
  }
  // The fallback content becomes the element's light DOM: kept in the page, shown by the element
  // only if its data cannot be shown.
  el.append(...Array.from(div.childNodes));
  div.append(el);
  return el;
}

/** Upgrades every `[data-budget-widget]` div in (and including) `root` that is not done yet. */
export function upgradeWidgets(root: ParentNode = document): HTMLElement[] {
  const found: HTMLElement[] = [];
  if (root instanceof Element && root.matches(SELECTOR)) found.push(root as HTMLElement);
  found.push(...Array.from(root.querySelectorAll<HTMLElement>(SELECTOR)));
  return found.map(upgrade).filter((el): el is HTMLElement => el !== undefined);
}

const observers = new WeakMap<Document, MutationObserver>();

/**
 * Upgrades the divs in `doc` now and every one added later (a CMS that inserts content after load, a
 * tab that renders on demand, a script that sets data-budget-widget afterwards). One observer per
 * document, however often this is called.
 */
export function observeWidgets(doc: Document = document): MutationObserver {
  let observer = observers.get(doc);
  if (observer) return observer;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') upgradeWidgets(record.target as Element);
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) upgradeWidgets(node as Element);
      }
    }
  });
  // New nodes, and divs that get (or correct) their data-budget-widget after insertion.
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-budget-widget'] });
  observers.set(doc, observer);
  upgradeWidgets(doc);
  return observer;
}
