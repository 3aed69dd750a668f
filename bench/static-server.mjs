// A small static server for the benches that load pages over a throttled network: gzip for text, as
// ordinary web servers send it, no caching, and folders mounted at URL prefixes (the first that matches).
// `rewrite(file, url, type)` may return a page's text to send instead of the file (a variant of it).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Listens on a free port of 127.0.0.1; resolves with the server. */
export function serve(mounts, rewrite = () => undefined) {
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const mount = mounts.find(([p]) => path.startsWith(p));
    const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    if (!file || !file.startsWith(mount[1]) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const text = rewrite(file, url, type);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type);
    const headers = { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
    if (text !== undefined) {
      res.writeHead(200, headers).end(gzip ? gzipSync(text, { level: 6 }) : text);
    } else if (gzip) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 6 }));
      res.writeHead(200, headers).end(gzipped.get(file));
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
