/** Elements under `root`, shadow roots included (text and comment nodes are not counted): the benches' DOM size. */
export function countNodes(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    if (node instanceof Element) {
      n++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const c of node.childNodes) walk(c);
  };
  walk(root);
  return n;
}

/** Times named steps one by one: `time(name, f)` runs f and records its script time in `out` (ms). */
export function stepTimer(): { out: Record<string, number>; time: <T>(name: string, f: () => T) => T } {
  const out: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    out[name] = performance.now() - t;
    return r;
  };
  return { out, time };
}
