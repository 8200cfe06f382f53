/**
 * A tiny static file server for the scripts that open pages in Chromium (the story check, the
 * benchmark): no dependency, and only this machine is ever asked for anything.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain',
};

/** Serves `root` on a free port of 127.0.0.1; resolves with the server once it listens. */
export function serveStatic(root) {
  const server = createServer((req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      // Chromium asks every origin for /favicon.ico and logs a console error on a 404.
      if (path === '/favicon.ico') return res.writeHead(204).end();
      let file = join(root, path);
      if (!file.startsWith(root + sep) && file !== root) return res.writeHead(403).end();
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
