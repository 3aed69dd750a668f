import type { Target, TargetOperator } from './types.js';

/** The parsed form of a performance target such as "≥95%" → {operator: '>=', value: '95', unit: '%'}. */
export interface ParsedTarget {
  operator: TargetOperator;
  value: string;
  unit?: string;
}

// Longest forms first, so "大于等于" wins over "大于".
const PREFIXES: Array<[string, TargetOperator]> = [
  ['≥', '>='],
  ['>=', '>='],
  ['＞=', '>='],
  ['≤', '<='],
  ['<=', '<='],
  ['＜=', '<='],
  ['＞', '>'],
  ['>', '>'],
  ['＜', '<'],
  ['<', '<'],
  ['＝', '='],
  ['=', '='],
  ['大于等于', '>='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['至少', '>='],
  ['小于等于', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['至多', '<='],
  ['超过', '>'],
  ['大于', '>'],
  ['高于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
];

// "90%以上" reads as ≥ 90% in Chinese usage; 以下/以内 as ≤.
const SUFFIXES: Array<[string, TargetOperator]> = [
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
];

const VALUE_UNIT = /^(\d+(?:\.\d+)?)([^\d.]{0,6})$/u;

/**
 * Parses a target as published. Returns undefined for text that is not a comparison with a number
 * ("明显提升", "按时完成"): such targets stay text and are never dropped.
 */
export function parseTarget(text: string): ParsedTarget | undefined {
  let s = text.replace(/\s+/gu, '');
  let operator: TargetOperator | undefined;
  for (const [prefix, op] of PREFIXES) {
    if (s.startsWith(prefix)) {
      operator = op;
      s = s.slice(prefix.length);
      break;
    }
  }
  for (const [suffix, op] of SUFFIXES) {
    if (s.endsWith(suffix)) {
      // "≥10%以上" says the same thing twice; a suffix that contradicts the prefix is not a target we read.
      if (operator && operator !== op) return undefined;
      operator = op;
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  const m = VALUE_UNIT.exec(s);
  if (!m) return undefined;
  // The Shanghai system prints the unit in brackets: "≥13459.00(平方米)", "=100.00(%)".
  const unit = m[2].replace(/％/gu, '%').replace(/^[(（](.+)[)）]$/u, '$1');
  // Approximations ("95%左右") and ranges are not comparisons: they stay text.
  if (/左右|约|[~～\-－至到]/u.test(unit)) return undefined;
  const parsed: ParsedTarget = { operator: operator ?? '=', value: m[1] };
  if (unit) parsed.unit = unit;
  return parsed;
}

/** True when a stored target's operator/value/unit equal what its text parses to. */
export function sameTarget(parsed: ParsedTarget | undefined, t: Target): boolean {
  if (!parsed) return t.operator === undefined && t.value === undefined && t.unit === undefined;
  return parsed.operator === t.operator && parsed.value === t.value && (parsed.unit ?? undefined) === (t.unit ?? undefined);
}

/** The target with its parsed form filled in from its text (stored fields win when present). */
export function withParsedTarget(t: Target): Target {
  if (t.operator !== undefined || t.value !== undefined) return t;
  const p = parseTarget(t.text);
  return p ? { ...p, ...t } : t;
}
