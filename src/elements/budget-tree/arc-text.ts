import { arcCentroid, arcLength, fitText, textWidth, type ArcLayout } from '../../layout/sunburst.js';

/**
 * An arc's label: where it goes (the centre of its band) and as much of `text` as fits along the arc, in
 * type of 0.72 × `fontPx`; undefined when the band is too thin or short, or not two characters fit.
 */
export function arcLabelFit(a: ArcLayout, text: string, fontPx: number): { x: number; y: number; text: string } | undefined {
  const em = fontPx * 0.72;
  if (a.r1 - a.r0 < em * 1.6 || arcLength(a) < em * 2.5) return undefined;
  const [x, y] = arcCentroid(a);
  // The label is level and centred on the band's middle: its two ends must stay inside the band's outer
  // circle (on the chart, not past its edge at 3 and 9 o'clock) and outside its inner circle (not over the ring within).
  const outer = 2 * (Math.sqrt(Math.max(0, a.r1 * a.r1 - y * y)) - Math.abs(x));
  const inner = y * y < a.r0 * a.r0 ? 2 * (Math.abs(x) - Math.sqrt(a.r0 * a.r0 - y * y)) : Infinity;
  const room = Math.min(arcLength(a), (a.r1 - a.r0) * 1.9, outer, inner) - em;
  const shown = fitText(text, room, em);
  if (!shown) return undefined;
  return { x, y, text: shown };
}

/**
 * The centre disc's type size (px) and the name as it fits: on small charts the type shrinks (down to 65%
 * of `fontPx`) so the amount and the share fit in the disc of radius `hole`; the name is shortened.
 */
export function centreFit(name: string, amount: string, share: string, hole: number, fontPx: number): { em: number; name: string } {
  const room = hole * 1.75;
  const widest = Math.max(textWidth(amount, fontPx), textWidth(share, fontPx * 0.8));
  const em = fontPx * Math.max(0.65, Math.min(1, room / widest));
  return { em, name: fitText(name, room, em * 0.95) ?? '' };
}
