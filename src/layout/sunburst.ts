import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import { arc as d3arc } from 'd3-shape';
import { publishedDecimals, scaled, unscaled } from '../model/money.js';
import { amountFor, walkTree, type ClassNode, type Measure } from '../model/tree.js';

/** What one node of the chart stands for. */
export interface SunDatum {
  /** Unique id: the code, or a synthetic id for remainder rows. */
  id: string;
  code?: string;
  name: string;
  /** 'item' a published row; 'remainder' the part of a parent its children do not cover (未分项). */
  kind: 'item' | 'remainder';
  /** The published amount for the measure (exact), or the computed remainder. */
  amount: string;
  /** Where the children add up to more than the published parent: children sum − parent (exact). */
  excess?: string;
  /** The published children, for the table twin (includes rows with no amount in this measure). */
  source?: ClassNode;
  /** The amount as a float: for angles only, never for display or sums. */
  value: number;
}

/** A node with its absolute angular extent in the whole tree, [x0, x1] ⊂ [0, 1]. */
export type SunNode = HierarchyNode<SunDatum> & { x0: number; x1: number };

/**
 * Builds the chart hierarchy from a classification tree for one measure, keeping published figures:
 * a parent's extent is its published amount; when its children add up to less, the rest becomes a
 * 'remainder' child (未分项); when they add up to more, they are scaled into the parent and the excess is
 * recorded. Rows with no positive amount in the measure are left out of the chart (the table keeps them).
 */
export function buildSunburst(root: ClassNode, measure: Measure, rootName?: string): SunNode | undefined {
  type Built = SunDatum & { kids: Built[] };
  // Exact sums in scaled integers: one common scale, the most digits any published amount has.
  let scale = 0;
  for (const n of walkTree(root)) {
    const t = amountFor(n.amounts, measure);
    if (t !== undefined) scale = Math.max(scale, publishedDecimals(t));
  }
  const build = (n: ClassNode, text: string, value: bigint): Built => {
    const d: Built = { id: n.id ?? (n.code || 'root'), name: n.name, kind: 'item', amount: text, source: n, kids: [], value: Number(text) };
    if (n.code) d.code = n.code;
    let sum = 0n;
    for (const c of n.children) {
      const t = amountFor(c.amounts, measure);
      if (t === undefined) continue;
      const v = scaled(t, scale);
      if (v <= 0n) continue;
      sum += v;
      d.kids.push(build(c, t, v));
    }
    if (d.kids.length) {
      if (sum < value) {
        const rest = unscaled(value - sum, scale);
        d.kids.push({ id: `${d.id}~rest`, name: '', kind: 'remainder', amount: rest, kids: [], value: Number(rest) });
      } else if (sum > value) {
        d.excess = unscaled(sum - value, scale);
      }
    }
    return d;
  };
  const published = amountFor(root.amounts, measure);
  let data: Built;
  if (published !== undefined && scaled(published, scale) > 0n) {
    data = build(root, published, scaled(published, scale));
  } else {
    // No published total in this measure: the whole is the sum of the published parts.
    const probe = build(root, '0', 0n);
    const total = probe.kids.reduce((acc, k) => acc + (k.kind === 'item' ? scaled(k.amount, scale) : 0n), 0n);
    if (total <= 0n) return undefined;
    data = build(root, unscaled(total, scale), total);
  }
  if (rootName) data.name = rootName;
  const h = hierarchy<SunDatum>(data, (d) => (d as Built).kids) as SunNode;
  // The nodes hold their children now: the data's own lists would only double the memory of a large tree
  // (one shared empty list in their place keeps the objects' shape, which `delete` would not).
  const none: Built[] = [];
  h.each((n) => ((n.data as Built).kids = none));
  partition(h);
  return h;
}

/** Lays children inside their parent by published amount; a remainder child comes last. */
function partition(root: SunNode): void {
  root.x0 = 0;
  root.x1 = 1;
  root.eachBefore((node) => {
    const n = node as SunNode;
    if (!n.children) return;
    const kids = n.children as SunNode[];
    // Largest first, so that the thinnest arcs sit together and can be merged; 未分项 stays last.
    kids.sort((a, b) => (a.data.kind === b.data.kind ? b.data.value - a.data.value : a.data.kind === 'remainder' ? 1 : -1));
    const total = kids.reduce((s, c) => s + c.data.value, 0);
    const span = n.x1 - n.x0;
    const scale = Math.max(total, n.data.value);
    let x = n.x0;
    for (const c of kids) {
      c.x0 = x;
      x += (c.data.value / scale) * span;
      c.x1 = x;
    }
  });
}

/** Where an arc is drawn. Angles in radians, radii in px. */
interface ArcBand {
  id: string;
  /** Depth relative to the focus (1 = first ring). */
  ring: number;
  a0: number;
  a1: number;
  r0: number;
  r1: number;
}

/** An arc for one node of the chart. */
export interface NodeArc extends ArcBand {
  node: SunNode;
  merged?: undefined;
}

/** A merged arc (其他 N 项): the thin children of one parent, drawn as one. */
export interface MergedArc extends ArcBand {
  node?: undefined;
  /** The nodes it stands for, in order (two or more). */
  merged: SunNode[];
}

/** One drawn arc: a node's, or a merged one; `a.merged` tells them apart. */
export type ArcLayout = NodeArc | MergedArc;

export interface SunburstView {
  /** The zoom focus. */
  focus: SunNode;
  /** Rings shown outside the centre. */
  depth: number;
  /** Outer radius in px. */
  radius: number;
  /** Arcs shorter than this (px, along their outer edge) are merged per parent when two or more are. */
  minArcPx?: number;
}

/** Radius of the centre disc and of each ring. */
export function ringRadii(radius: number, depth: number): { hole: number; ring: number } {
  const hole = radius * 0.3;
  return { hole, ring: (radius - hole) / depth };
}

/**
 * The arcs to draw for a focus: every visible node within `depth` rings, with the thin children of each
 * parent merged into one arc, so the DOM stays small whatever the budget's size.
 * `domain` lets a transition interpolate between two foci ([x0, x1] and the depth the centre shows).
 */
export function layoutArcs(view: SunburstView, domain?: { x0: number; x1: number; depth: number }): ArcLayout[] {
  const { focus, depth, radius } = view;
  const minArc = view.minArcPx ?? 1;
  const d = domain ?? { x0: focus.x0, x1: focus.x1, depth: focus.depth };
  const k = (2 * Math.PI) / (d.x1 - d.x0);
  const { hole, ring } = ringRadii(radius, depth);
  const angle = (x: number) => Math.max(0, Math.min(2 * Math.PI, (x - d.x0) * k));
  const arcs: ArcLayout[] = [];
  const visit = (parent: SunNode) => {
    const kids = (parent.children ?? []) as SunNode[];
    if (!kids.length) return;
    const rel = kids[0].depth - d.depth;
    if (rel > depth + 0.999 || rel < 0) return;
    const r0 = hole + (rel - 1) * ring;
    const r1 = r0 + ring;
    const thin: SunNode[] = [];
    for (const c of kids) {
      const a0 = angle(c.x0);
      const a1 = angle(c.x1);
      if (a1 - a0 <= 0) continue;
      if ((a1 - a0) * Math.max(r1, 1) < minArc && c.data.kind !== 'remainder') {
        thin.push(c);
        continue;
      }
      arcs.push({ id: c.data.id, node: c, ring: rel, a0, a1, r0, r1 });
      visit(c);
    }
    if (thin.length === 1) {
      // A lone thin arc is drawn as it is (nothing to merge it with), and so are its children.
      const c = thin[0];
      arcs.push({ id: c.data.id, node: c, ring: rel, a0: angle(c.x0), a1: angle(c.x1), r0, r1 });
      visit(c);
    } else if (thin.length > 1) {
      arcs.push({ id: `${parent.data.id}~more`, merged: thin, ring: rel, a0: angle(thin[0].x0), a1: angle(thin[thin.length - 1].x1), r0, r1 });
    }
  };
  visit(focus);
  return arcs;
}

const arcGen = d3arc<ArcLayout>()
  .startAngle((a) => a.a0)
  .endAngle((a) => a.a1)
  .innerRadius((a) => a.r0)
  .outerRadius((a) => Math.max(a.r0, a.r1 - 1))
  .padAngle((a) => Math.min((a.a1 - a.a0) / 2, 0.004))
  .padRadius((a) => a.r1);

/** SVG path data of an arc (d3-shape, no DOM). */
export function arcPath(a: ArcLayout): string {
  return arcGen(a) ?? '';
}

/** Centre of an arc's band, for its label. */
export function arcCentroid(a: ArcLayout): [number, number] {
  const mid = (a.a0 + a.a1) / 2;
  const r = (a.r0 + a.r1) / 2;
  return [Math.sin(mid) * r, -Math.cos(mid) * r];
}

/** Length of the arc at its middle radius, in px: how much room a label has. */
export function arcLength(a: ArcLayout): number {
  return (a.a1 - a.a0) * ((a.r0 + a.r1) / 2);
}

/** Looks a node up by code (or id) in the chart tree. */
export function findNode(root: SunNode, id: string): SunNode | undefined {
  return root.find((n) => n.data.id === id || n.data.code === id) as SunNode | undefined;
}

/** Rough width of one character in em: CJK characters take 1em, others about 0.6em. */
function charEm(ch: string): number {
  return /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.6;
}

/** Rough width of a text in px. */
export function textWidth(text: string, emPx: number): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w * emPx;
}

/**
 * The text, shortened with an ellipsis to fit `maxPx`; undefined when not even two characters fit.
 * One pass over the characters that fit, however long the text: a name of 16,000 characters costs no
 * more than one that just fits.
 */
export function fitText(text: string, maxPx: number, emPx: number): string | undefined {
  const ellipsis = charEm('…');
  let width = 0;
  let chars = 0;
  let used = 0; // code units of the characters read so far
  let cut = -1; // code units of the longest prefix (of two characters or more) that fits with the ellipsis
  for (const ch of text) {
    width += charEm(ch);
    if (width * emPx > maxPx) break;
    used += ch.length;
    chars++;
    if (chars >= 2 && (width + ellipsis) * emPx <= maxPx) cut = used;
  }
  if (used === text.length) return text;
  return cut < 0 ? undefined : `${text.slice(0, cut)}…`;
}
