/**
 * Drives Debian's Chromium (playwright-core) against the built hub, served as a host would
 * serve it (scripts/serve.mjs: the strict CSP header on every response). Records everything a
 * page must never do: a console error, a CSP violation, an uncaught error, a request to another
 * origin, a cookie, a storage write; and runs axe-core on what is shown.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Hub {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHub(): Promise<Hub> {
  // @ts-expect-error: a plain ES module of the hub's scripts, without types.
  const { serveHub } = (await import('../../scripts/serve.mjs')) as { serveHub(port: number): Promise<Server> };
  const server = await serveHub(0);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return { origin, browser, close: async () => (await browser.close(), void server.close()) };
}

/** What went wrong on a page, for one `expect(...).toEqual([])`. */
export interface Visit {
  page: Page;
  context: BrowserContext;
  /** The scripts fetched so far, by their path on the site. */
  scripts(): string[];
  problems(): Promise<string[]>;
}

/**
 * Opens `path` in a fresh context (no cookies, no storage) and records what must not happen.
 * `expectStatus` allows the main document's own status (404 for the not-found page).
 */
export async function visit(
  hub: Hub,
  path: string,
  options: { javaScript?: boolean; expectStatus?: number; viewport?: { width: number; height: number } } = {},
): Promise<Visit> {
  const context = await hub.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const found: string[] = [];
  const scripts = new Set<string>();
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (options.expectStatus && text.includes(`status of ${options.expectStatus}`)) return;
    // Warnings count too: a widget warns about refused links or content, and Lit's development
    // build warns that it is one; the hub ships neither.
    found.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => found.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(hub.origin)) scripts.add(new URL(request.url()).pathname);
    if (!request.url().startsWith(hub.origin) && !request.url().startsWith('data:')) found.push(`request to another origin: ${request.url()}`);
  });
  const response = await page.goto(hub.origin + path);
  if ((response?.status() ?? 0) !== (options.expectStatus ?? 200)) found.push(`status ${response?.status()} for ${path}`);
  return {
    page,
    context,
    scripts: () => [...scripts],
    async problems() {
      const cookies = await context.cookies();
      if (cookies.length) found.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
      if (options.javaScript !== false) {
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
        if (stored) found.push(`${stored} storage entries`);
      }
      return found;
    },
  };
}

/**
 * Brings every widget the page hydrates (`data-hydrate`) to the screen in turn, as a reader
 * scrolling would, and waits until each is defined and rendered; then back to the top.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Each stays on screen until its element is defined: the page loads it when it comes near.
    for (const widget of document.querySelectorAll('[data-hydrate]')) {
      widget.scrollIntoView();
      await customElements.whenDefined(widget.localName);
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-hydrate]')].every(
        (el) => customElements.get(el.localName) && (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated,
      ),
    null,
    { timeout: 15_000 },
  );
}

/** axe-core's violations on the page as it is now, shadow trees included, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Presses Tab until the focused element (inside shadow trees too) matches `selector`. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const there = await page.evaluate((selector) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return Boolean(active?.matches(selector));
    }, selector);
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The text a reader sees in `selector`, shadow trees included, white space folded; `skip` elements left out. */
export async function readText(page: Page, selector: string, skip = ''): Promise<string> {
  return page.evaluate(
    ([selector, skip]) => {
      const parts: string[] = [];
      const walk = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) return void parts.push(node.textContent ?? '');
        if (node instanceof HTMLElement && skip && node.matches(skip)) return;
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.nodeName)) return;
        // A host's shadow tree is what shows; its children show through the slots.
        if (node instanceof Element && node.shadowRoot) return void node.shadowRoot.childNodes.forEach(walk);
        if (node.nodeName === 'SLOT') return void (node as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
        node.childNodes.forEach(walk);
      };
      const root = document.querySelector(selector);
      if (root) walk(root);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    },
    [selector, skip] as const,
  );
}
