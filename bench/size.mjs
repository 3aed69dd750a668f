#!/usr/bin/env node
// Gzipped size of the kit's ES bundle (every element and its dependencies) and, for comparison, of a
// minimal tree-shaken ECharts sunburst bundle built the same way. Usage: node bench/size.mjs
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

await build({ logLevel: 'warn' });
const ours = 'dist/budget-widgets.js';

const out = 'bench/dist-size';
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'bench/echarts-sunburst-min.ts', formats: ['es'], fileName: () => 'echarts-sunburst.js' },
  },
});
const peer = `${out}/echarts-sunburst.js`;

const rows = [
  ['budget-widgets.js (all elements, model, loader)', readFileSync(ours).length, gz(ours)],
  ['ECharts minimal sunburst (core + SunburstChart + Tooltip + SVGRenderer)', readFileSync(peer).length, gz(peer)],
];
console.log('| bundle | minified | gzipped |');
console.log('|---|---:|---:|');
for (const [name, raw, z] of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(z)} |`);
console.log(`\nratio (gzipped): ${(rows[0][2] / rows[1][2]).toFixed(2)}×`);
rmSync(out, { recursive: true, force: true });
