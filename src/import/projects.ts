/**
 * A project performance table (项目支出绩效目标表) back to a `projects` entry. The table is a form, not a
 * grid: its facts sit beside their labels (项目编码, 项目名称, 预算数, 其中：财政资金, 其他资金, 资金用途,
 * 资金支出计划, 绩效目标), then come the indicator rows under 一级指标 … 指标值确定依据. Labels are found
 * wherever they are; a merged label repeats over the rows it covers. What does not read is reported.
 */
import { parseTarget } from '../model/targets.js';
import type { Indicator, Project, SchedulePoint } from '../model/types.js';
import { parseAmount, type ImportIssue, type Location } from './cells.js';
import type { ExtractedTable } from './extract.js';
import { compact } from './titles.js';

const LABELS: Array<[key: string, match: RegExp]> = [
  ['code', /^项目(?:编码|代码|编号)$/],
  ['name', /^项目名称$/],
  ['total', /^(?:预算数|预算金额|项目总额|年度预算数|资金总额)$/],
  ['fiscal', /^(?:其中[:：])?财政(?:资金|拨款)$/],
  ['other', /^其他资金$/],
];

/** The first cell after column `from` that differs from the label itself (merged labels repeat). */
function valueAfter(row: string[], from: number): { text: string; column: number } | undefined {
  const label = row[from];
  for (let c = from + 1; c < row.length; c++) {
    const t = row[c]!.trim();
    if (t === label) continue;
    if (LABELS.some(([, m]) => m.test(compact(t)))) return undefined;
    return { text: t, column: c };
  }
  return undefined;
}

const INDICATOR_COLUMNS: Array<[key: keyof Indicator | 'target', match: RegExp]> = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^(?:三级指标|指标名称|绩效指标)$/],
  ['description', /^(?:绩效)?指标(?:描述|内容)$/],
  ['target', /^(?:指标值|目标值|绩效指标值|年度指标值)$/],
  ['basis', /^指标值(?:确定)?依据$/],
];

export function readProject(table: ExtractedTable): { project?: Project; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const rows = table.raw;
  const at = (r: number, c?: number): Location => ({ ...table.location, row: r + 1, ...(c !== undefined ? { column: c + 1 } : {}) });
  const facts: Record<string, string> = {};
  const factAt: Record<string, Location> = {};
  let purpose: string | undefined;
  let schedule: SchedulePoint[] | undefined;
  let goals: string[] | undefined;
  const indicators: Indicator[] = [];
  let indicatorColumns: Partial<Record<string, number>> | undefined;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = row.map(compact);
    if (indicatorColumns) {
      if (cells.every((c) => !c)) continue;
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
    let matched = false;
    for (let c = 0; c < row.length; c++) {
      const label = LABELS.find(([, m]) => m.test(cells[c]!));
      if (!label || facts[label[0]] !== undefined) continue;
      matched = true;
      const v = valueAfter(row, c);
      if (v && v.text) {
        facts[label[0]] = v.text;
        factAt[label[0]] = at(r, v.column);
      }
    }
    // The row under 预算数 whose label is 资金用途 (merged, so repeated) holds the purpose.
    if (!matched && (/资金用途|项目概况|项目内容/.test(first) || (first === '' && /资金用途/.test(compact(rows[r - 1]?.[0] ?? ''))))) {
      const text = row.slice(1).find((c) => c.trim() && c.trim() !== row[0]);
      if (text) purpose = text.trim();
    }
  }

  const amount = (key: string): string | undefined => {
    if (facts[key] === undefined) return undefined;
    const v = parseAmount(facts[key]);
    if (v.ok) return v.value;
    issues.push({ code: 'amount.text', location: factAt[key]!, text: facts[key] });
    return undefined;
  };
  const total = amount('total');
  const missing = [!facts.code && '项目编码', !facts.name && '项目名称', total === undefined && '预算数'].filter(Boolean) as string[];
  for (const m of missing) issues.push({ code: 'table.missingColumn', location: table.location, text: m });
  if (missing.length) return { issues };
  const project: Project = { code: compact(facts.code!), name: facts.name!.trim(), budget: { total: total! } };
  const fiscal = amount('fiscal');
  const other = amount('other');
  if (fiscal !== undefined) project.budget.fiscal = fiscal;
  if (other !== undefined) project.budget.other = other;
  if (table.unit) project.unit = table.unit;
  if (purpose) project.purpose = purpose;
  if (schedule?.length) project.schedule = schedule;
  if (goals?.length) project.goals = goals;
  if (indicators.length) project.indicators = indicators;
  return { project, issues };
}
