// Lighthouse, mobile settings (its defaults: a mid-range phone, simulated slow 4G), against the
// built hub served as a host would serve it. Prints performance, accessibility, best practices,
// SEO and the layout shift of the pages that matter most, in two languages. A report, not a
// test: timings move with the machine's load, so each page runs several times and the median
// run (Lighthouse's own choice of it) is the one printed; nothing here fails a build.
//
//   npm run build -w apps/hub && npm run lighthouse -w apps/hub
//   LIGHTHOUSE_PAGES=/fr/,/el/helplines/ LIGHTHOUSE_RUNS=5 npm run lighthouse -w apps/hub
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { serveHub } from './serve.mjs';

const DEFAULT_PAGES = ['en', 'fr'].flatMap((language) => ['', 'training/stop-1/', 'helplines/', 'young-people/'].map((path) => `/${language}/${path}`));
const pages =
  process.env.LIGHTHOUSE_PAGES?.split(',')
    .map((p) => p.trim())
    .filter(Boolean) ?? DEFAULT_PAGES;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serveHub(0);
const origin = `http://localhost:${server.address().port}`;
const chrome = await launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const column = (text, width) => String(text).padStart(width);
console.log(
  `median of ${RUNS} runs per page\n${'page'.padEnd(28)}${column('perf', 6)}${column('a11y', 6)}${column('bp', 6)}${column('seo', 6)}${column('CLS', 7)}${column('LCP', 8)}`,
);
const below = [];
try {
  for (const path of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++)
      runs.push((await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })).lhr);
    const { categories, audits } = computeMedianRun(runs);
    const scores = CATEGORIES.map((id) => Math.round(categories[id].score * 100));
    const cls = audits['cumulative-layout-shift'].numericValue;
    const lcp = audits['largest-contentful-paint'].numericValue;
    console.log(`${path.padEnd(28)}${scores.map((s) => column(s, 6)).join('')}${column(cls.toFixed(3), 7)}${column(`${(lcp / 1000).toFixed(2)} s`, 8)}`);
    // What kept a category below 100, so that the report says what to look at.
    for (const id of CATEGORIES) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          below.push(`${path} ${id}: ${audit.id} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
if (below.length) console.log(`\nbelow full marks:\n  ${below.join('\n  ')}`);
