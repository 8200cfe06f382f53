import { expect } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

describe('<cs-__name__> under a strict Content-Security-Policy', () => {
  it('renders from the script-tag build, in French, with no violation', async () => {
    const page = await openCspPage(
      '/packages/__name__/test/csp/__name__.html',
      (doc) => !!doc.querySelector('cs-__name__')?.shadowRoot?.querySelector('button'),
    );
    expect(page.policy).to.include("require-trusted-types-for 'script'");
    const widget = page.frame.contentDocument?.querySelector('cs-__name__');
    expect(visibleText(widget?.shadowRoot)).to.include('Marquer comme terminé');
    expect(page.violations()).to.deep.equal([]);
    page.remove();
  });
});
