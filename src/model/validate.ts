import schema from '../../schema/budget.schema.json';
import { msg, type Lang, type MessageKey } from './messages.js';
import { LIMITS } from './limits.js';
import { isDecimalString } from './money.js';
import { parseTarget, sameTarget } from './targets.js';
import type { BudgetDocument, Indicator } from './types.js';

/** The schema major version this kit reads. */
export const SUPPORTED_MAJOR = 1;

/** One problem found in a budget JSON, with its JSON path and a message in each language. */
export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** JSON path of the offending value, e.g. `$.expenditure.functional[3].amounts.total`. */
  path: string;
  /** Message key (stable, for programs). */
  code: MessageKey;
  params: Record<string, string | number>;
  message: Record<Lang, string>;
}

function issue(severity: ValidationIssue['severity'], path: string, code: MessageKey, params: Record<string, string | number> = {}): ValidationIssue {
  return { severity, path, code, params, message: { 'zh-CN': msg(code, 'zh-CN', params), en: msg(code, 'en', params) } };
}

/**
 * The problems found in one document. At most {@link LIMITS.issues} are kept (with their messages); the
 * rest are only counted, so a file with a million errors costs no more memory than one with 200.
 */
export class IssueList {
  readonly list: ValidationIssue[] = [];
  /** Every problem found, kept or not. */
  total = 0;
  /** The errors among them. */
  errors = 0;
  constructor(private readonly cap: number = LIMITS.issues) {}

  /** Counts a problem; `make` builds its messages only while the list has room (building is the cost). */
  add(severity: ValidationIssue['severity'], make: () => ValidationIssue): void {
    this.total++;
    if (severity === 'error') this.errors++;
    if (this.list.length < this.cap) this.list.push(make());
  }

  /**
   * Forgets the errors found since `total` was `mark`, for a rule that replaces them by one message
   * (only errors are found in between: warnings come from the later semantic checks).
   */
  rewind(mark: number): void {
    // The kept ones are the first `cap` found: those found since the mark are at the end, if kept at all.
    this.errors -= this.total - mark;
    this.total = mark;
    this.list.length = Math.min(this.list.length, mark);
  }
}

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
};

const DEFS = (schema as { $defs: Record<string, Schema> }).$defs;

const TYPE_NAMES_ZH: Record<string, string> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  integer: '整数',
  number: '数字',
  boolean: '布尔值',
};

const patternCache = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = patternCache.get(p);
  if (!r) {
    r = new RegExp(p, 'u');
    patternCache.set(p, r);
  }
  return r;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** A short, bounded rendering of a value for a message: never walks more than a few levels or items. */
function show(v: unknown): string {
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const shallow = (x: unknown): string =>
    typeof x === 'string' ? JSON.stringify(clip(x)) : Array.isArray(x) ? '[…]' : x && typeof x === 'object' ? '{…}' : String(x);
  if (typeof v === 'string') return clip(v);
  if (Array.isArray(v)) return clip(`[${v.slice(0, 6).map(shallow).join(',')}${v.length > 6 ? ',…' : ''}]`);
  if (v && typeof v === 'object') {
    const keys: string[] = [];
    for (const k in v) {
      if (keys.length === 4) {
        keys.push('…');
        break;
      }
      keys.push(`${JSON.stringify(clip(k))}:${shallow((v as Record<string, unknown>)[k])}`);
    }
    return clip(`{${keys.join(',')}}`);
  }
  return String(v);
}

function pathString(segments: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= 60) out += `.${key}`;
    else out += `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}…` : key)}]`;
  }
  return out;
}

type Check = (value: unknown, path: Array<string | number>, out: IssueList) => void;

const compiled = new Map<Schema, Check>();

/**
 * Turns a schema node into a checking function, once. The schema file stays the single source of truth:
 * this only interprets the part of JSON Schema 2020-12 that our schema uses (no code generation, no eval),
 * deciding per node up front which checks apply, so a 50,000-row file is checked in tens of milliseconds.
 * Every failure is counted, the first {@link LIMITS.issues} kept; the path is a stack of keys, turned into
 * a string only for a failure. Nesting deeper than {@link LIMITS.depth} is reported, not followed, so no
 * input can exhaust the stack.
 */
function compile(s: Schema): Check {
  const known = compiled.get(s);
  if (known) return known;
  // Placeholder first, so that recursive $refs resolve to the finished function.
  let impl: Check = () => {};
  const check: Check = (v, p, o) => impl(v, p, o);
  compiled.set(s, check);
  impl = build(s);
  return check;
}

/** A failure of this $def gets one specific message instead of the generic ones. */
function specialMessage(name: string, value: unknown): [MessageKey, Record<string, string | number>] | undefined {
  switch (name) {
    case 'decimal':
      // A decimal of the unbounded form failed only on its digits: say so.
      return isDecimalString(value)
        ? ['schema.amountDigits', { value: show(value), integer: LIMITS.amountIntegerDigits, fraction: LIMITS.amountFractionDigits }]
        : ['schema.decimal', { value: show(value) }];
    case 'percent':
      return ['schema.percent', { value: show(value) }];
    case 'functionalCode':
      return ['schema.functionalCode', { value: show(value) }];
    case 'economicCode':
      return ['schema.economicCode', { value: show(value) }];
  }
  return undefined;
}

function build(s: Schema): Check {
  if (s.$ref) {
    const name = s.$ref.slice(8); // '#/$defs/'
    const target = compile(DEFS[name]);
    if (!specialMessage(name, '')) return target;
    return (value, path, out) => {
      const mark = out.total;
      target(value, path, out);
      if (out.total > mark) {
        out.rewind(mark);
        const [code, params] = specialMessage(name, value)!;
        out.add('error', () => issue('error', pathString(path), code, params));
      }
    };
  }
  const steps: Check[] = [];
  if (s.enum) {
    const allowed = s.enum;
    return (value, path, out) => {
      if (!allowed.includes(value))
        out.add('error', () => issue('error', pathString(path), 'schema.enum', { value: show(value), allowed: allowed.join(', ') }));
    };
  }
  if (s.type === 'string') {
    const pattern = s.pattern ? regex(s.pattern) : undefined;
    const { minLength, maxLength } = s;
    return (value, path, out) => {
      if (typeof value !== 'string') return typeError(s.type!, value, path, out);
      if (minLength !== undefined && value.length < minLength) out.add('error', () => issue('error', pathString(path), 'schema.minLength'));
      if (maxLength !== undefined && value.length > maxLength) {
        out.add('error', () => issue('error', pathString(path), 'schema.maxLength', { length: value.length, limit: maxLength }));
        return; // a pattern is not worth running on it
      }
      if (pattern && !pattern.test(value)) out.add('error', () => issue('error', pathString(path), 'schema.pattern', { value: show(value) }));
    };
  }
  if (s.type === 'integer' || s.type === 'number' || s.type === 'boolean') {
    const { type, minimum, maximum } = s;
    return (value, path, out) => {
      const t = typeOf(value);
      if (!(t === type || (type === 'number' && t === 'integer'))) return typeError(type!, value, path, out);
      const n = value as number;
      if (minimum !== undefined && n < minimum) out.add('error', () => issue('error', pathString(path), 'schema.minimum', { limit: minimum }));
      if (maximum !== undefined && n > maximum) out.add('error', () => issue('error', pathString(path), 'schema.maximum', { limit: maximum }));
    };
  }
  if (s.type === 'array') {
    const items = s.items ? compile(s.items) : undefined;
    const { maxItems, uniqueItems } = s;
    return (value, path, out) => {
      if (!Array.isArray(value)) return typeError('array', value, path, out);
      if (maxItems !== undefined && value.length > maxItems) {
        // Not one of the items is looked at: checking a million of them is the cost this limit avoids.
        out.add('error', () => issue('error', pathString(path), 'schema.maxItems', { count: value.length, limit: maxItems }));
        return;
      }
      // Only lists of plain values are unique by the schema (the parts of `partOrder`); one named twice is reported once.
      if (uniqueItems) {
        const twice = value.find((v, i) => typeof v !== 'object' && value.indexOf(v) !== i);
        if (twice !== undefined) out.add('error', () => issue('error', pathString(path), 'schema.uniqueItems', { value: show(twice) }));
      }
      if (!items || tooDeep(path, out)) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        items(value[i], path, out);
        path.pop();
      }
    };
  }
  if (s.type === 'object' || s.properties || s.required) {
    const required = s.required ?? [];
    const props = new Map(Object.entries(s.properties ?? {}).map(([k, v]) => [k, compile(v)]));
    const names = s.propertyNames ? compile(s.propertyNames) : undefined;
    const extra = s.additionalProperties && typeof s.additionalProperties === 'object' ? compile(s.additionalProperties) : undefined;
    const typed = s.type === 'object';
    steps.push((value, path, out) => {
      if (typeOf(value) !== 'object') {
        if (typed) typeError('object', value, path, out);
        return;
      }
      if (tooDeep(path, out)) return;
      const obj = value as Record<string, unknown>;
      for (const field of required) {
        if (obj[field] === undefined) out.add('error', () => issue('error', pathString([...path, field]), 'schema.required', { field }));
      }
      for (const key in obj) {
        const prop = props.get(key);
        path.push(key);
        if (prop) {
          prop(obj[key], path, out);
        } else {
          const mark = out.total;
          if (names) names(key, path, out);
          // Unknown fields are tolerated (forward compatibility); only typed maps are checked.
          if (out.total === mark && extra) extra(obj[key], path, out);
        }
        path.pop();
      }
    });
  }
  return (value, path, out) => {
    for (const step of steps) step(value, path, out);
  };
}

function tooDeep(path: ReadonlyArray<string | number>, out: IssueList): boolean {
  if (path.length < LIMITS.depth) return false;
  out.add('error', () => issue('error', pathString(path), 'schema.depth', { limit: LIMITS.depth }));
  return true;
}

function typeError(type: string, value: unknown, path: Array<string | number>, out: IssueList): void {
  out.add('error', () =>
    type === 'integer' && typeOf(value) === 'number'
      ? issue('error', pathString(path), 'schema.integer')
      : issue('error', pathString(path), 'schema.type', { expected: type, expectedZh: TYPE_NAMES_ZH[type] ?? type }),
  );
}

/** Structural check against `schema/budget.schema.json`. */
export function validateSchema(value: unknown, out: IssueList = new IssueList()): IssueList {
  compile(schema as Schema)(value, [], out);
  return out;
}

function checkCodes(items: Array<{ code: string }>, base: string, parentOf: (code: string) => string | undefined, out: IssueList): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.code)) out.add('error', () => issue('error', `${base}[${i}].code`, 'schema.duplicateCode', { value: item.code }));
    seen.add(item.code);
  });
  items.forEach((item, i) => {
    const parent = parentOf(item.code);
    if (parent && !seen.has(parent)) {
      out.add('warning', () => issue('warning', `${base}[${i}].code`, 'schema.orphanCode', { value: item.code, parent }));
    }
  });
}

function checkTargets(indicators: Indicator[] | undefined, base: string, out: IssueList): void {
  indicators?.forEach((ind, i) => {
    const t = ind.target;
    if (t.operator === undefined && t.value === undefined && t.unit === undefined) return;
    if (!sameTarget(parseTarget(t.text), t)) {
      out.add('warning', () => issue('warning', `${base}[${i}].target`, 'schema.targetMismatch', { text: show(t.text) }));
    }
  });
}

/** Checks the schema cannot express: version, duplicate and orphan codes, target consistency. */
export function validateSemantics(doc: BudgetDocument, out: IssueList = new IssueList()): IssueList {
  const major = Number(doc.schemaVersion.split('.')[0]);
  if (major !== SUPPORTED_MAJOR) {
    out.add('error', () => issue('error', '$.schemaVersion', 'schema.version', { value: show(doc.schemaVersion), supported: SUPPORTED_MAJOR }));
  }
  checkCodes(doc.expenditure.functional, '$.expenditure.functional', (c) => (c.length > 3 ? c.slice(0, c.length - 2) : undefined), out);
  if (doc.expenditure.economic) {
    checkCodes(doc.expenditure.economic.items, '$.expenditure.economic.items', (c) => (c.length > 3 ? c.slice(0, 3) : undefined), out);
  }
  const projectCodes = new Set<string>();
  doc.projects?.forEach((p, i) => {
    if (p.code !== undefined) {
      const code = p.code;
      if (projectCodes.has(code)) out.add('error', () => issue('error', `$.projects[${i}].code`, 'schema.duplicateProject', { value: show(code) }));
      projectCodes.add(code);
    }
    checkTargets(p.indicators, `$.projects[${i}].indicators`, out);
  });
  doc.performance?.goals?.forEach((g, i) => checkTargets(g.indicators, `$.performance.goals[${i}].indicators`, out));
  return out;
}

export { issue as makeIssue };
