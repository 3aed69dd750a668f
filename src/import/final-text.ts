/**
 * What the written part of a final account (部门决算情况说明) states in sentences, back to the JSON (schema
 * 1.3.0): each 项's 年初预算 against its 支出决算 with the reason (`expenditureNotes`), a budget against its
 * 决算 with 完成预算的 N% (`budgetExecution`: 一般公共预算财政拨款支出, “三公”经费 and its parts), 绩效自评
 * (`performance.selfEvaluation`), and the procurement awarded to SMEs. Only what a sentence states is kept;
 * a sentence the layout of a PDF has cut and reordered gives what can be read of it, never a guess.
 */
import { AMOUNT, flat, functionalItem } from '../model/rules/text.js';
import type { AmountUnit, ExecutionNote, ExpenditureNote, FunctionalItem, NarrativeSection, SelfEvaluation } from '../model/types.js';

const X = AMOUNT;
const MONEY = '(亿元|万元|元)';
const BUDGET = '(年初预算|调整预算|全年预算|预算)';
const figure = (s: string) => s.replace(/,/g, '');

/** "决算数小于预算数的主要原因：…。" / "决算数与预算数基本持平。" */
function reasonOf(text: string): string | undefined {
  const m = /决算数(?:小于|大于|低于|高于)(?:年初|全年|调整)?预算数?的主要原因(?:是|为)?[:：]?(.+?)(?:。|$)/.exec(text);
  if (m) return m[1]!.trim();
  const level = /(决算数与(?:年初|全年|调整)?预算数?(?:基本)?持平)/.exec(text);
  return level ? level[1] : undefined;
}

/**
 * "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：…。年初预算为 1560.05 万元，支出决算为1511.89万元。
 * 决算数小于预算数的主要原因：…": one note per 项 sentence whose names, budget and 决算 are all there.
 */
export function readFinalNotes(sections: readonly NarrativeSection[], functional: readonly FunctionalItem[], unit: AmountUnit): ExpenditureNote[] {
  const notes: ExpenditureNote[] = [];
  const line = new RegExp(
    `^\\d+[、.．](.+?)（类）(.+?)（款）(.+?)（项）[。.，,]?(?:主要用于[:：]?(.+?)。)?.*?${BUDGET}数?为${X}${MONEY}[，,]支出决算为${X}${MONEY}[。.]?(.*)$`,
  );
  for (const section of sections)
    for (const p of section.paragraphs) {
      const m = line.exec(flat(p));
      if (!m || m[7] !== m[9]) continue;
      const names: [string, string, string] = [m[1]!, m[2]!, m[3]!];
      const note: ExpenditureNote = { names, amount: figure(m[8]!), budget: figure(m[6]!), budgetLabel: m[5]! };
      const { item } = functionalItem(functional, names);
      if (item) note.code = item.code;
      if (m[9] !== unit) note.unit = m[9] as AmountUnit;
      if (m[4]) note.purpose = m[4];
      const reason = reasonOf(m[10] ?? '');
      if (reason) note.reason = reason;
      notes.push(note);
    }
  return notes;
}

/** What a budget-against-决算 sentence is of, by the words before 年初预算. */
const SUBJECTS: Array<[RegExp, string]> = [
  [/一般公共预算财政拨款支出$/, 'generalPublicBudget'],
  [/“?三公”?经费(?:财政拨款)?(?:支出)?$/, 'threePublic'],
  [/因公出国（境）费(?:支出)?$/, 'abroad'],
  [/公务用车购置及运行维护费(?:支出)?$/, 'vehicles'],
  [/公务用车购置费(?:支出)?$/, 'vehiclePurchase'],
  [/公务用车运行维护费(?:支出)?$/, 'vehicleOperation'],
  [/公务接待费(?:支出)?$/, 'reception'],
];

/**
 * "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%": the budget,
 * the 决算 and the stated rate; the parts of “三公” ("其中：因公出国（境）费决算为0.00万元，完成预算的0%") with
 * their 决算 and rate only, as stated.
 */
export function readExecution(sections: readonly NarrativeSection[]): ExecutionNote[] {
  const out: ExecutionNote[] = [];
  // "…年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元": the budget just before the 决算 is the one set against it.
  const whole = new RegExp(
    `([^，,。；;：:]{2,40}?)(?:(?:年初预算|调整预算|全年预算|预算)数?为${X}${MONEY}[，,])?${BUDGET}数?为${X}${MONEY}[，,]支出决算为${X}${MONEY}[，,]?(?:完成(?:年初|调整|全年)?预算数?的${X}%)?`,
    'g',
  );
  const part = new RegExp(`([^，,。；;：:]{2,30}?)决算为${X}${MONEY}[，,]完成(?:年初|调整|全年)?预算数?的${X}%`, 'g');
  for (const section of sections)
    for (const p of section.paragraphs) {
      const s = flat(p);
      for (const m of s.matchAll(whole)) {
        const label = m[1]!.replace(/^(?:其中|其|[一二三四五六七八九十\d]+[、.．])/, '');
        const subject = SUBJECTS.find(([re]) => re.test(label))?.[1];
        // Groups: 1 the subject, 2–3 an earlier budget (年初预算 before 全年预算), 4–6 the budget, 7–8 the 决算, 9 the rate.
        if (!subject || m[6] !== m[8]) continue;
        const note: ExecutionNote = { subject, label, budget: figure(m[5]!), budgetLabel: m[4]!, actual: figure(m[7]!), unit: m[6] as AmountUnit };
        if (m[9] !== undefined) note.ratePercent = figure(m[9]);
        const reason = reasonOf(s.slice(m.index! + m[0].length));
        if (reason) note.reason = reason;
        note.text = m[0];
        out.push(note);
      }
      for (const m of s.matchAll(part)) {
        const label = m[1]!.replace(/^(?:其中|[一二三四五六七八九十\d]+[、.．])/, '');
        const subject = SUBJECTS.find(([re]) => re.test(label))?.[1];
        if (!subject || out.some((o) => o.subject === subject)) continue;
        out.push({ subject, label, actual: figure(m[2]!), unit: m[3] as AmountUnit, ratePercent: figure(m[4]!), text: m[0] });
      }
    }
  return out;
}

/**
 * "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；…）。
 * 绩效自评中共发现问题0个，已经完成整改的0个，正在整改的0个": the counts and score as stated.
 */
export function readSelfEvaluation(sections: readonly NarrativeSection[]): SelfEvaluation | undefined {
  for (const section of sections) {
    const s = flat(section.paragraphs.join(''));
    const head = new RegExp(`绩效自评的(?:\\d{4}年度)?项目(\\d+)个[，,]涉及(?:预算)?(?:金额|资金)${X}${MONEY}(?:[，,]平均得分${X}分)?`).exec(s);
    if (!head) continue;
    const out: SelfEvaluation = { projects: Number(head[1]), total: figure(head[2]!), unit: head[3] as AmountUnit, text: '' };
    if (head[4] !== undefined) out.averageScore = figure(head[4]);
    const grades = [...s.matchAll(/绩效评级为“([^”]{1,10})”的项目(\d+)个/g)].map((g) => ({ grade: g[1]!, count: Number(g[2]) }));
    if (grades.length) out.grades = grades;
    const problems = /绩效自评中(?:共)?发现问题(\d+)个[，,]已(?:经)?完成整改的(\d+)个[，,]正在整改的(\d+)个/.exec(s);
    if (problems) {
      out.problems = Number(problems[1]);
      out.fixed = Number(problems[2]);
      out.fixing = Number(problems[3]);
    }
    const from = head.index;
    const to = problems ? problems.index + problems[0].length : head.index + head[0].length;
    out.text = s.slice(from, Math.min(to, from + 5000));
    return out;
  }
  return undefined;
}

/** A final account's procurement awards: in the projects reserved for SMEs, for small and micro ones, and in the others. */
export function readAwards(
  paragraphs: readonly string[],
  unit: AmountUnit,
): { smeAwardedReserved?: string; smallMicroAwardedReserved?: string; smeAwardedOther?: string } {
  const s = flat(paragraphs.join(''));
  const award = (where: string, who: string) => new RegExp(`在${where}[^。；;]*?项目中[，,]由${who}供应商中标或成交的[，,]?采购金额${X}${MONEY}`).exec(s);
  const out: { smeAwardedReserved?: string; smallMicroAwardedReserved?: string; smeAwardedOther?: string } = {};
  for (const [key, m] of [
    ['smeAwardedReserved', award('面向中小企业预留', '中小企业')],
    ['smallMicroAwardedReserved', award('面向小微企业预留', '小微企业')],
    ['smeAwardedOther', award('其他政府采购', '中小企业')],
  ] as const)
    if (m && m[2] === unit) out[key] = figure(m[1]!);
  return out;
}
