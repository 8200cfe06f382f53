import { describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { renderLocalizedRichText, renderLocalizedText } from '../src/localized-text-template.js';

const toHtml = async (value: unknown) => (await collectResult(render(html`${value}`))).replace(/<!--[^>]*-->|<\?>/g, '');
const text = { en: 'Ask *first*', fr: 'Demandez *d’abord*' };

describe('renderLocalizedText', () => {
  it('gives the reader’s language as plain text', async () => {
    expect(await toHtml(renderLocalizedText(text, 'fr'))).toBe('Demandez *d’abord*');
  });

  it('marks an English fallback with lang="en"', async () => {
    expect(await toHtml(renderLocalizedText(text, 'el'))).toBe('<span lang="en">Ask *first*</span>');
  });
});

describe('renderLocalizedRichText', () => {
  it('renders the rich-text subset in the reader’s language, unmarked', async () => {
    const out = await toHtml(renderLocalizedRichText(text, 'fr'));
    expect(out).not.toContain('lang=');
    expect(out.replace(/<div\s*>/, '<div>')).toBe('<div><p>Demandez <em>d’abord</em></p></div>');
  });

  it('marks an English fallback with lang="en"', async () => {
    expect(await toHtml(renderLocalizedRichText(text, 'it'))).toBe('<div lang="en"><p>Ask <em>first</em></p></div>');
  });
});
