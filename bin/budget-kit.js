#!/usr/bin/env node
// Thin launcher: the command itself is built from src/cli/budget-kit.ts into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/budget-kit.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('budget-kit is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
// A reader that stops early (`budget-kit import … | head`) closes the pipe: the report is cut short there,
// but the command still finishes its work (the JSON is written) instead of dying on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
