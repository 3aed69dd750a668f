/**
 * Registers a custom element unless the tag is taken already (a page that loads the kit twice, or two
 * versions of it): defining a tag twice must never throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`budget-widgets: <${tag}> is already defined by another script; keeping that one.`);
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (err) {
    // The same class registered under another tag, or an invalid name: report it, never break the page.
    console.warn(`budget-widgets: <${tag}> could not be defined:`, err);
  }
}
