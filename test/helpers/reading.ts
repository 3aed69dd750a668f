// What a reader gets from an element's shadow tree: amounts drawn on more than one line, and Chinese text
// not marked as Chinese (for English pages).

/** An amount as the kit prints it: grouped digits or a decimal, with its unit when it has one. */
const AMOUNT =
  /[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:万元|亿元|元|million yuan|billion yuan|yuan))?|[-+]?\d+\.\d+(?:\s?(?:万元|亿元|元|million yuan|billion yuan|yuan))?/g;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Text nodes in an element's shadow tree (and open details), with the element each sits in. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n as Text);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLTemplateElement || n instanceof HTMLStyleElement) return;
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

const visible = (t: Text) => {
  const el = t.parentElement;
  return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('svg text, .visually-hidden');
};

/** Amounts drawn on more than one line: a Range over each amount gives one rect per line box. */
export function splitAmounts(el: HTMLElement): string[] {
  const bad: string[] = [];
  for (const t of textNodes(el.shadowRoot!)) {
    if (!visible(t)) continue;
    for (const m of t.data.matchAll(AMOUNT)) {
      const r = document.createRange();
      r.setStart(t, m.index!);
      r.setEnd(t, m.index! + m[0].length);
      const tops = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
      if (tops.size > 1) bad.push(m[0]);
    }
  }
  return bad;
}

/** CJK text that is not inside an element marked lang="zh-CN". */
export function unmarkedChinese(el: HTMLElement): string[] {
  return textNodes(el.shadowRoot!)
    .filter((t) => CJK.test(t.data) && t.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'zh-CN')
    .filter((t) => !t.parentElement?.closest('style'))
    .map((t) => `${t.parentElement?.localName}: ${t.data.trim().slice(0, 40)}`);
}
