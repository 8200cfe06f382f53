/**
 * The built hub in a real browser, in each of the five languages, under the strict CSP its
 * host sends: every page opens without a console error, a CSP violation, a request elsewhere,
 * a cookie, a storage write or an axe violation; the reader finds a helpline, switches
 * language and stays on the page, leaves with the quick exit; and without JavaScript the text
 * and the numbers are there, the same text the hydrated page shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, NOT_FOUND, PAGES, pageUrl } from '../src/site.js';
import { axeViolations, hydrated, readText, startHub, visit, type Hub } from './e2e/browser.js';
// @ts-expect-error: a plain ES module of the hub's scripts, without types.
import { BUDGET, pageScripts } from '../scripts/page-weight.mjs';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
}, 30_000);
afterAll(() => hub?.close());

/** A country each language's page is read in, for the finder. */
const COUNTRY = { en: 'IT', fr: 'FR', es: 'ES', el: 'GR', it: 'IT' } as const;
// The live opening state replaces each line's timetable once the reader's clock is known.
const LIVE = '.hours';

describe.each(LANGUAGES.map((language) => [language]))('the hub in %s', (language) => {
  it.each([...PAGES.map((page) => [page.id, pageUrl(page, language), 200] as const), [NOT_FOUND.id, `/${language}/no-such-page/`, 404] as const])(
    '%s opens clean: no error, no CSP violation, nothing elsewhere, nothing stored, no axe violation',
    async (_id, path, status) => {
      const { page, context, problems } = await visit(hub, path, { expectStatus: status === 404 ? 404 : undefined });
      await hydrated(page);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(await problems()).toEqual([]);
      await context.close();
    },
    30_000,
  );

  it.each(PAGES.map((page) => [page.id, pageUrl(page, language)]))('%s loads at most 35 KB of JavaScript (min+gzip) before it is interactive', async (_id, path) => {
    const scripts: { file: string; gzip: number }[] = await pageScripts(hub.browser, hub.origin, path);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    expect(total, scripts.map((s) => `${s.file} ${s.gzip}`).join('\n')).toBeLessThanOrEqual(BUDGET);
  }, 30_000);

  it('finds a helpline in the reader’s country, with its number as a link that dials', async () => {
    const { page, context, problems } = await visit(hub, pageUrl(PAGES[1]!, language));
    await hydrated(page);
    await page.locator('cs-helpline-finder select').first().selectOption(COUNTRY[language]);
    const entries = page.locator('cs-helpline-finder [part="entry"]');
    await expect.poll(() => entries.count()).toBeGreaterThan(2);
    const dials = await page.locator('cs-helpline-finder a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(dials).toContain('tel:112');
    expect(dials.length).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 30_000);

  it('switches language and stays on the same page', async () => {
    const other = LANGUAGES.find((l) => l !== language)!;
    const { page, context, problems } = await visit(hub, pageUrl(PAGES[1]!, language));
    await page.locator(`nav.languages a[hreflang="${other}"]`).click();
    await page.waitForURL(`**${pageUrl(PAGES[1]!, other)}`);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 30_000);

  it('leaves with the quick exit, replacing the page in the history', async () => {
    const { page, context } = await visit(hub, pageUrl(PAGES[0]!, language));
    // The neutral site the exit leads to, answered here: the test makes no request elsewhere.
    await context.route('https://www.wikipedia.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title>' }));
    await hydrated(page);
    await page.locator('cs-quick-exit a[part="button"]').click();
    await page.waitForURL('https://www.wikipedia.org/**');
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain(hub.origin + pageUrl(PAGES[0]!, language));
    await context.close();
  }, 30_000);

  it.each(PAGES.map((page) => [page.id, pageUrl(page, language)]))('%s: without JavaScript, the text and the numbers are there, as hydrated', async (_id, path) => {
    const off = await visit(hub, path, { javaScript: false });
    const serverText = await readText(off.page, 'main', LIVE);
    expect(serverText.length).toBeGreaterThan(100);
    if (path.includes('helplines') || path.endsWith(`/${language}/`)) {
      expect(await off.page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
    }
    expect(await off.problems()).toEqual([]);
    await off.context.close();
    const on = await visit(hub, path);
    await hydrated(on.page);
    expect(await readText(on.page, 'main', LIVE)).toBe(serverText);
    await on.context.close();
  }, 30_000);
});
