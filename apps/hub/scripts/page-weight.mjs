// Prints, for every page of the built hub in every language, the JavaScript it loads before it
// is interactive (every widget hydrated), min+gzip, against the budget. `--check` exits 1 when
// a page is over. Each file counts once per page, as the browser fetches it once.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveHub } from './serve.mjs';

export const BUDGET = 35 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const PATHS = ['/{lang}/', '/{lang}/helplines/', '/{lang}/404.html'];
const LANGUAGES = ['en', 'fr', 'es', 'el', 'it'];

/** The scripts a page fetched until its widgets were hydrated, with their min+gzip sizes. */
export async function pageScripts(browser, origin, path) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (request) => request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname));
  await page.goto(origin + path);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-hydrate]')].every((el) => customElements.get(el.localName) && el.hasUpdated), null, { timeout: 15_000 });
  await page.close();
  return [...scripts].map((file) => ({ file, gzip: gzipSync(readFileSync(dist + file.slice(1)), { level: 9 }).length }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveHub(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  let over = 0;
  console.log(`${'page'.padEnd(24)} ${'files'.padStart(5)} ${'min+gzip'.padStart(10)}   budget ${(BUDGET / 1024).toFixed(0)} KB`);
  for (const language of LANGUAGES) {
    for (const path of PATHS.map((p) => p.replace('{lang}', language))) {
      const scripts = await pageScripts(browser, origin, path);
      const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
      if (total > BUDGET) over++;
      console.log(`${path.padEnd(24)} ${String(scripts.length).padStart(5)} ${(total / 1024).toFixed(2).padStart(7)} KB   ${total > BUDGET ? 'OVER' : 'ok'}`);
    }
  }
  await browser.close();
  server.close();
  if (process.argv.includes('--check') && over) process.exit(1);
}
