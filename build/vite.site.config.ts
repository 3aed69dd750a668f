import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { distFiles } from './element-files.mjs';
import { stripSchemaDocs } from './strip-schema-docs.js';
import { BROWSER_TARGETS } from './targets.js';

/**
 * The static demo site, dist/site/: the demo pages as built HTML, with the data files and the
 * bundles (every element's, and each element's own files) beside them at the same relative paths as in development (../data/, ../dist/), so
 * the embed-code builder's snippets and the embed page work when the folder is copied to any server.
 * The bundles come from the folder above the site's (dist/ for dist/site/, /tmp/x/ for
 * `--outDir /tmp/x/site`), where `vite build` put them.
 */
function copyAlongside(): Plugin {
  let site = 'dist/site';
  return {
    name: 'copy-data-and-bundles',
    configResolved(config) {
      site = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      mkdirSync(join(site, 'data'), { recursive: true });
      for (const f of readdirSync('data')) if (f.endsWith('.json')) cpSync(`data/${f}`, join(site, 'data', f));
      // The catalogs of the directory (budget-kit catalog data -o data/catalog).
      mkdirSync(join(site, 'data', 'catalog'), { recursive: true });
      for (const f of readdirSync('data/catalog')) if (f.endsWith('.json')) cpSync(`data/catalog/${f}`, join(site, 'data', 'catalog', f));
      mkdirSync(join(site, 'dist'), { recursive: true });
      mkdirSync(join(site, 'dist', 'elements'), { recursive: true });
      for (const f of [...distFiles(), 'integrity.json']) {
        cpSync(join(dirname(site), f), join(site, 'dist', f));
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
