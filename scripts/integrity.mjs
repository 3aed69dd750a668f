#!/usr/bin/env node
// Writes dist/integrity.json: the sha384 Subresource Integrity hash of each file webmasters load from
// dist/ (the bundles, the resizer, each element's own files), and prints them, for
// <script integrity="…" crossorigin="anonymous">. Run after `vite build`.
import { writeIntegrity } from '../build/element-files.mjs';

for (const [file, sri] of Object.entries(writeIntegrity('dist'))) console.log(`${file}  ${sri}`);
console.log('written: dist/integrity.json');
