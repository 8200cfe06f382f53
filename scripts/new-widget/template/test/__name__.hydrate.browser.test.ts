// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';

describe('<cs-__name__> hydration', () => {
  it('hydrates the server-rendered French HTML without errors, reusing its DOM, and works', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml('/packages/__name__/reports/ssr/__name__.fr.html', 'fr');
    const widget = host.querySelector('cs-__name__') as HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> };
    const serverButton = widget.shadowRoot?.querySelector('button');
    expect(serverButton, 'declarative shadow DOM was parsed').to.exist;

    await import('../src/define.js');
    await waitUntil(() => widget.hasUpdated, 'the widget did not hydrate', { timeout: 10000 });
    expect(widget.shadowRoot?.querySelector('button'), 'the button is the server’s').to.equal(serverButton);

    serverButton!.click();
    await widget.updateComplete;
    expect(visibleText(widget.shadowRoot)).to.include('Terminé');

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });
});
