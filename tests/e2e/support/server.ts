/**
 * A tiny static server for the built site, so end-to-end tests see exactly what a static host
 * serves: files, directory index.html, 404 for anything else, and the site's base path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip', '.bib': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** The site's root URL including the base, e.g. http://127.0.0.1:4321/benchmark-ledger/ */
  url: string;
  close: () => Promise<void>;
}

/** Text types a host compresses when `compress` is on (as any production static host does). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Serves `dir` at `base` on a free loopback port; with `compress`, gzips text for clients that accept it. */
export async function serveStatic(dir: string, base = '/', { compress = false } = {}): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end('not found');
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      return void createReadStream(file).pipe(createGzip()).pipe(res);
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
