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

/**
 * Checks a value against the part of JSON Schema 2020-12 that our schema uses. The schema file is
 * the single source of truth; this walker only interprets it, so the two cannot drift apart.
 * Every failure is collected, not just the first. The path is a stack of keys, turned into a string
 * only for a failure, so a valid 50,000-row file costs no string building.
 */
function walk(value: unknown, s: Schema, path: Array<string | number>, out: ValidationIssue[]): void {
  if (s.$ref) {
    const name = s.$ref.slice(8); // '#/$defs/'
    const special = REF_MESSAGES[name];
    if (special) {
      const before = out.length;
      walk(value, DEFS[name], path, out);
      if (out.length > before) {
        out.length = before;
        out.push(issue('error', pathString(path), special, { value: show(value) }));
      }
      return;
    }
    walk(value, DEFS[name], path, out);
    return;
  }
  if (s.enum && !s.enum.includes(value)) {
    out.push(issue('error', pathString(path), 'schema.enum', { value: show(value), allowed: s.enum.join(', ') }));
    return;
  }
  const t = typeOf(value);
  if (s.type) {
    const ok = s.type === t || (s.type === 'number' && t === 'integer');
    if (!ok) {
      out.push(
        s.type === 'integer' && t === 'number'
          ? issue('error', pathString(path), 'schema.integer')
          : issue('error', pathString(path), 'schema.type', { expected: s.type, expectedZh: TYPE_NAMES_ZH[s.type] ?? s.type }),
      );
      return;
    }
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.trim().length < s.minLength) out.push(issue('error', pathString(path), 'schema.minLength'));
    if (s.pattern && !regex(s.pattern).test(value)) out.push(issue('error', pathString(path), 'schema.pattern', { value: show(value) }));
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) out.push(issue('error', pathString(path), 'schema.minimum', { limit: s.minimum }));
    if (s.maximum !== undefined && value > s.maximum) out.push(issue('error', pathString(path), 'schema.maximum', { limit: s.maximum }));
  }
  if (Array.isArray(value) && s.items) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], s.items, path, out);
      path.pop();
    }
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    if (s.required) {
      for (const field of s.required) {
        if (obj[field] === undefined) out.push(issue('error', pathString([...path, field]), 'schema.required', { field }));
      }
    }
    for (const key in obj) {
      const v = obj[key];
      path.push(key);
      const known = s.properties?.[key];
      if (known) {
        walk(v, known, path, out);
      } else {
        const before = out.length;
        if (s.propertyNames) walk(key, s.propertyNames, path, out);
        // Unknown fields are tolerated (forward compatibility); only typed maps are checked.
        if (out.length === before && s.additionalProperties && typeof s.additionalProperties === 'object') walk(v, s.additionalProperties, path, out);
      }
      path.pop();
    }
  }
}

/** Structural check against `schema/budget.schema.json`. */
export function validateSchema(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  walk(value, schema as Schema, [], out);
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
