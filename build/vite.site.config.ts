import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { stripSchemaDocs } from './strip-schema-docs.js';
import { BROWSER_TARGETS } from './targets.js';

/**
 * The static demo site, dist/site/: the demo pages as built HTML, with the data files and the
 * one-file bundles beside them at the same relative paths as in development (../data/, ../dist/), so
 * the embed-code builder's snippets and the embed page work when the folder is copied to any server.
 */
function copyAlongside(): Plugin {
  return {
    name: 'copy-data-and-bundles',
    closeBundle() {
      mkdirSync('dist/site/data', { recursive: true });
      for (const f of readdirSync('data')) if (f.endsWith('.json')) cpSync(`data/${f}`, `dist/site/data/${f}`);
      mkdirSync('dist/site/dist', { recursive: true });
      for (const f of ['budget-widgets.js', 'budget-widgets.iife.js', 'budget-widgets-resizer.js', 'integrity.json']) {
        cpSync(`dist/${f}`, `dist/site/dist/${f}`);
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [stripSchemaDocs(), copyAlongside()],
  build: {
    target: BROWSER_TARGETS,
    outDir: 'dist/site',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: 'demo/index.html',
        embed: 'demo/embed.html',
        csp: 'demo/csp.html',
        hostile: 'demo/hostile.html',
        convert: 'demo/convert.html',
      },
    },
  },
});
