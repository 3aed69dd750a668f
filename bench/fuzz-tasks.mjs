#!/usr/bin/env node
// The fuzz long-task bench of issue 13: mounts each element on each mutation of test/fuzz/mutations.js in
// Debian's Chromium and records the longest main-thread block from setting the data until the element has
// settled and painted (a MessageChannel heartbeat; 'longtask' entries as a cross-check). Prints, per
// element, the max and p95 over all mutations and the 5 worst mutations.
// The page is built from src/ in production mode into a temporary folder (dist/ is left alone) and served
// by `vite preview`, as bench/run-tree-bench.mjs does. Usage: node bench/fuzz-tasks.mjs [--json out.json]
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname);
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROME_PATH)`);

const ELEMENTS = [
  ['budget-summary', [{}]],
  ['budget-tree', [{ classification: 'functional' }, { classification: 'economic' }]],
  ['budget-table', [{ table: '收支总表' }, { table: '支出总表' }, { table: '基本支出表' }, { table: '三公经费表' }]],
  ['kpi-card', [{ project: '*' }, {}]],
  ['procurement-table', [{}]],
];

const outDir = mkdtempSync(join(tmpdir(), 'budget-fuzz-bench-'));
const config = { configFile: false, root, logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'fuzz-tasks.html') } } };
await build(config);
const server = await preview({ ...config, preview: { port: 4181, strictPort: false } });
const url = `${server.resolvedUrls.local[0]}fuzz-tasks.html`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const results = {};
const chrome = `Chromium ${browser.version()}`;
try {
  for (const [tag, attrSets] of ELEMENTS) {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
    page.on('pageerror', (err) => process.stderr.write(`  ${tag}: page error: ${err.message}\n`));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.fuzzRun === 'function');
    const count = await page.evaluate(() => window.fuzzCount);
    // Warm up (JIT, fonts, styles) on the unchanged seed, not counted.
    for (let w = 0; w < 3; w++) await page.evaluate(([t, a]) => window.fuzzRun(t, a, 0), [tag, attrSets[0]]);
    results[tag] = [];
    const t0 = Date.now();
    for (let i = 0; i < count; i++) {
      const r = await page.evaluate(([t, a, n]) => window.fuzzRun(t, a, n), [tag, attrSets[i % attrSets.length], i]);
      results[tag].push(r);
    }
    process.stderr.write(`${tag}: ${count} mutations in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
  rmSync(outDir, { recursive: true, force: true });
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const ms = (v) => v.toFixed(0);
const lines = [];
lines.push(
  `${chrome}, ${execSync('nproc').toString().trim()} cores, Node ${process.version}; production build of src/; one run per element and mutation, each element on a fresh parse of the mutation.`,
);
lines.push('');
lines.push(
  '| element | mutations | longest block: max (ms) | p95 (ms) | median (ms) | longtask max (ms) | errors / rendered / timeouts | 5 worst mutations (longest block, ms) |',
);
lines.push('|---|---:|---:|---:|---:|---:|---|---|');
for (const [tag] of ELEMENTS) {
  const rs = results[tag];
  const longest = rs.map((r) => r.longestMs);
  const worst = [...rs].sort((a, b) => b.longestMs - a.longestMs).slice(0, 5);
  const by = (s) => rs.filter((r) => r.state === s).length;
  lines.push(
    `| ${tag} | ${rs.length} | ${ms(Math.max(...longest))} | ${ms(quantile(longest, 0.95))} | ${ms(quantile(longest, 0.5))} | ${ms(Math.max(...rs.map((r) => r.longtaskMs)))} | ${by('error')} / ${by('rendered')} / ${by('timeout')} | ${worst.map((r) => `${r.id} (${ms(r.longestMs)})`).join('; ')} |`,
  );
}
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
