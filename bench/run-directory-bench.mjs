#!/usr/bin/env node
// Benchmarks <budget-directory> on synthetic catalogs of 100 and 10,000 departments: the list view (first
// view, the first page's files, a search, a sort) and the two roll-ups (first view, one zoom), with long
// tasks, heap growth and DOM size. Each run in a fresh page, runs interleaved; prints Markdown tables of
// medians. Usage: node bench/run-directory-bench.mjs [runs] (default 3)
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
    await page.evaluate((k) => window.benchPrepare(k), n);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const result = await page.evaluate(([k, m]) => window.benchDirectory(k, m), [kind, n]);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
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
      if (res.sort) parts.push(`sort ${res.sort.ms.toFixed(1)} ms`);
      if (res.zoom) parts.push(`zoom ${res.zoom.ms.toFixed(1)} ms (arcs ${res.arcs.join(' → ')})`);
      parts.push(`longest task ${res.longestTaskMs.toFixed(0)} ms (${res.longTasks} over 50 ms)`, `heap ${res.heapMB.toFixed(2)} MB`, `${res.domNodes} nodes`);
      process.stderr.write(`${n} ${kind} run ${r + 1}: ${parts.join(', ')}\n`);
    }
  }
}
const chromeVersion = browser.version();
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

const version = (p) => JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version;
const fmt = (v, d = 1) => (v === undefined ? '' : v.toFixed(d));
const cpu = cpus();
const lines = [];
lines.push(
  `Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Chromium ${chromeVersion}, Node ${process.version}, lit ${version('lit')}; medians of ${RUNS} runs, interleaved, each in a fresh page (${((Date.now() - started) / 1000).toFixed(0)} s in all).`,
);
lines.push('');
lines.push(
  '| departments | view | first view (ms) | files of the first page loaded (ms) | search (ms) | sort (ms) | zoom (ms) | longest task (ms) | tasks over 50 ms | heap growth (MB) | DOM nodes |',
);
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const detail = [];
detail.push('Longest task in each interval, ms (median of the runs; 0: none over 50 ms):');
detail.push('');
detail.push('| departments | view | first view | files loaded | search | sort | zoom |');
detail.push('|---:|---|---:|---:|---:|---:|---:|');
for (const n of SIZES) {
  for (const kind of KINDS) {
    const rs = results[n][kind];
    const m = (f) => median(rs.map(f));
    lines.push(
      `| ${n.toLocaleString('en')} | ${kind} | ${fmt(m((x) => x.firstView.ms))} | ${fmt(m((x) => x.filesLoaded?.ms))} | ${fmt(m((x) => x.search?.ms))} | ${fmt(m((x) => x.sort?.ms))} | ${fmt(
        m((x) => x.zoom?.ms),
      )} | ${fmt(m((x) => x.longestTaskMs), 0)} | ${fmt(m((x) => x.longTasks), 0)} | ${fmt(m((x) => x.heapMB), 2)} | ${fmt(m((x) => x.domNodes), 0)} |`,
    );
    detail.push(
      `| ${n.toLocaleString('en')} | ${kind} | ${fmt(m((x) => x.firstView.longestTaskMs), 0)} | ${fmt(m((x) => x.filesLoaded?.longestTaskMs), 0)} | ${fmt(m((x) => x.search?.longestTaskMs), 0)} | ${fmt(
        m((x) => x.sort?.longestTaskMs),
        0,
      )} | ${fmt(m((x) => x.zoom?.longestTaskMs), 0)} |`,
    );
  }
}
console.log([...lines, '', ...detail].join('\n'));
