// What the npm package and the one-file bundles promise, checked on the output of `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { distFiles, elementTags } from '../../build/element-files.mjs';

const read = (f) => readFileSync(f, 'utf8');
const pkg = JSON.parse(read('package.json'));
/** Every file webmasters load: the bundles, the resizer and each element's own pair. */
const BUNDLES = distFiles();

test('src/version.ts holds the package version', () => {
  assert.match(read('src/version.ts'), new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('dist/integrity.json holds the sha384 of each bundle as built', () => {
  const integrity = JSON.parse(read('dist/integrity.json'));
  assert.deepEqual(Object.keys(integrity).sort(), [...BUNDLES].sort());
  for (const file of BUNDLES) {
    const digest = createHash('sha384')
      .update(readFileSync(`dist/${file}`))
      .digest('base64');
    assert.equal(integrity[file], `sha384-${digest}`, file);
  }
});

test('the bundles are single self-contained files in ASCII (safe in GBK pages)', () => {
  for (const file of BUNDLES) {
    const code = read(`dist/${file}`);
    assert.doesNotMatch(code, /\bimport\s*\(/, `${file} has a dynamic import`);
    assert.doesNotMatch(code, /^\s*import[\s{*]/m, `${file} imports another module`);
    assert.doesNotMatch(code, /[^\x00-\x7f]/, `${file} has non-ASCII characters`);
  }
  assert.match(read('dist/budget-widgets.iife.js'), /^var BudgetWidgets=/);
  // An element's classic script sets no global: a page may load it beside the bundle.
  assert.match(read('dist/elements/budget-tree.iife.js'), /^\(function\(\)\{/);
});

test("each element's own file is there, and smaller than the bundle of every element", () => {
  assert.deepEqual(elementTags(), ['budget-directory', 'budget-document', 'budget-summary', 'budget-table', 'budget-tree', 'kpi-card', 'procurement-table']);
  const all = readFileSync('dist/budget-widgets.js').length;
  for (const tag of elementTags()) {
    for (const file of [`dist/elements/${tag}.js`, `dist/elements/${tag}.iife.js`]) assert.ok(readFileSync(file).length < all, file);
  }
});

test('the widget bundles hold no importer and no PDF.js (only the command and the converter page load them)', () => {
  for (const f of BUNDLES.filter((b) => !b.includes('resizer')).map((b) => `dist/${b}`)) {
    const text = readFileSync(f, 'utf8');
    assert.doesNotMatch(text, /GlobalWorkerOptions|pdfjs|PDFDocumentProxy/, f);
    assert.doesNotMatch(text, /财政项目支出绩效目标|readDisclosure/, f);
  }
});

test('the bundles use no built-in newer than the documented floor (Chrome/Edge 90, Firefox 90, Safari 14.1)', () => {
  // Syntax is lowered by the build; built-ins are not polyfilled, so they must not appear at all.
  const newer = {
    'Object.hasOwn': /Object\.hasOwn\b/,
    '.at()': /\.at\(/,
    findLast: /\.findLast(Index)?\(/,
    structuredClone: /\bstructuredClone\(/,
    'Object.groupBy': /\b(Object|Map)\.groupBy\(/,
    toSorted: /\.to(Sorted|Reversed|Spliced)\(/,
    'static {}': /\bstatic\s*\{/,
  };
  for (const file of BUNDLES) {
    const code = read(`dist/${file}`);
    for (const [name, re] of Object.entries(newer)) assert.doesNotMatch(code, re, `${file} uses ${name}`);
  }
});

test('every path package.json names exists after the build', () => {
  const paths = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  for (const v of Object.values(pkg.exports)) paths.push(...(typeof v === 'string' ? [v] : Object.values(v)));
  // A pattern (./elements/*) names a folder of files.
  for (const p of paths) assert.ok(existsSync(p.includes('*') ? dirname(p) : p), p);
});

test('the type declarations map every tag of custom-elements.json to its class', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d.name, m.path]));
  assert.equal(tags.length, 7);
  for (const [tag, name, path] of tags) {
    const dts = read(path.replace(/^src\//, 'dist/types/').replace(/\.ts$/, '.d.ts'));
    assert.match(dts, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'${tag}': ${name};`), tag);
  }
  assert.match(read('dist/types/index.d.ts'), /export \{ BudgetTree \}/);
  // the register entry alone brings the tag map along
  for (const [, name] of tags) assert.match(read('dist/types/register.d.ts'), new RegExp(`export type \\{ ${name} \\}`), name);
});

test('the static demo site has its pages, the data and the bundles beside them', () => {
  for (const f of ['index.html', 'embed.html', 'csp.html', 'hostile.html']) assert.ok(existsSync(`dist/site/demo/${f}`), f);
  for (const f of ['xushui-administrative-approval-2024.json', 'shanghai-putuo-commerce-2025.json']) assert.ok(existsSync(`dist/site/data/${f}`), f);
  for (const f of [...BUNDLES, 'integrity.json']) assert.ok(existsSync(`dist/site/dist/${f}`), f);
  assert.match(read('dist/site/demo/csp.html'), /require-trusted-types-for 'script'/);
});

test('npm pack ships the bundles, modules, types and manifest, and not the demo site or source maps', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = JSON.parse(r.stdout)[0].files.map((f) => f.path);
  for (const f of [
    'dist/budget-widgets.js',
    'dist/budget-widgets.iife.js',
    'dist/budget-widgets-resizer.js',
    'dist/integrity.json',
    'dist/lib/index.js',
    'dist/lib/register.js',
    'dist/types/index.d.ts',
    'dist/types/register.d.ts',
    'custom-elements.json',
    'schema/budget.schema.json',
    'bin/budget-kit.js',
    'dist/cli/budget-kit.js',
  ]) {
    assert.ok(files.includes(f), `${f} is not in the package`);
  }
  assert.deepEqual(
    files.filter((f) => f.startsWith('dist/site/') || f.endsWith('.map') || f.startsWith('docs/images/')),
    [],
  );
  // …and no shipped file points to a map that is not shipped
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    const ref = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(read(f));
    if (ref && !ref[1].startsWith('data:'))
      assert.ok(files.includes(join(dirname(f), ref[1]).replace(/\\/g, '/')), `${f} points to ${ref[1]}, which the package leaves out`);
  }
});

test('every package the shipped code imports (bundles and the CLI inline some) is a dependency, so `npm audit --omit=dev` sees it', () => {
  const pkg = JSON.parse(read('package.json'));
  const files = spawnSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'));
  const used = new Set();
  for (const f of files) {
    // import … from 'x'; export … from 'x'; import 'x'; import('x') — at the start of a statement
    for (const m of read(f).matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*'([^'.][^']*)'|^\s*import\s*'([^'.][^']*)'|\bimport\(\s*'([^'.][^']*)'\s*\)/gm)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (name.startsWith('node:')) continue;
      used.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]);
    }
  }
  assert.ok(used.has('fflate') && used.has('lit'), [...used].join(' '));
  for (const name of used) assert.ok(pkg.dependencies?.[name], `${name} is imported by src/ but not listed in dependencies`);
});
