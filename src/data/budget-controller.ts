import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BudgetLoadError, isAbort } from './errors.js';
import { checkData, loadBudget, type FetchOptions, type LoadedBudget } from './fetch-budget.js';

export type BudgetStatus = 'initial' | 'pending' | 'complete' | 'error';

/** Where an element's budget comes from: a URL, or a value set as a property (which wins). */
export interface BudgetSource {
  src?: string | null;
  data?: unknown;
}

export interface BudgetRenderers<T> {
  initial?: () => T;
  pending?: () => T;
  complete: (budget: LoadedBudget) => T;
  error?: (error: BudgetLoadError) => T;
}

/** Results for `data` values already checked, so a re-render does not validate the same object again. */
const checkedData = new WeakMap<object, LoadedBudget | BudgetLoadError>();

/**
 * The one loader every element uses, shaped like @lit/task: it re-reads its source on every host update,
 * starts a load only when the source changed, aborts the stale load, and drops late results of older runs.
 * Every failure becomes a typed {@link BudgetLoadError} with a localized message.
 */
export class BudgetController implements ReactiveController {
  status: BudgetStatus = 'initial';
  value?: LoadedBudget;
  error?: BudgetLoadError;

  private lastSrc?: string | null;
  private lastData?: unknown;
  private run = 0;
  private started = false;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => BudgetSource,
    private readonly options: FetchOptions = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { src, data } = this.source();
    if (this.started && src === this.lastSrc && data === this.lastData) return;
    this.started = true;
    this.lastSrc = src;
    this.lastData = data;
    this.start(src, data);
  }

  /** A re-attached element (moved in the DOM mid-load) loads again from its current source. */
  hostConnected(): void {
    if (!this.started) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A detached element stops waiting, unless it comes back in the same task: a move (re-parenting by
    // the page or an accessibility toolbar) keeps its load, so the URL is still fetched once.
    if (this.status !== 'pending') return;
    const run = this.run;
    queueMicrotask(() => {
      if ((this.host as unknown as Element).isConnected || this.status !== 'pending' || this.run !== run) return;
      this.abort?.abort();
      this.status = 'initial';
      this.started = false;
    });
  }

  /** Renders by status, like Task.render. */
  render<T>(r: BudgetRenderers<T>): T | undefined {
    switch (this.status) {
      case 'initial':
        return r.initial?.();
      case 'pending':
        return r.pending?.();
      case 'complete':
        return r.complete(this.value!);
      case 'error':
        return r.error?.(this.error!);
    }
  }

  private start(src: string | null | undefined, data: unknown): void {
    this.abort?.abort();
    this.abort = undefined;
    const run = ++this.run;
    if (data !== undefined && data !== null) {
      this.finish(run, () => {
        if (typeof data !== 'object') return checkData(data);
        let r = checkedData.get(data);
        if (!r) {
          try {
            r = checkData(data);
          } catch (e) {
            r = e as BudgetLoadError;
          }
          checkedData.set(data, r);
        }
        if (r instanceof BudgetLoadError) throw r;
        return r;
      });
      return;
    }
    if (!src) {
      // Nothing to show yet: the element renders its `initial` state (which says no data is set).
      this.status = 'initial';
      this.value = undefined;
      this.error = undefined;
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'pending';
    this.error = undefined;
    void loadBudget(src, abort.signal, this.options).then(
      (value) => this.settle(run, value, undefined),
      (err: unknown) => {
        if (isAbort(err)) return;
        this.settle(run, undefined, err instanceof BudgetLoadError ? err : new BudgetLoadError('network', src, { url: src, detail: String(err) }));
      },
    );
  }

  /**
   * Checks `data` in a microtask, like a task that resolves at once: hostUpdate runs after the host's
   * willUpdate, so a result settled synchronously here would miss this update; a microtask triggers the next.
   */
  private finish(run: number, compute: () => LoadedBudget): void {
    this.status = 'pending';
    this.error = undefined;
    void Promise.resolve().then(() => {
      try {
        this.settle(run, compute(), undefined);
      } catch (e) {
        this.settle(run, undefined, e instanceof BudgetLoadError ? e : new BudgetLoadError('schema', undefined, { count: 1 }));
      }
    });
  }

  private settle(run: number, value: LoadedBudget | undefined, error: BudgetLoadError | undefined): void {
    if (run !== this.run) return; // a newer source replaced this one
    this.value = value;
    this.error = error;
    this.status = error ? 'error' : 'complete';
    this.host.requestUpdate();
  }
}
