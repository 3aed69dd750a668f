#!/usr/bin/env node
// Time to the first widget on a slow mobile profile, in Debian's Chromium: an ordinary article page with
// one <budget-summary> (bench/cls-summary.html), pasted in the ways the embed-code builder has given.
//
// It builds what webmasters load (build/build-bundles.mjs: the bundles, the resizer, each element's own
// files) into a temporary folder and serves it with bench/static-server.mjs (gzip, no cache). Each run is a
// fresh browser context with a "Slow 3G"-like network set through CDP (400 kbit/s down and up, 400 ms
// RTT) and a 4× slower CPU, as Lighthouse's mobile profile has. Measured from the navigation's start:
// the first paint, when the element is defined, and when it shows the data (status complete, rendered,
// then one frame). Also what crossed the network (encoded bytes) and how often the data was requested
// (a preload the loader does not reuse would show 2). Variants are interleaved; medians are printed.
//
// Usage: node bench/load.mjs [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/chromium-path.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const KBIT = 1000 / 8;
const NETWORK = { offline: false, latency: 400, downloadThroughput: 400 * KBIT, uploadThroughput: 400 * KBIT };
const CPU_RATE = 4;
const DATA = '/data/xushui-administrative-approval-2024.json';
const preload = `<link rel="preload" href="${DATA}" as="fetch" crossorigin="anonymous" />`;

/** What goes in the page's <head>, by variant: the first two are what the builder gave before issue 22. */
const VARIANTS = [
  { name: 'all elements, module', before: true, head: '<script type="module" src="/dist/budget-widgets.js"></script>' },
  { name: 'all elements, classic', before: true, head: '<script src="/dist/budget-widgets.iife.js" defer></script>' },
  { name: "the element's own file, module", head: '<script type="module" src="/dist/elements/budget-summary.js"></script>' },
  { name: 'own file, module + data preload', head: `${preload}\n<script type="module" src="/dist/elements/budget-summary.js"></script>` },
  { name: 'own file, classic + data preload', head: `${preload}\n<script src="/dist/elements/budget-summary.iife.js" defer></script>` },
];

const out = mkdtempSync(join(tmpdir(), 'budget-load-'));
const built = spawnSync(process.execPath, ['build/build-bundles.mjs', join(out, 'dist')], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const template = readFileSync(join(ROOT, 'bench/cls-summary.html'), 'utf8')
  .replace(/<script type="module" src="\.\.\/dist\/budget-widgets\.js"><\/script>/, '<!--HEAD-->')
  .replace(/\.\.\/data\//g, '/data/');
if (!template.includes('<!--HEAD-->')) throw new Error('bench/cls-summary.html no longer has the script tag this bench replaces');

const page = (file, url) => {
  if (!url.pathname.startsWith('/load/')) return undefined;
  const v = VARIANTS[Number(url.searchParams.get('v'))];
  return v ? template.replace('<!--HEAD-->', v.head) : undefined;
};
const server = await serve(
  [
    ['/dist/', join(out, 'dist')],
    ['/data/', join(ROOT, 'data')],
    // Any existing file stands for the generated page (the rewrite gives its text).
    ['/load/', join(ROOT, 'bench')],
  ],
  page,
);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** In the page: resolves with the times (ms from navigation) of the element being defined and showing its data. */
function widgetTimes() {
  return new Promise((ok) => {
    let defined;
    const check = () => {
      const el = document.querySelector('budget-summary');
      if (defined === undefined && customElements.get('budget-summary')) defined = performance.now();
      if (el?.shadowRoot && el.budget?.status === 'complete' && !el.isUpdatePending && el.shadowRoot.querySelector('[part~="section"]')) {
        requestAnimationFrame(() => {
          const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
          ok({ shown: performance.now(), defined, fcp: paint?.startTime });
        });
      } else requestAnimationFrame(check);
    };
    check();
  });
}

async function once(v) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  let bytes = 0;
  let dataRequests = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  cdp.on('Network.requestWillBeSent', (e) => {
    if (new URL(e.request.url).pathname === DATA) dataRequests++;
  });
  await tab.goto(`${base}/load/cls-summary.html?v=${VARIANTS.indexOf(v)}`, { waitUntil: 'commit' });
  const t = await tab.evaluate(widgetTimes);
  await context.close();
  return { ...t, bytes, dataRequests };
}

const results = new Map(VARIANTS.map((v) => [v, []]));
for (let r = 0; r < RUNS; r++) for (const v of VARIANTS) results.get(v).push(await once(v));
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = (x) => (Number.isNaN(x) ? '' : x.toFixed(0));
const before = Math.min(...VARIANTS.filter((v) => v.before).map((v) => median(results.get(v).map((x) => x.shown))));
console.log(`Slow 3G-like (400 kbit/s, 400 ms RTT), CPU ×${CPU_RATE}, 375×800; medians of ${RUNS}; data ${DATA}\n`);
console.log('| page | first paint (ms) | element defined (ms) | widget shown (ms) | vs the faster "before" | KB transferred | data requests |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const v of VARIANTS) {
  const rs = results.get(v);
  const shown = median(rs.map((x) => x.shown));
  console.log(
    `| ${v.name}${v.before ? ' (before)' : ''} | ${ms(median(rs.map((x) => x.fcp)))} | ${ms(median(rs.map((x) => x.defined)))} | ${ms(shown)} | ${(shown / before).toFixed(2)}× | ${(median(rs.map((x) => x.bytes)) / 1024).toFixed(1)} | ${Math.max(...rs.map((x) => x.dataRequests))} |`,
  );
}
const best = Math.min(...VARIANTS.filter((v) => !v.before).map((v) => median(results.get(v).map((x) => x.shown))));
console.log(
  `\ngoal: time to the first widget halved (≤ 0.50× of ${ms(before)} ms): ${best <= before / 2 ? 'met' : 'not met'} (${(best / before).toFixed(2)}×)`,
);
