import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

describe('<cs-quiz> under a strict Content-Security-Policy', () => {
  it('runs a built-in quiz from the script-tag build with no violation', async () => {
    const page = await openCspPage('/packages/quiz/test/csp/quiz.html', (doc) => !!doc.querySelector('cs-quiz')?.shadowRoot?.querySelector('[part="title"]'));
    expect(page.policy).to.be.a('string');
    expect(page.policy).to.include("require-trusted-types-for 'script'");
    expect(page.policy).to.include("script-src 'self'");
    const root = page.frame.contentDocument?.querySelector('cs-quiz')?.shadowRoot as ShadowRoot;
    expect(visibleText(root)).to.include('Relation saine ou exploitation ? Teste tes connaissances').and.include('10 questions');

    // Start: the first question renders, its rich text and options included.
    (root.querySelector('button.primary') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('legend'), 'no question after Start', { timeout: 10000 });
    expect(visibleText(root.querySelector('[part="progress"]'))).to.equal('Question 1 sur 10');
    expect(root.querySelectorAll('label[part="option"]').length).to.be.at.least(2);

    // Check an answer: the feedback (rich text from the content) renders too.
    (root.querySelector('label[part="option"]') as HTMLLabelElement).click();
    await waitUntil(() => !(root.querySelector('button.primary') as HTMLButtonElement).disabled, 'choosing did not enable Check', { timeout: 10000 });
    (root.querySelector('button.primary') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('[part="feedback"]'), 'no feedback after Check', { timeout: 10000 });
    expect(visibleText(root.querySelector('[part="feedback"]'))).to.match(/^(Juste\.|Pas tout à fait\.|En partie juste\.)/);
    expect(page.violations()).to.deep.equal([]);

    // The watcher really sees violations: eval is forbidden on this page.
    expect(() => (page.frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.violations()).to.have.length.greaterThan(0);
    page.remove();
  });
});
