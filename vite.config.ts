import { defineConfig } from 'vite';

// `vite` serves the demo (demo/index.html) on the founding department's data;
// `vite build` writes dist/budget-widgets.js, one self-contained ES module.
export default defineConfig({
  server: { open: '/demo/', port: 5173, strictPort: false },
  preview: { open: '/demo/' },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'budget-widgets.js',
    },
  },
});
