// Builds the hub into dist/: the client bundle (Vite: one entry, hashed names, each widget and
// each language a chunk loaded on demand), then every page prerendered with Lit SSR, the root
// language chooser, the sitemap, and a _headers file with the strict Content-Security-Policy.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as vite } from 'vite';
import { contentSecurityPolicy, headersFor } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist');
// Where the hub is published, for the sitemap's absolute addresses.
const origin = process.env.HUB_ORIGIN ?? 'https://childrensafe.eu';

// Run alone (`npm run build -w apps/hub`), the hub first has turbo build the packages it is made
// of (cached: only what changed); run by turbo (TURBO_HASH set), they are built already.
if (!process.env.TURBO_HASH) {
  const deps = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@childrensafe/hub^...', '--output-logs=errors-only'], {
    cwd: join(root, '../..'),
    stdio: 'inherit',
    env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env },
  });
  if (deps.status !== 0) process.exit(deps.status ?? 1);
}

await rm(outDir, { recursive: true, force: true });
await vite({
  root,
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: { input: { main: join(root, 'src/client/main.ts'), embed: join(root, 'src/client/embed.ts'), hub: join(root, 'src/client/hub.css') } },
  },
});
const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8'));
const main = manifest['src/client/main.ts'];
const css = manifest['src/client/hub.css'];
const url = (file) => `/${file}`;

// The renderer runs in Node; our packages and Lit stay imports, resolved from node_modules.
await vite({
  root,
  logLevel: 'warn',
  configFile: false,
  ssr: { external: true },
  build: {
    ssr: join(root, 'src/render.ts'),
    outDir: join(root, '.build'),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'render.mjs' } },
  },
});
const { renderSite, LANGUAGES } = await import(join(root, '.build/render.mjs'));
// The widgets' release archive, which the partners page offers: copied in, under its own name.
const widgetsDir = join(dirname(fileURLToPath(import.meta.resolve('@childrensafe/widgets'))), '..');
const widgetsVersion = JSON.parse(await readFile(join(widgetsDir, 'package.json'), 'utf8')).version;
const release = `childrensafe-widgets-${widgetsVersion}.zip`;
await mkdir(join(outDir, 'downloads'), { recursive: true });
await copyFile(join(widgetsDir, 'release', release), join(outDir, 'downloads', release));

const written = await renderSite({
  contentDir: join(root, 'content'),
  outDir,
  origin,
  widgetsVersion,
  assets: {
    styles: [url(css.file)],
    script: url(main.file),
    preload: (main.imports ?? []).map((key) => url(manifest[key].file)),
    embedScript: url(manifest['src/client/embed.ts'].file),
  },
});
// Static hosts show /404.html for an unknown address: the English one, which links to every language.
await copyFile(join(outDir, 'en/404.html'), join(outDir, '404.html'));

// Declarative shadow DOM carries each widget's styles as <style> elements: the policy allows
// exactly those, by hash, and no other inline style.
const styles = new Set();
for (const file of written.filter((f) => f.endsWith('.html'))) {
  for (const [, body] of (await readFile(join(outDir, file), 'utf8')).matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(body);
}
const hashes = [...styles].map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
const common = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
// Rules by path, first match wins (the preview server reads them in order). The _headers file
// gets one rule per top-level entry, none overlapping: hosts that read it merge every matching
// rule, and two policies would both apply (the strictest, frame-ancestors 'none', would win).
const headers = [
  { path: '/embed/*', headers: { 'Content-Security-Policy': contentSecurityPolicy(hashes, { frameAncestors: '*' }), ...common } },
  { path: '/*', headers: { 'Content-Security-Policy': contentSecurityPolicy(hashes), ...common } },
];
await writeFile(join(outDir, 'headers.json'), JSON.stringify(headers, null, 2) + '\n');
const topLevel = [...new Set(written.map((file) => (file.includes('/') ? `/${file.split('/')[0]}/*` : `/${file}`)))].concat(
  '/',
  '/assets/*',
  '/downloads/*',
  '/favicon.svg',
  '/404.html',
);
await writeFile(
  join(outDir, '_headers'),
  [...new Set(topLevel)]
    .sort()
    .map(
      (path) =>
        `${path}\n${Object.entries(headersFor(headers, path))
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n')}\n`,
    )
    .join(''),
);
await rm(join(outDir, '.vite'), { recursive: true, force: true });

const pages = written.filter((f) => f.endsWith('.html')).length;
const assets = (await readdir(join(outDir, 'assets'))).length;
console.log(`hub: ${pages} pages in ${LANGUAGES.length} languages, ${assets} assets, ${styles.size} inline styles hashed in the CSP -> ${outDir}`);
