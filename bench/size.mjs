#!/usr/bin/env node
// Gzipped size of the kit's ES bundle (every element and its dependencies) and, for comparison, of a
// minimal tree-shaken ECharts sunburst bundle built the same way. Usage: node bench/size.mjs
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Built as `npm run build` builds them, into a folder of the bench's own, so that dist/ (the CLI, the
// package modules, the demo site) is left as it is.
const out = 'bench/dist-size';
const kit = `${out}/kit`;
await build({ logLevel: 'warn', build: { outDir: kit, emptyOutDir: true } });
await build({ configFile: 'build/vite.resizer.config.ts', logLevel: 'warn', build: { outDir: kit, emptyOutDir: false } });
const ours = `${kit}/budget-widgets.js`;

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
const peer = `${out}/peer/echarts-sunburst.js`;

const file = (name, path) => [name, readFileSync(path).length, gz(path)];
const es = file('budget-widgets.js (ES module: all elements, model, loader, div upgrade)', ours);
const rows = [
  es,
  file('budget-widgets.iife.js (classic script, same content)', `${kit}/budget-widgets.iife.js`),
  file('budget-widgets-resizer.js (host page of iframe embeds)', `${kit}/budget-widgets-resizer.js`),
  file('ECharts minimal sunburst (core + SunburstChart + Tooltip + SVGRenderer)', peer),
];
console.log('| bundle | minified | gzipped |');
console.log('|---|---:|---:|');
for (const [name, raw, z] of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(z)} |`);
console.log(
  `\nratio (gzipped), ES bundle / ECharts: ${(es[2] / rows[3][2]).toFixed(2)}×; goal 50 KB: ${es[2] <= 50 * 1024 ? 'met' : `not met (${kb(es[2] - 50 * 1024)} over)`}`,
);
rmSync(out, { recursive: true, force: true });
