// What a screen reader gets from the built bundle, read from Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree), not from the DOM: the sunburst is a tree of treeitems with levels (and
// positions, as attributes), and the kpi disclosure says whether it is open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const PAGE = (body) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/dist/budget-widgets.js"></script></head><body>${body}</body></html>`;

let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/budget-widgets.js')), 'dist/budget-widgets.js is missing: run npm run build first');
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/page') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(PAGE(url.searchParams.get('body') ?? ''));
      return;
    }
    const file = join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The page's accessibility tree as nested { role, name, props, children }, ignored nodes skipped. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const build = (n) => {
    const kids = (n.childIds ?? [])
      .map((id) => byId.get(id))
      .filter(Boolean)
      .flatMap(build);
    if (n.ignored) return kids;
    const props = Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value]));
    return [{ role: n.role?.value, name: n.name?.value ?? '', description: n.description?.value ?? '', props, children: kids }];
  };
  return build(nodes[0])[0];
}

function findAll(node, pred, out = []) {
  if (pred(node)) out.push(node);
  for (const c of node.children) findAll(c, pred, out);
  return out;
}

async function open(body, ready) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${base}/page?body=${encodeURIComponent(body)}`);
  await page.waitForFunction(ready, undefined, { timeout: 10000 });
  return page;
}

test('the sunburst is a tree of treeitems with levels, positions and set sizes', async () => {
  const page = await open(
    '<budget-tree src="/data/xushui-administrative-approval-2024.json"></budget-tree>',
    () => document.querySelector('budget-tree')?.shadowRoot?.querySelectorAll('path.arc').length > 0,
  );
  const root = await axTree(page);
  const [tree] = findAll(root, (n) => n.role === 'tree');
  assert.ok(tree, 'no tree in the accessibility tree');
  assert.match(tree.name, /保定市徐水区行政审批局 2024年 支出功能分类旭日图/);
  const items = findAll(tree, (n) => n.role === 'treeitem');
  assert.equal(items.length, 16, 'every arc is a treeitem');
  assert.deepEqual(
    findAll(tree, (n) => n.role === 'graphics-symbol'),
    [],
    'no arc is exposed as a graphic',
  );
  const first = items.find((i) => i.name.startsWith('201 '));
  assert.equal(first.props.level, 1);
  assert.equal(first.name, '201 一般公共服务支出，528.19万元，占总额 88.2%');
  const levels = new Set(items.map((i) => i.props.level));
  assert.deepEqual([...levels].sort(), [1, 2, 3]);
  const fourth = items.find((i) => i.name.startsWith('210 '));
  assert.equal(fourth.props.level, 1);
  // CDP's tree gives no position properties; the treeitems carry them as ARIA attributes.
  const positions = await page.evaluate(() =>
    [...document.querySelector('budget-tree').shadowRoot.querySelectorAll('path.arc[aria-level="1"]')].map(
      (p) => `${p.getAttribute('aria-posinset')}/${p.getAttribute('aria-setsize')}`,
    ),
  );
  assert.deepEqual(positions.sort(), ['1/4', '2/4', '3/4', '4/4']);
  // The keyboard help is the tree's description.
  assert.match(tree.description, /方向键/);
  await page.close();
});

test('the performance-indicator disclosure says whether it is open', async () => {
  const page = await open(
    '<kpi-card src="/test/fixtures/checks/shanghai-putuo-wanli-2023-budget.json" project="*"></kpi-card>',
    () => !!document.querySelector('kpi-card')?.shadowRoot?.querySelector('[aria-expanded]'),
  );
  const root = await axTree(page);
  const toggles = findAll(root, (n) => n.role === 'button' && n.props.expanded !== undefined);
  assert.ok(toggles.length > 0, 'no disclosure button with an expanded state');
  assert.ok(toggles.every((b) => b.props.expanded === false));
  await page.close();
});
