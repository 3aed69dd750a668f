// Tiny DOM helpers for the demo: elements from createElement and textContent only (never innerHTML).

export type Child = Node | string | null | undefined | false;

export interface Props {
  [attribute: string]: string | boolean | undefined;
}

/** `h('label', { for: 'x', class: 'y' }, 'text', child)`: attributes by name, `true` for a bare one. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Bilingual text as in the rest of the demo: 中文 <span lang="en">English</span>. */
export function bi(zh: string, en: string): DocumentFragment {
  const f = document.createDocumentFragment();
  if (zh === en) append(f, zh);
  else append(f, `${zh} `, h('span', { lang: 'en' }, en));
  return f;
}
