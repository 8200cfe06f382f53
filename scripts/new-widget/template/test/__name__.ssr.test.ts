/**
 * Server rendering: the widget renders to HTML with declarative shadow DOM in Node, in the
 * page's locale. The HTML is written to reports/ssr/ for the browser test that hydrates it.
 */
import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { renderInLocale, textOf } from '../../../test-support/ssr.js';
import { __camel__Texts as texts } from '../fixtures/__name__.fixtures.js';

await import('../src/define.js');

const widget = (locale: 'en' | 'fr') => () => html`<cs-__name__ heading=${texts[locale].heading}>${texts[locale].text}</cs-__name__>`;

describe('server rendering', () => {
  it('renders declarative shadow DOM in English', async () => {
    const out = await renderInLocale(widget('en'), 'en', '__name__');
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(textOf(out)).toContain('Mark as done');
    expect(textOf(out)).toContain(texts.en.heading);
  });

  it('renders in French', async () => {
    const out = textOf(await renderInLocale(widget('fr'), 'fr', '__name__'));
    expect(out).toContain('lang="fr"');
    expect(out).toContain('Marquer comme terminé');
  });
});
