import { defineConfig } from 'vite';
import { asciiOnly } from './ascii-only.js';
import { BROWSER_TARGETS } from './targets.js';

// dist/budget-widgets-resizer.js: the host-page script for iframe embeds (src/embed/resizer.ts).
export default defineConfig({
  plugins: [asciiOnly()],
  build: {
    target: BROWSER_TARGETS,
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'src/embed/resizer.ts', name: 'BudgetWidgetsResizer', formats: ['iife'], fileName: () => 'budget-widgets-resizer.js' },
  },
});
