// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { provideContentKind } from '@childrensafe/core';
import { indicatorSets } from '@childrensafe/content/indicators';
import { visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';
import { weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

describe('<cs-indicator-checklist> hydration', () => {
  it('hydrates the server-rendered French checklist without errors, reusing its DOM, and ticks', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml('/packages/indicator-checklist/reports/ssr/indicator-checklist.fr.html', 'fr');
    const el = host.querySelector('cs-indicator-checklist') as HTMLElement & { content?: unknown; hasUpdated?: boolean; updateComplete?: Promise<boolean> };
    const root = () => el.shadowRoot as ShadowRoot;
    const serverBoxes = [...(el.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])];
    const serverTitle = el.shadowRoot?.querySelector('[part="title"]');
    const serverResult = el.shadowRoot?.querySelector('[part="result"]');
    expect(serverBoxes, 'declarative shadow DOM was parsed').to.have.length(5);
    expect(visibleText(el.shadowRoot?.querySelector('.count'))).to.equal('0 indicateur coché');

    // The server rendered from a property, with the indicator-set kind provided: the client
    // needs both before it upgrades, or its first render is "Loading…" and does not match.
    el.content = weightedSet;
    provideContentKind(indicatorSets);
    await import('../src/define.js');
    await waitUntil(() => el.hasUpdated, 'the checklist did not hydrate').catch((e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(capture.errors.map(String))}`);
    });
    await el.updateComplete;

    expect(root().querySelectorAll('section[part="checklist"]').length, 'hydrated in place, not rendered a second time').to.equal(1);
    expect([...root().querySelectorAll('input[type="checkbox"]')], 'the checkboxes are the server’s').to.deep.equal(serverBoxes);
    expect(root().querySelector('[part="title"]')).to.equal(serverTitle);
    expect(root().querySelector('[part="result"]')).to.equal(serverResult);
    expect(visibleText(root().querySelector('[part="title"]'))).to.equal(weightedSet.title.fr);

    // Hydrated, it is live: ticking updates the counts, the band and the announcement.
    (root().querySelector('input[value="older-friends"]') as HTMLInputElement).click();
    await waitUntil(() => visibleText(root().querySelector('.count')) === '1 indicateur coché', 'ticking did nothing after hydration', { timeout: 10000 });
    expect(visibleText(root().querySelector('.category-count'))).to.equal('1 sur 3');
    expect(root().querySelector('[part="result"]')?.getAttribute('data-band')).to.equal('some-concern');
    // The live region is live too: an empty one hydrated from the server still announces.
    expect(root().querySelector('[role="status"]')?.textContent?.trim()).to.equal('Niveau de préoccupation\u00a0: Préoccupation modérée');
    expect((serverBoxes[1] as HTMLInputElement).checked, 'the server’s checkbox is the one ticked').to.equal(true);

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });
});
