import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../model/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Connected hosts whose language comes from an ancestor: re-rendered when some `lang` attribute changes. */
const inheriting = new Set<Host>();
const observed = new WeakSet<Document>();

/** One observer per document, for every inheriting host in it. */
function observeLang(doc: Document): void {
  if (observed.has(doc) || typeof MutationObserver === 'undefined') return;
  observed.add(doc);
  new MutationObserver(() => {
    for (const el of inheriting) if (el.ownerDocument === doc && !el.lang) el.requestUpdate();
  }).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
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
 * An element's language: its own `lang`, else the closest ancestor's, else zh-CN.
 *
 * Once the host has inherited its language, it is watched: a `lang` changed on any ancestor re-renders it,
 * and so does re-attaching it (to another section, or by an accessibility toolbar). While disconnected it is
 * not referenced (a removed element is not kept alive). A `lang` changed inside another component's shadow
 * root is not seen; moving the element or setting its own `lang` is.
 */
export class LangController implements ReactiveController {
  /** The language as of the last {@link resolve}. */
  value: Lang = 'zh-CN';

  private inherits = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Reads the language now. The host calls it at the start of each update (in `willUpdate`, which runs
   * before the controllers' `hostUpdate`, so the host's own derived values see the new language).
   */
  resolve(): Lang {
    const host = this.host;
    if (host.lang) return (this.value = resolveLang(host.lang));
    if (!this.inherits) {
      this.inherits = true;
      if (host.isConnected) this.watch();
    }
    return (this.value = resolveLang(inheritedLang(host)));
  }

  hostConnected(): void {
    if (!this.inherits) return;
    this.watch();
    // A moved element reads the language of its new place.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    inheriting.delete(this.host);
  }

  private watch(): void {
    inheriting.add(this.host);
    observeLang(this.host.ownerDocument);
  }
}
