// The layers of src/ (docs/architecture.md): the model imports no UI strings and no elements, and no folder
// imports one that imports it back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';

const files = spawnSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .stdout.split('\n')
  .filter((f) => f.endsWith('.ts'));
const folder = (path) => path.split('/')[1];

/** Folder → the folders its files import (relative imports only; types included). */
function graph() {
  const edges = new Map();
  for (const f of files) {
    const from = folder(f);
    if (!f.slice(4).includes('/')) continue; // src/index.ts and the other entries sit above the layers
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*'(\.{1,2}\/[^']+)'/gm)) {
      const target = normalize(join(dirname(f), m[1]));
      if (!target.startsWith('src/')) continue;
      const to = folder(target);
      if (to !== from && target.slice(4).includes('/')) (edges.get(from) ?? edges.set(from, new Set()).get(from)).add(to);
    }
  }
  return edges;
}

test('src/model imports nothing from src/i18n or src/elements', () => {
  const model = graph().get('model') ?? new Set();
  assert.deepEqual(
    [...model].filter((t) => t === 'i18n' || t === 'elements'),
    [],
  );
});

test('no folder of src/ imports a folder that imports it back, directly or through others', () => {
  const edges = graph();
  const reach = (from, seen = new Set()) => {
    for (const to of edges.get(from) ?? []) if (!seen.has(to)) reach(to, seen.add(to));
    return seen;
  };
  const cycles = [...edges.keys()].filter((f) => reach(f).has(f));
  assert.deepEqual(cycles, [], `folders in a cycle: ${cycles.join(', ')}`);
});
