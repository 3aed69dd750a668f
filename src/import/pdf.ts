/**
 * A PDF disclosure to the blocks a Word document gives (paragraphs and tables, in reading order), so that
 * the same extraction and readers take it. Read with PDF.js (pdfjs-dist), passed in by the caller so that
 * nothing here loads it: the command and the converter page do, the widget bundles never.
 *
 * Tables are rebuilt from their drawn ruling lines (the lattice approach of pdfplumber and Camelot): the
 * thin filled rectangles and stroked segments a PDF draws as cell borders give the grid; where a border
 * is missing between two grid cells, they are one merged cell, whose text is repeated in every cell it
 * covers (as a merged Word cell is). Text outside the tables becomes lines, then paragraphs: a line
 * starts a paragraph when it is indented, a heading, or follows a short line; page numbers in the top
 * and bottom margins are left out. A table that goes on at the top of the next page, with or without its
 * header repeated, is one table. A title written as the table's first, merged row is taken as its title.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import { ImportInputError } from './archive.js';
import type { RowPlace } from './cells.js';
import type { Block } from './docx.js';
import { recognizeTitle } from './titles.js';

export type PdfJs = Pick<typeof PdfJsModule, 'getDocument' | 'OPS'>;

/** A progress report: the page being read, of how many. */
export type PdfProgress = (page: number, pages: number) => void;

interface Segment {
  /** Top-down page coordinates (points from the top-left corner). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Glyphs {
  text: string;
  x: number;
  /** Top and bottom of the run, top-down. */
  top: number;
  bottom: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
}

interface PageTable {
  /** The page it starts on (1-based). */
  page: number;
  top: number;
  bottom: number;
  left: number;
  /** x of each column boundary: tables at the top of a page continue one above when these agree. */
  columns: number[];
  rows: string[][];
  /** Where each row is printed (a table continued over pages has rows from several). */
  rowPlaces: RowPlace[];
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Thinner than this (points), a filled rectangle is a line. */
const RULE = 2.5;
/** Points within which two lines are at the same place. */
const NEAR = 2;

/** A rectangle in PDF page space (points, y up). */
type Rect = { x1: number; y1: number; x2: number; y2: number };

const intersect = (a: Rect | undefined, b: Rect): Rect =>
  a ? { x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), x2: Math.min(a.x2, b.x2), y2: Math.min(a.y2, b.y2) } : b;

/** The bounding box, in page space, of points given in the space of `m`. */
function boxOf(m: Matrix, xs: number[], ys: number[]): Rect {
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const y1 = Math.min(...ys);
  const y2 = Math.max(...ys);
  const corners = [apply(m, x1, y1), apply(m, x2, y1), apply(m, x1, y2), apply(m, x2, y2)];
  return boxOfPoints(corners);
}
const boxOfPoints = (ps: Array<[number, number]>): Rect => ({
  x1: Math.min(...ps.map((p) => p[0])),
  y1: Math.min(...ps.map((p) => p[1])),
  x2: Math.max(...ps.map((p) => p[0])),
  y2: Math.max(...ps.map((p) => p[1])),
});

/** Where a run of text starts (PDF page space), and whether the clip in force there hides it. */
interface TextStart {
  x: number;
  y: number;
  clipped: boolean;
}

/**
 * What a page draws: its ruling lines (horizontal and vertical segments, top-down), and where each run of
 * text starts with whether the clipping path hides it. A Word export that lets a paragraph run past the
 * bottom of its page clips the overflow and prints it again on the next page: the text layer has it twice.
 */
async function drawing(page: PdfJsModule.PDFPageProxy, OPS: PdfJs['OPS'], height: number): Promise<{ h: Segment[]; v: Segment[]; text: TextStart[] }> {
  const list = await page.getOperatorList();
  const h: Segment[] = [];
  const v: Segment[] = [];
  const text: TextStart[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  // The clip in force, as the bounding box of each clipping path intersected (a box never hides what the path shows).
  let clip: Rect | undefined;
  let clipNext = false;
  const stack: Array<{ ctm: Matrix; clip: Rect | undefined }> = [];
  const identity: Matrix = [1, 0, 0, 1, 0, 0];
  let tm: Matrix = identity;
  let tlm: Matrix = identity;
  let leading = 0;
  let rise = 0;
  const moveTo = (tx: number, ty: number) => {
    tlm = multiply(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  const shown = () => {
    const [x, y] = apply(multiply(ctm, tm), 0, rise);
    const out = clip !== undefined && (x < clip.x1 - NEAR || x > clip.x2 + NEAR || y < clip.y1 - NEAR || y > clip.y2 + NEAR);
    text.push({ x, y, clipped: out });
  };
  const add = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = apply(ctm, ax, ay);
    const [x2, y2] = apply(ctm, bx, by);
    const s = { x1: Math.min(x1, x2), x2: Math.max(x1, x2), y1: height - Math.max(y1, y2), y2: height - Math.min(y1, y2) };
    const w = s.x2 - s.x1;
    const t = s.y2 - s.y1;
    if (t <= RULE && w > RULE * 2) h.push({ ...s, y1: (s.y1 + s.y2) / 2, y2: (s.y1 + s.y2) / 2 });
    else if (w <= RULE && t > RULE * 2) v.push({ ...s, x1: (s.x1 + s.x2) / 2, x2: (s.x1 + s.x2) / 2 });
  };
  const numbers = (a: unknown): number[] => (Array.isArray(a) || ArrayBuffer.isView(a) ? Array.from(a as ArrayLike<number>) : []);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, clip });
    else if (fn === OPS.restore) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, clip });
      const m = numbers(args[0]);
      if (m.length === 6) ctm = multiply(ctm, m as Matrix);
      // A form draws only inside its bounding box.
      const bbox = numbers(args[1]);
      if (bbox.length === 4) clip = intersect(clip, boxOf(ctm, [bbox[0]!, bbox[2]!], [bbox[1]!, bbox[3]!]));
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (fn === OPS.clip || fn === OPS.eoClip) clipNext = true;
    else if (fn === OPS.beginText) tm = tlm = identity;
    else if (fn === OPS.setTextMatrix) {
      const m = numbers(args[0]).length === 6 ? numbers(args[0]) : numbers(args);
      if (m.length === 6) tm = tlm = m as Matrix;
    } else if (fn === OPS.moveText) moveTo(Number(args[0]), Number(args[1]));
    else if (fn === OPS.setLeadingMoveText) {
      leading = -Number(args[1]);
      moveTo(Number(args[0]), Number(args[1]));
    } else if (fn === OPS.setLeading) leading = Number(args[0]);
    else if (fn === OPS.setTextRise) rise = Number(args[0]);
    else if (fn === OPS.nextLine) moveTo(0, -leading);
    else if (fn === OPS.showText || fn === OPS.showSpacedText) shown();
    else if (fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
      moveTo(0, -leading);
      shown();
    } else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (clipNext && data) {
        // The path after a clip operator is the clipping path.
        clipNext = false;
        const xs: number[] = [];
        const ys: number[] = [];
        for (let k = 0; k < data.length;) {
          const code = data[k]!;
          const size = code === 0 || code === 1 ? 2 : code === 2 ? 6 : code === 3 ? 4 : 0;
          for (let j = 0; j < size; j += 2) {
            xs.push(data[k + 1 + j]!);
            ys.push(data[k + 2 + j]!);
          }
          k += 1 + size;
          if (code > 4) break;
        }
        if (xs.length) clip = intersect(clip, boxOf(ctm, xs, ys));
      }
      if (!data || (!fills.has(op) && !strokes.has(op))) continue;
      // The path, as PDF.js encodes it: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6), 3 quadraticCurveTo (4), 4 closePath.
      const points: Array<[number, number]> = [];
      let start: [number, number] | undefined;
      let at: [number, number] | undefined;
      const segments: Array<[[number, number], [number, number]]> = [];
      for (let k = 0; k < data.length;) {
        const code = data[k]!;
        if (code === 0) {
          at = start = [data[k + 1]!, data[k + 2]!];
          points.push(at);
          k += 3;
        } else if (code === 1) {
          const next: [number, number] = [data[k + 1]!, data[k + 2]!];
          if (at) segments.push([at, next]);
          at = next;
          points.push(at);
          k += 3;
        } else if (code === 2) {
          at = [data[k + 5]!, data[k + 6]!];
          k += 7;
        } else if (code === 3) {
          at = [data[k + 3]!, data[k + 4]!];
          k += 5;
        } else if (code === 4) {
          if (at && start) segments.push([at, start]);
          at = start;
          k += 1;
        } else break;
      }
      if (fills.has(op) && points.length >= 4) {
        // A filled rectangle: thin, it is a rule; a cell's background is no border.
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
      }
      if (strokes.has(op)) for (const [a, b] of segments) if (Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5) add(a[0], a[1], b[0], b[1]);
    }
  }
  return { h, v, text };
}

/** Values within NEAR of each other, as one (their mean), sorted. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= NEAR) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Lines that touch or cross belong to the same table. */
function tablesOf(h: Segment[], v: Segment[]): Array<{ h: Segment[]; v: Segment[] }> {
  const all = [...h.map((s) => ({ s, horizontal: true })), ...v.map((s) => ({ s, horizontal: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touches = (a: Segment, b: Segment) => a.x1 - NEAR <= b.x2 && b.x1 - NEAR <= a.x2 && a.y1 - NEAR <= b.y2 && b.y1 - NEAR <= a.y2;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (touches(all[i]!.s, all[j]!.s)) parent[find(i)] = find(j);
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((l, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (l.horizontal ? g.h : g.v).push(l.s);
    groups.set(find(i), g);
  });
  return [...groups.values()].filter((g) => cluster(g.h.map((s) => s.y1)).length >= 2 && cluster(g.v.map((s) => s.x1)).length >= 2);
}

/** Runs of text on the same baseline, in x order, joined (a space where the gap is wide). */
function joinRuns(runs: Glyphs[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  for (const r of sorted) {
    if (text && r.x - right > r.size * 0.6) text += ' ';
    text += r.text;
    right = Math.max(right, r.x + r.width);
  }
  return tidy(text);
}

/** Three or more Chinese characters set apart one by one: a line justified by spacing its characters. */
const SPACED_OUT = /\p{Script=Han}(?:\s+\p{Script=Han}){2}/u;

/**
 * A run's text without the spaces a PDF writer leaves beside Chinese punctuation ("受理 、社区", "稳定 。"),
 * and, in a line justified by spacing its characters ("财 政 业 务 费10.00万 元"), between Chinese
 * characters: set in justified text, they are layout, never content.
 */
const tidy = (text: string): string => {
  const t = text
    .replace(/\s+(?=[、，。；：？！）」』”’》〉】])/g, '')
    .replace(/([（「『“‘《〈【])\s+/g, '$1')
    .trim();
  return SPACED_OUT.test(t) ? t.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : t;
};

/** Runs grouped into lines, top to bottom. */
function linesOf(runs: Glyphs[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.bottom - b.bottom || a.x - b.x);
  const groups: Glyphs[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0]!.bottom - r.bottom) <= Math.max(g[0]!.size, r.size) * 0.5) g.push(r);
    else groups.push([r]);
  }
  return groups
    .map((g) => ({
      text: joinRuns(g),
      x: Math.min(...g.map((r) => r.x)),
      right: Math.max(...g.map((r) => r.x + r.width)),
      top: Math.min(...g.map((r) => r.top)),
      bottom: Math.max(...g.map((r) => r.bottom)),
      size: Math.max(...g.map((r) => r.size)),
    }))
    .filter((l) => l.text !== '');
}

/** A character's advance, in ems, as far as a split needs it: CJK and full-width forms are square, the rest about half. */
const advance = (ch: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55);

/**
 * A run of text that a PDF writer emitted across a cell border ("4,100,000.00 年度资金申请总额": a figure and
 * the next cell's label as one string), cut at the space nearest each border it crosses. A run with no
 * space there stays whole (a long name overflowing its cell is still one name).
 */
function splitAtBorders(run: Glyphs, borders: number[]): Glyphs[] {
  const inside = borders.filter((x) => x > run.x + run.size * 0.5 && x < run.x + run.width - run.size * 0.5);
  if (!inside.length || !/\s/.test(run.text.trim())) return [run];
  const chars = [...run.text];
  const total = chars.reduce((n, ch) => n + advance(ch), 0) || 1;
  // x at the start of each character, spread over the run's drawn width.
  const starts: number[] = [];
  let at = 0;
  for (const ch of chars) {
    starts.push(run.x + (at / total) * run.width);
    at += advance(ch);
  }
  const cuts = new Set<number>();
  for (const border of inside) {
    let best = -1;
    for (let i = 0; i < chars.length; i++) {
      if (!/\s/.test(chars[i]!)) continue;
      if (best < 0 || Math.abs(starts[i]! - border) < Math.abs(starts[best]! - border)) best = i;
    }
    if (best >= 0 && Math.abs(starts[best]! - border) < run.size * 3) cuts.add(best);
  }
  if (!cuts.size) return [run];
  const out: Glyphs[] = [];
  let from = 0;
  for (const cut of [...[...cuts].sort((a, b) => a - b), chars.length]) {
    const text = chars.slice(from, cut).join('');
    const x = starts[from] ?? run.x;
    const right = cut < chars.length ? starts[cut]! : run.x + run.width;
    if (text.trim()) out.push({ ...run, text: text.trim(), x, width: Math.max(0, right - x) });
    from = cut + 1;
  }
  return out;
}

/** A table's grid from its lines, with the text of each (merged) cell. */
function gridOf(lines: { h: Segment[]; v: Segment[] }, runs: Glyphs[], used: Set<Glyphs>, page: number): PageTable {
  const ys = cluster(lines.h.map((s) => s.y1));
  const xs = cluster(lines.v.map((s) => s.x1));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const hasV = (x: number, y: number) => lines.v.some((s) => Math.abs(s.x1 - x) <= NEAR && s.y1 - NEAR <= y && y <= s.y2 + NEAR);
  const hasH = (y: number, x: number) => lines.h.some((s) => Math.abs(s.y1 - y) <= NEAR && s.x1 - NEAR <= x && x <= s.x2 + NEAR);
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    const my = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const mx = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !hasV(xs[c + 1]!, my)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && !hasH(ys[r + 1]!, mx)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  // Each run goes to the cell its centre falls in; a run drawn across a cell border is split there first.
  const inCell = new Map<number, Glyphs[]>();
  const place = (run: Glyphs): void => {
    const cx = run.x + run.width / 2;
    const cy = (run.top + run.bottom) / 2;
    if (cx < xs[0]! || cx > xs[cols]! || cy < ys[0]! || cy > ys[rows]!) return;
    const c = Math.max(
      0,
      xs.findIndex((x, i) => i < cols && cx >= x && cx <= xs[i + 1]!),
    );
    const r = Math.max(
      0,
      ys.findIndex((y, i) => i < rows && cy >= y && cy <= ys[i + 1]!),
    );
    const root = find(id(r, c));
    inCell.set(root, [...(inCell.get(root) ?? []), run]);
    used.add(run);
  };
  for (const whole of runs) {
    const cy = (whole.top + whole.bottom) / 2;
    const parts = splitAtBorders(
      whole,
      xs.filter((x) => hasV(x, cy)),
    );
    if (parts.length > 1) used.add(whole);
    for (const run of parts) place(run);
  }
  // A cell's lines are joined without a break: a name wraps inside its cell ("其他一般公共服务支" / "出").
  const texts = new Map<number, string>();
  for (const [root, cellRuns] of inCell)
    texts.set(
      root,
      linesOf(cellRuns)
        .map((l) => l.text)
        .join(''),
    );
  const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => texts.get(find(id(r, c))) ?? ''));
  const rowPlaces = grid.map((_, r) => ({ page, box: { x: xs[0]!, y: ys[r]!, width: xs[cols]! - xs[0]!, height: ys[r + 1]! - ys[r]! } }));
  return { page, top: ys[0]!, bottom: ys[rows]!, left: xs[0]!, columns: xs, rows: grid, rowPlaces };
}

const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const CONTENTS_LINE = /(?:[.…·．]\s*){4,}\s*\d*$|^目\s*录$/;
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+部分)/;

type Item = { kind: 'line'; line: Line; page: number; width: number } | { kind: 'table'; table: PageTable; page: number };

/** The lines and tables of every page, in reading order, page numbers left out. */
async function pages(bytes: Uint8Array, pdfjs: PdfJs, progress?: PdfProgress): Promise<{ items: Item[]; textRuns: number; clipped: ClippedText }> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfJsModule.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    // PDF.js refuses a browser older than its legacy build supports: the file is not at fault.
    if (/lacks native support|supported browser/i.test(why)) {
      throw new ImportInputError(
        `这个浏览器太旧，读不了 PDF（PDF.js 需要 Chrome/Edge 110 以上或较新的 Firefox、Safari）：请换用新版浏览器，或导入 Word/Excel 文件，或在电脑上用 budget-kit import 命令`,
        `this browser is too old to read a PDF (PDF.js needs Chrome/Edge 110 or later, or a recent Firefox or Safari): use a newer browser, import the Word or Excel file, or run budget-kit import`,
      );
    }
    throw new ImportInputError(`不是可读的 PDF 文件（${why}）`, `not a readable PDF file (${why})`);
  }
  const items: Item[] = [];
  let textRuns = 0;
  const clipped: ClippedText = { runs: 0, pages: [] };
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      progress?.(n, doc.numPages);
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const { h, v, text } = await drawing(page, pdfjs.OPS, height);
      // Text the clipping path hides is not on the page: only runs that start where a hidden one starts, and no shown one, are dropped.
      const hidden = (x: number, y: number) => {
        const here = text.filter((r) => Math.abs(r.x - x) <= 1 && Math.abs(r.y - y) <= 1);
        return here.length > 0 && here.every((r) => r.clipped);
      };
      const runs: Glyphs[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const t = item.transform as number[];
        if (hidden(t[4]!, t[5]!)) {
          clipped.runs++;
          if (clipped.pages[clipped.pages.length - 1] !== n) clipped.pages.push(n);
          continue;
        }
        const size = Math.hypot(t[2]!, t[3]!) || item.height || 10;
        const baseline = height - t[5]!;
        runs.push({ text: item.str, x: t[4]!, top: baseline - size, bottom: baseline, width: item.width, size });
      }
      textRuns += runs.length;
      const used = new Set<Glyphs>();
      const tables = tablesOf(h, v).map((lines) => gridOf(lines, runs, used, n));
      const lines = linesOf(runs.filter((r) => !used.has(r))).filter((l) => {
        const margin = l.top < height * 0.07 || l.bottom > height * 0.93;
        // Page numbers in the margins, and the lines of a table of contents ("一、部门主要职能 ……… 3").
        return !(margin && PAGE_NUMBER.test(l.text)) && !CONTENTS_LINE.test(l.text);
      });
      const onPage: Item[] = [
        ...lines.map((line) => ({ kind: 'line' as const, line, page: n, width })),
        ...tables.map((table) => ({ kind: 'table' as const, table, page: n })),
      ];
      onPage.sort((a, b) => (a.kind === 'line' ? a.line.top : a.table.top) - (b.kind === 'line' ? b.line.top : b.table.top));
      items.push(...onPage);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { items, textRuns, clipped };
}

const near = (a: number, b: number) => Math.abs(a - b) <= NEAR * 2;

/**
 * The rows of a table on the next page, in the columns of the one it continues, or undefined when it is
 * another table: same outer edges, and its column boundaries among the first one's (a 合计 row alone on
 * the page merges the code columns, so it has fewer).
 */
function continued(first: PageTable, next: PageTable): string[][] | undefined {
  const a = first.columns;
  const b = next.columns;
  if (!near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!) || !b.every((x) => a.some((y) => near(x, y)))) return undefined;
  return next.rows.map((row) =>
    a.slice(0, -1).map((x, i) => {
      const mid = (x + a[i + 1]!) / 2;
      const j = b.findIndex((y, k) => k < b.length - 1 && mid >= y && mid <= b[k + 1]!);
      return j >= 0 ? (row[j] ?? '') : '';
    }),
  );
}

/** Text in the PDF's text layer that its clipping path hides: runs dropped, and the pages they are on. */
export interface ClippedText {
  runs: number;
  pages: number[];
}

export interface PdfBlocks {
  /** Paragraphs and tables in reading order, as readDocx gives a Word document's. */
  blocks: Block[];
  /** Paragraphs set as headings: a short line centred on its page ("上海市普陀区司法局主要职能", "名词解释"). */
  headings: Set<number>;
  /** What was left out because the page does not show it. */
  clipped: ClippedText;
}

/** The blocks of a PDF. A PDF with no text at all (a scan) is refused with what to ask for instead. */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs, progress?: PdfProgress): Promise<PdfBlocks> {
  const { items, textRuns, clipped } = await pages(bytes, pdfjs, progress);
  if (textRuns === 0) {
    throw new ImportInputError(
      '这个 PDF 只有图像（扫描件），没有可读的文字：请向部门索取 Word/Excel 原件，或由预算系统直接导出的 PDF',
      'this PDF holds only images (a scan), no text to read: ask the department for the Word or Excel file, or a PDF exported from the budget system',
    );
  }
  // Tables going on at the top of the next page (nothing but page furniture between) are one table; a repeated header is dropped.
  const merged: Item[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    const rows = item.kind === 'table' && last?.kind === 'table' && item.page === last.page + 1 ? continued(last.table, item.table) : undefined;
    if (rows && last?.kind === 'table' && item.kind === 'table') {
      let skip = 0;
      while (skip < rows.length && skip < last.table.rows.length && rows[skip]!.join('|') === last.table.rows[skip]!.join('|')) skip++;
      last.table.rows.push(...rows.slice(skip));
      last.table.rowPlaces.push(...item.table.rowPlaces.slice(skip));
      last.page = item.page;
      continue;
    }
    merged.push(item);
  }
  const blocks: Block[] = [];
  // Each page's text margins (portrait pages of text and landscape pages of tables differ).
  const margins = new Map<number, { left: number; right: number }>();
  for (const i of merged) {
    if (i.kind !== 'line') continue;
    const m = margins.get(i.page) ?? { left: Infinity, right: -Infinity };
    margins.set(i.page, { left: Math.min(m.left, i.line.x), right: Math.max(m.right, i.line.right) });
  }
  const headings = new Set<number>();
  let open: { text: string; line: Line; page: number; centred: boolean } | undefined;
  const close = () => {
    if (open) {
      if (open.centred) headings.add(blocks.length);
      blocks.push({ type: 'paragraph', text: open.text, index: blocks.length });
    }
    open = undefined;
  };
  for (const item of merged) {
    if (item.kind === 'table') {
      close();
      const rows = item.table.rows;
      // A title written as the table's first row, one cell across it.
      const first = rows[0];
      if (first && new Set(first).size === 1 && first[0] && recognizeTitle(first[0])) {
        blocks.push({ type: 'paragraph', text: first[0], index: blocks.length });
        rows.shift();
        item.table.rowPlaces.shift();
      }
      blocks.push({ type: 'table', rows, index: blocks.length, page: item.table.page, rowPlaces: item.table.rowPlaces });
      continue;
    }
    const line = item.line;
    const prev = open?.line;
    const { left, right } = margins.get(item.page)!;
    const prevRight = open ? margins.get(open.page)!.right : right;
    const starts =
      !open ||
      HEADING.test(line.text) ||
      line.x > left + line.size * 1.2 ||
      (prev !== undefined && prev.right < prevRight - prev.size * 2) ||
      (prev !== undefined && item.page === open.page && line.top - prev.bottom > line.size * 1.2) ||
      recognizeTitle(line.text) !== undefined;
    // A heading set on its own: short, centred, not a sentence.
    const centred =
      line.text.length <= 40 &&
      !/[。，；：,;:]/.test(line.text) &&
      line.x > left + line.size * 3 &&
      Math.abs((line.x + line.right) / 2 - item.width / 2) < line.size * 2;
    if (starts || centred || open?.centred) {
      close();
      open = { text: line.text, line, page: item.page, centred };
    } else {
      const ascii = /[A-Za-z0-9]$/.test(open!.text) && /^[A-Za-z0-9]/.test(line.text);
      open = { text: `${open!.text}${ascii ? ' ' : ''}${line.text}`, line, page: item.page, centred: false };
    }
  }
  close();
  return { blocks, headings, clipped };
}
