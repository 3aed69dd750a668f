#!/usr/bin/env node
// Benchmarks <budget-directory> on synthetic catalogs of 100 and 10,000 departments (bench/synthetic-catalog.ts):
// the list view (first view, the first page's files, a search, a sort) and the two roll-ups (first view, one
// zoom), with long tasks, heap growth and DOM size, in Debian's Chromium. Each run in a fresh page, runs
// interleaved; prints Markdown tables of medians. Usage: node bench/run-directory-bench.mjs [runs] (default 3);
// BENCH_SIZES=100,10000 chooses the sizes.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,10000').split(',').map(Number);
const KINDS = ['list', 'departments', 'functions'];

execSync('npx vite build --config bench/vite.config.ts', { stdio: 'inherit' });
const server = await preview({ configFile: 'bench/vite.config.ts', preview: { port: 4180, strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0] + 'directory-bench.html';
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function once(kind, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.benchDirectory === 'function');
    // The catalog is made before the first heap reading: the growth is what the element adds to it.
    await page.evaluate((m) => window.benchPrepare(m), n);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const result = await page.evaluate(([k, m]) => window.benchDirectory(k, m), [kind, n]);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    // The list's sort comes after the heap reading: its files may go on loading (see directory-bench.ts).
    if (kind === 'list') {
      const sorted = await page.evaluate(() => window.benchDirectorySort());
      Object.assign(result, sorted, { domNodes: Math.max(result.domNodes, sorted.domNodes) });
    }
    if (problems.length) process.stderr.write(`  page reported: ${[...new Set(problems)].slice(0, 5).join(' | ')}\n`);
    return { ...result, heapMB: (after - before) / 1024 / 1024 };
  } finally {
    await page.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (v, d = 1) => (v === undefined ? '' : v.toFixed(d));

const results = {};
const started = Date.now();
for (const n of SIZES) {
  for (let r = 0; r < RUNS; r++) {
    for (const kind of KINDS) {
      const res = await once(kind, n);
      ((results[n] ??= {})[kind] ??= []).push(res);
      const parts = [`first ${res.firstView.ms.toFixed(1)} ms`];
      if (res.filesLoaded) parts.push(`files ${res.filesLoaded.ms.toFixed(1)} ms (${res.filesLoaded.files})`);
      if (res.search) parts.push(`search ${res.search.ms.toFixed(1)} ms (${res.search.found} rows)`);
      if (res.sort) {
        const f = res.sortFiles;
        const files = f.settled ? `its files ${f.ms.toFixed(0)} ms` : `its files not settled after ${f.ms.toFixed(0)} ms: ${f.done} of ${f.asked}`;
        parts.push(`sort ${res.sort.ms.toFixed(1)} ms (${files}, longest task ${f.longestTaskMs.toFixed(0)} ms, ${f.longTasks} over 50 ms)`);
      }
      if (res.zoom) parts.push(`zoom ${res.zoom.ms.toFixed(1)} ms (arcs ${res.arcs.join(' → ')})`);
      parts.push(`longest task ${res.longestTaskMs.toFixed(0)} ms (${res.longTasks} over 50 ms)`, `heap ${res.heapMB.toFixed(2)} MB`, `${res.domNodes} nodes`);
      process.stderr.write(`${n} ${kind} run ${r + 1}: ${parts.join(', ')}\n`);
    }
  }
}
const chromeVersion = browser.version();
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

/** The detail table's cell for the wait after the sort: its longest task, how many over 50 ms, and the time (or that it did not settle). */
function sortFilesCell(rs, m) {
  const longest = m((x) => x.sortFiles?.longestTaskMs);
  if (longest === undefined) return '';
  const unsettled = rs.filter((x) => !x.sortFiles.settled);
  const time = unsettled.length
    ? `not settled after ${fmt(m((x) => x.sortFiles.ms) / 1000, 0)} s in ${unsettled.length} of ${rs.length} runs, ${fmt(median(unsettled.map((x) => x.sortFiles.done)), 0)} files loaded by then`
    : `${fmt(
        m((x) => x.sortFiles.ms),
        0,
      )} ms`;
  return `${fmt(longest, 0)} (${fmt(
    m((x) => x.sortFiles.longTasks),
    0,
  )} over 50 ms; ${time})`;
}

const version = (p) => JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version;
const cpu = cpus();
const main = [
  `Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Chromium ${chromeVersion}, Node ${process.version}, lit ${version('lit')}; medians of ${RUNS} runs, interleaved, each in a fresh page (${((Date.now() - started) / 1000).toFixed(0)} s in all).`,
  '',
  '| departments | view | first view (ms) | files of the first page loaded (ms) | search (ms) | sort (ms) | zoom (ms) | longest task (ms) | tasks over 50 ms | heap growth (MB) | DOM nodes |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const detail = [
  'Longest task in each interval, ms (median of the runs; 0: none over 50 ms). The last but one column is the wait after the sort for the files its first page asks for, not counted in the table above:',
  '',
  '| departments | view | first view | files loaded | search | sort | sort → its files loaded | zoom |',
  '|---:|---|---:|---:|---:|---:|---|---:|',
];
const scrolling = [
  'Scrolling the list (sorted by spending, after the sort): a screen a frame down to the end, “show more”, again, to 500 rows; the files those rows ask for load meanwhile (median):',
  '',
  '| departments | rows shown | time (ms) | longest task (ms) | tasks over 50 ms | DOM nodes at the end |',
  '|---:|---:|---:|---:|---:|---:|',
];
const goals = ['| goal (issue 22) | measured | verdict |', '|---|---|---|'];
const steps = [
  'Script time of the model steps behind a first view, ms (warm: timed again after the run on the same catalog; median):',
  '',
  '| departments | view | steps |',
  '|---:|---|---|',
];
for (const n of SIZES) {
  for (const kind of KINDS) {
    const rs = results[n][kind];
    const m = (f) => median(rs.map(f));
    const size = n.toLocaleString('en');
    main.push(
      `| ${size} | ${kind} | ${fmt(m((x) => x.firstView.ms))} | ${fmt(m((x) => x.filesLoaded?.ms))} | ${fmt(m((x) => x.search?.ms))} | ${fmt(m((x) => x.sort?.ms))} | ${fmt(m((x) => x.zoom?.ms))} | ${fmt(
        m((x) => x.longestTaskMs),
        0,
      )} | ${fmt(
        m((x) => x.longTasks),
        0,
      )} | ${fmt(
        m((x) => x.heapMB),
        2,
      )} | ${fmt(
        m((x) => x.domNodes),
        0,
      )} |`,
    );
    const task = (f) =>
      fmt(
        m((x) => f(x)?.longestTaskMs),
        0,
      );
    detail.push(
      `| ${size} | ${kind} | ${task((x) => x.firstView)} | ${task((x) => x.filesLoaded)} | ${task((x) => x.search)} | ${task((x) => x.sort)} | ${sortFilesCell(rs, m)} | ${task((x) => x.zoom)} |`,
    );
    if (rs[0].scroll) {
      scrolling.push(
        `| ${size} | ${fmt(
          m((x) => x.scroll.rows),
          0,
        )} | ${fmt(m((x) => x.scroll.ms))} | ${fmt(
          m((x) => x.scroll.longestTaskMs),
          0,
        )} | ${fmt(
          m((x) => x.scroll.longTasks),
          0,
        )} | ${fmt(
          m((x) => x.domNodes),
          0,
        )} |`,
      );
    }
    if (n === 10_000) {
      const ok = (v) => (v ? 'met' : '**not met**');
      const first = m((x) => x.firstView.ms);
      goals.push(`| 10,000 departments, ${kind}: first view ≤ 1 s | ${fmt(first)} ms | ${ok(first <= 1000)} |`);
      if (rs[0].search) {
        const s = m((x) => x.search.longestTaskMs);
        goals.push(`| 10,000 departments: a search without a task over 50 ms | longest ${fmt(s, 0)} ms (0: none over 50) | ${ok(s <= 50)} |`);
      }
      if (rs[0].scroll) {
        const s = m((x) => x.scroll.longestTaskMs);
        goals.push(
          `| 10,000 departments: scrolling without a task over 50 ms | longest ${fmt(s, 0)} ms over ${fmt(
            m((x) => x.scroll.rows),
            0,
          )} rows | ${ok(s <= 50)} |`,
        );
      }
    }
    const names = Object.keys(rs[0].breakdown);
    steps.push(`| ${size} | ${kind} | ${names.map((k) => `${k} ${fmt(m((x) => x.breakdown[k]))}`).join(' · ')} |`);
  }
}
console.log([...main, '', ...detail, '', ...scrolling, '', ...steps, '', ...goals].join('\n'));
