#!/usr/bin/env node
// What a page downloads: the gzipped size of the kit's bundles (every element) and of each element's own
// files (dist/elements/<tag>.js and .iife.js), next to a minimal tree-shaken ECharts sunburst built the
// same way, with the goals of issue 22; then where each element file's bytes go, by part of the kit.
// Usage: node bench/size.mjs
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildElements } from '../build/build-elements.mjs';
import { elementTags } from '../build/element-files.mjs';

const GOAL_ALL = 50 * 1024;
const GOAL_ONE = 35 * 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (n, goal) => (n <= goal ? 'met' : `not met (${kb(n - goal)} over)`);

// Built as `npm run build` builds them, into a folder of the bench's own, so that dist/ (the CLI, the
// package modules, the demo site) is left as it is.
const out = 'bench/dist-size';
const kit = `${out}/kit`;
await build({ logLevel: 'warn', build: { outDir: kit, emptyOutDir: true } });
await build({ configFile: 'build/vite.resizer.config.ts', logLevel: 'warn', build: { outDir: kit, emptyOutDir: false } });
const elementOutputs = await buildElements(kit);
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: `${out}/peer`,
    emptyOutDir: true,
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'bench/echarts-sunburst-min.ts', formats: ['es'], fileName: () => 'echarts-sunburst.js' },
  },
});
const size = (path) => {
  const b = readFileSync(path);
  return { raw: b.length, gz: gz(b) };
};
const peer = size(`${out}/peer/echarts-sunburst.js`);
const all = size(`${kit}/budget-widgets.js`);

console.log('| bundle | minified | gzipped | vs ECharts | goal |');
console.log('|---|---:|---:|---:|---|');
const row = (name, s, goal) => console.log(`| ${name} | ${kb(s.raw)} | ${kb(s.gz)} | ${(s.gz / peer.gz).toFixed(2)}× | ${goal ?? ''} |`);
row('`budget-widgets.js` (ES module: every element, the model, the loader, the div upgrade)', all, `≤ 50 KB: ${verdict(all.gz, GOAL_ALL)}`);
row('`budget-widgets.iife.js` (classic script, the same)', size(`${kit}/budget-widgets.iife.js`));
row('`budget-widgets-resizer.js` (host page of iframe embeds)', size(`${kit}/budget-widgets-resizer.js`));
row('ECharts minimal sunburst (core + SunburstChart + Tooltip + SVGRenderer)', peer);

console.log("\nEach element's own file (what a page with that element alone downloads):\n");
console.log('| element | `elements/<tag>.js` gzipped | `.iife.js` gzipped | vs ECharts | goal ≤ 35 KB |');
console.log('|---|---:|---:|---:|---|');
const tags = elementTags();
for (const tag of tags) {
  const es = size(`${kit}/elements/${tag}.js`);
  const iife = size(`${kit}/elements/${tag}.iife.js`);
  const worst = Math.max(es.gz, iife.gz);
  console.log(`| \`<${tag}>\` | ${kb(es.gz)} | ${kb(iife.gz)} | ${(es.gz / peer.gz).toFixed(2)}× | ${verdict(worst, GOAL_ONE)} |`);
}

/** The part of the kit a module belongs to, for the table of where the bytes go. */
function part(id) {
  if (/\.json$/.test(id)) return 'schema and code list (JSON)';
  const pkg = id.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return /^(@lit\/|lit)/.test(pkg[1]) ? 'lit' : pkg[1].startsWith('d3-') ? 'd3' : pkg[1];
  const p = id.replace(/^.*?src\//, '');
  if (p.startsWith('model/rules/') || p === 'model/reconcile.ts') return 'checks (the rules)';
  if (p.startsWith('i18n/') || p.endsWith('/strings.ts') || p === 'model/messages.ts') return 'strings and messages (zh-CN and en)';
  if (p.startsWith('styles/') || p.endsWith('.styles.ts')) return 'styles (CSS)';
  if (p.startsWith('model/') || p.startsWith('layout/')) return 'model and layout (tables, money, validation…)';
  if (/^elements\/[a-z-]+\//.test(p)) return 'the element itself';
  return 'loader, base element, div upgrade';
}

/**
 * Gzipped KB by part of one element's ES file: each part's share of the file, from the size of its modules'
 * code gzipped on its own (before minifying: Vite reports modules so), scaled to the file's real size.
 */
function parts(result, file) {
  const chunk = [result].flat()[0].output.find((o) => o.type === 'chunk' && o.isEntry);
  const raw = new Map();
  for (const [id, m] of Object.entries(chunk.modules)) if (m.code) raw.set(part(id), (raw.get(part(id)) ?? '') + m.code);
  const est = new Map([...raw].map(([p, t]) => [p, gz(Buffer.from(t))]));
  const sum = [...est.values()].reduce((a, b) => a + b, 0);
  const real = gz(readFileSync(file));
  return new Map([...est].map(([p, n]) => [p, (n / sum) * real]));
}

const byTag = new Map(tags.map((t) => [t, parts(elementOutputs.get(t), `${kit}/elements/${t}.js`)]));
const names = [...new Set([...byTag.values()].flatMap((m) => [...m.keys()]))].sort(
  (a, b) => Math.max(...[...byTag.values()].map((m) => m.get(b) ?? 0)) - Math.max(...[...byTag.values()].map((m) => m.get(a) ?? 0)),
);
console.log("\nWhere each element's ES file goes, gzipped KB (each part's share, estimated from its modules gzipped alone):\n");
console.log(`| part | ${tags.map((t) => `\`${t}\``).join(' | ')} |`);
console.log(`|---|${tags.map(() => '---:').join('|')}|`);
for (const n of names) console.log(`| ${n} | ${tags.map((t) => ((byTag.get(t).get(n) ?? 0) / 1024).toFixed(1)).join(' | ')} |`);
rmSync(out, { recursive: true, force: true });
