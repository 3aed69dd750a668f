// The embed-code builder's four snippets, copied as the builder shows them, pasted into a page on another
// origin: under the dev server (`npm start`, Vite started here with vite.config.ts) and on the built site
// (dist/site/) behind a plain static server, with and without CORS headers. Reads the built files of
// dist/ (or of BUDGET_WIDGETS_DIST, to try a build elsewhere), so it runs after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer as createVite } from 'vite';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { distFiles } from '../../build/element-files.mjs';

const DIST = resolve(process.env.BUDGET_WIDGETS_DIST || 'dist');
const SITE = join(DIST, 'site');
const FORMS = ['module', 'classic', 'div', 'iframe'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** Starts an HTTP server on 127.0.0.1 or localhost; resolves with its origin. */
function listen(handler, host = '127.0.0.1') {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, host, () => done({ server, origin: `http://${host}:${server.address().port}` })));
}

/** A plain static server of `root`, byte for byte; with `cors`, every file is sent to any origin. */
function staticHandler(root, cors) {
  return (req, res) => {
    let file = resolve(root, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    if (file !== root && !file.startsWith(root + sep)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
    res.end(readFileSync(file));
  };
}

/** The page a webmaster pastes the code into: `/p/N` is the Nth pasted snippet, in an otherwise empty page. */
const pasted = [];
function pasteHandler(req, res) {
  const n = Number(/^\/p\/(\d+)$/.exec(req.url)?.[1]);
  if (!(n in pasted)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(
    `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>A portal page</title><link rel="icon" href="data:,"></head>\n<body>\n${pasted[n]}\n</body>\n</html>\n`,
  );
}

let browser;
let paste;
const servers = [];

before(async () => {
  assert.ok(existsSync(join(DIST, 'budget-widgets.js')) && existsSync(join(SITE, 'demo/index.html')), `no build in ${DIST}: run npm run build first`);
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  paste = await listen(pasteHandler);
  servers.push(paste.server);
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** Opens the builder, picks each form in turn and returns its code as shown, and its notes. */
async function builderSnippets(url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('.code .server-notes li');
    await page.waitForFunction(
      () => !document.querySelector('section.code[aria-busy]') && !document.querySelector('.server-notes')?.textContent?.includes('Checking'),
    );
    const out = {};
    for (const form of FORMS) {
      await page.check(`input[name="b-form"][value="${form}"]`);
      out[form] = await page.evaluate(() => ({
        code: [...document.querySelectorAll('.snippets pre code')].map((c) => c.textContent).join('\n'),
        notes: [...document.querySelectorAll('.server-notes li')].map((li) => ({ level: li.className, text: li.textContent })),
      }));
    }
    return out;
  } finally {
    await page.close();
  }
}

/** Pastes `code` into a page of the other origin; returns the page and the console errors it had. */
async function pasteIntoPage(code) {
  pasted.push(code);
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${paste.origin}/p/${pasted.length - 1}`);
  return { page, errors };
}

/** The chart of the default choice (<budget-tree>) has drawn, on the page or in its iframe. */
async function seesWidget(page, form) {
  const drawn = () => !!document.querySelector('budget-tree')?.shadowRoot?.querySelector('svg path');
  if (form !== 'iframe') return page.waitForFunction(drawn, undefined, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('iframe[data-budget-embed]'));
  const frame = await (await page.$('iframe[data-budget-embed]')).contentFrame();
  await frame.waitForFunction(drawn, undefined, { timeout: 10000 });
  // The resizer (pasted too) fits the frame to its content: not the 600px it starts with.
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-budget-embed]');
    return f.style.height && f.style.height !== '600px';
  });
}

async function everyFormWorks(builderUrl) {
  const snippets = await builderSnippets(builderUrl);
  for (const form of FORMS) {
    const { code, notes } = snippets[form];
    assert.match(code, /integrity="sha384-[^"]+" crossorigin="anonymous"/, `${form}: integrity, as the server sends CORS headers`);
    assert.deepEqual(
      notes.filter((n) => n.level === 'warn'),
      [],
      `${form}: no warning`,
    );
    const { page, errors } = await pasteIntoPage(code);
    try {
      await seesWidget(page, form);
      assert.deepEqual(errors, [], `${form}: console errors`);
    } finally {
      await page.close();
    }
  }
}

describe('the builder under the dev server (npm start)', () => {
  let vite;
  before(async () => {
    vite = await createVite({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, open: false, host: 'localhost' } });
    await vite.listen();
  });
  after(() => vite?.close());

  test('sends / to the demo', async () => {
    const r = await fetch(vite.resolvedUrls.local[0], { redirect: 'manual' });
    assert.equal(r.status, 302);
    assert.equal(r.headers.get('location'), '/demo/');
  });

  test('serves /dist/ byte for byte, to any origin', async () => {
    for (const f of ['budget-widgets.js', 'budget-widgets.iife.js', 'budget-widgets-resizer.js']) {
      const r = await fetch(new URL(`dist/${f}`, vite.resolvedUrls.local[0]));
      assert.equal(r.headers.get('access-control-allow-origin'), '*', f);
      assert.ok(Buffer.from(await r.arrayBuffer()).equals(readFileSync(join(DIST, f))), `${f} as built`);
    }
  });

  test('each of the four snippets, pasted into a page on another origin, shows the widget', async () => {
    await everyFormWorks(new URL('demo/', vite.resolvedUrls.local[0]).href);
  });
});

test('the dev server builds the bundles first when they are not there', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'budget-widgets-dist-'));
  const before = process.env.BUDGET_WIDGETS_DIST;
  process.env.BUDGET_WIDGETS_DIST = empty;
  let vite;
  try {
    vite = await createVite({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, open: false } });
    await vite.listen();
    // The request waits for the build (a couple of seconds) instead of answering 404.
    const r = await fetch(new URL('dist/budget-widgets.iife.js', vite.resolvedUrls.local[0]));
    assert.equal(r.status, 200);
    assert.ok(Buffer.from(await r.arrayBuffer()).equals(readFileSync(join(empty, 'budget-widgets.iife.js'))));
    const integrity = JSON.parse(readFileSync(join(empty, 'integrity.json'), 'utf8'));
    assert.deepEqual(Object.keys(integrity).sort(), distFiles().sort());
    assert.ok(existsSync(join(empty, 'elements/budget-summary.iife.js')));
  } finally {
    await vite?.close();
    if (before === undefined) delete process.env.BUDGET_WIDGETS_DIST;
    else process.env.BUDGET_WIDGETS_DIST = before;
    rmSync(empty, { recursive: true, force: true });
  }
});

describe('the builder of the built site (dist/site/)', () => {
  test('on a server that sends Access-Control-Allow-Origin, each of the four snippets works on another origin', async () => {
    const site = await listen(staticHandler(SITE, true), 'localhost');
    servers.push(site.server);
    await everyFormWorks(`${site.origin}/demo/index.html`);
  });

  test('on a server without CORS headers, the builder says what is needed, and what it gives works where it can', async () => {
    const site = await listen(staticHandler(SITE, false), 'localhost');
    servers.push(site.server);
    const snippets = await builderSnippets(`${site.origin}/demo/index.html`);
    // (The data's preload keeps its crossorigin: that is the loader's credentials mode, not a CORS request of its own.)
    for (const form of FORMS)
      assert.doesNotMatch(snippets[form].code.match(/<script[^>]*>/)[0], /integrity=|crossorigin=/, `${form}: no integrity without CORS`);
    const warned = (form) =>
      snippets[form].notes
        .filter((n) => n.level === 'warn')
        .map((n) => n.text)
        .join('\n');
    assert.match(warned('module'), /Access-Control-Allow-Origin: \*/);
    assert.match(warned('module'), /module script/);
    assert.match(warned('classic'), /data file .* comes without Access-Control-Allow-Origin/);
    assert.equal(warned('iframe'), '');

    // The iframe form needs nothing of the server: it works as it is.
    let { page, errors } = await pasteIntoPage(snippets.iframe.code);
    await seesWidget(page, 'iframe');
    assert.deepEqual(errors, []);
    await page.close();

    // The classic script loads; the data cannot be read, and the widget says why, as the builder did.
    ({ page } = await pasteIntoPage(snippets.classic.code));
    await page.waitForFunction(() => document.querySelector('budget-tree')?.shadowRoot?.querySelector('[role=alert]'));
    const shown = await page.evaluate(() => document.querySelector('budget-tree').shadowRoot.querySelector('[role=alert]').textContent);
    assert.match(shown, /跨域 CORS/);
    assert.match(shown, /Access-Control-Allow-Origin: \*/);
    await page.close();
  });
});
