#!/usr/bin/env node
/**
 * Opens every story of the static Storybook in Chromium, in several locales, and fails when a
 * story logs a console error, throws, requests anything from another host, shows an error it
 * should not (or none when it should), or has a WCAG 2.x A/AA violation found by axe-core.
 *
 * Run from the repo root after `storybook build -o storybook-static`:
 *   node scripts/check-stories.mjs                  # en, el, en-XA, ar-XB
 *   STORY_LOCALES=en,fr,es,el,it,en-XA,ar-XB node scripts/check-stories.mjs
 *   STORY_GLOBALS='theme:jericho;colorScheme:dark' node scripts/check-stories.mjs
 * Stories tagged `expect-error` must show a widget's role="alert"; no other story may. A
 * console.warn never fails a story (widgets warn about bad content on purpose); console.error does.
 * Writes reports/stories.json ({"passed","failed","skipped"}) and exits 1 on any failure.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve('storybook-static');
// One locale per way a layout can break: the source text, a non-Latin script (Greek, with the
// longest words), en-XA (every string longer than any translation: truncation) and ar-XB
// (right to left). French, Spanish and Italian are Latin-script texts shorter than en-XA; the
// hub's end-to-end suite shows every widget in them, with axe-core.
const LOCALES = (process.env.STORY_LOCALES || 'en,el,en-XA,ar-XB')
  .split(',')
  .map((l) => l.trim())
  .filter(Boolean);
// More toolbar globals for every visit, e.g. STORY_GLOBALS='theme:stop;colorScheme:dark'.
const GLOBALS = process.env.STORY_GLOBALS ? `;${process.env.STORY_GLOBALS}` : '';
const TIMEOUT = 15_000;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Runs in the page: waits until every cs-* element (light DOM and nested shadow roots) is
// defined, rendered, settled (no pending update, no aria-busy) and in the expected locale.
async function settle(locale) {
  const deadline = Date.now() + 10_000;
  const widgets = () => {
    const found = [];
    const walk = (root) =>
      root?.querySelectorAll('*').forEach((el) => {
        if (el.localName.startsWith('cs-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    walk(document.querySelector('#storybook-root'));
    return found;
  };
  let why = 'no cs-* element rendered';
  while (Date.now() < deadline) {
    const els = widgets();
    if (els.length && els.every((el) => customElements.get(el.localName) && el.shadowRoot)) {
      await Promise.all(els.map((el) => el.updateComplete));
      const busy = els.filter((el) => el.isUpdatePending || el.shadowRoot.querySelector('[aria-busy="true"]'));
      // The widget's outermost element carries the locale it rendered in.
      const wrongLang = els.filter((el) => (el.shadowRoot.querySelector('[lang]')?.getAttribute('lang') ?? locale) !== locale);
      why = busy.length ? `${busy[0].localName} still busy` : wrongLang.length ? `${wrongLang[0].localName} not in ${locale}` : '';
      if (!why) return { count: els.length, alerts: els.filter((el) => el.shadowRoot.querySelector('[role="alert"]')).length };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`widgets did not settle: ${why}`);
}

/**
 * Runs in the page: text a widget cuts off (an element whose content overflows a box that does
 * not show the overflow), and any sideways scroll of the page.
 */
function clipped() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.closest('.visually-hidden')) continue;
      const hides = (o) => o !== 'visible';
      if (
        (el.scrollWidth > el.clientWidth + 1 && hides(style.overflowX)) ||
        (el.scrollHeight > el.clientHeight + 1 && hides(style.overflowY) && style.overflowY !== 'auto')
      ) {
        found.push(
          `clipped: <${el.localName}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
        );
      }
    }
  };
  walk(document.querySelector('#storybook-root'));
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px in ${window.innerWidth}px`);
  return found;
}

async function check(context, base, story, locale) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console.error: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // Privacy: nothing may go to another host. Such requests are refused (so a test never
  // waits on the network) and fail the story.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort('blockedbyclient');
  });
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}${GLOBALS}`;
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    // Storybook marks <body> once the story rendered, or once it failed to.
    await page.waitForFunction(() => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className), null, { timeout: TIMEOUT });
    if (await page.evaluate(() => !document.body.classList.contains('sb-show-main'))) {
      problems.push(
        `storybook error: ${
          (await page
            .locator('#error-message')
            .textContent()
            .catch(() => '')) || 'story did not render'
        }`,
      );
      return problems;
    }
    // A story with a play function clicks its way to the state it shows, then marks the canvas.
    if (story.tags?.includes('play-fn')) await page.waitForSelector('#storybook-root[data-played]', { timeout: TIMEOUT });
    const { alerts } = await page.evaluate(settle, locale);
    const expectError = story.tags?.includes('expect-error');
    if (expectError && !alerts) problems.push('tagged expect-error but no widget shows role="alert"');
    if (!expectError && alerts) problems.push(`${alerts} widget(s) show an error alert`);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `axe ${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    problems.push(...violations);
    problems.push(...(await page.evaluate(clipped)));
  } catch (err) {
    problems.push(err.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const results = { passed: 0, failed: 0, skipped: 0 };
let server;
let browser;
try {
  server = await serveStatic(ROOT);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const jobs = stories.flatMap((story) => LOCALES.map((locale) => ({ story, locale })));
  // Two pages at a time: the machines have two cores, and pages wait on each other rarely.
  const run = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { story, locale } = job;
      const problems = await check(context, base, story, locale);
      results[problems.length ? 'failed' : 'passed']++;
      console.log(`${problems.length ? 'FAIL ' : 'ok  '}${story.id} [${locale}]${problems.map((p) => `\n       ${p}`).join('')}`);
    }
  };
  await Promise.all([run(), run()]);
} finally {
  await browser?.close();
  server?.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/stories.json', `${JSON.stringify(results)}\n`);
console.log(`\n${results.passed} passed, ${results.failed} failed (${stories.length} stories x ${LOCALES.join(', ')}${GLOBALS})`);
process.exit(results.failed || !stories.length ? 1 : 0);
