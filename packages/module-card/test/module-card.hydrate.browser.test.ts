// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '@childrensafe/core';
import { setPageLanguage, visibleText } from '../../../test-support/browser.js';

describe('<cs-module-card> hydration', () => {
  it('hydrates server-rendered French HTML without errors, reusing its DOM', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);

    // Written by module-card.ssr.test.ts (the `test` task runs before `test:browser`).
    const response = await fetch('/packages/module-card/reports/ssr/module-card.fr.html');
    expect(response.ok, 'run the node tests first: they write the server-rendered HTML').to.equal(true);
    document.documentElement.lang = 'fr';
    await setLocale('fr');
    const host = document.createElement('div');
    host.setHTMLUnsafe(await response.text());
    document.body.append(host);
    const card = host.querySelector('cs-module-card') as HTMLElement;
    const serverLink = card.shadowRoot?.querySelector('a');
    expect(serverLink, 'declarative shadow DOM was parsed').to.exist;

    await import('../src/define.js');
    await waitUntil(() => (card as { hasUpdated?: boolean }).hasUpdated, 'the card did not hydrate');

    expect(card.shadowRoot?.querySelector('a')).to.equal(serverLink);
    expect(visibleText(card.shadowRoot)).to.include('4 unités');
    // Hydrated, it is live: the page language still drives it.
    await setPageLanguage('en', card as never);
    expect(visibleText(card.shadowRoot)).to.include('4 units');

    window.removeEventListener('error', onError);
    console.error = consoleError;
    expect(errors).to.deep.equal([]);
    host.remove();
  });
});
