/**
 * The written part (情况说明) as the text rules read it: each paragraph with spaces removed and brackets
 * made full-width (a PDF's text layer spaces "增加77.70 %" and mixes "（款)"), the amounts and
 * percentages it states, and the words just before each. Pure: no DOM, no tables.
 */
import { FORMER_CATEGORY_NAMES } from '../categories.js';
import type { AmountUnit, BudgetDocument, DecimalString, FunctionalItem } from '../types.js';

export interface Paragraph {
  /** JSON path of the paragraph ($.narrative[i].paragraphs[j]). */
  path: string;
  /** The paragraph, spaces removed and brackets full-width; offsets below are into this text. */
  text: string;
  sectionId?: string;
  sectionTitle: string;
}

/** An amount or a percentage the text states. */
export interface Mention {
  /** Where its digits start and where its unit ends. */
  offset: number;
  end: number;
  value: DecimalString;
  unit: AmountUnit | '%';
}

export const flat = (s: string): string => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/％/g, '%');

export function paragraphsOf(doc: BudgetDocument): Paragraph[] {
  const out: Paragraph[] = [];
  (doc.narrative ?? []).forEach((section, i) =>
    section.paragraphs.forEach((text, j) =>
      out.push({
        path: `$.narrative[${i}].paragraphs[${j}]`,
        text: flat(text),
        sectionTitle: flat(section.title),
        ...(section.id !== undefined ? { sectionId: section.id } : {}),
      }),
    ),
  );
  return out;
}

const MENTION = /(?<![\d.])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(亿元|万元|元|%)/g;

/** Every amount and percentage of a paragraph, in order. */
export function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const value = m[1]!.replace(/,/g, '').replace(/^(-?)0+(?=\d)/, '$1');
    if (!/^-?(0|[1-9]\d{0,19})(\.\d{1,10})?$/.test(value)) continue;
    out.push({ offset: m.index!, end: m.index! + m[0].length, value, unit: m[2] as AmountUnit | '%' });
  }
  return out;
}

/** The clause a figure is in: from the last 。；？！ before it to the next one after it (clipped to about 80 characters). */
export function quoteAt(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !/[。；？！]/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !/[。；？！]/.test(text[end]!)) end++;
  if (end < text.length) end++;
  let quote = text.slice(start, end);
  if (quote.length > 80) {
    const a = Math.max(start, from - 50);
    const b = Math.min(end, to + 25);
    quote = `${a > start ? '…' : ''}${text.slice(a, b)}${b < end ? '…' : ''}`;
  }
  return quote;
}

/** The words of the clause just before a figure (where its subject is named). */
export function wordsBefore(text: string, offset: number, max = 40): string {
  let start = offset;
  while (start > 0 && offset - start < max && !/[。；，、：？！]/.test(text[start - 1]!)) start--;
  return text.slice(start, offset);
}

/** A 科目 name as text and tables spell it alike: 其它 is 其他, brackets full-width, no spaces. */
export const sameName = (a: string, b: string): boolean => norm(a) === norm(b);
const norm = (s: string) => flat(s).replace(/其它/g, '其他').replace(/[“”"]/g, '');

/** The functional 类/款/项 a text names: by its three names (类 also by a former name), or by its codes. */
export function functionalItem(
  items: readonly FunctionalItem[],
  names: [string, string, string],
  codes?: [string, string, string],
): { item?: FunctionalItem; byCode?: boolean } {
  if (codes) {
    const item = items.find((i) => i.code === codes.join(''));
    if (item) return { item, byCode: true };
  }
  const [cat, section, entry] = names;
  const category = items.find((i) => i.code.length === 3 && (sameName(i.name, cat) || FORMER_CATEGORY_NAMES[i.code]?.some((n) => sameName(n.name, cat))));
  if (!category) return {};
  const kuan = items.filter((i) => i.code.length === 5 && i.code.startsWith(category.code) && sameName(i.name, section));
  const xiang = items.filter((i) => i.code.length === 7 && kuan.some((k) => i.code.startsWith(k.code)) && sameName(i.name, entry));
  return xiang.length === 1 ? { item: xiang[0] } : {};
}

/** A figure as the written part prints it (separators allowed), as a capturing group for patterns. */
export const AMOUNT = '(-?\\d[\\d,]*(?:\\.\\d+)?)';
const X = AMOUNT;
/** A 类 name (no brackets, no digits: numbering before it is not part of it); 款 and 项 names may hold brackets (政府办公厅（室）…). */
const CATEGORY = '([^“”（）。；，：\\d.．、]{2,30}?)';
const PART = '([^“”。；，：]{2,40}?)';
// "1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元" (2023–2025) and
// "1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）795.97万元" (2026).
const ITEM_BY_NAME = new RegExp(`“?${CATEGORY}（类）${PART}（款）${PART}（项）”?${X}(亿元|万元|元)`, 'g');
const ITEM_BY_CODE = new RegExp(`“?${CATEGORY}（(\\d{3})类）${PART}（(\\d{2})款）${PART}（(\\d{2})项）”?${X}(亿元|万元|元)`, 'g');

/** A 项 the text gives an amount for ("…（类）…（款）…（项）”25.77万元"), and what it says of it. */
export interface StatedItem {
  /** The names as the text writes them, and the codes where it gives them. */
  names: [string, string, string];
  codes?: [string, string, string];
  /** The headline amount: where it is and what it says. */
  mention: Mention;
  /** The text from the headline to the next item (its 上年执行数, repeated amount and change). */
  rest: { text: string; offset: number };
}

/** The 项 items of a paragraph (a paragraph usually holds one). */
export function statedItems(text: string): StatedItem[] {
  const found: Array<StatedItem & { at: number }> = [];
  for (const m of text.matchAll(ITEM_BY_CODE)) {
    const value = m[7]!;
    const end = m.index! + m[0].length;
    const offset = end - value.length - m[8]!.length;
    found.push({
      at: m.index!,
      names: [m[1]!, m[3]!, m[5]!],
      codes: [m[2]!, m[4]!, m[6]!],
      mention: { offset, end, value: value.replace(/,/g, ''), unit: m[8] as AmountUnit },
      rest: { text: '', offset: end },
    });
  }
  for (const m of text.matchAll(ITEM_BY_NAME)) {
    if (found.some((f) => Math.abs(f.at - m.index!) < 4 || (m.index! >= f.at && m.index! < f.mention.end))) continue;
    const value = m[4]!;
    const end = m.index! + m[0].length;
    found.push({
      at: m.index!,
      names: [m[1]!, m[2]!, m[3]!],
      mention: { offset: end - value.length - m[5]!.length, end, value: value.replace(/,/g, ''), unit: m[5] as AmountUnit },
      rest: { text: '', offset: end },
    });
  }
  found.sort((a, b) => a.at - b.at);
  return found.map(({ at: _at, ...item }, i) => {
    const next = found[i + 1]?.at ?? text.length;
    return { ...item, rest: { text: text.slice(item.mention.end, next), offset: item.mention.end } };
  });
}

/**
 * "编报绩效目标的项目5个，涉及项目预算资金3328.13万元" / "本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元":
 * how many projects publish targets, and their total, as the text states them.
 */
export function parseProjectSummary(
  text: string,
): { count: number; total?: DecimalString; unit?: AmountUnit; offset: number; totalOffset?: number; sentence: string } | undefined {
  const t = flat(text);
  const m =
    /编报(?:了)?绩效目标的项目(?:共|总计)?(\d+)个(?:[，,](?:涉及|共涉及|合计)?(?:项目)?(?:预算)?(?:资金|金额)(?:为|共)?(-?\d[\d,]*(?:\.\d+)?)(亿元|万元|元))?/.exec(
      t,
    );
  if (!m) return undefined;
  // The sentence it is in, whole.
  const start = Math.max(t.lastIndexOf('。', m.index) + 1, 0);
  const stop = t.indexOf('。', m.index + m[0].length);
  const sentence = t.slice(start, stop < 0 ? t.length : stop + 1);
  const out: { count: number; total?: DecimalString; unit?: AmountUnit; offset: number; totalOffset?: number; sentence: string } = {
    count: Number(m[1]),
    offset: m.index,
    sentence,
  };
  if (m[2]) {
    out.total = m[2].replace(/,/g, '');
    out.unit = m[3] as AmountUnit;
    out.totalOffset = m.index + m[0].length - m[2].length - m[3]!.length;
  }
  return out;
}
