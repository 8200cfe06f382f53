import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

describe('<cs-indicator-checklist> under a strict Content-Security-Policy', () => {
  it('runs the built-in set from the script-tag build, in French, with no violation', async () => {
    const page = await openCspPage(
      '/packages/indicator-checklist/test/csp/indicator-checklist.html',
      (doc) => !!doc.querySelector('cs-indicator-checklist')?.shadowRoot?.querySelector('[part="title"]'),
    );
    expect(page.policy).to.be.a('string');
    expect(page.policy).to.include("require-trusted-types-for 'script'");
    expect(page.policy).to.include("script-src 'self'");
    const root = page.frame.contentDocument?.querySelector('cs-indicator-checklist')?.shadowRoot as ShadowRoot;
    const count = () => visibleText(root.querySelector('.count'));
    expect(visibleText(root.querySelector('[part="title"]'))).to.equal('Signes pouvant indiquer l’exploitation sexuelle d’un ou d’une jeune');
    // The disclaimer's rich text renders (paragraphs, no markup shown as text).
    expect(root.querySelectorAll('[part="disclaimer"] p').length).to.be.at.least(1);
    expect(visibleText(root.querySelector('[part="disclaimer"]'))).to.include('pas un diagnostic');
    expect(root.querySelectorAll('details[part="category"]')).to.have.length(7);
    expect(root.querySelectorAll('input[type="checkbox"]')).to.have.length(36);
    expect(count()).to.equal('0 indicateur coché');

    // Tick one box: the counts and the result panel follow.
    (root.querySelector('input[value="older-friends"]') as HTMLInputElement).click();
    await waitUntil(() => count() === '1 indicateur coché', 'ticking did not update the count', { timeout: 10000 });
    expect(root.querySelector('[part="result"]')?.getAttribute('data-band')).to.equal('some-concern');
    expect(root.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Niveau de préoccupation\u00a0: Quelques préoccupations');
    expect(page.violations()).to.deep.equal([]);

    // The watcher really sees violations: eval is forbidden on this page.
    expect(() => (page.frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.violations()).to.have.length.greaterThan(0);
    page.remove();
  });
});
