import type { ArcLayout, SunNode } from '../../layout/sunburst.js';

/** The keys that move between arcs: along a ring among siblings, or in and out a ring. */
const MOVE_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowDown', 'ArrowUp']);

/** Whether `key` moves between arcs (see {@link nextArc}). */
export function isMoveKey(key: string): boolean {
  return MOVE_KEYS.has(key);
}

/** The id of the node an arc's node (or merged nodes) hangs from. */
export function parentId(a: ArcLayout): string {
  const n = a.merged ? a.merged[0] : a.node;
  return (n.parent as SunNode | null)?.data.id ?? '';
}

/**
 * The arc a key moves to from `current`: ArrowRight and ArrowLeft go round its siblings (wrapping),
 * Home and End to the first and last of them, ArrowDown to its first child, ArrowUp to its parent.
 * Undefined when there is none (a leaf, the first ring, a merged arc) or the key is no move key.
 */
export function nextArc(arcs: readonly ArcLayout[], current: ArcLayout, key: string): ArcLayout | undefined {
  const siblings = () => arcs.filter((a) => parentId(a) === parentId(current));
  switch (key) {
    case 'ArrowRight': {
      const s = siblings();
      return s[(s.indexOf(current) + 1) % s.length];
    }
    case 'ArrowLeft': {
      const s = siblings();
      return s[(s.indexOf(current) - 1 + s.length) % s.length];
    }
    case 'Home':
      return siblings()[0];
    case 'End': {
      const s = siblings();
      return s[s.length - 1];
    }
    case 'ArrowDown':
      return current.node ? arcs.find((a) => a.node?.parent === current.node) : undefined;
    case 'ArrowUp': {
      const parent = current.node?.parent;
      return parent ? arcs.find((a) => a.node === parent) : undefined;
    }
    default:
      return undefined;
  }
}

/** Each arc's place among its siblings (aria-setsize, aria-posinset), by arc id. */
export function siblingPositions(arcs: readonly ArcLayout[]): Map<string, { size: number; pos: number; parent: string }> {
  const groups = new Map<string, ArcLayout[]>();
  for (const a of arcs) {
    const parent = parentId(a);
    const g = groups.get(parent) ?? [];
    g.push(a);
    groups.set(parent, g);
  }
  const out = new Map<string, { size: number; pos: number; parent: string }>();
  for (const [parent, g] of groups) g.forEach((a, i) => out.set(a.id, { size: g.length, pos: i + 1, parent }));
  return out;
}
