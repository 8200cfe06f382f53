// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { setPageLanguage, visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';

describe('<cs-module-card> hydration', () => {
  it('hydrates server-rendered French HTML without errors, reusing its DOM', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml('/packages/module-card/reports/ssr/module-card.fr.html', 'fr');
    const card = host.querySelector('cs-module-card') as HTMLElement;
    const serverLink = card.shadowRoot?.querySelector('a');
    expect(serverLink, 'declarative shadow DOM was parsed').to.exist;

    await import('../src/define.js');
    await waitUntil(() => (card as { hasUpdated?: boolean }).hasUpdated, 'the card did not hydrate', { timeout: 10000 });

    expect(card.shadowRoot?.querySelector('a')).to.equal(serverLink);
    expect(visibleText(card.shadowRoot)).to.include('4 unités');
    // Hydrated, it is live: the page language still drives it.
    await setPageLanguage('en', card as never);
    expect(visibleText(card.shadowRoot)).to.include('4 units');

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });
});
