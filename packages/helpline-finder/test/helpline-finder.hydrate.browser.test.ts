// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { provideContentKind } from '@childrensafe/core';
import { helplineDirectories } from '@childrensafe/content/helplines';
import { visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';

describe('<cs-helpline-finder> hydration', () => {
  it('hydrates the server-rendered French finder without errors, reusing its DOM, and filters', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml('/packages/helpline-finder/reports/ssr/helpline-finder.fr.html', 'fr');
    const el = host.querySelector('cs-helpline-finder') as HTMLElement & { content?: unknown; hasUpdated?: boolean; updateComplete?: Promise<boolean> };
    const root = () => el.shadowRoot as ShadowRoot;
    const serverLinks = [...(el.shadowRoot?.querySelectorAll('a[part="contact"]') ?? [])];
    const serverForm = el.shadowRoot?.querySelector('[part="filters"]');
    expect(serverLinks.length, 'declarative shadow DOM was parsed').to.equal(9);
    expect(visibleText(el.shadowRoot?.querySelector('.count'))).to.equal('6 lignes d’aide');

    // The server rendered from a property, with the kind provided: the client needs both
    // before it upgrades, or its first render is "Loading…" and does not match.
    const json = await (await fetch('/packages/content/data/helplines/europe.json')).json();
    el.content = { ...json, helplines: json.helplines.filter((h: { country: string }) => h.country === 'EU' || h.country === 'FR') };
    provideContentKind(helplineDirectories);
    await import('../src/define.js');
    await waitUntil(() => el.hasUpdated, 'the finder did not hydrate').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(capture.errors.map(String))}`);
    });
    await el.updateComplete;

    expect(root().querySelectorAll('section').length, 'hydrated in place, not rendered a second time').to.equal(1);
    expect([...root().querySelectorAll('a[part="contact"]')], 'the links are the server’s').to.deep.equal(serverLinks);
    expect(root().querySelector('[part="filters"]')).to.equal(serverForm);

    // Hydrated, it is live: a topic narrows the list and the count is announced.
    const topic = root().querySelector('#topic') as HTMLSelectElement;
    topic.value = 'missing-children';
    topic.dispatchEvent(new Event('change'));
    await waitUntil(() => visibleText(root().querySelector('.count')) === '1 ligne d’aide', 'filtering did nothing after hydration', { timeout: 10000 });
    await waitUntil(() => root().querySelector('[role="status"]')?.textContent?.trim() === '1 ligne d’aide', 'the count was not announced', { timeout: 10000 });

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });
});
