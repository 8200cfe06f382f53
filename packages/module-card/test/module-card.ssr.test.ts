/**
 * Server rendering: the card renders to HTML with declarative shadow DOM in Node, in the
 * page's locale, so the hub can prerender pages that read right before JavaScript loads.
 * The HTML is also written to reports/ssr/ for the browser test that hydrates it.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { slottedCard as s } from '../fixtures/module-card.fixtures.js';

// lit-localize announces locale changes on `window`, which the DOM shim does not provide.
beforeAll(() => {
  (globalThis as { window?: unknown }).window ??= new EventTarget();
});

const { setLocale } = await import('@childrensafe/core');
await import('../src/define.js');

const card = () => html`
  <cs-module-card href=${s.href} duration=${s.duration} units=${s.units} level=${s.level} languages=${s.languages}>
    <span slot="title">${s.title}</span>
    <span slot="summary">${s.summary}</span>
    <span slot="audience">${s.audience}</span>
  </cs-module-card>
`;

async function renderIn(locale: string): Promise<string> {
  await setLocale(locale);
  const out = await collectResult(render(card()));
  await mkdir('reports/ssr', { recursive: true });
  await writeFile(`reports/ssr/module-card.${locale}.html`, out);
  return out;
}

const text = (htmlText: string) => htmlText.replace(/<!--[^>]*-->|<\?>/g, '').replace(/\s+/g, ' ');

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
