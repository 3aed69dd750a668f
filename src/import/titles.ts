/**
 * Recognising the standard tables of a disclosure by their titles, as departments actually write them:
 * with or without the year ("2025年部门收入预算总表"), numbered ("表1"、"附表3"、"4．"), with stray spaces
 * (full-width too), in the Hebei wording (部门预算收支总表 …) and the Shanghai one (部门财务收支预算总表 …).
 * Pure: no file formats here. The words of each kind are its spec's title rules (src/model/tables/*.ts).
 */
import { registryVersion, titleRules } from '../model/tables/index.js';
import type { BuiltinKind } from '../model/tables/spec.js';

/**
 * What a title names: a standard table, a project performance table (项目绩效目标表), the 机构设置 table
 * (the kinds of the registry; a registered kind is its own string).
 */
export type ImportKind = BuiltinKind;

export interface RecognizedTitle {
  kind: ImportKind;
  /** The title as published, trimmed (what the JSON keeps). */
  title: string;
  /** The fiscal year written in the title, if any. */
  year?: number;
  /** The table's number from a leading "表3" / "3." / "附表3", if any. */
  number?: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  return s.length === 1 ? CN_DIGITS[s] : undefined;
}

/** Full-width digits and letters as ASCII; every kind of space removed. */
export function compact(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000\u00a0]+/g, '');
}

/**
 * A leading table number: "表3" / "附表3" / "表三" (with or without a mark after it), "3." / "3、" / "3部门…"
 * (digits), or "三、" (a Chinese numeral needs its mark: "一般公共预算…" starts with a word, not with 1).
 */
const NUMBERING =
  /^(?:(?:附表|表)([0-9]+|[一二三四五六七八九十]+)[.．、:：\-—]?|([0-9]+)(?:[.．、:：\-—]|(?=[0-9]{4}年)|(?=[^0-9]))|([一二三四五六七八九十]+)[.．、:：\-—])/;

/** The rules of every kind, most specific first; each needs every word in `all` and none in `none`. */
let rules: { version: number; list: ReturnType<typeof titleRules> } | undefined;
function currentRules(): ReturnType<typeof titleRules> {
  if (rules?.version !== registryVersion()) rules = { version: registryVersion(), list: titleRules() };
  return rules.list;
}

/**
 * The standard table a title names, or undefined for anything else (a heading, a paragraph, an unknown
 * table: the importer reports those rather than guessing).
 */
export function recognizeTitle(raw: string): RecognizedTitle | undefined {
  let text = compact(raw).replace(/[“”"‘’'「」]/g, '');
  if (!text.endsWith('表') && !/表[（(]/.test(text) && !/预算$/.test(text) && !/机构设置情况$/.test(text) && !/的单位包括[:：]$/.test(text)) return undefined;
  // A title is short; the sentence that names a final account's units before their list ("纳入…编制范围的单位包括：") may run to 80.
  if (text.length > (/的单位包括[:：]$/.test(text) ? 80 : 60)) return undefined;
  let number: number | undefined;
  const numbered = NUMBERING.exec(text);
  if (numbered && numbered[0].length < text.length) {
    const n = chineseNumber((numbered[1] ?? numbered[2] ?? numbered[3])!);
    // "2025年…" is a year, not a number.
    if (n !== undefined && !/^\d{4}年/.test(text)) {
      number = n;
      text = text.slice(numbered[0].length);
    }
  }
  const y = /^(\d{4})年度?/.exec(text);
  const rule = currentRules().find((r) => r.all.every((w) => text.includes(w)) && !(r.none ?? []).some((w) => text.includes(w)));
  if (!rule) return undefined;
  const out: RecognizedTitle = {
    kind: rule.kind as ImportKind,
    title: number === undefined ? raw.trim() : raw.trim().replace(/^(?:附表|表)?(?:[0-9０-９]+|[一二三四五六七八九十]+)[.．、:：\-—]\s*/, ''),
  };
  if (y) out.year = Number(y[1]);
  if (number !== undefined) out.number = number;
  return out;
}
