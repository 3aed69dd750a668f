/**
 * Colours for the chart: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), one hue per top-level category, lighter with each ring.
 */
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: number[]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Mixes a colour with white: t = 0 keeps it, 1 gives white. */
export function lighten(color: string, t: number): string {
  return hex(rgb(color).map((c) => c + (255 - c) * t));
}

/**
 * Fill of an arc: its category's hue, lighter with depth (ring 1 is the base hue); below ring 1 every
 * other sibling is a shade lighter, so a budget that is mostly one category does not read as one disc.
 */
export function arcFill(categoryIndex: number, depth: number, siblingIndex = 0): string {
  const base = OKABE_ITO[categoryIndex % OKABE_ITO.length];
  const shade = depth > 1 && siblingIndex % 2 ? 0.14 : 0;
  return lighten(base, Math.min(0.7, 0.12 + 0.2 * (depth - 1) + shade));
}

/** Fill of 未分项 and merged arcs: neutral, so they never read as a category. */
export const NEUTRAL_FILL = '#d9dde3';

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function labelColor(fill: string): string {
  return contrast(fill, '#111111') >= contrast(fill, '#ffffff') ? '#111111' : '#ffffff';
}

/**
 * Fills of a variance view, by execution band (决算 against 预算): well under, under, near, over the budget.
 * Each is told in words too (the legend, the tooltip and the table give every rate), never by colour alone.
 */
export const EXECUTION_FILLS = { under80: '#D55E00', under95: '#F0B070', near: '#56B4E9', over: '#7F3C8D' } as const;

/**
 * The change view's fills (another year against this one): a blue–orange scale safe for colour-blind readers,
 * decreases blue, increases orange, darker for 10% or more; new lines purple. The legend and every tooltip
 * say the same in words.
 */
export const CHANGE_FILLS = { down10: '#2166AC', down: '#92C5DE', same: '#D9D9D9', up: '#F4A582', up10: '#B35806', added: '#7F3C8D' } as const;
