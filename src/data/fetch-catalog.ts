import { parseCatalog, type Catalog } from '../model/catalog.js';
import type { MessageKey } from '../model/messages.js';
import { BudgetLoadError } from './errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchJson } from './fetch-budget.js';

/** A catalog that loaded and passed its checks, with the absolute URL its departments' `src` are relative to. */
export interface LoadedCatalog {
  url?: string;
  catalog: Catalog;
}

/** A catalog given as a value (`data`), or fetched: its problems, with their JSON paths, as one load error. */
export function checkCatalog(value: unknown, url?: string): LoadedCatalog {
  const { catalog, issues } = parseCatalog(value);
  if (!catalog)
    throw new BudgetLoadError(
      'catalogSchema',
      url,
      { count: issues.length },
      issues.map((i) => ({ severity: 'error' as const, path: i.path, code: i.code as MessageKey, params: {}, message: i.message })),
    );
  return { ...(url !== undefined ? { url } : {}), catalog };
}

/**
 * Fetches a catalog with the rules every budget is fetched with (origin, size, time, type). Not cached
 * across elements: a page shows one directory.
 */
export async function loadCatalog(url: string, signal: AbortSignal): Promise<LoadedCatalog> {
  let abs: string;
  try {
    abs = new URL(url, document.baseURI).href;
  } catch (err) {
    throw new BudgetLoadError('badUrl', url, { url, detail: err instanceof Error ? err.message : String(err) });
  }
  const controller = new AbortController();
  const stop = () => controller.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(() => controller.abort(new BudgetLoadError('timeout', abs, { seconds: DEFAULT_TIMEOUT_MS / 1000 })), DEFAULT_TIMEOUT_MS);
  try {
    const got = await fetchJson(abs, controller.signal, { timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES * 4 });
    return checkCatalog(got.value, got.url);
  } catch (err) {
    if (controller.signal.aborted && controller.signal.reason instanceof BudgetLoadError) throw controller.signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
