import { msg, type Lang, type MessageKey } from '../model/messages.js';
import type { ValidationIssue } from '../model/validate.js';

/**
 * `network`: the server could not be reached; `offline`: neither could anything else; `cors`: the server
 * answered but did not let this page read the answer (no Access-Control-Allow-Origin); `badUrl`: the
 * address is not a URL.
 */
export type LoadErrorKind =
  | 'network'
  | 'offline'
  | 'cors'
  | 'badUrl'
  | 'http'
  | 'contentType'
  | 'tooLarge'
  | 'timeout'
  | 'json'
  | 'schema'
  | 'catalogSchema'
  | 'noSource'
  | 'origin';

const KEYS: Record<LoadErrorKind, MessageKey> = {
  network: 'load.network',
  offline: 'load.offline',
  cors: 'load.cors',
  badUrl: 'load.badUrl',
  http: 'load.http',
  contentType: 'load.contentType',
  tooLarge: 'load.tooLarge',
  timeout: 'load.timeout',
  json: 'load.json',
  schema: 'load.schema',
  catalogSchema: 'load.catalogSchema',
  noSource: 'load.noSource',
  origin: 'load.origin',
};

/** A missing file is said in those words; other HTTP statuses are given as they are. */
function messageKey(kind: LoadErrorKind, params: Record<string, string | number>): MessageKey {
  return kind === 'http' && (params.status === 404 || params.status === 410) ? 'load.notFound' : KEYS[kind];
}

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
    super(msg(messageKey(kind, params), 'en', params));
  }

  /** The headline in the reader's language. */
  localized(lang: Lang): string {
    return msg(messageKey(this.kind, this.params), lang, this.params);
  }

  /** Details a reader or webmaster can act on: each schema error with its JSON path. */
  details(lang: Lang): string[] {
    return this.issues.map((i) => `${i.path}: ${i.message[lang]}`);
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
