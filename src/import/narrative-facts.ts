/**
 * Facts the standard wording of a written part states in sentences, read into the JSON's fields (since
 * schema 1.2.0): 政府采购预算 and its 中小企业 / 小微企业 reserves, 国有资产 (vehicles by class, asset classes
 * with their measure units, planned purchases), 机构设置 (units, types counted, 内设机构), the 项 lines of
 * 财政拨款支出主要内容, and a project's 分季度用款计划. Pure functions of the paragraphs: the paragraphs
 * themselves stay in `narrative` as printed. A sentence that does not have the expected form gives nothing
 * (never a guess); what is read says so in the import report.
 */
import { AMOUNT, flat, functionalItem, statedItems } from '../model/rules/text.js';
import type {
  AmountUnit,
  AssetItem,
  Assets,
  ExpenditureNote,
  FunctionalItem,
  NarrativeSection,
  OrganizationSummary,
  OrgUnit,
  Procurement,
} from '../model/types.js';

/** A figure as the text prints it (separators allowed), as a capturing group. */
const X = AMOUNT;
const MONEY = '(亿元|万元|元)';
const figure = (s: string) => s.replace(/,/g, '');

type Summary = NonNullable<Procurement['summary']>;

/**
 * "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算752.59万元。
 * 2024年本部门面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元。"
 * Figures in another unit than the first are left out (the unit is one for the summary).
 */
export function readProcurementText(paragraphs: readonly string[]): { summary: Summary; unit: AmountUnit } | undefined {
  const s = flat(paragraphs.join(''));
  const find = (label: string) => new RegExp(`${label}(?:总额|金额)?(?:为|共计|合计)?${X}${MONEY}`).exec(s);
  // A final account states what was bought: 政府采购金额（以合同签订为准）为…，其中：货物采购金额…、工程采购金额…、服务采购金额….
  const total = find('(?<!(?:预留|企业)的?)政府采购(?:项目)?预算') ?? find('政府采购(?:金额|支出)(?:（以合同签订为准）)?');
  const found: Array<[keyof Summary, RegExpExecArray | null]> = [
    ['total', total],
    ['goods', find('政府采购货物(?:类)?(?:预算)?') ?? find('(?<=其中[:：])货物采购')],
    ['works', find('政府采购工程(?:类)?(?:预算)?') ?? find('[、，,]工程采购')],
    ['services', find('政府采购服务(?:类)?(?:预算)?') ?? find('[、，,]服务采购')],
    ['smeReserved', find('面向中小企业预留(?:的)?政府采购项目预算')],
    ['smallMicroReserved', find('预留给小型和微型企业的政府采购项目预算') ?? find('面向小微企业预留(?:的)?政府采购项目预算')],
  ];
  const first = found.find(([, m]) => m)?.[1];
  if (!first) return undefined;
  const unit = first[2] as AmountUnit;
  const summary: Summary = {};
  for (const [key, m] of found) if (m && m[2] === unit) summary[key] = figure(m[1]!);
  return { summary, unit };
}

const MEASURE = '(台（套）|台/套|平方米|辆|项|台|套|个|处|宗)';
const DATE = /截(?:至|止)(\d{4})年(\d{1,2})月(\d{1,2})日[，,]?/;

/** "部级领导干部用车0辆、主要领导干部用车0辆、…": vehicle classes, or undefined where a part is not "<class>N辆". */
function vehicleClasses(list: string): Array<{ name: string; count: number }> | undefined {
  const parts = list.split(/[、，,]/).filter(Boolean);
  const out = parts.map((p) => /^(.+?)(\d+)辆$/.exec(p)).map((m) => (m ? { name: m[1]!, count: Number(m[2]) } : undefined));
  return out.length && out.every(Boolean) ? (out as Array<{ name: string; count: number }>) : undefined;
}

/** "专用设备818台/套", "长期投资0项0万元", "其他固定资产0万元": one asset class or item; undefined otherwise. */
function assetItem(clause: string): (AssetItem & { money?: AmountUnit }) | undefined {
  const counted = new RegExp(`^(.+?)${X}${MEASURE}(?:${X}${MONEY})?$`).exec(clause);
  if (counted) {
    const item: AssetItem & { money?: AmountUnit } = { name: counted[1]!, quantity: figure(counted[2]!), measureUnit: counted[3]! };
    if (counted[4]) Object.assign(item, { value: figure(counted[4]), money: counted[5] as AmountUnit });
    return item;
  }
  const valued = new RegExp(`^(.+?)${X}${MONEY}$`).exec(clause);
  return valued ? { name: valued[1]!, value: figure(valued[2]!), money: valued[3] as AmountUnit } : undefined;
}

/** Splits at `sep` outside brackets. */
function splitTop(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '（') depth++;
    else if (c === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && sep.test(c)) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/**
 * 国有资产占有使用情况 in words. Two wordings are read:
 * - "截至2023年8月31日，…共有车辆7辆，其中：部级领导干部用车0辆、…；单价100万元（含）以上设备（不含车辆）0台（套）。
 *   2024年部门预算安排购置车辆1辆，其中：…；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。"
 * - "截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆（一般公务用车3辆，…）；
 *   …。长期投资0项0万元。在建工程1项12277.73万元。无形资产471项234.37万元。"
 */
export function readAssetsText(paragraphs: readonly string[]): Omit<Assets, 'unit'> & { unit?: AmountUnit } {
  const out: Omit<Assets, 'unit'> & { unit?: AmountUnit } = {};
  const items: Array<AssetItem & { money?: AmountUnit }> = [];
  const planned: Array<AssetItem & { money?: AmountUnit }> = [];
  for (const p of paragraphs) {
    let s = flat(p);
    const date = DATE.exec(s);
    if (date && !out.asOf) out.asOf = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    if (date) s = s.slice(0, date.index) + s.slice(date.index + date[0].length);
    for (const sentence of splitTop(s, /[。]/)) {
      const isPlan = /安排购置/.test(sentence);
      const fleet = /(?:共有|安排购置)车辆(\d+)辆[，,]?(?:其中[:：])?([^；;]*)/.exec(sentence);
      if (fleet) {
        const classes = vehicleClasses(fleet[2]!);
        if (isPlan) {
          out.plannedVehicles = Number(fleet[1]);
          if (classes) out.plannedVehicleClasses = classes;
        } else {
          out.vehicles = Number(fleet[1]);
          if (classes) out.vehicleClasses = classes;
        }
        for (const clause of splitTop(sentence.slice(fleet.index + fleet[0].length), /[；;]/)) {
          const item = assetItem(clause.replace(/^(?:部门|单位)?(?:预算)?安排购置/, ''));
          if (item) (isPlan ? planned : items).push(item);
        }
        continue;
      }
      // "固定资产3149.52万元，其中：房屋…；车辆7辆（…）；…": a class, then its parts.
      const body = sentence.replace(/^(?:本部门|本单位)/, '');
      const [head = '', rest] = body.split(/[，,]其中[:：]/, 2);
      const main = assetItem(head);
      if (!main) continue;
      items.push(main);
      for (const clause of rest ? splitTop(rest, /[；;]/) : []) {
        const inner = /^(.+?)（(?:其中[:：])?(.+)）$/.exec(clause);
        const item = assetItem(inner ? inner[1]! : clause);
        if (!item) continue;
        items.push({ ...item, partOf: main.name });
        if (!inner) continue;
        const classes = item.measureUnit === '辆' ? vehicleClasses(inner[2]!) : undefined;
        if (classes) {
          out.vehicles ??= Number(item.quantity);
          out.vehicleClasses ??= classes;
          continue;
        }
        for (const sub of splitTop(inner[2]!, /[；;，,]/)) {
          const part = assetItem(sub);
          if (part) items.push({ ...part, partOf: item.name });
        }
      }
    }
  }
  const unit = [...items, ...planned].find((i) => i.money)?.money;
  if (unit) out.unit = unit;
  const clean = (list: Array<AssetItem & { money?: AmountUnit }>): AssetItem[] =>
    list.map(({ money, ...i }) => (money && money !== unit ? { ...i, unit: money } : i));
  if (items.length) out.items = clean(items);
  if (planned.length) out.plannedItems = clean(planned);
  return out;
}

const NUMBERED = /^(\d+)\s*[.、．]\s*(.+)$/;

/**
 * 机构设置 in words: "…包括万里街道本部以及下属 5 家预算单位的综合收支计划。本部门中，行政单位 1 家，参公单位1家，事业单位 4 家，
 * 具体包括：" then the units one per numbered line ("2.上海市普陀区中小企业服务中心，不单列预算。"), or a unit's 内设机构
 * ("上海市普陀区社会福利院设5个内设机构，包括：院长室、办公室、…").
 */
export function readOrganizationText(paragraphs: readonly string[]): { units?: OrgUnit[]; summary?: OrganizationSummary } {
  const lines: string[] = [];
  for (const p of paragraphs) {
    const s = flat(p);
    const at = s.search(/具体包括[:：]/);
    if (at >= 0) {
      lines.push(s.slice(0, at + 5));
      const rest = s.slice(at + 5);
      if (rest) lines.push(...rest.split(/(?=(?<![\d.])\d+[.、．](?!\d))/).filter(Boolean));
    } else lines.push(s);
  }
  const units: OrgUnit[] = [];
  let summary: OrganizationSummary | undefined;
  const text: string[] = [];
  for (const line of lines) {
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      units.push(orgUnit(numbered[2]!));
      continue;
    }
    const sub = /下属\s*(\d+)\s*家(?:预算)?单位/.exec(line);
    const counts = /(?:本部门|本单位)中[，,]?(.+?)(?:[，,。]?具体包括|[。]|$)/.exec(line);
    const types = counts ? [...counts[1]!.matchAll(/([^，,、；。\d]+?)(\d+)家/g)].map((m) => ({ type: m[1]!, count: Number(m[2]) })) : [];
    if (sub || types.length) {
      summary ??= { text: '' };
      if (sub) summary.subordinateUnits = Number(sub[1]);
      if (types.length) summary.types = types;
      text.push(line);
      continue;
    }
    const divisions = /^(.+?)设(\d+)个内设机构[，,]?包括[:：](.+?)。?$/.exec(line);
    if (divisions && !units.length) units.push({ name: divisions[1]!, divisions: divisions[3]!.split('、').filter(Boolean) });
  }
  if (summary) summary.text = text.join('');
  return { ...(units.length ? { units } : {}), ...(summary ? { summary } : {}) };
}

/** "商务委本部，上海市普陀区商务委员会机关设9个内设机构，包括：办公室、…。" / "…服务中心，不单列预算。" / "…办事处（本部）。" */
function orgUnit(line: string): OrgUnit {
  const text = line.replace(/[。；]$/, '');
  const comma = text.search(/[，,]/);
  const name = comma < 0 ? text : text.slice(0, comma);
  const note = comma < 0 ? '' : text.slice(comma + 1);
  const unit: OrgUnit = { name };
  if (note) unit.note = note;
  if (/不单列预算|不单独编制预算/.test(note)) unit.separateBudget = false;
  const divisions = /设\d+个内设机构[，,]?包括[:：](.+)$/.exec(note);
  if (divisions) unit.divisions = divisions[1]!.split('、').filter(Boolean);
  return unit;
}

const ITEM_START = /^(?:\d+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/;

/** A line at least this long with no stop at its end is a line of running text that the page cut (a heading is short). */
const FULL_LINE = 30;

/** A short numbered line ("六、年度预算安排"): a heading, whose figure below it is its own paragraph. */
const isHeadingLine = (s: string) => ITEM_START.test(s.trim()) && s.trim().length <= 30;
/** A line that starts with an amount ("24,558.18万元；事业收入0万元", "180.00万，支持…"): the end of a sentence cut before its figure. */
const STARTS_WITH_FIGURE = /^\d[\d,]*(?:\.\d+)?(?:亿元?|万元?|元|%|％)/;

/**
 * A PDF's text layer ends a paragraph where a line ends: a sentence cut there ("…2025年当年预算执行数为" /
 * "118.46万元，…", "…比2024年预算执行数增加" / "24,558.18万元；…") is one paragraph again. Only such lines are
 * joined: a line that ends without a stop, and a next line that starts with an amount, or that starts no
 * item after a line naming a 项, a line ending in a comma, or a full line of text.
 */
export function joinCutLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    const open = prev !== undefined && !/[。；：:！？]$/.test(prev.trim());
    const next = p.trim();
    const cut =
      open &&
      ((/（项）|\(项\)|\d{2}项）/.test(prev) && !ITEM_START.test(next)) ||
        (STARTS_WITH_FIGURE.test(next) && !isHeadingLine(prev)) ||
        // A clause that ends in a comma, or a full line of text with no stop, goes on in the next line.
        ((/[，,、]$/.test(prev.trim()) || prev.trim().length >= FULL_LINE) && !ITEM_START.test(next)));
    if (cut) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}

const CHANGE = new RegExp(
  `(\\d{4}年(?:当年)?预算执行数)(?:为)?${X}${MONEY}[，,](?:\\d{4}年预算安排${X}${MONEY}[，,]?)?(?:比|较|与)\\d{4}年(?:当年)?预算(?:执行数)?(?:(增加|增长|减少|下降)${X}[%％]|持平)`,
);

/**
 * 财政拨款支出主要内容: each 项 line with its amount, 主要用于, last year's execution, the change and 主要原因, and the code
 * of the 项 of `functional` it names (by its printed codes or its three names).
 */
export function readExpenditureNotes(sections: readonly NarrativeSection[], functional: readonly FunctionalItem[], unit: AmountUnit): ExpenditureNote[] {
  const notes: ExpenditureNote[] = [];
  for (const section of sections) {
    if (section.id !== 'overview') continue;
    for (const p of section.paragraphs) {
      for (const item of statedItems(flat(p))) {
        const note: ExpenditureNote = { names: item.names, amount: item.mention.value };
        const { item: line } = functionalItem(functional, item.names, item.codes);
        if (line) note.code = line.code;
        if (item.mention.unit !== unit) note.unit = item.mention.unit as AmountUnit;
        const rest = item.rest.text;
        const purpose = /^[。，,]?主要用于[:：]?(.+?)(?:。|$)/.exec(rest);
        if (purpose) note.purpose = purpose[1]!.replace(/[。]+$/, '');
        const change = CHANGE.exec(rest);
        if (change && change[3] === item.mention.unit) {
          note.previousLabel = change[1]!;
          note.previous = figure(change[2]!);
          if (change[4] && figure(change[4]) !== item.mention.value && change[5] === item.mention.unit) note.arranged = figure(change[4]);
          note.changePercent = change[6] ? `${/减少|下降/.test(change[6]) ? '-' : ''}${figure(change[7]!)}` : '0';
        }
        const reason = /主要原因(?:是|为)?[:：]?(.+?)。?$/.exec(rest);
        if (reason) note.reason = reason[1]!.replace(/[。]+$/, '');
        notes.push(note);
      }
    }
  }
  return notes;
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** "第一季度用款计划25.88万元，第二季度用款计划180.74万元，…": the plan by quarter, where every quarter has the same unit. */
export function readQuarterlyPlan(paragraphs: readonly string[]): NarrativeSection['quarterlyPlan'] {
  const s = flat(paragraphs.join(''));
  const found = [...s.matchAll(new RegExp(`第([一二三四])季度(?:用款计划|支出计划|计划用款|用款)(?:为)?${X}${MONEY}`, 'g'))];
  if (!found.length || found.some((m) => m[3] !== found[0]![3])) return undefined;
  const quarters = found.map((m) => ({ quarter: QUARTERS[m[1]!]!, amount: figure(m[2]!) }));
  if (new Set(quarters.map((q) => q.quarter)).size !== quarters.length) return undefined;
  return { unit: found[0]![3] as AmountUnit, quarters };
}

/**
 * A PDF's text layer may hold a run of lines twice, one copy hidden (clipped) on the page: the duties 8–12 of
 * 商务委 2025, the items 7–11 of 财政局 2025's explanation. A run of at least two paragraphs that repeats,
 * word for word, the run just before it is dropped; the count of dropped paragraphs goes in the report.
 */
export function dropRepeats(paragraphs: readonly string[]): { kept: string[]; dropped: number } {
  const kept: string[] = [];
  let dropped = 0;
  let i = 0;
  while (i < paragraphs.length) {
    let run = 0;
    for (let k = Math.min(kept.length, paragraphs.length - i); k >= 2; k--) {
      const before = kept.slice(kept.length - k);
      if (before.every((p, j) => p.trim() === paragraphs[i + j]!.trim())) {
        run = k;
        break;
      }
    }
    if (run) {
      dropped += run;
      i += run;
    } else kept.push(paragraphs[i++]!);
  }
  return { kept, dropped };
}
