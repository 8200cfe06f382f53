import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

describe('<cs-helpline-finder> under a strict Content-Security-Policy', () => {
  it('runs the built-in directory from the script-tag build, in Greek, country from the page language, with no violation', async () => {
    const page = await openCspPage(
      '/packages/helpline-finder/test/csp/helpline-finder.html',
      (doc) => !!doc.querySelector('cs-helpline-finder')?.shadowRoot?.querySelector('.count'),
    );
    expect(page.policy).to.include("require-trusted-types-for 'script'");
    expect(page.policy).to.include("script-src 'self'");
    const root = page.frame.contentDocument?.querySelector('cs-helpline-finder')?.shadowRoot as ShadowRoot;
    const count = () => visibleText(root.querySelector('.count'));
    // el-GR: Greece, from the page's language
    expect((root.querySelector('#country') as HTMLSelectElement).value).to.equal('GR');
    expect(count()).to.equal('5 γραμμές βοήθειας');
    expect(root.querySelector('[part="emergency"] a')?.getAttribute('href')).to.equal('tel:112');

    // Search: the count follows.
    const query = root.querySelector('#query') as HTMLInputElement;
    query.value = 'χαμογελο';
    query.dispatchEvent(new Event('input'));
    await waitUntil(() => count() === '3 γραμμές βοήθειας', `searching did not update the count (${count()})`, { timeout: 10000 });
    expect(page.violations()).to.deep.equal([]);

    // The watcher really sees violations: eval is forbidden on this page.
    expect(() => (page.frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.violations()).to.have.length.greaterThan(0);
    page.remove();
  });
});
