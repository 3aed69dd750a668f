import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The real budget files the directory bench's synthetic catalogs point at, served as /data/<name> by the build. */
export const DIRECTORY_BENCH_FILES = [
  'shanghai-putuo-wanli-2024-budget.json',
  'shanghai-putuo-finance-2025-budget.json',
  'shanghai-putuo-justice-2026-budget.json',
];

/** Copies those files from data/ into the build output (bench/dist/data/), where `vite preview` serves them. */
function benchData(): Plugin {
  return {
    name: 'bench-data',
    apply: 'build',
    generateBundle() {
      for (const name of DIRECTORY_BENCH_FILES)
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(resolve(import.meta.dirname, '../data', name)) });
    },
  };
}

// Builds the benchmark pages (production code, minified) into bench/dist.
export default defineConfig({
  root: resolve(import.meta.dirname),
  logLevel: 'warn',
  plugins: [benchData()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        'tree-bench': resolve(import.meta.dirname, 'tree-bench.html'),
        'directory-bench': resolve(import.meta.dirname, 'directory-bench.html'),
      },
    },
  },
});
