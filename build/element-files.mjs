// The files webmasters load from dist/, in one list: the bundles of every element, the iframe resizer,
// and each element's own pair (dist/elements/<tag>.js and .iife.js). integrity.json hashes these, the
// dev server rebuilds them when one is missing, and the demo site copies them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The elements with their own files: every folder of src/elements with a define.ts. */
export function elementTags(root = '.') {
  const dir = join(root, 'src/elements');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => d.name)
    .sort();
}

export const BUNDLES = ['budget-widgets.js', 'budget-widgets.iife.js', 'budget-widgets-resizer.js'];

/** Paths under dist/ of one element's ES module and classic script. */
export const elementFiles = (tag) => [`elements/${tag}.js`, `elements/${tag}.iife.js`];

/** Every file webmasters load, relative to dist/. */
export function distFiles(root = '.') {
  return [...BUNDLES, ...elementTags(root).flatMap(elementFiles)];
}

/** Writes <outDir>/integrity.json: the sha384 Subresource Integrity hash of each of those files. Returns the hashes. */
export function writeIntegrity(outDir = 'dist') {
  const hashes = {};
  for (const file of distFiles())
    hashes[file] = `sha384-${createHash('sha384')
      .update(readFileSync(join(outDir, file)))
      .digest('base64')}`;
  writeFileSync(join(outDir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}
