/**
 * Server rendering: the card renders to HTML with declarative shadow DOM in Node, in the
 * page's locale, so the hub can prerender pages that read right before JavaScript loads.
 * The HTML is also written to reports/ssr/ for the browser test that hydrates it.
 */
import { describe, expect, it } from 'vitest';
import { renderInLocale, textOf as text } from '../../../test-support/ssr.js';
import { html } from 'lit';
import { slottedCard as s } from '../fixtures/module-card.fixtures.js';

await import('../src/define.js');

const card = () => html`
  <cs-module-card href=${s.href} duration=${s.duration} units=${s.units} level=${s.level} languages=${s.languages}>
    <span slot="title">${s.title}</span>
    <span slot="summary">${s.summary}</span>
    <span slot="audience">${s.audience}</span>
  </cs-module-card>
`;

const renderIn = (locale: string) => renderInLocale(card, locale, 'module-card');

describe('server rendering', () => {
  it('renders declarative shadow DOM with the slotted texts in English', async () => {
    const out = await renderIn('en');
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(text(out)).toContain(s.title);
    expect(text(out)).toContain('4 units');
    expect(text(out)).toContain('Introductory');
    expect(out).toMatch(/<a part="link" href="\/modules\/awareness\/"/);
  });

  it('renders in French with French plurals, level and language names', async () => {
    const out = text(await renderIn('fr'));
    expect(out).toContain('lang="fr"');
    expect(out).toContain('4 unités');
    expect(out).toContain('Initiation');
    expect(out).toContain('anglais, français, espagnol, grec et italien');
  });

  it('renders in Greek', async () => {
    const out = text(await renderIn('el'));
    expect(out).toContain('4 ενότητες');
    expect(out).toContain('Εισαγωγικό');
  });
});
