#!/usr/bin/env node
// Cumulative layout shift while the widgets load, on a throttled profile, in Debian's Chromium.
//
// It builds what webmasters get (the one-file bundles, and the demo site as `npm run build:site` makes it)
// into a temporary folder, never into dist/, and serves it with a small static server of its own (gzip, as
// ordinary web servers do). Pages: the demo, and two CMS-like article pages with one widget and text after
// it (bench/cls-summary.html, bench/cls-tree.html), at 1280×800 and 375×800. Each run is a fresh browser
// context with "Fast 3G"-like network (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT) and a 4× slower CPU.
// CLS is the largest session window of `layout-shift` entries without recent input (as web-vitals and
// Lighthouse count it), read until every widget has rendered (or failed) plus 2 s; "all" is the sum of
// every shift. Prints a Markdown table of medians.
//
// Usage: node bench/cls.mjs [runs=3] [--site DIR] [--no-cpu] [--reduced-motion] [--verbose] [--page NAME] [--no-page-rule] [--heights | --shots DIR]
//   --site DIR  serve an existing build instead (e.g. dist/site, made by `npm run build`, which builds the
//               bundles first and then the site with them; bench pages are served from bench/)
//   --no-cpu    network throttling only
//   --reduced-motion  with prefers-reduced-motion: reduce (no fade of the loading shapes)
//   --verbose   every shift, with the nodes that moved (y before → after)
//   --no-page-rule  only the pages as they are, not also with PAGE_RULE (below) added
//   --heights   instead of CLS: each element's loaded height at both widths with both data files
//   --shots DIR instead of CLS: screenshots of each page loading (its data held back) and loaded
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, loadConfigFromFile } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const CPU_RATE = flag('--no-cpu') ? 1 : 4;
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 800 },
];
const TAGS = ['budget-summary', 'budget-tree', 'budget-table', 'kpi-card', 'procurement-table'];
const PAGES = [
  // The demo adds its standard tables once the data is in: wait for them too.
  { name: 'demo', path: '/demo/index.html', also: '#tables budget-table' },
  { name: 'one <budget-summary>', path: '/bench/cls-summary.html' },
  { name: 'one <budget-tree>', path: '/bench/cls-tree.html' },
];
/**
 * What a page can add so that the space is kept before the script has run, too (the elements' own
 * reservation starts only once they are defined): the embed-code builder's optional style blocks of the
 * five elements together (RESERVE in demo/builder-snippets.ts; keep the two alike), in the variant
 * "+ page rule" of every page.
 */
const PAGE_RULE = `
budget-summary:not(:defined), budget-tree:not(:defined), budget-table:not(:defined), kpi-card:not(:defined), procurement-table:not(:defined) { display: block; min-height: 24em; }
budget-summary:not(:defined) { min-height: 62em; }
budget-table:not(:defined) { min-height: 28em; }
budget-tree:not(:defined)::before { content: ''; display: block; width: min(100%, 40em); aspect-ratio: 1; }
budget-tree:not(:defined) { min-height: 0; padding: 2.75em 0 2.5em; }
@media (max-width: 40em) { budget-summary:not(:defined) { min-height: 128em; } }
@media (max-width: 50em) { budget-tree:not(:defined)::after { content: ''; display: block; height: 18em; } }
`;
const VARIANTS = flag('--no-page-rule') ? [false] : [false, true];

/** `--page NAME`: only the pages whose name contains NAME. */
const CHOSEN = option('--page') ? PAGES.filter((p) => p.name.includes(option('--page'))) : PAGES;

// ---- what is served ----

/** Builds the bundles and the demo site of the working tree into a temporary folder. */
async function buildAll() {
  const out = mkdtempSync(join(tmpdir(), 'budget-cls-'));
  const quiet = { logLevel: 'warn', configFile: false };
  const from = async (file) => (await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, file), ROOT, 'warn')).config;
  const lib = await from('vite.config.ts');
  await build({ ...lib, ...quiet, root: ROOT, build: { ...lib.build, outDir: join(out, 'dist'), emptyOutDir: true } });
  const site = await from('build/vite.site.config.ts');
  // The site config's own copy step writes into dist/site: leave it out, the server maps /data and /dist.
  const plugins = site.plugins.flat().filter((p) => p && p.name !== 'copy-data-and-bundles');
  await build({ ...site, ...quiet, root: ROOT, plugins, build: { ...site.build, outDir: join(out, 'site'), emptyOutDir: true } });
  return {
    out,
    mounts: [
      ['/bench/', join(ROOT, 'bench')],
      ['/dist/', join(out, 'dist')],
      ['/data/', join(ROOT, 'data')],
      ['/', join(out, 'site')],
    ],
  };
}

/** The page variant "+ page rule": PAGE_RULE added to its head. */
function withPageRule(file, url, type) {
  if (!type.startsWith('text/html') || !url.searchParams.has('page-rule')) return undefined;
  return readFileSync(file, 'utf8').replace('</head>', `<style>${PAGE_RULE}</style></head>`);
}

// ---- in the page ----

/** Installed before any script of the page: records every layout shift from the start. */
function observeShifts() {
  window.__shifts = [];
  const describe = (n) =>
    n ? n.nodeName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.getAttribute?.('aria-labelledby') ? `[${n.getAttribute('aria-labelledby')}]` : '') : '?';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const what = (e.sources ?? []).map((s) => `${describe(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
      window.__shifts.push({ t: e.startTime, v: e.value, what });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Resolves with the time (ms from navigation) at which every widget had rendered its content or an error. */
function widgetsReady([tags, also]) {
  const settled = (el) => el.shadowRoot && ['complete', 'error'].includes(el.budget?.status) && !el.isUpdatePending;
  return new Promise((ok) => {
    const check = () => {
      const els = [...document.querySelectorAll(tags.join(','))];
      if (els.length && els.every(settled) && (!also || document.querySelector(also))) ok(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** The CLS of web-vitals: the largest session window (gaps under 1 s, at most 5 s long). */
function largestWindow(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    if (t - last < 1000 && t - first < 5000) sum += v;
    else {
      sum = v;
      first = t;
    }
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

async function throttledPage(browser, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: flag('--reduced-motion') ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  if (CPU_RATE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  return { context, page };
}

async function once(browser, base, pageDef, viewport, withRule) {
  const { context, page } = await throttledPage(browser, viewport);
  await page.addInitScript(observeShifts);
  await page.goto(base + pageDef.path + (withRule ? '?page-rule' : ''), { waitUntil: 'commit' });
  const ready = await page.evaluate(widgetsReady, [TAGS, pageDef.also]);
  await page.waitForTimeout(2000);
  const shifts = await page.evaluate(() => window.__shifts);
  await context.close();
  return { cls: largestWindow(shifts), all: shifts.reduce((s, x) => s + x.v, 0), ready, count: shifts.length, shifts };
}

/** Loaded heights of every element at both widths and with both data files, in px and in em of the host. */
async function heights(browser, base) {
  const files = ['xushui-administrative-approval-2024.json', 'shanghai-putuo-commerce-2025.json'];
  const cases = [
    ['budget-summary', ''],
    ['budget-tree', ''],
    ['budget-tree', 'view="table"'],
    ['kpi-card', ''],
    ['kpi-card', 'project="*"'],
    ['procurement-table', ''],
    ['budget-table', 'table="summary"'],
    ['budget-table', 'table="basicEconomic"'],
  ];
  const rows = [];
  for (const { width } of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + '/bench/cls-summary.html');
    for (const [tag, attrs] of cases) {
      for (const f of files) {
        const h = await page.evaluate(
          async ([tag, attrs, f]) => {
            let probe = document.getElementById('probe');
            if (!probe) {
              probe = Object.assign(document.createElement('div'), { id: 'probe' });
              document.querySelector('budget-summary').replaceWith(probe);
            }
            probe.innerHTML = `<${tag} src="../data/${f}" ${attrs}></${tag}>`;
            const el = probe.firstElementChild;
            await customElements.whenDefined(tag);
            while (!['complete', 'error'].includes(el.budget?.status) || el.isUpdatePending) await new Promise((r) => setTimeout(r, 20));
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            const px = el.getBoundingClientRect().height;
            const em = parseFloat(getComputedStyle(el).fontSize);
            const w = el.getBoundingClientRect().width;
            return { px, em: px / em, w };
          },
          [tag, attrs, f],
        );
        rows.push(
          `| ${tag}${attrs ? ' ' + attrs : ''} | ${f.split('-').slice(0, 2).join('-')} | ${width} (${h.w.toFixed(0)} px wide) | ${h.px.toFixed(0)} | ${h.em.toFixed(1)} |`,
        );
      }
    }
    await context.close();
  }
  console.log('| element | data | viewport | height px | height em |\n|---|---|---|---:|---:|\n' + rows.join('\n'));
}

/** Screenshots of the loading state (data held back until taken) and of the loaded page, into `dir`. */
async function shots(browser, base, dir) {
  for (const p of PAGES) {
    for (const vp of VIEWPORTS) {
      const context = await browser.newContext({ viewport: vp });
      const page = await context.newPage();
      let release;
      const held = new Promise((ok) => (release = ok));
      await page.route('**/data/*.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(base + p.path);
      await page.waitForFunction((tags) => [...document.querySelectorAll(tags.join(','))].some((el) => el.budget?.status === 'pending'), TAGS);
      await page.waitForTimeout(300);
      const name = `${dir}/${p.path.split('/').pop().replace('.html', '')}-${vp.width}`;
      await page.screenshot({ path: `${name}-loading.png` });
      release();
      await page.evaluate(widgetsReady, [TAGS, p.also]);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${name}-loaded.png` });
      await context.close();
    }
  }
  console.log(`screenshots in ${dir}`);
}

// ---- the run ----

const siteDir = option('--site');
let served;
if (siteDir) {
  const dir = resolve(siteDir);
  if (!existsSync(join(dir, 'demo/index.html'))) {
    console.error(`${siteDir} has no demo/index.html: build it with \`npm run build\` (bundles first, then the site), or run without --site.`);
    process.exit(1);
  }
  served = {
    mounts: [
      ['/bench/', join(ROOT, 'bench')],
      ['/', dir],
    ],
  };
} else {
  served = await buildAll();
}
const server = await serve(served.mounts, withPageRule);
const base = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChromium() ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  if (flag('--heights')) await heights(browser, base);
  else if (option('--shots')) await shots(browser, base, resolve(option('--shots')));
  else {
    const lines = ['| page | viewport | CLS | all shifts | shifts | time to widget (s) |', '|---|---|---:|---:|---:|---:|'];
    for (const p of CHOSEN) {
      for (const withRule of VARIANTS) {
        for (const vp of VIEWPORTS) {
          const name = `${p.name}${withRule ? ' + page rule' : ''}`;
          const runs = [];
          for (let r = 0; r < RUNS; r++) {
            const res = await once(browser, base, p, vp, withRule);
            runs.push(res);
            process.stderr.write(
              `${name} ${vp.width}: CLS ${res.cls.toFixed(3)} (all ${res.all.toFixed(3)}, ${res.count} shifts), widgets at ${(res.ready / 1000).toFixed(2)} s\n`,
            );
            if (flag('--verbose')) for (const x of res.shifts) process.stderr.write(`  ${(x.t / 1000).toFixed(2)} s ${x.v.toFixed(3)}: ${x.what.join(', ')}\n`);
          }
          const m = (k) => median(runs.map((x) => x[k]));
          lines.push(
            `| ${name} | ${vp.width}×${vp.height} | ${m('cls').toFixed(3)} | ${m('all').toFixed(3)} | ${m('count')} | ${(m('ready') / 1000).toFixed(2)} |`,
          );
        }
      }
    }
    const chrome = execSync(`${executablePath} --version 2>/dev/null`).toString().trim();
    console.log(
      `${chrome}, Node ${process.version}; network 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT${CPU_RATE > 1 ? `, CPU ${CPU_RATE}× slower` : ''}; ` +
        `${siteDir ? `site ${siteDir}` : 'bundles and site built from the working tree'}; medians of ${RUNS} runs, each in a fresh context.\n`,
    );
    console.log(lines.join('\n'));
  }
} finally {
  await browser.close();
  server.close();
  if (served.out) rmSync(served.out, { recursive: true, force: true });
}
