import { expect } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

describe('<cs-module-card> under a strict Content-Security-Policy', () => {
  it('renders built-in and slotted cards from the script-tag build with no violation', async () => {
    const page = await openCspPage('/packages/module-card/test/csp/module-card.html', (doc) => {
      const cards = [...doc.querySelectorAll('cs-module-card')];
      return cards.length === 2 && cards.every((card) => card.shadowRoot?.querySelector('[part="title"]'));
    });
    expect(page.policy).to.be.a('string');
    expect(page.policy).to.include("require-trusted-types-for 'script'");
    expect(page.policy).to.include("script-src 'self'");
    const [builtin, slotted] = [...(page.frame.contentDocument?.querySelectorAll('cs-module-card') ?? [])];
    expect(visibleText(builtin?.shadowRoot)).to.include('5 unités');
    expect(visibleText(slotted?.shadowRoot)).to.include('4 unités');
    expect(page.violations()).to.deep.equal([]);

    // The watcher really sees violations: eval is forbidden on this page.
    expect(() => (page.frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.violations()).to.have.length.greaterThan(0);
    page.remove();
  });
});
