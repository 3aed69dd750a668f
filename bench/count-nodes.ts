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
