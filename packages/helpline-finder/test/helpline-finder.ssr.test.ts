/**
 * Server rendering: a directory given as a property renders to HTML with declarative shadow
 * DOM, in the page's language, once the server has provided the helpline-directory kind:
 * 112 first, the menus with the country chosen, and each line with its real contact links.
 * The HTML is written to reports/ssr/ for the browser test that hydrates it.
 */
import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { renderInLocale, textOf as text } from '../../../test-support/ssr.js';
import { WEDNESDAY_MORNING } from '../fixtures/helpline-finder.fixtures.js';

const { provideContentKind } = await import('@childrensafe/core');
const { helplineDirectories } = await import('@childrensafe/content/helplines');
await import('../src/define.js');
provideContentKind(helplineDirectories);

/** The shipped EU-wide and French lines, as a server would pass them, in every language. */
async function directory(): Promise<unknown> {
  const full = (await import('../../content/data/helplines/europe.json', { with: { type: 'json' } })).default as { helplines: { country: string }[] };
  return { ...full, helplines: full.helplines.filter((h) => h.country === 'EU' || h.country === 'FR') };
}
const content = await directory();

const renderIn = (locale: string) =>
  renderInLocale(() => html`<cs-helpline-finder country="FR" now=${WEDNESDAY_MORNING} .content=${content}></cs-helpline-finder>`, locale, 'helpline-finder');

describe('server rendering', () => {
  it('renders in English with declarative shadow DOM: 112 first, then the French lines', async () => {
    const out = await renderIn('en');
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    const t = text(out);
    expect(t).toContain('lang="en"');
    const emergency = t.indexOf('part="emergency"');
    const form = t.indexOf('part="filters"');
    expect(emergency).toBeGreaterThan(0);
    expect(emergency).toBeLessThan(form);
    expect(t).toContain('href="tel:112"');
    expect(t).toMatch(/<p class="count" id="count">\s*6 helplines\s*<\/p>/);
    for (const dial of ['119', '116000', '3018']) expect(t).toContain(`href="tel:${dial}"`);
    expect(t).toMatch(/<option value="FR" selected>\s*France\s*<\/option>/);
    expect(t).toContain('Open 24 hours a day, 7 days a week');
    expect(t).toContain('Checked on November 22, 2026');
  });

  it('renders in French, with the French texts of the lines and of the interface', async () => {
    const t = text(await renderIn('fr')).replace(/\u00a0/g, ' ');
    expect(t).toContain('lang="fr"');
    for (const words of [
      'Trouver une ligne d’aide',
      '6 lignes d’aide',
      'Appeler le 119',
      'Vérifié le 22 novembre 2026',
      'Tous les thèmes',
      'Ouvert 24 h/24, 7 j/7',
    ]) {
      expect(t).toContain(words);
    }
    expect(t).toContain('numéro national contre le harcèlement et les violences numériques');
    expect(t).not.toContain('national helpline for young victims');
  });

  it('without a fixed time, says each line’s weekly hours, not the server’s "open now"', async () => {
    const out = text(
      await renderInLocale(() => html`<cs-helpline-finder country="FR" .content=${content}></cs-helpline-finder>`, 'en', 'helpline-finder-no-clock'),
    );
    expect(out).not.toMatch(/Open now, closes|Closed, opens/);
    expect(out).toContain('Open 24 hours a day, 7 days a week');
    expect(out).toContain('Hours: every day 09:00–23:00 (Central European Time)');
    const fr = text(
      await renderInLocale(() => html`<cs-helpline-finder country="FR" .content=${content}></cs-helpline-finder>`, 'fr', 'helpline-finder-no-clock'),
    ).replace(/\u00a0/g, ' ');
    expect(fr).toContain('Horaires : tous les jours 09:00–23:00 (heure d’Europe centrale)');
  });

  it('leaves “Open now” unticked and the search empty in the server HTML', async () => {
    const out = await renderIn('en');
    const box = out.match(/<input\b[^>]*type="checkbox"[^>]*>/)?.[0] ?? '';
    expect(box).not.toMatch(/\schecked(\s|=|\/|>)/);
    expect(out.match(/<input\b[^>]*type="search"[^>]*>/)?.[0]).toMatch(/value=""/);
  });
});
