#!/usr/bin/env node
// Builds the files webmasters load (the ES module and classic bundles, the iframe resizer, each element's
// own pair) and their integrity.json into the folder given (default dist/), leaving the rest alone. The
// dev server runs it when those files are missing or older than the sources, so that the embed-code
// builder under `npm start` hands out code that loads. `npm run build` builds the same files itself.
import { build } from 'vite';
import { buildElements } from './build-elements.mjs';
import { writeIntegrity } from './element-files.mjs';

const outDir = process.argv[2] ?? 'dist';
for (const configFile of ['vite.config.ts', 'build/vite.resizer.config.ts']) {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: false } });
}
await buildElements(outDir);
writeIntegrity(outDir);
