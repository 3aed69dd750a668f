/**
 * Shared by the loader's tests: a stubbed fetch that records its calls, delayed responses, and the error a
 * load must fail with. (A test file that imported another one would run that file's tests again.)
 */
import { expect } from '@open-wc/testing';
import { BudgetLoadError } from '../../src/data/errors.js';

/** The page's own fetch, to put back after a test. */
export const realFetch = window.fetch;
/** The requests the stub saw since it was installed. */
export let calls: Array<{ url: string; init?: RequestInit }> = [];

/** Replaces fetch with a handler; the handler gets the request's AbortSignal. */
export function stubFetch(handler: (url: string, signal: AbortSignal | undefined) => Promise<Response>): void {
  calls = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push({ url, init });
    return handler(url, init?.signal ?? undefined);
  }) as typeof fetch;
}

/** A response after `ms`, or a rejection when the request is aborted first. */
export function later(ms: number, make: () => Response, signal?: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve(make()), ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });
}

export const jsonResponse = (body: string, type = 'application/json; charset=utf-8') => new Response(body, { status: 200, headers: { 'content-type': type } });

/** The BudgetLoadError `p` rejects with (a test failure if it resolves or rejects with anything else). */
export async function failure(p: Promise<unknown>): Promise<BudgetLoadError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BudgetLoadError);
    return e as BudgetLoadError;
  }
  throw new Error('expected the load to fail');
}
