// Serves the built hub (dist/) as a static host would: on every response the headers of the
// first rule of dist/headers.json whose path matches (the strict Content-Security-Policy among
// them), a folder's index.html, and
// the language's 404 page with status 404, compressed as static hosts and CDNs compress text.
// Prints the address. PORT picks the port (default 4173).
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from './csp.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function serveHub(port = Number(process.env.PORT ?? 4173)) {
  const rules = JSON.parse(await readFile(join(dist, 'headers.json'), 'utf8'));
  const find = async (path) => {
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return undefined;
    try {
      const info = await stat(file);
      return info.isDirectory() ? ((await stat(join(file, 'index.html')).catch(() => undefined)) ? join(file, 'index.html') : undefined) : file;
    } catch {
      return undefined;
    }
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = await find(path);
    let status = 200;
    if (!file) {
      status = 404;
      const language = path.split('/')[1];
      file = (await find(`${language}/404.html`)) ?? join(dist, '404.html');
    }
    const type = TYPES[extname(file)];
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = type === undefined ? undefined : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    let body = await readFile(file);
    if (encoding) body = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body);
    res.writeHead(status, {
      ...headersFor(rules, path),
      'content-type': type ?? 'application/octet-stream',
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(encoding && { 'content-encoding': encoding }),
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveHub();
  console.log(`hub: http://localhost:${server.address().port}/`);
}
