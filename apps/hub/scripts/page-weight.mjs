// Prints, for every page of the built hub in every language, the JavaScript it loads before it
// is interactive (the quick exit and every widget on the first screen hydrated, the network
// quiet), min+gzip, against the budget. `--check` exits 1 when
// a page is over. Each file counts once per page, as the browser fetches it once.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveHub } from './serve.mjs';

export const BUDGET = 35 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** Every page the sitemap lists, and each language's 404 page. */
function pagePaths() {
  const pages = [...readFileSync(dist + 'sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  const languages = [...new Set(pages.map((path) => path.split('/')[1]))];
  return [...pages, ...languages.map((language) => `/${language}/404.html`)];
}

/** The min+gzip size of a built file, by its path on the site. */
export const gzipOf = (path) => gzipSync(readFileSync(dist + path.slice(1)), { level: 9 }).length;

/** Waits until the page is interactive: the quick exit and the widgets on the first screen hydrated, the network quiet. */
export async function interactive(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-hydrate]')]
        .filter((el) => el.localName === 'cs-quick-exit' || el.getBoundingClientRect().top < innerHeight)
        .every((el) => customElements.get(el.localName) && el.hasUpdated),
    null,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
}

/** The scripts a page fetched until it was interactive, with their min+gzip sizes. */
export async function pageScripts(browser, origin, path) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on('request', (request) => request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname));
  await page.goto(origin + path);
  await interactive(page);
  await page.close();
  return [...scripts].map((file) => ({ file, gzip: gzipOf(file) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveHub(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  let over = 0;
  console.log(`${'page'.padEnd(24)} ${'files'.padStart(5)} ${'min+gzip'.padStart(10)}   budget ${(BUDGET / 1024).toFixed(0)} KB`);
  for (const path of pagePaths()) {
    const scripts = await pageScripts(browser, origin, path);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    if (total > BUDGET) over++;
    console.log(`${path.padEnd(24)} ${String(scripts.length).padStart(5)} ${(total / 1024).toFixed(2).padStart(7)} KB   ${total > BUDGET ? 'OVER' : 'ok'}`);
  }
  await browser.close();
  server.close();
  if (process.argv.includes('--check') && over) process.exit(1);
}
