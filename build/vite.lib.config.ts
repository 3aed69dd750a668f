import { defineConfig } from 'vite';
import { stripSchemaDocs } from './strip-schema-docs.js';
import { BROWSER_TARGETS } from './targets.js';

// The npm package's modules, for apps with their own bundler: dist/lib/index.js (classes, model,
// types; its one side effect gives the loader the checks: package.json lists it in sideEffects) and
// dist/lib/register.js (registers the tags). Dependencies stay imports.
export default defineConfig({
  plugins: [stripSchemaDocs()],
  build: {
    target: BROWSER_TARGETS,
    outDir: 'dist/lib',
    emptyOutDir: true,
    sourcemap: 'hidden',
    minify: false,
    lib: { entry: { index: 'src/index.ts', register: 'src/register.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^decimal\.js/],
      output: { chunkFileNames: 'kit-[hash].js' },
    },
  },
});
