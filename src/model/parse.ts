import { reconcile, type ReconciliationReport } from './reconcile.js';
import type { BudgetDocument } from './types.js';
import { IssueList, makeIssue, SUPPORTED_MAJOR, validateSchema, validateSemantics, type ValidationIssue } from './validate.js';

export interface ParseResult {
  /** True when the input is a usable budget document (no errors; warnings allowed). */
  ok: boolean;
  /** The document, only when ok. */
  document?: BudgetDocument;
  /**
   * The errors found, the first few hundred of them: when more were found, the last entry (code
   * `schema.more`, at `$`) says how many more.
   */
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** How many errors were found in all, listed or not. */
  errorCount: number;
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
      return { ok: false, errors: [e], warnings: [], errorCount: 1 };
    }
  }
  return validateBudget(value);
}

/**
 * Validates an already-parsed value (a string here is a string value, not JSON text: a file whose JSON is
 * `"…"` is not a budget, even if the string holds one).
 */
export function validateBudget(value: unknown): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed(makeIssue('error', '$', 'parse.notObject'));
  }
  // A file of another major version is reported as such, not as a pile of structural errors.
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'string' && /^\d+\./.test(version) && Number(version.split('.')[0]) !== SUPPORTED_MAJOR) {
    return failed(makeIssue('error', '$.schemaVersion', 'schema.version', { value: version.slice(0, 20), supported: SUPPORTED_MAJOR }));
  }
  const issues = new IssueList();
  try {
    validateSchema(value, issues);
    if (issues.total === 0) validateSemantics(value as BudgetDocument, issues);
  } catch (err) {
    // Not expected on any input (the checks are bounded), but a data problem must stay a data problem.
    return failed(makeIssue('error', '$', 'parse.unreadable', { detail: err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200) }));
  }
  const errors = issues.list.filter((i) => i.severity === 'error');
  const warnings = issues.list.filter((i) => i.severity === 'warning');
  const unlistedWarnings = issues.total - issues.errors - warnings.length;
  if (unlistedWarnings > 0) warnings.push(makeIssue('warning', '$', 'schema.moreWarnings', { count: unlistedWarnings }));
  if (!issues.errors) return { ok: true, document: value as BudgetDocument, errors, warnings, errorCount: 0 };
  const unlisted = issues.errors - errors.length;
  if (unlisted > 0) errors.push(makeIssue('error', '$', 'schema.more', { count: unlisted }));
  return { ok: false, errors, warnings, errorCount: issues.errors };
}

function failed(e: ValidationIssue): ParseResult {
  return { ok: false, errors: [e], warnings: [], errorCount: 1 };
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
