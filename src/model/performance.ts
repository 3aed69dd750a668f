import { money } from './money.js';
import { parseTarget } from './targets.js';
import type { Indicator, TargetOperator } from './types.js';

export type IndicatorStatus = 'met' | 'notMet' | 'noData';

/**
 * Whether an indicator met its target, from the self-evaluation (绩效自评): the published status when there is
 * one, else the achieved value compared with the parsed target; undefined when the JSON has no actual values.
 */
export function indicatorStatus(ind: Indicator): IndicatorStatus | undefined {
  const actual = ind.actual;
  if (!actual) return undefined;
  if (actual.status) return actual.status;
  const target =
    ind.target.operator && ind.target.value !== undefined ? { operator: ind.target.operator, value: ind.target.value } : parseTarget(ind.target.text);
  if (actual.value === undefined || !target) return 'noData';
  const a = money(actual.value);
  const v = money(target.value);
  const ok: Record<TargetOperator, boolean> = { '>=': a.gte(v), '<=': a.lte(v), '>': a.gt(v), '<': a.lt(v), '=': a.eq(v) };
  return ok[target.operator] ? 'met' : 'notMet';
}

const SYMBOL: Record<TargetOperator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '' };

/** A target for display: "≥ 30 个", "≤ 28800 元", "100%", "4 人"; the published text where it does not parse. */
export function targetLabel(ind: Indicator): string {
  const t = ind.target;
  const p = t.operator && t.value !== undefined ? { operator: t.operator, value: t.value, unit: t.unit } : parseTarget(t.text);
  if (!p) return t.text;
  const unit = p.unit ? (p.unit === '%' ? '%' : ` ${p.unit}`) : '';
  const op = SYMBOL[p.operator];
  return `${op ? `${op} ` : ''}${p.value}${unit}`;
}

/** Indicators grouped 一级 → 二级, in published order. */
export function groupIndicators(list: Indicator[]): Array<{ level1: string; groups: Array<{ level2: string; items: Indicator[] }> }> {
  type Group = { level2: string; items: Indicator[] };
  const out: Array<{ level1: string; groups: Group[] }> = [];
  // Looked up by name, so that thousands of distinct names cost no more than a few.
  const firsts = new Map<string, { level1: string; groups: Group[]; seconds: Map<string, Group> }>();
  for (const ind of list) {
    const l1 = ind.level1 ?? '';
    const l2 = ind.level2 ?? '';
    let a = firsts.get(l1);
    if (!a) {
      a = { level1: l1, groups: [], seconds: new Map() };
      firsts.set(l1, a);
      out.push({ level1: l1, groups: a.groups });
    }
    let b = a.seconds.get(l2);
    if (!b) {
      b = { level2: l2, items: [] };
      a.seconds.set(l2, b);
      a.groups.push(b);
    }
    b.items.push(ind);
  }
  return out;
}
