import { expect, waitUntil } from '@open-wc/testing';
import { openCspPage } from '../../../test-support/csp.js';
import { visibleText } from '../../../test-support/browser.js';

/** The version the test server gives the older copy (scripts/older-copy-middleware.mjs). */
const OLDER_VERSION = '0.0.9';

describe('a page that also loads an older copy of a widget package', () => {
  it('keeps working, with one warning that names both versions', async () => {
    const page = await openCspPage('/packages/widgets/test/pages/two-copies.html', (doc) => !!doc.querySelector('cs-quiz')?.shadowRoot?.firstElementChild);
    try {
      const quiz = page.frame.contentDocument!.querySelector('cs-quiz')!.shadowRoot!;
      await waitUntil(() => visibleText(quiz).includes('Inizia'), 'the quiz did not render in Italian', { timeout: 8000 });
      // Both copies have run their define entry by the time the page is loaded and idle.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { version } = (await (await fetch('/packages/widgets/package.json')).json()) as { version: string };
      const warnings = page.consoleMessages();
      expect(warnings).to.have.length(1);
      // Whichever loads first keeps the tag; the warning names the two releases either way.
      expect(warnings[0]).to.match(/^warn: \[childrensafe\] <cs-quiz> is already defined by version (\S+); this copy \(version (\S+)\) was not registered/);
      const [, kept, refused] = warnings[0]!.match(/by version (\S+); this copy \(version (\S+)\)/)!;
      expect([kept, refused].sort()).to.deep.equal([OLDER_VERSION, version].sort());
    } finally {
      page.remove();
    }
  });
});
