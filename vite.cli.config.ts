import { defineConfig } from 'vite';
import { stripSchemaDocs } from './build/strip-schema-docs.js';

// The `budget-kit` command, bundled for Node 20 with its dependencies inlined.
export default defineConfig({
  plugins: [stripSchemaDocs()],
  build: {
    ssr: 'src/cli/budget-kit.ts',
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'budget-kit.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
