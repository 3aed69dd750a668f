/**
 * Column keys: the one way to name, read, write, list and label a published amount cell of a row.
 * A key flattens the path inside `Amounts` ("total", "byType.basic", "bySource.fiscal",
 * "bySourceType.generalPublicBudget.basic", "byCostKind.personnel"); its type is made of the schema's
 * key lists, so a misspelt key is a compile error, and `parseColumnKey` checks one that comes from outside.
 */
import type { Lang } from './messages.js';
import { BALANCE_LABELS, COST_LABELS, SINGLE_LABELS, SOURCE_LABELS, TOTAL_LABEL, TYPE_LABELS } from './labels.js';
import { hasOwn } from './own.js';
import {
  BALANCE_KINDS,
  COST_KINDS,
  EXPENDITURE_TYPES,
  SINGLE_KEYS,
  SOURCE_KEYS,
  type BalanceKind,
  type SingleKey,
  type Amounts,
  type CostKind,
  type DecimalString,
  type ExpenditureType,
  type SourceKey,
} from './types.js';

export type ColumnKey =
  | 'total'
  | SingleKey
  | `byType.${ExpenditureType}`
  | `bySource.${SourceKey}`
  | `bySourceType.${SourceKey}.${ExpenditureType}`
  | `byCostKind.${CostKind}`
  | `balance.${SourceKey}.${BalanceKind}`;

/** A key taken apart. */
export type ColumnPath =
  | { group: 'total' }
  | { group: 'single'; key: SingleKey }
  | { group: 'balance'; source: SourceKey; kind: BalanceKind }
  | { group: 'byType'; type: ExpenditureType }
  | { group: 'bySource'; source: SourceKey }
  | { group: 'bySourceType'; source: SourceKey; type: ExpenditureType }
  | { group: 'byCostKind'; cost: CostKind };

/** `s` is one of the closed `list` (a key read from data may be anything). */
export const isIn = <T extends string>(list: readonly T[], s: string | undefined): s is T => s !== undefined && (list as readonly string[]).includes(s);

/** Keys already taken apart: the set of valid keys is small, and cells are read in every check. */
const parsed = new Map<string, ColumnPath>();

/** The parts of a key, or undefined when the text is no column key. */
export function parseColumnKey(text: string): ColumnPath | undefined {
  let p = parsed.get(text);
  if (!p && (p = parseKey(text))) parsed.set(text, p);
  return p;
}

function parseKey(text: string): ColumnPath | undefined {
  const [group, a, b, ...rest] = text.split('.');
  if (rest.length) return undefined;
  if (group === 'total' && a === undefined) return { group };
  if (isIn(SINGLE_KEYS, group) && a === undefined) return { group: 'single', key: group };
  if (group === 'byType' && isIn(EXPENDITURE_TYPES, a) && b === undefined) return { group, type: a };
  if (group === 'bySource' && isIn(SOURCE_KEYS, a) && b === undefined) return { group, source: a };
  if (group === 'bySourceType' && isIn(SOURCE_KEYS, a) && isIn(EXPENDITURE_TYPES, b)) return { group, source: a, type: b };
  if (group === 'byCostKind' && isIn(COST_KINDS, a) && b === undefined) return { group, cost: a };
  if (group === 'balance' && isIn(SOURCE_KEYS, a) && isIn(BALANCE_KINDS, b)) return { group, source: a, kind: b };
  return undefined;
}

/** A fund-source key the schema knows (a key read from data may be anything). */
export const isSourceKey = (k: string): k is SourceKey => isIn(SOURCE_KEYS, k);

export const isColumnKey = (text: string): text is ColumnKey => parseColumnKey(text) !== undefined;

/** The key of a path (the inverse of parseColumnKey). */
export function columnKey(p: ColumnPath): ColumnKey {
  switch (p.group) {
    case 'total':
      return 'total';
    case 'single':
      return p.key;
    case 'byType':
      return `byType.${p.type}`;
    case 'bySource':
      return `bySource.${p.source}`;
    case 'bySourceType':
      return `bySourceType.${p.source}.${p.type}`;
    case 'byCostKind':
      return `byCostKind.${p.cost}`;
    case 'balance':
      return `balance.${p.source}.${p.kind}`;
  }
}

/** A published figure only: a string held by the object itself (data is untrusted, so no inherited keys). */
const own = (o: object | undefined, k: string): DecimalString | undefined =>
  o && hasOwn(o, k) && typeof (o as Record<string, unknown>)[k] === 'string' ? (o as Record<string, string>)[k] : undefined;

/** The cell of a column key, or undefined when it is empty. */
export function cell(a: Amounts, key: ColumnKey): DecimalString | undefined {
  const p = parseColumnKey(key)!;
  switch (p.group) {
    case 'total':
      return own(a, 'total');
    case 'single':
      return own(a, p.key);
    case 'byType':
      return own(a.byType, p.type);
    case 'bySource':
      return own(a.bySource, p.source);
    case 'bySourceType':
      return own(a.bySourceType && hasOwn(a.bySourceType, p.source) ? a.bySourceType[p.source] : undefined, p.type);
    case 'byCostKind':
      return own(a.byCostKind, p.cost);
    case 'balance':
      return own(a.balances && hasOwn(a.balances, p.source) ? a.balances[p.source] : undefined, p.kind);
  }
}

/** Writes the cell of a column key, making the groups it needs. */
export function setCell(a: Amounts, key: ColumnKey, value: DecimalString): void {
  const p = parseColumnKey(key)!;
  switch (p.group) {
    case 'total':
      a.total = value;
      break;
    case 'single':
      a[p.key] = value;
      break;
    case 'byType':
      (a.byType ??= {})[p.type] = value;
      break;
    case 'bySource':
      (a.bySource ??= {})[p.source] = value;
      break;
    case 'bySourceType':
      ((a.bySourceType ??= {})[p.source] ??= {})[p.type] = value;
      break;
    case 'byCostKind':
      (a.byCostKind ??= {})[p.cost] = value;
      break;
    case 'balance':
      ((a.balances ??= {})[p.source] ??= {})[p.kind] = value;
      break;
  }
}

/** Every column key the amounts have a cell for, in the order of the object (keys the schema does not know are left out). */
export function columnsOf(a: Amounts): ColumnKey[] {
  const cols: ColumnKey[] = [];
  const keep = (k: string) => {
    if (isColumnKey(k) && cell(a, k) !== undefined) cols.push(k);
  };
  keep('total');
  for (const k of SINGLE_KEYS) keep(k);
  for (const k of Object.keys(a.byType ?? {})) keep(`byType.${k}`);
  for (const k of Object.keys(a.bySource ?? {})) keep(`bySource.${k}`);
  for (const [s, t] of Object.entries(a.bySourceType ?? {})) for (const k of Object.keys(t ?? {})) keep(`bySourceType.${s}.${k}`);
  for (const k of COST_KINDS) keep(`byCostKind.${k}`);
  for (const [s, b] of Object.entries(a.balances ?? {})) for (const k of Object.keys(b ?? {})) keep(`balance.${s}.${k}`);
  return cols;
}

/** The label of a column key, in a language ("基本支出", "一般公共预算拨款·基本支出"). */
export function columnLabel(key: ColumnKey, lang: Lang): string {
  const p = parseColumnKey(key)!;
  switch (p.group) {
    case 'total':
      return TOTAL_LABEL[lang];
    case 'single':
      return SINGLE_LABELS[p.key][lang];
    case 'byType':
      return TYPE_LABELS[p.type][lang];
    case 'bySource':
      return SOURCE_LABELS[p.source][lang];
    case 'byCostKind':
      return COST_LABELS[p.cost][lang];
    case 'bySourceType':
      return `${SOURCE_LABELS[p.source][lang]}${lang === 'en' ? ', ' : '·'}${TYPE_LABELS[p.type][lang]}`;
    case 'balance':
      return `${SOURCE_LABELS[p.source][lang]}${lang === 'en' ? ', ' : '·'}${BALANCE_LABELS[p.kind][lang]}`;
  }
}
