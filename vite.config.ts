import { defineConfig } from 'vite';
import { asciiOnly } from './build/ascii-only.js';
import { devDist } from './build/dev-dist.js';
import { minifyCssLiterals } from './build/minify-css-literals.js';
import { stripSchemaDocs } from './build/strip-schema-docs.js';
import { BROWSER_TARGETS } from './build/targets.js';

// `vite` serves the demo (demo/index.html, at /demo/) on the founding department's data, and the built
// bundles at /dist/ as they are (build/dev-dist.ts builds them first when they are missing or stale);
// `vite build` writes the two one-file bundles webmasters load, both from src/bundle.ts:
// dist/budget-widgets.js (ES module) and dist/budget-widgets.iife.js (classic script, global BudgetWidgets).
export default defineConfig({
  plugins: [stripSchemaDocs(), minifyCssLiterals(), asciiOnly(), devDist()],
  server: { open: '/demo/', port: 5173, strictPort: false },
  preview: { open: '/demo/' },
  build: {
    target: BROWSER_TARGETS,
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for the demo site and debugging, but the bundles do not point to them: the npm
    // package leaves them out, and a reference to a missing file is an error in every devtools.
    sourcemap: 'hidden',
    minify: true,
    // Lib mode keeps whitespace in ES output for tree-shaking; webmasters load this file directly, so
    // have the bundler minify it fully. One file each: dynamic imports are inlined (no code splitting).
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
    lib: {
      entry: 'src/bundle.ts',
      name: 'BudgetWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'budget-widgets.js' : 'budget-widgets.iife.js'),
    },
  },
});
