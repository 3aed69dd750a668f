#!/usr/bin/env node
// Benchmarks <budget-tree> against an ECharts 6 sunburst (tree-shaken: core + SunburstChart + Tooltip,
// SVG and Canvas renderers) on the same synthetic budgets, in one Chromium, runs interleaved.
// Prints a Markdown table of medians and ratios. Usage: node bench/run-tree-bench.mjs [runs]
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const SIZES = [100, 1_000, 10_000, 50_000];
const KINDS = ['ours', 'echarts-svg', 'echarts-canvas'];

execSync('npx vite build --config bench/vite.config.ts', { stdio: 'inherit' });
const server = await preview({ configFile: 'bench/vite.config.ts', preview: { port: 4179, strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0] + 'tree-bench.html';
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function once(kind, leaves) {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.benchRun === 'function');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const result = await page.evaluate(([k, n]) => window.benchRun(k, n), [kind, leaves]);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.close();
  return { ...result, heapMB: (after - before) / 1024 / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const leaves of SIZES) {
  for (let r = 0; r < RUNS; r++) {
    for (const kind of KINDS) {
      const res = await once(kind, leaves);
      ((results[leaves] ??= {})[kind] ??= []).push(res);
      process.stderr.write(`${leaves} ${kind} run ${r + 1}: first ${res.firstFrameMs.toFixed(1)} ms, zoom ${res.zoomMs.toFixed(1)} ms\n`);
    }
  }
}
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

const version = (p) => JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version;
const chromeVersion = execSync(`${findChromium()} --version`).toString().trim();
const fmt = (v, d = 1) => v.toFixed(d);
const lines = [];
lines.push(
  `Machine: ${execSync('nproc').toString().trim()} cores, ${chromeVersion}, Node ${process.version}, echarts ${version('echarts')}, lit ${version('lit')}; medians of ${RUNS} runs, interleaved, each in a fresh page.`,
);
lines.push('');
lines.push('| leaves | renderer | first frame (ms) | zoom (ms) | heap growth (MB) | DOM nodes | first frame vs faster ECharts | zoom vs faster ECharts |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
for (const leaves of SIZES) {
  const m = Object.fromEntries(
    KINDS.map((k) => {
      const rs = results[leaves][k];
      return [
        k,
        {
          first: median(rs.map((x) => x.firstFrameMs)),
          zoom: median(rs.map((x) => x.zoomMs)),
          heap: median(rs.map((x) => x.heapMB)),
          dom: median(rs.map((x) => x.domNodes)),
        },
      ];
    }),
  );
  const bestFirst = Math.min(m['echarts-svg'].first, m['echarts-canvas'].first);
  const bestZoom = Math.min(m['echarts-svg'].zoom, m['echarts-canvas'].zoom);
  for (const k of KINDS) {
    const x = m[k];
    const ratio = k === 'ours' ? `${fmt(x.first / bestFirst, 2)}×` : '';
    const zratio = k === 'ours' ? `${fmt(x.zoom / bestZoom, 2)}×` : '';
    lines.push(
      `| ${leaves.toLocaleString('en')} | ${k === 'ours' ? '**budget-tree**' : k} | ${fmt(x.first)} | ${fmt(x.zoom)} | ${fmt(x.heap, 2)} | ${x.dom} | ${ratio} | ${zratio} |`,
    );
  }
}
console.log(lines.join('\n'));
