import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { findChromium } from './scripts/chromium-path.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
}

/**
 * `import schema from '….json'` (as Vite bundles it) becomes a JS module when the browser imports it,
 * while fetch() of the same or any other .json file still gets the raw JSON, as on a real server.
 */
const jsonModules = {
  name: 'json-modules-for-imports',
  transform(context) {
    if (context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    }
    return undefined;
  },
};

/**
 * The built files in dist/ and the test pages are served byte for byte, as a plain web server would
 * (no charset in the content type, so a page's own <meta charset> counts): the dev server's plugins
 * would otherwise rewrite them (inline source maps …), and integrity hashes would not match.
 */
const TYPES = {
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.map': 'application/json',
};
function rawDist(ctx, next) {
  const file = `.${decodeURIComponent(ctx.path)}`;
  if ((ctx.path.startsWith('/dist/') || ctx.path.startsWith('/test/pages/')) && !file.includes('..') && existsSync(file)) {
    ctx.body = readFileSync(file);
    // (ctx.type would add "; charset=utf-8" to text types)
    ctx.set('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    return undefined;
  }
  return next();
}

/**
 * For the origin tests: `/test/redirect?to=URL` answers 302 to URL (a same-origin address that leads
 * elsewhere), and `/test/cors/PATH` serves the repository file PATH to any origin (data a page on another
 * origin could read, if nothing stopped it). For the loader's messages, `/test/typed?type=T&file=PATH`
 * serves the file PATH as Content-Type T (a server with the wrong MIME type for .json).
 */
function redirects(ctx, next) {
  if (ctx.path === '/test/redirect') {
    ctx.status = 302;
    ctx.set('Location', String(ctx.query.to ?? '/'));
    return undefined;
  }
  if (ctx.path === '/test/typed') {
    const file = `./${String(ctx.query.file ?? '')}`;
    if (file.includes('..') || !existsSync(file)) return next();
    ctx.body = readFileSync(file);
    ctx.set('Content-Type', String(ctx.query.type ?? 'application/octet-stream'));
    return undefined;
  }
  if (ctx.path.startsWith('/test/cors/')) {
    const file = `./${decodeURIComponent(ctx.path.slice('/test/cors/'.length))}`;
    if (file.includes('..') || !existsSync(file)) return next();
    ctx.body = readFileSync(file);
    ctx.set('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    ctx.set('Access-Control-Allow-Origin', '*');
    return undefined;
  }
  return next();
}

export default {
  middleware: [rawDist, redirects],
  files: ['test/**/*.test.ts', '!test/node/**'],
  // Lit's production build: the dev build prints "Lit is in dev mode" in every test file, and the
  // bundles webmasters load are built from the production one too.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  // A file's whole run: reader-first-minute renders every element of eleven real documents at two widths.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), jsonModules],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
