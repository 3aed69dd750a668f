import { defineConfig } from 'vite';
import { stripSchemaDocs } from './build/strip-schema-docs.js';

// The `budget-kit` command, bundled for Node 20 with its dependencies inlined, except PDF.js: it loads its
// own worker module at run time, so it stays a dependency resolved from node_modules.
export default defineConfig({
  plugins: [stripSchemaDocs()],
  build: {
    ssr: 'src/cli/budget-kit.ts',
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    rollupOptions: { external: [/^pdfjs-dist(\/|$)/], output: { entryFileNames: 'budget-kit.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
