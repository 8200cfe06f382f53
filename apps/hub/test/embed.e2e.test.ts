/**
 * The embed pages as a partner uses them: a page on another origin with the iframe and the
 * listener the snippet builder writes (and the README shows), pointed at the local hub, in Chromium.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iframeSnippet } from '@childrensafe/widgets/snippets';
import { EMBEDS, RESIZE_MESSAGE, embedOptions, embedPath } from '../src/embeds.js';
import { startHub, type Hub } from './e2e/browser.js';

const README_OPTIONS = { widget: 'quiz', language: 'fr', theme: 'stop' } as const;
const README_TITLE = 'Quiz : sensibilisation et prévention';

let hub: Hub;
let partner: Server;
let partnerOrigin: string;

beforeAll(async () => {
  hub = await startHub();
  partner = createServer((request, response) => {
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head><body><h1>Partenaire</h1>${iframeSnippet(README_OPTIONS, README_TITLE, hub.origin)}</body></html>`,
      );
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  partnerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  partner?.close();
  await hub?.close();
});

describe('embed pages', () => {
  it('are shown in the README with the code the snippet builder writes', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme.match(/<!-- partner: embed\.html -->\n```html\n([\s\S]*?)```/)?.[1]).toBe(iframeSnippet(README_OPTIONS, README_TITLE));
  });

  it('take only the options they know from the address', () => {
    const quiz = EMBEDS.find((e) => e.widget === 'quiz')!;
    expect(embedOptions(quiz, '?lang=el&theme=jericho&quiz=stop-2-quiz')).toEqual({ language: 'el', theme: 'jericho', attributes: { quiz: 'stop-2-quiz' } });
    expect(embedOptions(quiz, '?lang=de&theme=dark&quiz=<img>&country=FR')).toEqual({ language: 'en', theme: 'hub', attributes: {} });
    expect(embedPath(quiz)).toBe('/embed/quiz/');
  });

  it('may be framed by any site, keep the rest of the policy, and stay out of search engines', async () => {
    for (const entry of EMBEDS) {
      const response = await fetch(hub.origin + embedPath(entry));
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain('frame-ancestors *');
      expect(policy).toContain("require-trusted-types-for 'script'");
      expect(await response.text()).toContain('<meta name="robots" content="noindex">');
    }
    expect((await fetch(`${hub.origin}/en/`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('in a partner’s page: the frame fits the widget as it grows and shrinks, and ignores messages from elsewhere', async () => {
    const context = await hub.browser.newContext({ viewport: { width: 420, height: 900 } });
    const problems: string[] = [];
    // Every frame reports its policy violations, the hub's included.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`)),
    );
    const page = await context.newPage();
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(partnerOrigin);

    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Commencer' }).waitFor({ timeout: 15_000 });
    const frameHeight = () => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => (await frameHeight()) === (await contentHeight()), { timeout: 10_000 }).toBe(true);
    const narrow = await frameHeight();

    // Wider, the text takes fewer lines: the frame shrinks to it.
    await page.setViewportSize({ width: 1200, height: 900 });
    await expect.poll(async () => (await frameHeight()) < narrow && (await frameHeight()) === (await contentHeight()), { timeout: 10_000 }).toBe(true);
    const wide = await frameHeight();

    // The first question is taller than the introduction: the frame grows to it.
    await frame.getByRole('button', { name: 'Commencer' }).click();
    await frame.getByRole('group').first().waitFor();
    await expect.poll(async () => (await frameHeight()) > wide && (await frameHeight()) === (await contentHeight()), { timeout: 10_000 }).toBe(true);
    const asked = await frameHeight();

    // The same message from the partner's own page (another origin than the hub's) changes nothing.
    await page.evaluate((type) => window.postMessage({ type, height: 5 }, '*'), RESIZE_MESSAGE);
    await page.waitForTimeout(300);
    expect(await frameHeight()).toBe(asked);

    expect(problems).toEqual([]);
    await context.close();
  });
});
