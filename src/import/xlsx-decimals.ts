/**
 * A workbook stores 371514655.00 as the number 371514655 and prints its decimals through the cell's number
 * format (#,##0.00). The sheet reader gives numbers only, so this reads each numeric cell's format from the
 * .xlsx itself (styles.xml and the sheets, streamed with saxen) and writes the figure back as published:
 * "371514655.00". Cells in the General format have no printed decimals; they are left as numbers.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { decimalsOf } from './cells.js';
import type { Cell } from './columns.js';

/** Built-in number formats (ECMA-376 §18.8.30) that print a fixed number of decimals. */
const BUILT_IN: Record<number, number> = { 1: 0, 2: 2, 3: 0, 4: 2, 37: 0, 38: 0, 39: 2, 40: 2 };

/**
 * The decimals a number format code prints ("#,##0.00" → 2, "0" → 0), or undefined for formats that do
 * not print a plain figure (General, percentages, dates, scientific) — those keep the stored number.
 */
export function formatDecimals(code: string): number | undefined {
  // The first section is for positive numbers; quoted text, escapes, [colour/condition], padding do not count.
  const section = (code.replace(/&quot;/g, '"').split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  if (!/[0#?]/.test(section) || /[%@]|E[+-]/i.test(section) || /[ymdhs]/i.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? (m[1]!.match(/0/g) ?? []).length : 0;
}

type Attrs = () => Record<string, string>;

function parse(xml: string, onOpen: (name: string, attrs: Attrs) => void): void {
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => onOpen(name.replace(/^\w+:/, ''), attrs as Attrs));
  parser.parse(xml);
}

/** "AB12" → [row 11, column 27], both 0-based. */
function cellPosition(ref: string): [number, number] | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** For each sheet (by name), the printed decimals of each numeric cell that has a fixed-decimal format. */
export function readPrintedDecimals(bytes: Uint8Array): Map<string, Map<string, number>> {
  const files = unzipSync(bytes, { filter: (f) => /^xl\/(?:workbook\.xml|styles\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name) });
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  // styles: custom format codes, then the cell formats (cellXfs) that cells point to by index
  const codes = new Map<number, string>();
  const xfDecimals: Array<number | undefined> = [];
  let inCellXfs = false;
  const styles = new Parser();
  styles.on('openTag', (tag, attrs, _d, selfClosing) => {
    const name = tag.replace(/^\w+:/, '');
    const a = (attrs as Attrs)();
    if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (name === 'cellXfs') inCellXfs = !selfClosing;
    else if (name === 'xf' && inCellXfs) {
      const id = Number(a.numFmtId ?? 0);
      const code = codes.get(id);
      xfDecimals.push(code !== undefined ? formatDecimals(code) : BUILT_IN[id]);
    }
  });
  styles.on('closeTag', (tag) => {
    if (tag.replace(/^\w+:/, '') === 'cellXfs') inCellXfs = false;
  });
  styles.parse(text('xl/styles.xml'));
  // sheets: name → relationship id → file
  const targets = new Map<string, string>();
  parse(text('xl/_rels/workbook.xml.rels'), (name, attrs) => {
    if (name === 'Relationship') {
      const a = attrs();
      targets.set(a.Id!, a.Target!.replace(/^\/?(?:xl\/)?/, 'xl/'));
    }
  });
  const out = new Map<string, Map<string, number>>();
  parse(text('xl/workbook.xml'), (name, attrs) => {
    if (name !== 'sheet') return;
    const a = attrs();
    const file = targets.get(a['r:id'] ?? a.id ?? '');
    if (!file || !a.name) return;
    const cells = new Map<string, number>();
    parse(text(file), (tag, cellAttrs) => {
      if (tag !== 'c') return;
      const c = cellAttrs();
      if (c.s === undefined || (c.t !== undefined && c.t !== 'n')) return;
      const decimals = xfDecimals[Number(c.s)];
      const at = c.r ? cellPosition(c.r) : undefined;
      if (decimals !== undefined && at) cells.set(`${at[0]},${at[1]}`, decimals);
    });
    out.set(a.name, cells);
  });
  return out;
}

/**
 * A sheet's rows with each formatted number written as printed ("371514655.00"). A number with more
 * decimals than its format shows keeps them: a format never takes digits away from a figure.
 */
export function withPrintedDecimals(data: Cell[][], decimals: Map<string, number> | undefined): Cell[][] {
  if (!decimals?.size) return data;
  return data.map((row, r) =>
    row.map((c, col) => {
      const d = decimals.get(`${r},${col}`);
      if (typeof c !== 'number' || !Number.isFinite(c) || d === undefined || /e/i.test(String(c))) return c;
      return c.toFixed(Math.max(d, decimalsOf(c)));
    }),
  );
}
