import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The folder the dev server serves at /dist/. Tests point it elsewhere (BUDGET_WIDGETS_DIST=/tmp/x) to
 * try a build without touching dist/.
 */
export const DEV_DIST = process.env.BUDGET_WIDGETS_DIST || 'dist';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

/** The newest modification time of a file in these folders or files. */
function newest(paths: string[]): number {
  let t = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    if (s.isDirectory()) t = Math.max(t, newest(readdirSync(p).map((f) => join(p, f))));
    else t = Math.max(t, s.mtimeMs);
  }
  return t;
}

/** The bundles are missing, or older than a source file or a build setting. */
function stale(root: string, dir: string): boolean {
  const marker = join(dir, 'integrity.json');
  if (!existsSync(marker)) return true;
  let files: string[];
  try {
    files = Object.keys(JSON.parse(readFileSync(marker, 'utf8')) as Record<string, string>);
  } catch {
    return true;
  }
  if (!files.length || files.some((f) => !existsSync(join(dir, f)))) return true;
  const sources = ['src', 'build', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));
  return newest(sources) > statSync(marker).mtimeMs;
}

function notFound(res: ServerResponse, text: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

/**
 * The dev server (`npm start`) as webmasters need it for the embed-code builder:
 *
 * - `/dist/…` is served byte for byte from the built files, as a plain web server would: Vite's own
 *   handling would append a source map to the classic scripts, and their integrity hashes would fail.
 *   The bundles (and the data in `/data/`) are sent with `Access-Control-Allow-Origin: *`, so the
 *   builder's code also works when pasted into a page on another origin, as it does on a server set up
 *   as the README says.
 * - When the bundles are missing or older than the sources, they are built first (about ten seconds, in
 *   a separate process so that the build is a production one); requests for them wait.
 * - `/` leads to the demo at `/demo/`, and the demo's address is printed with the others.
 */
export function devDist(dir = DEV_DIST): Plugin {
  return {
    name: 'budget-widgets-dev-dist',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const base = resolve(root, dir);
      const log = server.config.logger;
      let ready: Promise<void> = Promise.resolve();
      if (stale(root, base)) {
        const started = Date.now();
        log.info(`[budget-widgets] building the bundles into ${relative(root, base) || '.'}/ for the embed-code builder …`);
        ready = new Promise((done) => {
          const child = spawn(process.execPath, [join(root, 'build/build-bundles.mjs'), base], {
            cwd: root,
            stdio: 'inherit',
            env: { ...process.env, NODE_ENV: 'production' },
          });
          child.on('exit', (code) => {
            if (code === 0) log.info(`[budget-widgets] bundles built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
            else log.error(`[budget-widgets] building the bundles failed (exit code ${code}); the embed-code builder will say which files are missing.`);
            done();
          });
          child.on('error', (err) => {
            log.error(`[budget-widgets] could not build the bundles: ${err.message}`);
            done();
          });
        });
      }

      server.middlewares.use((req, res, next) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        } catch {
          return next();
        }
        if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        if (path.startsWith('/data/') && path.endsWith('.json')) {
          res.setHeader('Access-Control-Allow-Origin', '*');
          return next();
        }
        if (!path.startsWith('/dist/')) return next();
        const file = resolve(base, `.${path.slice('/dist'.length)}`);
        if (!file.startsWith(base + sep)) return notFound(res, 'Not found');
        void ready.then(() => {
          if (!existsSync(file) || !statSync(file).isFile()) {
            return notFound(res, `${relative(root, file)} has not been built: run \`npm run build\`, or restart \`npm start\`.`);
          }
          const body = readFileSync(file);
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Content-Length', String(body.byteLength));
          res.setHeader('Access-Control-Allow-Origin', '*');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      });

      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of server.resolvedUrls?.local ?? []) log.info(`  ➜  Demo:    ${new URL('demo/', url).href}`);
      };
    },
  };
}
