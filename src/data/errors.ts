import { msg, type Lang, type MessageKey } from '../model/messages.js';
import type { ValidationIssue } from '../model/validate.js';

export type LoadErrorKind = 'network' | 'http' | 'contentType' | 'tooLarge' | 'timeout' | 'json' | 'schema' | 'noSource' | 'origin';

const KEYS: Record<LoadErrorKind, MessageKey> = {
  network: 'load.network',
  http: 'load.http',
  contentType: 'load.contentType',
  tooLarge: 'load.tooLarge',
  timeout: 'load.timeout',
  json: 'load.json',
  schema: 'load.schema',
  noSource: 'load.noSource',
  origin: 'load.origin',
};

/** Every way loading a budget can fail, as one typed error an element can show in either language. */
export class BudgetLoadError extends Error {
  override readonly name = 'BudgetLoadError';
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string | undefined,
    readonly params: Record<string, string | number> = {},
    /** Schema errors, for kind 'schema' (and the JSON error for 'json'). */
    readonly issues: ValidationIssue[] = [],
  ) {
    super(msg(KEYS[kind], 'en', params));
  }

  /** The headline in the reader's language. */
  localized(lang: Lang): string {
    return msg(KEYS[this.kind], lang, this.params);
  }

  /** Details a reader or webmaster can act on: each schema error with its JSON path. */
  details(lang: Lang): string[] {
    return this.issues.map((i) => `${i.path}: ${i.message[lang]}`);
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
