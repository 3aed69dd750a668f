#!/usr/bin/env node
// Builds each element's own files into <outDir>/elements/ (default dist/): <tag>.js, an ES module, and
// <tag>.iife.js, a classic script. Each is the whole of what that element needs, in one file, with the
// same settings as the bundles of vite.config.ts (minified, ASCII only, schema prose left out): the tag
// (and the tags it shows inside it) registered, and the <div data-budget-widget> form upgraded. A page
// with one kind of element loads its file instead of all of them (docs/performance.md has the sizes).
import { join } from 'node:path';
import { build } from 'vite';
import { elementTags } from './element-files.mjs';

// Vite resolves a lib entry against the root, so the virtual id is matched by its end.
const PREFIX = 'virtual-budget-element-entry/';

/** The entry of one element's file, as a virtual module: its define.ts and the div upgrade. */
function elementEntry(tag) {
  return {
    name: 'budget-element-entry',
    resolveId: (id) => (id.endsWith(PREFIX + tag) ? `\0${PREFIX}${tag}` : null),
    load(id) {
      if (id !== `\0${PREFIX}${tag}`) return null;
      return [
        `import '/src/elements/${tag}/define.ts';`,
        `import { observeWidgets } from '/src/embed/upgrade.ts';`,
        `if (typeof document !== 'undefined' && document.documentElement) observeWidgets(document);`,
      ].join('\n');
    },
  };
}

/** Builds every element's pair; resolves with Vite's output of each, by tag (bench/size.mjs reads its modules). */
export async function buildElements(outDir = 'dist') {
  const outputs = new Map();
  for (const tag of elementTags()) {
    const result = await build({
      configFile: 'vite.config.ts',
      logLevel: 'warn',
      plugins: [elementEntry(tag)],
      build: {
        outDir: join(outDir, 'elements'),
        emptyOutDir: false,
        lib: {
          entry: PREFIX + tag,
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? `${tag}.js` : `${tag}.iife.js`),
        },
      },
    });
    outputs.set(tag, result);
  }
  return outputs;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildElements(process.argv[2]);
