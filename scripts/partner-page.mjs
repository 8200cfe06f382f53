/**
 * `node scripts/partner-page.mjs` (after `npm run build`): what a partner's page with four
 * widgets (module card, quiz, helpline finder, quick exit) downloads, in English and French,
 * loaded three ways: each package's own `cdn/` build, the four entries of
 * `@childrensafe/widgets`, and its `all.js`. Prints the script requests, their bytes as served
 * and min+gzip, and how many copies of Lit came (each brings its own Trusted Types policy).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve('.');
const WIDGETS = {
  'module-card': '<cs-module-card module="stop-1" href="/training/stop-1/"></cs-module-card>',
  quiz: '<cs-quiz quiz="stop-1-quiz"></cs-quiz>',
  'helpline-finder': '<cs-helpline-finder></cs-helpline-finder>',
  'quick-exit': '<cs-quick-exit></cs-quick-exit>',
};
const WAYS = {
  "each package's cdn/": Object.keys(WIDGETS).map((name) => `/packages/${name}/cdn/cs-${name}.js`),
  'widgets cdn/, four entries': Object.keys(WIDGETS).map((name) => `/packages/widgets/cdn/cs-${name}.js`),
  'widgets cdn/all.js': ['/packages/widgets/cdn/all.js'],
};

const dir = join(ROOT, 'reports', 'partner-page');
mkdirSync(dir, { recursive: true });
const server = await serveStatic(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });

console.log(`${'loaded from'.padEnd(30)} lang  requests   as served   min+gzip  copies of Lit`);
for (const [way, scripts] of Object.entries(WAYS)) {
  for (const lang of ['en', 'fr']) {
    const file = `${way.replace(/[^a-z]+/g, '-')}-${lang}.html`;
    writeFileSync(
      join(dir, file),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>partner page</title>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>${Object.values(WIDGETS).join('\n')}</body></html>`,
    );
    const page = await browser.newPage();
    const fetched = [];
    page.on('request', (request) => request.resourceType() === 'script' && fetched.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/reports/partner-page/${file}`);
    // Every widget rendered in the page's language, then nothing more to fetch.
    await page.waitForFunction(
      (tags) =>
        tags.every(
          (tag) =>
            document.querySelector(tag)?.shadowRoot?.querySelector(`[lang]`) && !document.querySelector(tag).shadowRoot.querySelector('[aria-busy="true"]'),
        ),
      Object.values(WIDGETS).map((html) => html.match(/^<([a-z-]+)/)[1]),
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.close();
    const bodies = fetched.map((path) => readFileSync(join(ROOT, path)));
    const raw = bodies.reduce((sum, body) => sum + body.length, 0);
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    const lit = bodies.filter((body) => body.includes('"lit-html"')).length;
    console.log(
      `${way.padEnd(30)} ${lang.padEnd(5)} ${String(fetched.length).padStart(8)} ${`${(raw / 1024).toFixed(1)} KB`.padStart(11)} ${`${(gzip / 1024).toFixed(1)} KB`.padStart(10)} ${String(lit).padStart(14)}`,
    );
  }
}
await browser.close();
server.close();
