import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, setPageLanguage, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { Cs__Name__ } from '../src/__name__.js';
import type { __Name__ChangeDetail } from '../src/__name__-events.js';
import { __camel__Texts as texts } from '../fixtures/__name__.fixtures.js';

const button = (el: Cs__Name__) => el.shadowRoot!.querySelector('button') as HTMLButtonElement;
const live = (el: Cs__Name__) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

for (const locale of ['en', 'fr'] as const) {
  describe(`<cs-__name__> in ${locale}`, () => {
    before(() => setPageLanguage(locale));
    after(() => setPageLanguage('en'));

    it('is marked done with the keyboard, says so, and tells the page', async () => {
      const el = await fixture<Cs__Name__>(html`<cs-__name__ heading=${texts[locale].heading}>${texts[locale].text}</cs-__name__>`);
      await expectAccessible(el);
      expect(el.shadowRoot!.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
      expect(button(el).getAttribute('aria-pressed')).to.equal('false');

      button(el).focus();
      const change = oneEvent(el, 'cs-__name__-change') as Promise<CustomEvent<__Name__ChangeDetail>>;
      await sendKeys({ press: 'Enter' });
      expect((await change).detail).to.deep.equal({ done: true });
      await el.updateComplete;
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(live(el)).to.equal(locale === 'fr' ? 'Marqué comme terminé.' : 'Marked as done.');
      expect(visibleText(el.shadowRoot)).to.include(locale === 'fr' ? 'Terminé' : 'Done');
      await expectAccessible(el);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button(el).getAttribute('aria-pressed')).to.equal('false');
      expect(live(el)).to.equal(locale === 'fr' ? 'Marqué comme non terminé.' : 'Marked as not done.');
    });
  });
}
