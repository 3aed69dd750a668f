import { defineConfig } from 'vite';
import { stripSchemaDocs } from './build/strip-schema-docs.js';

// `vite` serves the demo (demo/index.html) on the founding department's data;
// `vite build` writes dist/budget-widgets.js, one self-contained ES module.
export default defineConfig({
  plugins: [stripSchemaDocs()],
  server: { open: '/demo/', port: 5173, strictPort: false },
  preview: { open: '/demo/' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    // Lib mode keeps whitespace in ES output for tree-shaking; webmasters load this file directly, so
    // have the bundler minify it fully.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'budget-widgets.js',
    },
  },
});
