import { LIMITS } from '../model/limits.js';
import { parseBudget, validateBudget } from '../model/parse.js';
import type { ReconciliationReport } from '../model/reconcile.js';
import type { BudgetDocument } from '../model/types.js';
import type { ValidationIssue } from '../model/validate.js';
import { BudgetLoadError } from './errors.js';

/** A budget that loaded and validated. */
export interface LoadedBudget {
  /** Absolute URL it came from (after any redirect), or undefined for data given as a property. */
  url?: string;
  document: BudgetDocument;
  warnings: ValidationIssue[];
  /**
   * The reconciliation report, computed on first read (a chart that never shows it never pays for it).
   * It needs the checks (`provideChecks`): the package's entry and every element that shows them provide
   * them, so a page that loads only `<budget-tree>`'s own file does not download them.
   */
  readonly reconciliation: ReconciliationReport;
}

type Checks = (document: BudgetDocument) => ReconciliationReport;
let checks: Checks | undefined;

/**
 * Gives the loader the function that reconciles a document (`reconcile`). The loader does not import it
 * itself: the checks are the largest part of the model, and an element that shows none of them (the
 * sunburst, the procurement table) should not carry them in its own file.
 */
export function provideChecks(fn: Checks): void {
  checks ??= fn;
}

export interface FetchOptions {
  /** Give up after this many milliseconds (default 15000). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (default 8 MiB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = LIMITS.fileBytes;

interface Entry {
  promise: Promise<LoadedBudget>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/**
 * One request per URL per page: every element that asks for the same URL shares it. Loaded budgets are
 * kept for the {@link LIMITS.cachedBudgets} URLs used last (a page that pages through many departments
 * does not keep them all); a request still running is never dropped.
 */
const cache = new Map<string, Entry>();

function touch(url: string, entry: Entry): void {
  cache.delete(url);
  cache.set(url, entry);
}

function evict(): void {
  let settled = 0;
  for (const e of cache.values()) if (e.settled) settled++;
  for (const [url, e] of cache) {
    if (settled <= LIMITS.cachedBudgets) break;
    if (!e.settled) continue;
    cache.delete(url);
    settled--;
  }
}

const ORIGINS_META = 'meta[name="budget-widgets-allowed-origins"]';

/**
 * The origins budget data may come from on this page, or undefined when the page sets no rule. A page
 * that carries `<meta name="budget-widgets-allowed-origins" content="https://a.example https://b.example">`
 * accepts data from its own origin and those listed, and nothing else, checked on the URL asked for and
 * on the URL the response finally came from (after redirects). The embed page carries it.
 */
export function allowedOrigins(doc: Document = document): Set<string> | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(ORIGINS_META);
  if (!meta) return undefined;
  return new Set([doc.defaultView?.location.origin ?? location.origin, ...meta.content.split(/\s+/).filter(Boolean)]);
}

/** True when the page allows data from `url` (always, on a page without an origin rule). */
export function originAllowed(url: string, doc: Document = document): boolean {
  const allowed = allowedOrigins(doc);
  if (!allowed) return true;
  try {
    return allowed.has(new URL(url, doc.baseURI).origin);
  } catch {
    return false;
  }
}

/**
 * Validates an in-memory value the same way as a fetched one. A string is JSON text (the `data` property
 * accepts both); with `parsed`, the value came out of JSON.parse already, and a string is just a string.
 */
export function checkData(value: unknown, url?: string, parsed = false): LoadedBudget {
  const result = parsed ? validateBudget(value) : parseBudget(value);
  if (!result.ok || !result.document) {
    const kind = result.errors[0]?.code === 'parse.json' ? 'json' : 'schema';
    throw new BudgetLoadError(kind, url, { count: result.errorCount }, result.errors);
  }
  const document = result.document;
  let report: ReconciliationReport | undefined;
  const loaded: LoadedBudget = {
    document,
    warnings: result.warnings,
    get reconciliation() {
      if (!checks) throw new Error('budget-widgets: this file has no reconciliation checks; import reconcile from the package and call reconcile(budget.document).');
      return (report ??= checks(document));
    },
  };
  if (url !== undefined) loaded.url = url;
  return loaded;
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;
/**
 * Plain text is what many servers (and raw file hosts) send for a .json file they have no type for. It is
 * read as JSON, since JSON.parse and the schema decide anyway, and the console says once per URL how to
 * serve it; an HTML page or a download (application/octet-stream) is refused, as it is never the data.
 */
const PLAIN_TYPE = /^text\/plain\b/i;
const notedPlain = new Set<string>();

function notePlainText(url: string): void {
  if (notedPlain.has(url)) return;
  notedPlain.add(url);
  console.info(`budget-widgets: ${url} is served as text/plain; it was read as JSON. Serve .json files as application/json.`);
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BudgetLoadError('tooLarge', url, { limit: maxBytes });
  if (!response.body) return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BudgetLoadError('tooLarge', url, { limit: maxBytes });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  // A file in another encoding (GBK is common on portals) is an error, not mojibake. The decoder keeps a
  // byte-order mark, so that one, and only one, is removed before parsing, as for `data` and in the CLI.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BudgetLoadError('json', url, { detail: 'not UTF-8' });
  }
}

/**
 * A fetch that fails throws a bare TypeError, whatever the cause. A device that knows it is offline says
 * so; otherwise the same address is asked again without CORS, which succeeds whenever the server
 * answered: the first request then failed on CORS (the file, or a redirect on the way, came without
 * Access-Control-Allow-Origin). That second answer is opaque: it is never read, and dropped at once.
 */
async function unreachable(url: string, signal: AbortSignal, err: unknown): Promise<BudgetLoadError> {
  if (navigator.onLine === false) return new BudgetLoadError('offline', url, { url });
  const probe = new AbortController();
  const stop = () => probe.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: probe.signal });
    return new BudgetLoadError('cors', url, { url, origin: location.origin });
  } catch {
    if (signal.aborted) throw signal.reason;
    return new BudgetLoadError('network', url, { url, detail: err instanceof Error ? err.message : String(err) });
  } finally {
    signal.removeEventListener('abort', stop);
    probe.abort();
  }
}

/**
 * Fetches `url` as JSON within the page's rules: an allowed origin (after redirects too), no cookies to other
 * origins (`same-origin`: the credentials mode of `<link rel="preload" as="fetch" crossorigin>`, so the
 * browser hands this request the file a page preloads instead of fetching it again), a
 * JSON (or plain-text) type, at most `maxBytes` of UTF-8. Every failure is a BudgetLoadError. Budgets and
 * catalogs alike go through it.
 */
export async function fetchJson(url: string, signal: AbortSignal, opts: Required<FetchOptions>): Promise<{ value: unknown; url: string }> {
  if (!originAllowed(url)) throw new BudgetLoadError('origin', url, { url });
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw await unreachable(url, signal, err);
  }
  // A redirect may lead elsewhere: what counts is where the data came from, not the URL asked for.
  if (response.url && !originAllowed(response.url)) {
    await response.body?.cancel().catch(() => undefined);
    throw new BudgetLoadError('origin', url, { url: response.url });
  }
  if (!response.ok) throw new BudgetLoadError('http', url, { status: response.status, url });
  const type = response.headers.get('content-type') ?? '';
  if (PLAIN_TYPE.test(type)) notePlainText(url);
  else if (type && !JSON_TYPE.test(type)) throw new BudgetLoadError('contentType', url, { contentType: type.split(';')[0].trim(), url });
  let text: string;
  try {
    text = await readLimited(response, url, opts.maxBytes);
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    if (err instanceof BudgetLoadError) throw err;
    throw new BudgetLoadError('network', url, { url, detail: String(err) });
  }
  try {
    // With the address the answer came from, after any redirect (a relative address in it resolves there).
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, url: response.url || url };
  } catch (err) {
    throw new BudgetLoadError('json', url, { detail: err instanceof Error ? err.message : String(err) });
  }
}

async function fetchAndCheck(url: string, signal: AbortSignal, opts: Required<FetchOptions>): Promise<LoadedBudget> {
  const got = await fetchJson(url, signal, opts);
  return checkData(got.value, got.url, true);
}

/**
 * Fetches, parses, validates and reconciles the budget at `url`, once per page: callers of the same URL
 * share one request. `signal` lets a caller stop waiting; the request itself is aborted only when no
 * caller waits for it any more. Failed loads are forgotten, so a later call tries again.
 */
export function loadBudget(url: string, signal?: AbortSignal, options: FetchOptions = {}): Promise<LoadedBudget> {
  let abs: string;
  try {
    abs = new URL(url, document.baseURI).href;
  } catch (err) {
    return Promise.reject(new BudgetLoadError('badUrl', url, { url, detail: err instanceof Error ? err.message : String(err) }));
  }
  let entry = cache.get(abs);
  if (!entry) {
    const controller = new AbortController();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => controller.abort(new BudgetLoadError('timeout', abs, { seconds: timeoutMs / 1000 })), timeoutMs);
    const created: Entry = { controller, users: 0, settled: false, promise: Promise.resolve() as unknown as Promise<LoadedBudget> };
    created.promise = fetchAndCheck(abs, controller.signal, { timeoutMs, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES }).finally(() => {
      clearTimeout(timer);
      created.settled = true;
      evict();
    });
    created.promise.catch(() => {
      if (cache.get(abs) === created) cache.delete(abs);
    });
    cache.set(abs, created);
    entry = created;
  } else {
    touch(abs, entry);
  }
  const shared = entry;
  shared.users++;
  if (!signal) return shared.promise;
  return new Promise<LoadedBudget>((resolve, reject) => {
    const onAbort = () => {
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort(new DOMException('No element waits for this budget any more', 'AbortError'));
        if (cache.get(abs) === shared) cache.delete(abs);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Forgets every cached load (for tests and for pages that replace their data files). */
export function clearBudgetCache(): void {
  cache.clear();
}
