// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';
import { destinations } from '../fixtures/quick-exit.fixtures.js';
import type { CsQuickExit } from '../src/quick-exit.js';

/*
 * reports/ssr/quick-exit.el.html is written by quick-exit.ssr.test.ts (the Node tests run
 * first): the Greek quick exit, leaving to https://example.org/, with its fallback link. On
 * this page it is never made to leave (Shift is pressed twice at most); the exit after
 * hydration is tested in a sandboxed frame.
 */

const SERVER_HTML = '/packages/quick-exit/reports/ssr/quick-exit.el.html';

describe('<cs-quick-exit> hydration', () => {
  it('hydrates the server-rendered Greek button without errors, reusing it, and announces Shift presses in Greek', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml(SERVER_HTML, 'el');
    const exit = host.querySelector('cs-quick-exit') as CsQuickExit;
    const serverButton = exit.shadowRoot?.querySelector('[part="button"]') as HTMLAnchorElement | null | undefined;
    const serverStatus = exit.shadowRoot?.querySelector('[role="status"]');
    expect(serverButton, 'declarative shadow DOM was parsed').to.exist;
    // Before any script: the server's button is a working link, the light-DOM fallback is not shown.
    expect(serverButton?.textContent?.trim()).to.equal('Έξοδος από τη σελίδα');
    expect(serverButton?.getAttribute('href')).to.equal('https://example.org/');
    expect(serverButton?.checkVisibility()).to.equal(true);
    expect(exit.querySelector(':scope > a')?.checkVisibility(), 'the fallback link is not shown twice').to.equal(false);

    await import('../src/define.js');
    await waitUntil(() => exit.hasUpdated, 'the quick exit did not hydrate', { timeout: 10000 });
    await exit.updateComplete;

    expect(exit.shadowRoot?.querySelectorAll('.wrap').length, 'hydrated in place, not rendered a second time').to.equal(1);
    expect(exit.shadowRoot?.querySelector('[part="button"]'), 'the button is the server’s').to.equal(serverButton);
    expect(exit.shadowRoot?.querySelector('[role="status"]')).to.equal(serverStatus);
    expect(visibleText(exit.shadowRoot)).to.equal('Έξοδος από τη σελίδα Ή πατήστε 3 φορές το Shift.');

    // Hydrated, it listens: Shift presses are counted and announced, in Greek.
    const status = serverStatus as HTMLElement;
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(status.textContent?.trim()).to.equal('Shift: πατήστε άλλες 2 φορές για έξοδο.');
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(status.textContent?.trim()).to.equal('Shift: πατήστε άλλη 1 φορά για έξοδο.');
    // Another key ends the sequence (and keeps this page where it is).
    await sendKeys({ press: 'a' });
    await exit.updateComplete;
    expect(status.textContent?.trim()).to.equal('');

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });

  it('leaves from the hydrated server button when it is clicked', async () => {
    const log: string[] = [];
    (window as unknown as { quickExitLog: string[] }).quickExitLog = log;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.title = 'hydrated page';
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.src = '/packages/quick-exit/test/pages/hydrate.html';
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { serverButton?: Element }) | null;
      const element = () => win()?.document.querySelector('cs-quick-exit') as CsQuickExit | null | undefined;
      await waitUntil(() => element()?.hasUpdated, 'the page did not hydrate', { timeout: 8000 });
      await element()?.updateComplete;
      const exit = element() as CsQuickExit;
      const button = exit.shadowRoot?.querySelector('[part="button"]') as HTMLAnchorElement;
      expect(button, 'the button is the server’s').to.equal(win()?.serverButton);
      // The server rendered https://example.org/; the page (an app) now points it to the test's destination.
      exit.href = destinations.test;
      await exit.updateComplete;
      expect(button.getAttribute('href')).to.equal(new URL(destinations.test, location.href).href);

      button.click();
      await waitUntil(() => frame.contentWindow?.location.pathname === destinations.test, 'the destination was not reached', { timeout: 10000 });
      const detail = { destination: new URL(destinations.test, location.href).href, trigger: 'button' };
      const records = log.map((entry) => JSON.parse(entry) as { name: string; detail: unknown });
      expect(records.map(({ name, detail }) => ({ name, detail }))).to.deep.equal([
        { name: 'cs-quick-exit-leave', detail },
        { name: 'cs-quick-exit', detail },
      ]);
    } finally {
      frame.remove();
    }
  });
});
