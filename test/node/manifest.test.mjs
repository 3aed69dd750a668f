// custom-elements.json is committed: it must be what the analyzer makes from the current source.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

test('custom-elements.json is up to date', () => {
  // The analyzer resolves --outdir against the working directory: use an ignored folder inside it.
  const dir = 'node_modules/.cache/cem-check';
  execSync(`npx cem analyze --outdir ${dir}`, { stdio: 'pipe' });
  const fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.deepEqual(committed, fresh, 'run `npm run analyze` and commit custom-elements.json');
});

test('the manifest documents <budget-tree>: attributes, event, parts and custom properties', () => {
  const m = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tree = m.modules.flatMap((x) => x.declarations ?? []).find((d) => d.tagName === 'budget-tree');
  assert.ok(tree);
  assert.deepEqual(
    tree.attributes.map((a) => a.name),
    [
      'theme',
      'large-text',
      'no-caption',
      'src',
      'compare-src',
      'link',
      'classification',
      'measure',
      'root',
      'depth',
      'unit',
      'lang',
      'view',
      'variance',
      'changes',
      'plan-src',
    ],
  );
  assert.deepEqual(
    tree.events.map((e) => e.name),
    ['budget-select'],
  );
  assert.ok(tree.cssParts.length >= 8);
  assert.ok(tree.cssProperties.every((p) => p.name.startsWith('--budget-')));
  assert.ok(tree.cssProperties.some((p) => p.name === '--budget-focus-width'));
});
