/**
 * Project performance tables back to `projects` entries. A table is a form, not a grid: its facts sit
 * beside their labels, then come the indicator rows under 一级指标 … 指标值. Two families are read:
 *
 * - the Hebei 项目支出绩效目标表: 项目编码, 项目名称, 预算数, 其中：财政资金, 其他资金, 资金用途, 资金支出计划,
 *   绩效目标;
 * - the Shanghai 财政项目支出绩效目标填报表: no code; 项目名称, 项目性质, 项目类别, 主管部门, 实施单位, 计划开始/
 *   完成日期; 项目资金 over the project's life (项目资金总额, 其中：财政资金, 其他资金) beside this year's
 *   (年度资金申请总额, 其中：当年财政拨款, 上年结转资金, 其他资金); 项目总目标 and 年度总体目标 over their texts.
 *
 * Labels are found wherever they are; a merged label repeats over the cells it covers. A table may hold
 * several forms one after another (a PDF page break joins them): each 项目名称 after the first starts the
 * next. What does not read is reported, form by form.
 */
import { parseTarget } from '../model/targets.js';
import type { AmountUnit, Indicator, Project, SchedulePoint } from '../model/types.js';
import { parseAmount, type ImportIssue, type Location } from './cells.js';
import type { ExtractedTable } from './extract.js';
import { compact, recognizeTitle } from './titles.js';

type Fact =
  | 'code'
  | 'name'
  | 'nature'
  | 'category'
  | 'department'
  | 'implementer'
  | 'start'
  | 'end'
  | 'total'
  | 'whole'
  | 'fiscal'
  | 'currentFiscal'
  | 'carriedOver'
  | 'other';

const LABELS: Array<[key: Fact, match: RegExp]> = [
  ['code', /^项目(?:编码|代码|编号)$/],
  ['name', /^项目名称$/],
  ['nature', /^项目性质$/],
  ['category', /^项目类别$/],
  ['department', /^主管部门(?:及代码)?$/],
  ['implementer', /^实施单位$/],
  ['start', /^(?:计划)?开始(?:日期|时间)$/],
  ['end', /^(?:计划)?(?:完成|结束)(?:日期|时间)$/],
  ['total', /^(?:预算数|预算金额|项目总额|年度预算数|资金总额|年度资金(?:申请)?总额|年度预算(?:资金)?总额)$/],
  ['whole', /^项目资金总额$/],
  ['fiscal', /^(?:其中[:：])?财政(?:资金|拨款)$/],
  ['currentFiscal', /^(?:其中[:：])?当年财政拨款$/],
  ['carriedOver', /^(?:其中[:：])?上年结转(?:资金)?$/],
  ['other', /^(?:其中[:：])?其他资金$/],
];
const labelOf = (cell: string): Fact | undefined => LABELS.find(([, m]) => m.test(cell))?.[0];

/** Facts that are amounts. */
const AMOUNTS = new Set<Fact>(['total', 'whole', 'fiscal', 'currentFiscal', 'carriedOver', 'other']);

/** One labelled value of a form: where its label and its value are. */
interface Found {
  key: Fact;
  text: string;
  row: number;
  labelColumn: number;
  column: number;
}

/** The first cell after column `from` that differs from the label itself (merged labels repeat). */
function valueAfter(row: string[], from: number): { text: string; column: number } | undefined {
  const label = row[from];
  for (let c = from + 1; c < row.length; c++) {
    const t = row[c]!.trim();
    if (t === label) continue;
    if (labelOf(compact(t))) return undefined;
    return { text: t, column: c };
  }
  return undefined;
}

const INDICATOR_COLUMNS: Array<[key: keyof Indicator | 'target', match: RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^(?:三级指标|指标名称|绩效指标)$/],
  ['description', /^(?:绩效)?指标(?:描述|内容)$/],
  // 指标值, 目标值, 年度指标值, 年度(/项目)指标值 …
  ['target', /^(?:年度|项目|绩效|年度[(（][/／]?项目[)）]|年度[/／]项目)?(?:指标值|目标值)$/],
  ['basis', /^指标值(?:确定)?依据$/],
];

/** A row that is one text across the form (a title, the year line): no fact and no indicator. */
function uniformRow(row: string[]): string | undefined {
  const texts = new Set(row.map((c) => c.trim()).filter(Boolean));
  return texts.size === 1 && row.filter((c) => c.trim()).length >= Math.min(3, row.length) ? [...texts][0] : undefined;
}
const isTitleRow = (row: string[]) => {
  const text = uniformRow(row);
  return text !== undefined && (recognizeTitle(text) !== undefined || /^[(（]?\s*\d{4}\s*年度?\s*[)）]?$/.test(compact(text)));
};

/** The forms of a table: a 项目名称 after the first starts the next form, with the title rows just above it. */
export function formsOf(rows: string[][]): Array<{ from: number; rows: string[][] }> {
  const starts: number[] = [];
  rows.forEach((row, r) => {
    if (row.some((c) => labelOf(compact(c)) === 'name')) starts.push(r);
  });
  if (starts.length <= 1) return [{ from: 0, rows }];
  const cuts = [0];
  for (const s of starts.slice(1)) {
    let at = s;
    while (at > cuts[cuts.length - 1]! + 1 && isTitleRow(rows[at - 1]!)) at--;
    cuts.push(at);
  }
  return cuts.map((from, i) => ({ from, rows: rows.slice(from, cuts[i + 1] ?? rows.length) }));
}

/** 2023-01-01, 2023/1/1, 2023.1.1 or 2023年1月1日 as YYYY-MM-DD. */
function parseDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(compact(text));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * One project form. `from` is the form's first row in the table (for locations), `page` of each row where
 * a PDF prints it.
 */
export function readProject(table: ExtractedTable, rows: string[][] = table.raw, from = 0): { project?: Project; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const placeOf = (r: number) => table.rowPlaces?.[from + r];
  const base: Location = { ...table.location, ...(placeOf(0) ? { page: placeOf(0)!.page } : {}) };
  const at = (r: number, c?: number): Location => ({
    ...table.location,
    row: (table.rawOffset ?? 0) + from + r + 1,
    ...(c !== undefined ? { column: c + 1 } : {}),
    ...(placeOf(r) ? { page: placeOf(r)!.page, box: placeOf(r)!.box } : {}),
  });
  const found: Found[] = [];
  let unitInLabel: AmountUnit | undefined;
  let purpose: string | undefined;
  let schedule: SchedulePoint[] | undefined;
  let goals: string[] | undefined;
  const twoGoals: { overallGoal?: string; annualGoal?: string } = {};
  const indicators: Indicator[] = [];
  let indicatorColumns: Partial<Record<string, number>> | undefined;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = row.map(compact);
    if (indicatorColumns) {
      if (cells.every((c) => !c)) continue;
      if (uniformRow(row) !== undefined) {
        if (!isTitleRow(row)) issues.push({ code: 'table.unknownLine', location: at(r), text: uniformRow(row), detail: '三级指标' });
        continue;
      }
      const get = (k: string) => (indicatorColumns![k] !== undefined ? (row[indicatorColumns![k]!] ?? '').trim() : '');
      const name = get('name');
      const targetText = get('target');
      if (!name && !targetText) continue;
      const previous = indicators[indicators.length - 1];
      const ind: Indicator = { name, target: { text: targetText } };
      // A spreadsheet keeps a merged 一级/二级指标 in its first row only: empty continues the one above.
      const level1 = get('level1') || previous?.level1;
      const level2 = get('level2') || (get('level1') ? '' : previous?.level2);
      if (level1) ind.level1 = level1;
      if (level2) ind.level2 = level2;
      const description = get('description');
      if (description) ind.description = description;
      const parsed = targetText ? parseTarget(targetText) : undefined;
      if (parsed) ind.target = { text: targetText, ...parsed };
      const basis = get('basis');
      if (basis) ind.basis = basis;
      if (!name) issues.push({ code: 'table.unknownLine', location: at(r), text: row.filter(Boolean).join(' | '), detail: '三级指标' });
      else indicators.push(ind);
      continue;
    }
    // The indicator table's header: by its 一级指标 or 三级指标 column, so that one without 指标值 is reported.
    if (cells.some((c) => /^(?:一级指标|三级指标|指标名称)$/.test(c)) && cells.filter((c) => /指标/.test(c)).length >= 2) {
      indicatorColumns = {};
      for (const [key, match] of INDICATOR_COLUMNS) {
        const i = cells.findIndex((c, j) => match.test(c) && !Object.values(indicatorColumns!).includes(j));
        if (i >= 0) indicatorColumns[key] = i;
      }
      for (const key of ['name', 'target'] as const) {
        if (indicatorColumns[key] === undefined)
          issues.push({ code: 'table.missingColumn', location: at(r), text: key === 'name' ? '三级指标' : '指标值', detail: row.filter(Boolean).join(' | ') });
      }
      if (indicatorColumns.name === undefined || indicatorColumns.target === undefined) indicatorColumns = { name: -1 };
      continue;
    }
    // 项目总目标 | 年度总体目标 over the two texts (the Shanghai form): each text sits under its heading.
    const goalHeads: Array<['overallGoal' | 'annualGoal', number]> = [];
    cells.forEach((c, i) => {
      const key = /^项目总目标$/.test(c) ? 'overallGoal' : /^年度(?:总体|绩效)?目标$/.test(c) ? 'annualGoal' : undefined;
      if (key && !goalHeads.some(([k]) => k === key)) goalHeads.push([key, i]);
    });
    if (goalHeads.some(([k]) => k === 'overallGoal')) {
      const next = rows[r + 1] ?? [];
      for (const [key, column] of goalHeads) {
        const text = (next[column] ?? '').trim();
        if (text && compact(text) !== cells[column]) twoGoals[key] = text;
        else issues.push({ code: 'table.missingColumn', location: at(r + 1, column), text: row[column]!.trim() });
      }
      r++;
      continue;
    }
    const first = cells[0] ?? '';
    if (/资金支出计划|支出进度|执行进度/.test(first)) {
      // Labels (3月底 …) on this row, percentages on the next; a label merged over two rows is skipped.
      const next = rows[r + 1] ?? [];
      schedule = [];
      for (let c = 1; c < row.length; c++) {
        const label = row[c]!.trim();
        const month = /(\d{1,2})\s*月/.exec(label);
        if (!month || (c > 1 && row[c - 1] === row[c] && next[c - 1] === next[c])) continue;
        const point: SchedulePoint = { label, month: Number(month[1]) };
        const pct = compact(next[c] ?? '').replace(/[%％]$/, '');
        const value = parseAmount(pct);
        if (value.ok && value.value !== undefined) point.percent = value.value;
        else if (!value.ok) issues.push({ code: 'amount.text', location: at(r + 1, c), text: next[c] });
        schedule.push(point);
      }
      r++;
      continue;
    }
    if (/^绩效目标$|^年度绩效目标$|^项目绩效目标$/.test(first)) {
      const text = row.slice(1).find((c) => c.trim() && c.trim() !== row[0]) ?? '';
      goals = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      continue;
    }
    // "项目资金（元）": the unit of the form's amounts, in its label.
    for (const c of cells) {
      const unit = /^项目资金[(（](?:单位[:：])?(元|万元|亿元)[)）]$/.exec(c)?.[1];
      if (unit) unitInLabel = unit as AmountUnit;
    }
    let matched = false;
    for (let c = 0; c < row.length; c++) {
      const key = labelOf(cells[c]!);
      if (!key || (c > 0 && row[c - 1] === row[c])) continue;
      // A label merged down over two rows is read once, on its first row.
      if (found.some((f) => f.key === key && f.labelColumn === c && f.row === r - 1 && rows[r - 1]?.[c] === row[c])) continue;
      matched = true;
      // An empty value is kept too: the label says which block the form has (年度资金申请总额 left blank is no total).
      const v = valueAfter(row, c);
      found.push({ key, text: v?.text ?? '', row: r, labelColumn: c, column: v?.column ?? c });
    }
    // The row under 预算数 whose label is 资金用途 (merged, so repeated) holds the purpose.
    if (!matched && (/资金用途|项目概况|项目内容/.test(first) || (first === '' && /资金用途/.test(compact(rows[r - 1]?.[0] ?? ''))))) {
      const text = row.slice(1).find((c) => c.trim() && c.trim() !== row[0]);
      if (text) purpose = text.trim();
    }
  }

  const one = (key: Fact, pick: (f: Found) => boolean = () => true) => found.find((f) => f.key === key && pick(f));
  const amount = (f: Found | undefined): string | undefined => {
    if (!f?.text) return undefined;
    const v = parseAmount(f.text);
    if (v.ok) return v.value;
    issues.push({ code: 'amount.text', location: at(f.row, f.column), text: f.text });
    return undefined;
  };
  const text = (key: Fact) => one(key)?.text.trim() || undefined;
  // With 年度资金申请总额 beside 项目资金总额, the year's block is to the right of the life-time one.
  const year = one('total');
  const whole = one('whole');
  const split = year && whole ? year.labelColumn : undefined;
  const inYear = (f: Found) => split === undefined || f.labelColumn >= split;
  const inWhole = (f: Found) => split !== undefined && f.labelColumn < split;
  // A form with one block (预算数, or 项目资金总额 alone) states this year's budget there.
  const totalFound = year ?? whole;
  const total = amount(totalFound);
  const name = text('name');
  const missing = [!name && '项目名称', total === undefined && '预算数'].filter(Boolean) as string[];
  for (const m of missing) issues.push({ code: 'table.missingColumn', location: base, text: m });
  if (missing.length) return { issues };
  const project: Project = { name: name!, budget: { total: total! } };
  const code = text('code');
  if (code) project.code = compact(code);
  for (const key of ['nature', 'category', 'department', 'implementer'] as const) {
    const t = text(key);
    if (t) project[key] = t;
  }
  for (const key of ['start', 'end'] as const) {
    const f = one(key);
    if (!f?.text) continue;
    const date = parseDate(f.text);
    if (date) project[key] = date;
    else issues.push({ code: 'table.unknownLine', location: at(f.row, f.column), text: f.text, detail: key === 'start' ? '计划开始日期' : '计划完成日期' });
  }
  const fiscal = amount(one('currentFiscal') ?? one('fiscal', inYear));
  const carriedOver = amount(one('carriedOver'));
  const other = amount(one('other', inYear));
  if (fiscal !== undefined) project.budget.fiscal = fiscal;
  if (carriedOver !== undefined) project.budget.carriedOver = carriedOver;
  if (other !== undefined) project.budget.other = other;
  if (split !== undefined) {
    const wholeTotal = amount(whole);
    if (wholeTotal !== undefined) {
      project.wholeProject = { total: wholeTotal };
      const wf = amount(one('fiscal', inWhole));
      const wo = amount(one('other', inWhole));
      if (wf !== undefined) project.wholeProject.fiscal = wf;
      if (wo !== undefined) project.wholeProject.other = wo;
    }
  }
  // Every labelled amount is accounted for: one that went nowhere is a figure not read, and says so.
  const used = new Set([totalFound, whole, one('currentFiscal') ?? one('fiscal', inYear), one('carriedOver'), one('other', inYear)]);
  if (split !== undefined) for (const f of [one('fiscal', inWhole), one('other', inWhole)]) used.add(f);
  for (const f of found)
    if (f.text && AMOUNTS.has(f.key) && !used.has(f) && !found.some((g) => g !== f && g.key === f.key && g.text === f.text && used.has(g)))
      issues.push({ code: 'table.unknownLine', location: at(f.row, f.labelColumn), text: `${rows[f.row]![f.labelColumn]!.trim()} ${f.text}` });
  const unit = table.unit ?? unitInLabel;
  if (unit) project.unit = unit;
  if (purpose) project.purpose = purpose;
  if (schedule?.length) project.schedule = schedule;
  if (goals?.length) project.goals = goals;
  if (twoGoals.overallGoal) project.overallGoal = twoGoals.overallGoal;
  if (twoGoals.annualGoal) project.annualGoal = twoGoals.annualGoal;
  if (indicators.length) project.indicators = indicators;
  return { project, issues };
}

/** Every form of a table, with the count the report gives: forms found, read whole, read in part. */
export function readProjectForms(table: ExtractedTable): {
  projects: Project[];
  issues: ImportIssue[];
  forms: { present: number; read: number; partial: number };
} {
  const projects: Project[] = [];
  const issues: ImportIssue[] = [];
  const forms = { present: 0, read: 0, partial: 0 };
  for (const form of formsOf(table.raw)) {
    forms.present++;
    const r = readProject(table, form.rows, form.from);
    issues.push(...r.issues);
    if (!r.project) continue;
    projects.push(r.project);
    if (r.issues.length) forms.partial++;
    else forms.read++;
  }
  return { projects, issues, forms };
}
