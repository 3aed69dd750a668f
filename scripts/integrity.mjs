#!/usr/bin/env node
// Writes dist/integrity.json: the sha384 Subresource Integrity hash of each file webmasters load from
// dist/ (the bundles, the resizer, each element's own files), and prints them, for <script integrity="…" crossorigin="anonymous">. Run after `vite build`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { distFiles } from '../build/element-files.mjs';

const FILES = distFiles();

const hashes = {};
for (const file of FILES) {
  const digest = createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64');
  hashes[file] = `sha384-${digest}`;
  console.log(`${file}  ${hashes[file]}`);
}
writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
console.log('written: dist/integrity.json');
