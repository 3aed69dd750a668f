#!/usr/bin/env node
// The converter page (dist/site/demo/convert.html, built by `npm run build`) in Debian's Chromium: for each
// PDF, the time from choosing the file to the report, and the page's JS heap after it (Chromium's
// performance.memory, sampled; a lower bound of the tab's memory). Prints a table.
//
//   node bench/convert-page.mjs [FILE.pdf …]     default: the PDFs of test/fixtures/pdf/
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/chromium-path.mjs';

const root = resolve('dist/site');
if (!existsSync(join(root, 'demo/convert.html'))) throw new Error('Build the site first: npm run build');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('test/fixtures/pdf')
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join('test/fixtures/pdf', f));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
}).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--enable-precise-memory-info'] });
console.log('file'.padEnd(46), 'time s'.padStart(7), 'JS heap MB'.padStart(11), 'verdict');
for (const file of files) {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/demo/convert.html`);
  const started = Date.now();
  await page.setInputFiles('#file', file);
  await page.waitForSelector('#report-section:not([hidden]), #status.error', { timeout: 120000 });
  const seconds = (Date.now() - started) / 1000;
  const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize / 1048576 : NaN));
  const verdict = (await page.textContent('#verdict')) || (await page.textContent('#status'));
  console.log(basename(file).padEnd(46), seconds.toFixed(2).padStart(7), heap.toFixed(0).padStart(11), verdict?.replace(/^[^：:]+[：:]\s*/, ''));
  await page.close();
}
await browser.close();
server.close();
