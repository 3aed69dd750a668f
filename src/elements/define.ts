import { VERSION } from '../version.js';

/** Marks a constructor as this kit's, with its version, so a second copy on the page can recognise it. */
const VERSION_KEY = 'budgetWidgetsVersion';

type Tagged = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers custom elements unless their tags are taken (a page that loads the kit twice, or two
 * versions of it): defining a tag twice never throws. The same version already there is silent; tags
 * held by another version or another script give one console warning for the whole call.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>, registry: CustomElementRegistry = customElements): void {
  const conflicts: string[] = [];
  const failures: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = registry.get(tag) as Tagged | undefined;
    if (existing) {
      if (existing !== ctor && existing[VERSION_KEY] !== VERSION) {
        conflicts.push(`<${tag}> (${existing[VERSION_KEY] ? `version ${existing[VERSION_KEY]}` : 'another script'})`);
      }
      continue;
    }
    try {
      registry.define(tag, ctor);
      Object.defineProperty(ctor, VERSION_KEY, { value: VERSION, configurable: true });
    } catch (err) {
      // The same class already under another tag, or an invalid name: report it, never break the page.
      failures.push(`<${tag}> (${String(err)})`);
    }
  }
  if (conflicts.length) {
    console.warn(`budget-widgets ${VERSION}: kept the elements already defined on this page: ${conflicts.join(', ')}.`);
  }
  if (failures.length) console.warn(`budget-widgets ${VERSION}: could not define ${failures.join(', ')}.`);
}

/** Registers one element (see {@link defineElements}). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  defineElements({ [tag]: ctor });
}
