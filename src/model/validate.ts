import schema from '../../schema/budget.schema.json';
import { msg, type Lang, type MessageKey } from '../i18n/messages.js';
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

function issue(
  severity: ValidationIssue['severity'],
  path: string,
  code: MessageKey,
  params: Record<string, string | number> = {},
): ValidationIssue {
  return { severity, path, code, params, message: { 'zh-CN': msg(code, 'zh-CN', params), en: msg(code, 'en', params) } };
}

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
};

const DEFS = (schema as { $defs: Record<string, Schema> }).$defs;

/** $defs whose failures get a specific, friendlier message than the generic one. */
const REF_MESSAGES: Record<string, MessageKey> = {
  decimal: 'schema.decimal',
  functionalCode: 'schema.functionalCode',
  economicCode: 'schema.economicCode',
};

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

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function pathString(segments: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

type Check = (value: unknown, path: Array<string | number>, out: ValidationIssue[]) => void;

const compiled = new Map<Schema, Check>();

/**
 * Turns a schema node into a checking function, once. The schema file stays the single source of truth:
 * this only interprets the part of JSON Schema 2020-12 that our schema uses (no code generation, no eval),
 * deciding per node up front which checks apply, so a 50,000-row file is checked in tens of milliseconds.
 * Every failure is collected, not just the first; the path is a stack of keys, turned into a string only
 * for a failure.
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

function build(s: Schema): Check {
  if (s.$ref) {
    const name = s.$ref.slice(8); // '#/$defs/'
    const target = compile(DEFS[name]);
    const special = REF_MESSAGES[name];
    if (!special) return target;
    return (value, path, out) => {
      const before = out.length;
      target(value, path, out);
      if (out.length > before) {
        out.length = before;
        out.push(issue('error', pathString(path), special, { value: show(value) }));
      }
    };
  }
  const steps: Check[] = [];
  if (s.enum) {
    const allowed = s.enum;
    return (value, path, out) => {
      if (!allowed.includes(value)) out.push(issue('error', pathString(path), 'schema.enum', { value: show(value), allowed: allowed.join(', ') }));
    };
  }
  if (s.type === 'string') {
    const pattern = s.pattern ? regex(s.pattern) : undefined;
    const minLength = s.minLength;
    return (value, path, out) => {
      if (typeof value !== 'string') return typeError(s.type!, value, path, out);
      if (minLength !== undefined && value.length < minLength) out.push(issue('error', pathString(path), 'schema.minLength'));
      if (pattern && !pattern.test(value)) out.push(issue('error', pathString(path), 'schema.pattern', { value: show(value) }));
    };
  }
  if (s.type === 'integer' || s.type === 'number' || s.type === 'boolean') {
    const { type, minimum, maximum } = s;
    return (value, path, out) => {
      const t = typeOf(value);
      if (!(t === type || (type === 'number' && t === 'integer'))) return typeError(type!, value, path, out);
      const n = value as number;
      if (minimum !== undefined && n < minimum) out.push(issue('error', pathString(path), 'schema.minimum', { limit: minimum }));
      if (maximum !== undefined && n > maximum) out.push(issue('error', pathString(path), 'schema.maximum', { limit: maximum }));
    };
  }
  if (s.type === 'array') {
    const items = s.items ? compile(s.items) : undefined;
    return (value, path, out) => {
      if (!Array.isArray(value)) return typeError('array', value, path, out);
      if (!items) return;
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
      const obj = value as Record<string, unknown>;
      for (const field of required) {
        if (obj[field] === undefined) out.push(issue('error', pathString([...path, field]), 'schema.required', { field }));
      }
      for (const key in obj) {
        const prop = props.get(key);
        path.push(key);
        if (prop) {
          prop(obj[key], path, out);
        } else {
          const before = out.length;
          if (names) names(key, path, out);
          // Unknown fields are tolerated (forward compatibility); only typed maps are checked.
          if (out.length === before && extra) extra(obj[key], path, out);
        }
        path.pop();
      }
    });
  }
  return (value, path, out) => {
    for (const step of steps) step(value, path, out);
  };
}

function typeError(type: string, value: unknown, path: Array<string | number>, out: ValidationIssue[]): void {
  out.push(
    type === 'integer' && typeOf(value) === 'number'
      ? issue('error', pathString(path), 'schema.integer')
      : issue('error', pathString(path), 'schema.type', { expected: type, expectedZh: TYPE_NAMES_ZH[type] ?? type }),
  );
}

/** Structural check against `schema/budget.schema.json`. */
export function validateSchema(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  compile(schema as Schema)(value, [], out);
  return out;
}

function checkCodes(
  items: Array<{ code: string }>,
  base: string,
  parentOf: (code: string) => string | undefined,
  out: ValidationIssue[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.code)) out.push(issue('error', `${base}[${i}].code`, 'schema.duplicateCode', { value: item.code }));
    seen.add(item.code);
  });
  items.forEach((item, i) => {
    const parent = parentOf(item.code);
    if (parent && !seen.has(parent)) {
      out.push(issue('warning', `${base}[${i}].code`, 'schema.orphanCode', { value: item.code, parent }));
    }
  });
}

function checkTargets(indicators: Indicator[] | undefined, base: string, out: ValidationIssue[]): void {
  indicators?.forEach((ind, i) => {
    const t = ind.target;
    if (t.operator === undefined && t.value === undefined && t.unit === undefined) return;
    if (!sameTarget(parseTarget(t.text), t)) {
      out.push(issue('warning', `${base}[${i}].target`, 'schema.targetMismatch', { text: t.text }));
    }
  });
}

/** Checks the schema cannot express: version, duplicate and orphan codes, target consistency. */
export function validateSemantics(doc: BudgetDocument): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const major = Number(doc.schemaVersion.split('.')[0]);
  if (major !== SUPPORTED_MAJOR) {
    out.push(issue('error', '$.schemaVersion', 'schema.version', { value: doc.schemaVersion, supported: SUPPORTED_MAJOR }));
  }
  checkCodes(doc.expenditure.functional, '$.expenditure.functional', (c) => (c.length > 3 ? c.slice(0, c.length - 2) : undefined), out);
  if (doc.expenditure.economic) {
    checkCodes(doc.expenditure.economic.items, '$.expenditure.economic.items', (c) => (c.length > 3 ? c.slice(0, 3) : undefined), out);
  }
  const projectCodes = new Set<string>();
  doc.projects?.forEach((p, i) => {
    if (projectCodes.has(p.code)) out.push(issue('error', `$.projects[${i}].code`, 'schema.duplicateProject', { value: p.code }));
    projectCodes.add(p.code);
    checkTargets(p.indicators, `$.projects[${i}].indicators`, out);
  });
  doc.performance?.goals?.forEach((g, i) => checkTargets(g.indicators, `$.performance.goals[${i}].indicators`, out));
  return out;
}

export { issue as makeIssue };
