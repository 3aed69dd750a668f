import { reconcile, type ReconciliationReport } from './reconcile.js';
import type { BudgetDocument } from './types.js';
import { makeIssue, SUPPORTED_MAJOR, validateSchema, validateSemantics, type ValidationIssue } from './validate.js';

export interface ParseResult {
  /** True when the input is a usable budget document (no errors; warnings allowed). */
  ok: boolean;
  /** The document, only when ok. */
  document?: BudgetDocument;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/**
 * Parses and validates a budget JSON given as text or as an already-parsed value.
 * Reports every error found, each with its JSON path and a zh-CN and en message.
 */
export function parseBudget(input: string | unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      const e = makeIssue('error', '$', 'parse.json', { detail });
      return { ok: false, errors: [e], warnings: [] };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [makeIssue('error', '$', 'parse.notObject')], warnings: [] };
  }
  // A file of another major version is reported as such, not as a pile of structural errors.
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'string' && /^\d+\./.test(version) && Number(version.split('.')[0]) !== SUPPORTED_MAJOR) {
    return { ok: false, errors: [makeIssue('error', '$.schemaVersion', 'schema.version', { value: version, supported: SUPPORTED_MAJOR })], warnings: [] };
  }
  const issues = validateSchema(value);
  if (issues.length === 0) issues.push(...validateSemantics(value as BudgetDocument));
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return errors.length ? { ok: false, errors, warnings } : { ok: true, document: value as BudgetDocument, errors, warnings };
}

export interface CheckResult extends ParseResult {
  reconciliation?: ReconciliationReport;
}

/** parseBudget, then reconciliation when the document is valid. */
export function checkBudget(input: string | unknown): CheckResult {
  const result: CheckResult = parseBudget(input);
  if (result.document) result.reconciliation = reconcile(result.document);
  return result;
}
