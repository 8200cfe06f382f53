/**
 * The built hub in a real browser, in each of the five languages, under the strict CSP its
 * host sends: every page opens without a console error, a CSP violation, a request elsewhere,
 * a cookie, a storage write or an axe violation; the reader finds a helpline, switches
 * language and stays on the page, leaves with the quick exit; and without JavaScript the text
 * and the numbers are there, the same text the hydrated page shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGUAGES, PAGES, modulePageOf, pageById, pageUrl } from '../src/site.js';
import { axeViolations, hydrated, readText, startHub, tabTo, visit, type Hub } from './e2e/browser.js';
// @ts-expect-error: a plain ES module of the hub's scripts, without types.
import { BUDGET, gzipOf, interactive } from '../scripts/page-weight.mjs';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub();
}, 30_000);
afterAll(() => hub?.close());

const PARTNERS = JSON.parse(readFileSync(new URL('../content/pages/partners.json', import.meta.url), 'utf8')) as {
  labels: Record<string, Record<string, string>>;
};
const INDICATORS = JSON.parse(readFileSync(new URL('../../../packages/content/data/indicators/stop-indicators.json', import.meta.url), 'utf8')) as {
  bands: { id: string; title: Record<string, string> }[];
};

/** A country each language's page is read in, for the finder. */
const COUNTRY = { en: 'IT', fr: 'FR', es: 'ES', el: 'GR', it: 'IT' } as const;
// The live opening state replaces each line's timetable once the reader's clock is known.
const LIVE = '.hours';

describe.each(LANGUAGES.map((language) => [language]))('the hub in %s', (language) => {
  it.each(PAGES.map((page) => [page.module ?? page.id, pageUrl(page, language)]))(
    '%s: without JavaScript, its text and numbers; with it, clean (no error, no CSP violation, nothing elsewhere, nothing stored, no axe violation), within the budget, reading the same',
    async (_id, path) => {
      const off = await visit(hub, path, { javaScript: false });
      const serverText = await readText(off.page, 'main', LIVE);
      expect(serverText.length).toBeGreaterThan(100);
      if (['helplines', 'young-people', 'home'].some((id) => path === pageUrl(pageById(id), language))) {
        expect(await off.page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      }
      expect(await off.problems()).toEqual([]);
      await off.context.close();

      const on = await visit(hub, path);
      await interactive(on.page);
      const loaded = on.scripts().reduce((sum: number, file: string) => sum + gzipOf(file), 0);
      expect(loaded, `JavaScript before interactive, min+gzip: ${on.scripts().join(', ')}`).toBeLessThanOrEqual(BUDGET);
      await hydrated(on.page);
      expect(await on.page.locator('h1').count()).toBe(1);
      expect(await readText(on.page, 'main', LIVE)).toBe(serverText);
      expect(await axeViolations(on.page)).toEqual([]);
      expect(await on.problems()).toEqual([]);
      await on.context.close();
    },
    45_000,
  );

  it('answers an unknown address with its 404 page, clean', async () => {
    const { page, context, problems } = await visit(hub, `/${language}/no-such-page/`, { expectStatus: 404 });
    await hydrated(page);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 30_000);

  it('finds a helpline in the reader’s country, with its number as a link that dials', async () => {
    const { page, context, problems } = await visit(hub, pageUrl(pageById('helplines'), language));
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

  it('completes a module’s quiz with the keyboard alone, and reads the result', async () => {
    const { page, context, problems } = await visit(hub, pageUrl(modulePageOf('stop-1'), language));
    await hydrated(page);
    await page.locator('cs-quiz [data-action="start"]').focus();
    await page.keyboard.press('Enter');
    for (let question = 0; question < 30 && !(await page.locator('cs-quiz [part="results"]').count()); question++) {
      await tabTo(page, 'input');
      await page.keyboard.press('Space');
      await tabTo(page, '[data-action="check"]');
      await page.keyboard.press('Enter');
      await tabTo(page, '[data-action="next"]');
      await page.keyboard.press('Enter');
    }
    const results = page.locator('cs-quiz [part="results"]');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.locator('.score').textContent()).toMatch(/\d/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 60_000);

  it('ticks warning signs and reads the guidance for the concern they raise', async () => {
    const { page, context, problems } = await visit(hub, pageUrl(pageById('indicators'), language));
    await hydrated(page);
    const checklist = page.locator('cs-indicator-checklist');
    // A request for intimate images is a strong sign: on its own, it raises high concern.
    const category = checklist.locator('details[part="category"]:has(input[value="image-requests"])');
    if (!(await category.evaluate((details: HTMLDetailsElement) => details.open))) await category.locator('> summary').click();
    await checklist.locator('input[value="image-requests"]').focus();
    await page.keyboard.press('Space');
    const band = INDICATORS.bands.find((b) => b.id === 'high-concern')!;
    await expect
      .poll(() =>
        checklist
          .locator('#result-title')
          .textContent()
          .then((t) => t?.replace(/\s+/g, ' ').trim()),
      )
      .toContain(band.title[language]);
    expect(await checklist.locator('[part="result"]').textContent()).toContain('112');
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 30_000);

  it('switches language and stays on the same page', async () => {
    const other = LANGUAGES.find((l) => l !== language)!;
    const { page, context, problems } = await visit(hub, pageUrl(pageById('helplines'), language));
    await page.locator(`nav.languages a[hreflang="${other}"]`).click();
    await page.waitForURL(`**${pageUrl(pageById('helplines'), other)}`);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 30_000);

  it('writes the code a partner copies for the widget and options chosen, and copies it', async () => {
    const { page, context, problems } = await visit(hub, pageUrl(pageById('partners'), language));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const labels = PARTNERS.labels;
    const code = (way: string) => page.locator(`#snippet-${way}`).textContent();
    await page.getByLabel(labels['widget']![language]!, { exact: true }).selectOption('helpline-finder');
    await page.getByLabel(labels['theme']![language]!, { exact: true }).selectOption('stop');
    await page.getByLabel(labels['country']![language]!, { exact: true }).selectOption('FR');
    await expect.poll(() => code('script')).toContain('<cs-helpline-finder country="FR" data-cs-theme="stop"></cs-helpline-finder>');
    expect(await code('iframe')).toContain(`/embed/helpline-finder/?lang=${language}&amp;theme=stop&amp;country=FR`);
    await page.locator('.snippet[data-way="iframe"] .copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code('iframe'));
    await expect.poll(() => page.locator('.snippet-status').textContent()).toBe(labels['copied']![language]);
    // The quick exit acts on the partner's own page: no iframe for it, and the page says why.
    await page.getByLabel(labels['widget']![language]!, { exact: true }).selectOption('quick-exit');
    expect(await page.locator('.snippet[data-way="iframe"] pre').isHidden()).toBe(true);
    expect(await page.locator('.snippet[data-way="iframe"] .snippet-none').textContent()).toBe(labels['no-iframe']![language]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('leaves with the quick exit, replacing the page in the history', async () => {
    const { page, context } = await visit(hub, pageUrl(pageById('home'), language));
    // The neutral site the exit leads to, answered here: the test makes no request elsewhere.
    await context.route('https://www.wikipedia.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title>' }));
    await hydrated(page);
    await page.locator('cs-quick-exit a[part="button"]').click();
    await page.waitForURL('https://www.wikipedia.org/**');
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain(hub.origin + pageUrl(pageById('home'), language));
    await context.close();
  }, 30_000);
});
