// What the packaging test and its consumer projects share: running a tool, reading its output,
// serving a built site as a static host would.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';

/** Runs a command; resolves with its output even when it fails, so failures can be shown. */
export async function run(cmd, args, cwd, timeout = 180_000) {
  try {
    const { stdout, stderr } = await promisify(execFile)(cmd, args, {
      cwd,
      timeout,
      maxBuffer: 64 << 20,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { ok: true, out: `${stdout}\n${stderr}` };
  } catch (error) {
    const out = `${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    return { ok: false, out: out.trim() ? out : error.message };
  }
}

/** The part of a tool's output worth reading: from the first error line on, else the end. */
export function excerpt(text, lines = 12) {
  // Drop colours, npm's config chatter and Rust backtrace frames that carry no information.
  const all = text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => l.trim() && !/^npm warn Unknown user config|^\s*\d+: <unknown>$|^Stack backtrace:/.test(l));
  const first = all.findIndex((l) => /error/i.test(l));
  return (first >= 0 ? all.slice(first, first + lines) : all.slice(-lines)).join('\n         ');
}

/** A static server for a built site, sending `headers` on every response; anything else is a 404, which counts as a failed request. */
export function serve(dir, headers = {}) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    try {
      // Chromium asks every site for /favicon.ico; a partner's site has one, these test sites need none.
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      const file = path.endsWith(sep) ? join(path, 'index.html') : path;
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
