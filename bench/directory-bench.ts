// Benchmark page: one <budget-directory> on a synthetic catalog of N departments, in the list view or one of
// its two roll-ups, with timings, long tasks and DOM size. Driven by bench/run-directory-bench.mjs; every run
// happens in a fresh page (opened with prefers-reduced-motion, so that a zoom is not animated).
import '../src/elements/budget-directory/define.js';
import type { BudgetDirectory } from '../src/elements/budget-directory/budget-directory.js';
import type { BudgetTree } from '../src/elements/budget-tree/budget-tree.js';
import { checkCatalog } from '../src/data/fetch-catalog.js';
import { buildSunburst } from '../src/layout/sunburst.js';
import { resolveSrc, type Catalog } from '../src/model/catalog.js';
import { rollupByDepartment, rollupByFunction } from '../src/model/rollup.js';
import { syntheticCatalog } from './synthetic-catalog.js';
import { countNodes, stepTimer } from './measure.js';

export type DirectoryKind = 'list' | 'departments' | 'functions';

/** A measured interval: its time and the long tasks that overlapped it. */
export interface Interval {
  ms: number;
  longestTaskMs: number;
  /** Long tasks (over 50 ms) that overlapped the interval. */
  longTasks: number;
}

export interface DirectoryResult {
  firstView: Interval;
  /** List: to the frame where the progress line says every file of the first page is loaded. */
  filesLoaded?: Interval & { files: number; failed: number };
  search?: Interval & { found: number };
  sort?: Interval;
  /**
   * List: from the sort to the frame where the files its first page asks for are loaded, or to the end of the
   * wait (`settled` false), with the progress line's numbers then (not one of the main table's intervals).
   */
  sortFiles?: Interval & { settled: boolean; asked: number; done: number };
  zoom?: Interval;
  /**
   * List, last: the reader scrolls down the list a screen a frame and presses “show more” at its end, until
   * SCROLL_ROWS rows are shown (the files those rows ask for load meanwhile, as they would).
   */
  scroll?: Interval & { rows: number };
  /** Over every measured interval of the run. */
  longestTaskMs: number;
  longTasks: number;
  domNodes: number;
  /** Arcs drawn in the roll-up's chart, after the first view and after the zoom. */
  arcs?: [number, number];
  rows?: number;
  /** Script time of the model's steps on the same catalog, measured after the run (warm), in ms. */
  breakdown: Record<string, number>;
}

const stage = document.getElementById('stage')!;
const LIMIT_MS = 120_000;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in the frame after the one that paints what is in the DOM now (double requestAnimationFrame). */
async function painted(): Promise<void> {
  await frame();
  await frame();
}

/**
 * Resolves once `cond` holds and a frame showing it has been painted. Checked now, then in each frame: a
 * state found in a frame callback is painted by that frame, so one more frame follows; found at once, two.
 */
async function paintedWhen(cond: () => boolean, what: string, limitMs = LIMIT_MS): Promise<void> {
  if (cond()) return painted();
  const start = performance.now();
  for (;;) {
    await frame();
    if (cond()) {
      await frame();
      return;
    }
    if (performance.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`);
  }
}

// Long tasks, from the page's start: each interval takes those that overlap it.
const longTasks: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

/** Long tasks are reported after they end: a short wait and the observer's queue make sure all are in. */
async function flushLongTasks(): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  longTasks.push(...observer.takeRecords());
}

const spans: Array<[number, number]> = [];

async function measure(run: () => Promise<void>): Promise<Interval & { t0: number; t1: number }> {
  const t0 = performance.now();
  await run();
  const t1 = performance.now();
  spans.push([t0, t1]);
  return { ms: t1 - t0, longestTaskMs: 0, longTasks: 0, t0, t1 };
}

function tasksIn(t0: number, t1: number): PerformanceEntry[] {
  return longTasks.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0);
}

function withTasks<T extends Interval & { t0: number; t1: number }>(i: T): Interval & Omit<T, 't0' | 't1'> {
  const { t0, t1, ...rest } = i;
  const ts = tasksIn(t0, t1);
  return { ...rest, longestTaskMs: Math.max(0, ...ts.map((e) => e.duration)), longTasks: ts.length };
}

/** The progress line of the list: files done (loaded or failed) and asked for, and how many failed. */
function progress(el: BudgetDirectory): { done: number; asked: number; failed: number } | undefined {
  const p = el.shadowRoot!.querySelector('[part=progress]');
  const bar = p?.querySelector('progress');
  if (!p || !bar) return undefined;
  // The text says "已载入 done / asked 个部门的数据文件[，failed 个无法载入]"; the bar carries the same two numbers.
  const m = /(\d+)\s*\/\s*(\d+)/.exec(p.textContent ?? '');
  const failed = /(\d+)\s*个无法载入/.exec(p.textContent ?? '');
  if (!m || Number(m[1]) !== bar.value || Number(m[2]) !== bar.max) return undefined;
  return { done: Number(m[1]), asked: Number(m[2]), failed: failed ? Number(failed[1]) : 0 };
}

const allLoaded = (el: BudgetDirectory) => {
  const p = progress(el);
  return !!p && p.asked > 0 && p.done === p.asked;
};

const rowCount = (el: BudgetDirectory) => el.shadowRoot!.querySelectorAll('[part=table] tbody tr').length;

async function runList(el: BudgetDirectory, catalog: Catalog): Promise<DirectoryResult> {
  let dom = 0;
  const t0 = performance.now();
  const first = await measure(async () => {
    el.data = catalog;
    await el.updateComplete;
    await paintedWhen(() => rowCount(el) > 0, 'the rows');
  });
  dom = Math.max(dom, countNodes(stage));
  const rows = rowCount(el);
  await paintedWhen(() => allLoaded(el), 'the files of the first page');
  const t1 = performance.now();
  spans.push([t0, t1]);
  const p = progress(el)!;
  if (p.failed) throw new Error(`${p.failed} of ${p.asked} files failed to load`);
  dom = Math.max(dom, countNodes(stage));

  const search = await measure(async () => {
    el.query = '0001';
    await el.updateComplete;
    await painted();
  });
  const found = rowCount(el);
  dom = Math.max(dom, countNodes(stage));
  // Unmeasured: the files the search asked for, then back to the whole list and its files.
  await paintedWhen(() => allLoaded(el), 'the files of the search');
  el.query = '';
  await el.updateComplete;
  await paintedWhen(() => allLoaded(el), 'the files of the list');

  await flushLongTasks();
  listState = { el, dom, catalog };
  return {
    firstView: withTasks(first),
    filesLoaded: { ...withTasks({ ms: t1 - t0, longestTaskMs: 0, longTasks: 0, t0, t1 }), files: p.asked, failed: p.failed },
    search: { ...withTasks(search), found },
    ...overall(),
    domNodes: dom,
    rows,
    breakdown: breakdown(catalog, 'list'),
  };
}

let listState: { el: BudgetDirectory; dom: number; catalog: Catalog } | undefined;

/** How long the sort's files are waited for: where the catalog's totals differ from the files', the order keeps changing as they load. */
const SORT_FILES_WAIT_MS = 10_000;

/**
 * The list's second part, after the runner has read the heap: the sort, then its page of files for at most
 * SORT_FILES_WAIT_MS (that wait is reported apart and is not one of the main table's intervals).
 */
/** Rows the scroll goes through (ten pages of 50). */
const SCROLL_ROWS = 500;

/** Scrolls the window to the bottom, one screen a painted frame. */
async function scrollDown(): Promise<void> {
  while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
    window.scrollBy(0, window.innerHeight * 0.9);
    await painted();
  }
}

async function runListSort(): Promise<Pick<DirectoryResult, 'sort' | 'sortFiles' | 'scroll' | 'longestTaskMs' | 'longTasks' | 'domNodes'>> {
  const { el } = listState!;
  let { dom } = listState!;
  const sort = await measure(async () => {
    el.sort = 'total-desc';
    await el.updateComplete;
    await painted();
  });
  dom = Math.max(dom, countNodes(stage));
  let settled = true;
  try {
    await paintedWhen(() => allLoaded(el), 'the files of the sorted list', SORT_FILES_WAIT_MS);
  } catch {
    settled = false;
  }
  const t2 = performance.now();
  const p = progress(el) ?? { done: 0, asked: 0, failed: 0 };
  dom = Math.max(dom, countNodes(stage));
  await flushLongTasks();
  const files = withTasks({ ms: t2 - sort.t0, longestTaskMs: 0, longTasks: 0, t0: sort.t0, t1: t2 });
  const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
  const scroll = await measure(async () => {
    await scrollDown();
    while (rows() < SCROLL_ROWS) {
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more-rows button');
      if (!more) break;
      more.click();
      await el.updateComplete;
      await painted();
      await scrollDown();
    }
  });
  dom = Math.max(dom, countNodes(stage));
  window.scrollTo(0, 0);
  await flushLongTasks();
  return {
    sort: withTasks(sort),
    sortFiles: { ...files, settled, asked: p.asked, done: p.done },
    scroll: { ...withTasks(scroll), rows: rows() },
    ...overall(),
    domNodes: dom,
  };
}

async function runRollup(el: BudgetDirectory, catalog: Catalog): Promise<DirectoryResult> {
  const tree = () => el.shadowRoot!.querySelector<BudgetTree>('budget-tree');
  const arcs = () => tree()?.shadowRoot?.querySelectorAll('path.arc').length ?? 0;
  const first = await measure(async () => {
    el.data = catalog;
    await el.updateComplete;
    await tree()?.updateComplete;
    await paintedWhen(() => arcs() > 0, 'the arcs of the roll-up');
  });
  const arcsFirst = arcs();
  let dom = countNodes(stage);
  await flushLongTasks();
  // By function, the catalog gives 类 only: a first-ring arc has nothing below it to zoom into.
  if (el.view === 'functions')
    return { firstView: withTasks(first), ...overall(), domNodes: dom, arcs: [arcsFirst, arcsFirst], breakdown: breakdown(catalog, 'functions') };
  const target = tree()!.shadowRoot!.querySelector<SVGPathElement>('path.arc[aria-level="1"]');
  if (!target) throw new Error('no arc of level 1');
  const zoom = await measure(async () => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await tree()!.updateComplete;
    await painted();
  });
  dom = Math.max(dom, countNodes(stage));
  await flushLongTasks();
  return {
    firstView: withTasks(first),
    zoom: withTasks(zoom),
    ...overall(),
    domNodes: dom,
    arcs: [arcsFirst, arcs()],
    breakdown: breakdown(catalog, 'departments'),
  };
}

/** Where the script time of a first view goes: the model's steps the element runs, timed one by one on the same catalog. */
function breakdown(catalog: Catalog, kind: DirectoryKind): Record<string, number> {
  const { out, time } = stepTimer();
  time('check catalog', () => checkCatalog(catalog));
  time('resolve every src', () => catalog.departments.map((d) => resolveSrc(document.baseURI, d.src)));
  if (kind === 'list') {
    const collator = new Intl.Collator('zh-CN');
    time('sort by name', () => catalog.departments.slice().sort((a, b) => collator.compare(a.name, b.name)));
  } else if (kind === 'departments') {
    const r = time('roll-up', () => rollupByDepartment(catalog, new Map()));
    time('sunburst', () => buildSunburst(r.root, 'total'));
  } else time('roll-up', () => rollupByFunction(catalog, new Map()));
  return out;
}

function overall(): { longestTaskMs: number; longTasks: number } {
  const ts = new Set(spans.flatMap(([a, b]) => tasksIn(a, b)));
  return { longestTaskMs: Math.max(0, ...[...ts].map((e) => e.duration)), longTasks: ts.size };
}

declare global {
  interface Window {
    /** Makes the catalog ahead of the run (so that the heap reading before the run already holds it). */
    benchPrepare(n: number): void;
    benchDirectory(kind: DirectoryKind, n: number): Promise<DirectoryResult>;
    /** The list's sort, after benchDirectory('list', n) and the runner's heap reading. */
    benchDirectorySort(): ReturnType<typeof runListSort>;
    /** The synthetic catalog itself, for profiling by hand. */
    benchCatalog(n: number): Catalog;
  }
}

window.benchCatalog = (n) => syntheticCatalog(n);
window.benchDirectorySort = () => runListSort();

let prepared: { n: number; catalog: Catalog } | undefined;

window.benchPrepare = (n) => {
  prepared = { n, catalog: syntheticCatalog(n) };
};

window.benchDirectory = async (kind, n) => {
  const catalog = prepared?.n === n ? prepared.catalog : syntheticCatalog(n);
  const el = document.createElement('budget-directory');
  if (kind !== 'list') el.view = kind;
  stage.append(el);
  await el.updateComplete;
  await painted();
  return kind === 'list' ? runList(el, catalog) : runRollup(el, catalog);
};
