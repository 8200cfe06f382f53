import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';
import { destinations } from '../fixtures/quick-exit.fixtures.js';
import type { CsQuickExit } from '../src/quick-exit.js';

/*
 * test/csp/quick-exit.html: the script-tag build in a Greek page served with the strictest
 * policy a partner may use (scripts from the page's origin only, Trusted Types required). It
 * loads ../pages/exit-page.js, so the query string sets the element up as on pages/exit.html.
 */

const PAGE = '/packages/quick-exit/test/csp/quick-exit.html';

const rendered = (doc: Document) =>
  !!doc.querySelector('cs-quick-exit')?.shadowRoot?.querySelector('[part="button"]') &&
  !!doc.querySelector('cs-safety-info')?.shadowRoot?.querySelector('section');

describe('<cs-quick-exit> under a strict Content-Security-Policy', () => {
  it('renders the button and the safety information from the script-tag build with no violation', async () => {
    const page = await openCspPage(PAGE, rendered);
    try {
      expect(page.policy).to.include("require-trusted-types-for 'script'");
      expect(page.policy).to.include("script-src 'self'");
      const doc = page.frame.contentDocument as Document;
      const exit = doc.querySelector('cs-quick-exit') as CsQuickExit;
      await waitUntil(() => exit.shadowRoot?.querySelector('[lang="el"]'), 'the Greek translations did not load', { timeout: 10000 });
      const button = exit.shadowRoot?.querySelector('[part="button"]') as HTMLAnchorElement;
      expect(button.textContent?.trim()).to.equal('Έξοδος από τη σελίδα');
      expect(button.getAttribute('href')).to.equal(new URL(destinations.test, location.href).href);
      expect(button.checkVisibility()).to.equal(true);
      expect(visibleText(exit.shadowRoot)).to.include('Ή πατήστε 3 φορές το Shift.');
      expect(visibleText(doc.querySelector('cs-safety-info')?.shadowRoot))
        .to.include('Ασφαλής περιήγηση σε αυτόν τον ιστότοπο')
        .and.include('112');
      expect(page.violations()).to.deep.equal([]);

      // The watcher really sees violations: eval is forbidden on this page.
      expect(() => (page.frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(page.violations()).to.have.length.greaterThan(0);
    } finally {
      page.remove();
    }
  });

  // openCspPage's frame may navigate this page, so the exit gets a sandboxed frame of its own.
  it('announces the shortcut and leaves with no violation', async () => {
    window.quickExitLog = [];
    const violations: string[] = [];
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.title = 'strict CSP page';
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    // The destination is a fragment of the page itself: the exit runs to its end, and the page
    // (with what it recorded) stays to be read.
    frame.src = `${PAGE}?${new URLSearchParams({ href: '#left' })}`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && rendered(frame.contentDocument), 'the page did not render', { timeout: 8000 });
      const win = frame.contentWindow as Window & { cspViolations?: string[] };
      win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`));
      const exit = win.document.querySelector('cs-quick-exit') as CsQuickExit;
      const status = exit.shadowRoot?.querySelector('[role="status"]') as HTMLElement;
      await waitUntil(() => exit.shadowRoot?.querySelector('[lang="el"]'), 'the Greek translations did not load', { timeout: 10000 });

      frame.focus();
      win.focus();
      await sendKeys({ press: 'Shift' });
      await exit.updateComplete;
      expect(status.textContent?.trim()).to.equal('Shift: πατήστε άλλες 2 φορές για έξοδο.');
      (exit.shadowRoot?.querySelector('[part="button"]') as HTMLAnchorElement).click();
      await waitUntil(() => win.location.hash === '#left', 'the exit did not navigate', { timeout: 10000 });
      expect(exits()).to.deep.equal([{ destination: `${new URL(PAGE, location.href).href}?href=%23left#left`, trigger: 'button' }]);
      expect(exit.shadowRoot?.querySelector<HTMLElement>('[part="cover"]')?.checkVisibility(), 'the cover is shown').to.equal(true);
      expect(win.document.title).to.equal('');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.cspViolations, 'violations the page recorded').to.deep.equal([]);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
      delete window.quickExitLog;
    }
  });
});

const exits = () =>
  (window.quickExitLog ?? [])
    .map((entry) => JSON.parse(entry) as { name: string; detail: unknown })
    .filter((record) => record.name === 'cs-quick-exit-leave')
    .map((record) => record.detail);
