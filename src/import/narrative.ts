/**
 * The written part of a .docx disclosure (情况说明): its sections in order, and the facts that the
 * standard wording states in sentences. Sections that describe (duties, overview, 机关运行经费, “三公”,
 * assets, other) are kept as text, and their figures are also read: 比上年增减 changes, the 机关运行经费
 * breakdown, fixed-asset values. Sections that are forms in words (部门整体绩效目标, 名词解释) become
 * `performance` and `glossary`; their lines that do not fit the form stay as text, so nothing is lost.
 * The tables (project performance, procurement, assets …) are read elsewhere and are not narrative.
 */
import { AMOUNT } from '../model/rules/text.js';
import { parseTarget } from '../model/targets.js';
import type { AmountUnit, Change, Indicator, DepartmentPerformance, GlossaryEntry, NarrativeSection } from '../model/types.js';
import type { Block } from './docx.js';
import { dropRepeats, joinCutLines, readAssetsText, readOrganizationText, readProcurementText, readQuarterlyPlan } from './narrative-facts.js';
import { compact } from './titles.js';

export interface NarrativeResult {
  /** The title of the written part ("…部门预算信息公开情况说明"). */
  title?: string;
  narrative: NarrativeSection[];
  /** Where each section of `narrative` starts: the index of its first block. */
  at: number[];
  /** Where 名词解释 starts, when the document has it. */
  glossaryAt?: number;
  performance?: DepartmentPerformance;
  glossary?: GlossaryEntry[];
  changes?: Change[];
  operatingCosts?: { total?: string; unit: AmountUnit; items: Array<{ name: string; amount: string }> };
  assets?: { fixedAssetsValue?: string; plannedPurchaseValue?: string; unit: AmountUnit };
  /** 国有资产 as the Shanghai wording states it (vehicles by class, asset classes), and the section's heading. */
  assetsText?: ReturnType<typeof readAssetsText> & { title: string };
  /** 政府采购预算 and its reserves, as the text states them. */
  procurement?: ReturnType<typeof readProcurementText>;
  /** Paragraphs dropped because they repeat the run just before them (a PDF's hidden copy of its text). */
  repeatedParagraphs?: number;
  /** 机构设置: the units listed and their types counted. */
  organization?: ReturnType<typeof readOrganizationText>;
}

const SECTION_IDS: Array<[id: string, match: RegExp]> = [
  ['duties', /职责|职能|机构设置/],
  ['operatingCosts', /机关运行经费/],
  ['threePublic', /三公/],
  ['performance', /整体绩效/],
  ['specialFunds', /专项资金/],
  ['projects', /项目.*(?:绩效|预算)|绩效目标表|项目经费/],
  ['procurement', /政府采购/],
  ['assets', /国有资产|资产/],
  ['glossary', /名词解释|名词说明/],
  ['overview', /总体情况|收支.*情况|预算安排|编制说明/],
  ['other', /其他/],
];

const HEADING = /^[一二三四五六七八九十]+、\s*\S/;
const PART = /^第[一二三四五六七八九十]+部分\s*/;
/**
 * A numbered line that heads a section: short, and not a sentence. A numbered item of a list (the duties'
 * "四、实施综合管理。对区域内城市管理……" or "九、承办区委、区政府交办的其他事项。") has a full stop; a heading has none.
 */
function isHeading(text: string): boolean {
  return HEADING.test(text) && text.length <= 60 && !/[。；]/.test(text);
}
const SUB_HEADING = /^[(（][一二三四五六七八九十]+[)）]、?\s*(.*)$/;
const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const UNIT = '(万元|亿元|元)';

/** The parts a final account prints as sub-headings of its 其他重要事项的情况说明. */
const SPLIT_FROM_OTHER: ReadonlySet<string> = new Set(['operatingCosts', 'procurement', 'assets']);

/** Sections whose content is a form, read into structured fields. */
const STRUCTURED: ReadonlySet<string> = new Set(['performance', 'projects', 'procurement', 'glossary']);

function sectionId(title: string): string | undefined {
  const t = compact(title).replace(/^[一二三四五六七八九十]+、/, '');
  return SECTION_IDS.find(([, m]) => m.test(t))?.[0];
}

/**
 * What a change is of, from the clause just before it: the Shanghai wording states each figure's change
 * after it ("其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元"), and that is the change of
 * 财政拨款收入, not of the total. Undefined where the clause names none of these (the caller then looks at
 * the whole sentence).
 */
function changeSubject(clause: string): string | undefined {
  const subjects: Array<[RegExp, string]> = [
    // “三公” and its parts first: "“三公”经费财政拨款支出决算比2023年度减少0.15万元" is of 三公, not of 财政拨款支出.
    [/三公/, 'threePublic'],
    [/因公出国/, 'abroad'],
    [/公务用车购置费|(?<!及)购置费/, 'vehiclePurchase'],
    [/公务用车运行(?:维护)?费|(?<!购置及)运行(?:维护)?费/, 'vehicleOperation'],
    [/公务用车/, 'vehicles'],
    [/公务接待/, 'reception'],
    // A final account's totals: 财政拨款收入支出总计 and 收入支出总计.
    [/财政拨款收入支出总计/, 'fiscalTotal'],
    [/收入支出总计|收支总计/, 'total'],
    [/财政拨款收入/, 'fiscalIncome'],
    [/财政拨款支出/, 'fiscalExpenditure'],
    [/一般公共预算/, 'generalPublicBudget'],
    [/政府性基金/, 'governmentFund'],
    [/国有资本经营/, 'stateCapital'],
    [/基本支出/, 'basic'],
    [/项目支出/, 'project'],
    [/三公/, 'threePublic'],
    [/机关运行经费/, 'operatingCosts'],
    [/收支/, 'total'],
    [/收入/, 'income'],
    [/支出/, 'expenditure'],
  ];
  return subjects.find(([re]) => re.test(clause))?.[1];
}

/** "较上年减少87.5万元。其中:基本支出减少61.58万元，主要原因是人员减少；…" → changes, one per subject. */
function readChanges(paragraphs: string[], section: string, unit: AmountUnit, into: Change[]): void {
  const seen = new Set(into.map((c) => c.subject));
  for (const p of paragraphs) {
    let compared: string | undefined;
    for (const sentence of p.split(/[。；;]/)) {
      const s = sentence.replace(/\s+/g, '');
      const m = new RegExp(`(?:(?:较|比|与)(上年度?|\\d{4}年度?)(?:相比|比较)?[，,]?)?(?:预算(?:执行数)?)?(增加|减少|增长|下降|增|减)了?${AMOUNT}${UNIT}`).exec(
        s,
      );
      if (!m) continue;
      // The basis as stated: "2024年预算执行数" is not "2024年预算".
      // "与2023年度相比，收入支出总计增加1062.85万元": the basis before the subject (a final account's wording).
      const basis = m[1] ? undefined : /(?:较|比|与)(上年度?|\d{4}年度?)(?:相比|比较)[，,]/.exec(s.slice(0, m.index));
      if (basis) compared = basis[1];
      if (m[1])
        compared = `${m[1]}${/预算执行数(?:增加|减少|增长|下降|增|减)/.test(m[0]) ? '预算执行数' : /预算(?:增加|减少|增长|下降|增|减)/.test(m[0]) ? '预算' : ''}`;
      if (!compared) continue;
      const before = s.slice(0, m.index);
      const subject =
        changeSubject(
          before
            .split(/[，：:]|,(?!\d)/)
            .filter(Boolean)
            .at(-1) ?? '',
        ) ??
        (/基本支出/.test(before) ? 'basic' : /项目支出/.test(before) ? 'project' : section === 'threePublic' || /三公/.test(before) ? 'threePublic' : 'total');
      if (seen.has(subject)) continue;
      seen.add(subject);
      const sign = /减|下降/.test(m[2]!) ? '-' : '';
      const change: Change = { subject, change: `${sign}${m[3]!.replace(/,/g, '')}`, comparedWith: compared };
      if (m[4] !== unit) change.unit = m[4] as AmountUnit;
      const reason = /主要原因(?:是|为)?[:：]?(.+)$/.exec(s.slice(m.index + m[0].length));
      if (reason) change.reason = reason[1]!.replace(/[，,。]+$/, '');
      into.push(change);
    }
  }
}

/** "机关运行经费安排31.73万元，其中办公费7.13万元，邮电费8.56万元、…" → total and items. */
function readOperatingCosts(paragraphs: string[]): NarrativeResult['operatingCosts'] {
  for (const p of paragraphs) {
    const s = p.replace(/\s+/g, '');
    const total = new RegExp(`机关运行经费(?:预算|支出)?(?:决算)?(?:安排|为|共计|合计)?${NUMBER}${UNIT}`).exec(s);
    if (!total) continue;
    const items: Array<{ name: string; amount: string }> = [];
    const rest = s.slice(total.index + total[0].length);
    const list = /其中[:：]?(.+)$/.exec(rest);
    for (const part of (list?.[1] ?? '').split(/[，,、；;。]/)) {
      const m = new RegExp(`^(?:为)?(.+?)(?:为|安排)?${NUMBER}${UNIT}$`).exec(part);
      if (m && m[3] === total[2]) items.push({ name: m[1]!, amount: m[2]! });
    }
    return { total: total[1]!, unit: total[2] as AmountUnit, items };
  }
  return undefined;
}

function readAssetValues(paragraphs: string[]): NarrativeResult['assets'] {
  const s = paragraphs.join('').replace(/\s+/g, '');
  const fixed = new RegExp(`(?:上年末|年末)固定资产(?:金额|总额|原值|价值)?(?:为|共计|合计)?${NUMBER}${UNIT}`).exec(s);
  const planned = new RegExp(`拟购置固定资产(?:金额|总额|价值)?(?:为|共计|合计)?${NUMBER}${UNIT}`).exec(s);
  if (!fixed && !planned) return undefined;
  const unit = (fixed?.[2] ?? planned![2]) as AmountUnit;
  const out: NonNullable<NarrativeResult['assets']> = { unit };
  if (fixed) out.fixedAssetsValue = fixed[1]!;
  if (planned && planned[2] === unit) out.plannedPurchaseValue = planned[1]!;
  return out;
}

/**
 * The measurable clauses of a goal's 绩效指标 sentence: "<name>达到90%以上", "<name>超过90%", "<name>达
 * 90%以上". Neutral verbs (达到, 达, 稳定在, 保持在, 控制在) drop out of the target; comparisons (超过, 大于, 不低于
 * …) stay in it, where parseTarget reads them. Leading connectives and scope words (使, 全区各 …) are not
 * part of the name. Clauses without a figure are left to the text, which is always kept.
 */
export function readProseIndicators(text: string): Indicator[] {
  const out: Indicator[] = [];
  for (const clause of text.split(/[，,；;。]/)) {
    const c = clause.replace(/\s+/g, '');
    const m =
      /^(.+?)(?:达到|稳定在|保持在|控制在|达)?((?:超过|大于|高于|不低于|不少于|低于|小于|不超过|不高于)?\d+(?:\.\d+)?(?:%|％|个|次|天|人|项|家|件|户)(?:以上|以下|以内)?)$/.exec(
        c,
      );
    if (!m) continue;
    const name = m[1]!.replace(/^(?:使|让|确保|力争)?(?:全[区市县省])?(?:各(?![项类种]))?/, '');
    const targetText = m[2]!;
    const parsed = parseTarget(targetText);
    if (!name || !parsed) continue;
    out.push({ name, target: { text: targetText, ...parsed } });
  }
  return out;
}

/** 部门整体绩效目标: （一）总体 …, （二）分项 (N、title / 绩效目标： / 绩效指标：), （三）保障措施. */
function readPerformance(paragraphs: string[]): { performance?: DepartmentPerformance; rest: string[] } {
  const performance: DepartmentPerformance = {};
  const goals: NonNullable<DepartmentPerformance['goals']> = [];
  const measures: string[] = [];
  const overall: string[] = [];
  const rest: string[] = [];
  let mode: 'overall' | 'goals' | 'measures' | undefined;
  for (const p of paragraphs) {
    const sub = SUB_HEADING.exec(p);
    if (sub) {
      const h = compact(sub[1]!);
      mode = /总体|整体/.test(h) ? 'overall' : /分项|具体|绩效指标|年度目标/.test(h) ? 'goals' : /措施|保障/.test(h) ? 'measures' : undefined;
      if (!mode) rest.push(p);
      continue;
    }
    if (mode === 'overall') overall.push(p);
    else if (mode === 'measures') measures.push(p);
    else if (mode === 'goals') {
      const goal = /^绩效目标[:：]\s*(.+)$/.exec(p);
      const indicators = /^绩效指标[:：]\s*(.+)$/.exec(p);
      const title = /^\d+\s*[、.．]\s*(.+)$/.exec(p);
      const current = goals[goals.length - 1];
      if (title) goals.push({ title: title[1]!.trim() });
      else if (goal && current && !current.goal) current.goal = goal[1]!.trim();
      else if (indicators && current && !current.indicatorText) {
        current.indicatorText = indicators[1]!.trim();
        const read = readProseIndicators(current.indicatorText);
        if (read.length) current.indicators = read;
      } else rest.push(p);
    } else rest.push(p);
  }
  if (overall.length) performance.overall = overall.join('\n');
  if (goals.length) performance.goals = goals;
  if (measures.length) performance.measures = measures;
  return Object.keys(performance).length ? { performance, rest } : { rest: paragraphs };
}

/**
 * Reads the paragraphs of a .docx that no table took (`consumed`) and that are not the document's title
 * line (`skip`).
 */
/**
 * The sections of the written part. A section starts at a heading ("一、…"), or at a block of `headings`
 * (a workbook's sheet of words starts one with its first line, whatever its wording); the blocks of
 * `inner` are never headings (the numbered parts of one project's 经费情况说明 stay in its section).
 */
export function readNarrative(
  blocks: Block[],
  consumed: Set<number>,
  skip: Set<number>,
  unit: AmountUnit,
  headings?: ReadonlySet<number>,
  inner?: ReadonlySet<number>,
): NarrativeResult {
  const paragraphs = blocks.filter(
    (b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && !consumed.has(b.index) && !skip.has(b.index) && b.text.trim() !== '',
  );
  const result: NarrativeResult = { narrative: [], at: [] };
  const sections: Array<{ title: string; id?: string; paragraphs: string[]; at: number }> = [];
  let partTitle: string | undefined;
  let inOther = false;
  const intro: string[] = [];
  let introAt: number | undefined;
  for (const b of paragraphs) {
    const text = b.text.trim();
    if (PART.test(text)) {
      // A part of its own that is the glossary (a final account's 第四部分 名词解释) starts its section.
      const rest = text.replace(PART, '').trim();
      if (sectionId(rest) === 'glossary') sections.push({ title: rest, id: 'glossary', paragraphs: [], at: b.index });
      else partTitle ??= rest;
      continue;
    }
    // Under 其他重要事项, a sub-heading naming a part the kit knows (（一）机关运行经费支出情况, （二）政府采购支出情况,
    // （三）国有资产占有使用情况说明, as a final account prints them) starts that part's section.
    const sub = SUB_HEADING.exec(text);
    const subId = sub && text.length <= 40 && !/[。；]/.test(text) ? sectionId(sub[1]!) : undefined;
    if (inOther && subId && SPLIT_FROM_OTHER.has(subId)) {
      sections.push({ title: text, id: subId, paragraphs: [], at: b.index });
      continue;
    }
    if (headings?.has(b.index) || (!inner?.has(b.index) && isHeading(text))) {
      const id = sectionId(text);
      inOther = id === 'other';
      sections.push({ title: text, ...(id ? { id } : {}), paragraphs: [], at: b.index });
    } else if (sections.length) sections[sections.length - 1]!.paragraphs.push(text);
    else {
      introAt ??= b.index;
      intro.push(text);
    }
  }
  // The written part's title: the 第一部分 line's text, or a short line ending in 说明, before the sections.
  const titleAt = intro.findIndex((p) => (partTitle !== undefined && compact(p) === compact(partTitle)) || (p.length <= 60 && /说明$/.test(p)));
  const title = titleAt >= 0 ? intro[titleAt]! : partTitle;
  const introText = intro.filter((_, i) => i !== titleAt);
  if (title) result.title = title;
  if (introText.length) {
    result.narrative.push({ id: 'intro', title: title ?? '', paragraphs: introText });
    result.at.push(introAt!);
  }

  // The contents (目录) of a document printed without page numbers read as headings with nothing under them: a
  // run of three or more such headings is the contents, not sections.
  const empty = sections.map((s) => s.paragraphs.length === 0);
  const contents = new Set<number>();
  for (let i = 0; i < sections.length;) {
    let j = i;
    while (j < sections.length && empty[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) contents.add(k);
    i = Math.max(j, i + 1);
  }
  const changes: Change[] = [];
  for (const section of sections.filter((_, i) => !contents.has(i))) {
    const once = dropRepeats(section.paragraphs);
    result.repeatedParagraphs = (result.repeatedParagraphs ?? 0) + once.dropped;
    section.paragraphs = joinCutLines(once.kept);
    let kept = section.paragraphs;
    const plan = readQuarterlyPlan(section.paragraphs);
    if (section.id === 'overview' || section.id === 'threePublic') readChanges(section.paragraphs, section.id, unit, changes);
    if (section.id === 'operatingCosts') result.operatingCosts = readOperatingCosts(section.paragraphs);
    if (section.id === 'assets') {
      result.assets = readAssetValues(section.paragraphs);
      const text = readAssetsText(section.paragraphs);
      if (!result.assetsText && Object.keys(text).length)
        result.assetsText = { ...text, title: section.title.replace(/^[一二三四五六七八九十]+、\s*/, '').trim() };
    }
    if (section.id === 'procurement') result.procurement ??= readProcurementText(section.paragraphs);
    if (/机构设置/.test(section.title) && !result.organization?.units && !result.organization?.summary) {
      const o = readOrganizationText(section.paragraphs);
      if (o.units || o.summary) result.organization = o;
    }
    if (section.id === 'performance') {
      const p = readPerformance(section.paragraphs);
      if (p.performance) result.performance = p.performance;
      kept = p.rest;
    }
    if (section.id === 'glossary') {
      const glossary: GlossaryEntry[] = [];
      if (section.paragraphs.length) result.glossaryAt ??= section.at;
      kept = [];
      for (const p of section.paragraphs) {
        const m = /^(?:\d+\s*[、.．]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]、?)\s*([^:：]{1,30})[:：]\s*(.+)$/.exec(p);
        if (m) glossary.push({ term: m[1]!.trim(), definition: m[2]!.trim() });
        else kept.push(p);
      }
      if (glossary.length) result.glossary = glossary;
    }
    // A form read into fields leaves only what did not fit; a section with nothing left is not repeated.
    if (section.id && STRUCTURED.has(section.id) && kept.length === 0) continue;
    result.narrative.push({ ...(section.id ? { id: section.id } : {}), title: section.title, paragraphs: kept, ...(plan ? { quarterlyPlan: plan } : {}) });
    result.at.push(section.at);
  }
  if (changes.length) result.changes = changes;
  return result;
}
