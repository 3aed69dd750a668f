import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the benchmark page (production code, minified) into bench/dist.
export default defineConfig({
  root: resolve(import.meta.dirname),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(import.meta.dirname, 'tree-bench.html') },
  },
});
