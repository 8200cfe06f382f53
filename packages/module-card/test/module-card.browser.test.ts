import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CsErrorEvent } from '@childrensafe/core';
import type { TrainingModule } from '@childrensafe/content';
import { modules } from '@childrensafe/content/modules';
import { ALL_LOCALES, THEMES, expectAccessible, setPageLanguage, useTheme, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsModuleCard } from '../src/module-card.js';
import { brokenModule, partlyTranslatedModule, slottedCard as s } from '../fixtures/module-card.fixtures.js';

const slotted = () =>
  fixture<CsModuleCard>(html`
    <cs-module-card href=${s.href} duration=${s.duration} units=${s.units} level=${s.level} languages=${s.languages}>
      <span slot="title">${s.title}</span>
      <span slot="summary">${s.summary}</span>
      <span slot="audience">${s.audience}</span>
    </cs-module-card>
  `);

/** Waits for content loaded from a built-in id, a URL or a property to be on screen. */
async function ready(card: CsModuleCard): Promise<CsModuleCard> {
  await waitUntil(
    () => card.shadowRoot?.querySelector('[part="title"]') || card.shadowRoot?.querySelector('[role="alert"]'),
    'card did not render its content',
    { timeout: 10000 },
  );
  await card.updateComplete;
  return card;
}

const shadow = (card: CsModuleCard) => card.shadowRoot as ShadowRoot;
const link = (card: CsModuleCard) => shadow(card).querySelector<HTMLAnchorElement>('a[part="link"]');

afterEach(async () => {
  await setPageLanguage('en');
  delete document.documentElement.dataset.csTheme;
  delete document.documentElement.dataset.csColorScheme;
});

describe('<cs-module-card> with slotted content', () => {
  it('shows the slotted texts and the facts from its attributes', async () => {
    const card = await slotted();
    const text = visibleText(shadow(card));
    expect(text).to.include(s.title).and.include(s.summary).and.include(s.audience);
    expect(text).to.include('Introductory').and.include('45 min').and.include('4 units');
    expect(text).to.include('Available in: English, French, Spanish, Greek, and Italian');
  });

  it('is one link named by its title, inside a heading of the chosen level', async () => {
    const card = await slotted();
    const links = shadow(card).querySelectorAll('a');
    expect(links.length).to.equal(1);
    expect(link(card)?.getAttribute('href')).to.equal(s.href);
    const heading = link(card)?.closest('[role="heading"]');
    expect(heading?.getAttribute('aria-level')).to.equal('3');
    card.headingLevel = 2;
    await card.updateComplete;
    expect(heading?.getAttribute('aria-level')).to.equal('2');
  });

  it('lets a click anywhere on the card reach the link', async () => {
    const card = await slotted();
    const summary = shadow(card).querySelector('[part="summary"]') as HTMLElement;
    const box = summary.getBoundingClientRect();
    const hit = shadow(card).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit).to.equal(link(card));
  });

  it('is not a link without an href, and hides the "For:" line when no audience is given', async () => {
    const card = await fixture<CsModuleCard>(html`<cs-module-card duration="30"><span slot="title">T</span></cs-module-card>`);
    expect(shadow(card).querySelector('a')).to.equal(null);
    expect(getComputedStyle(shadow(card).querySelector('[part="audience"]') as HTMLElement).display).to.equal('none');
    expect(shadow(card).querySelector('[part="languages"]')).to.equal(null);
  });

  it('leaves out facts whose attributes make no sense', async () => {
    const card = await fixture<CsModuleCard>(html`<cs-module-card duration="-3" units="abc" level="expert"><span slot="title">T</span></cs-module-card>`);
    expect(shadow(card).querySelectorAll('[part="facts"] li').length).to.equal(0);
  });
});

describe('<cs-module-card> with built-in content', () => {
  it('renders a STOP module from @childrensafe/content', async () => {
    const card = await ready(await fixture<CsModuleCard>(html`<cs-module-card module="stop-1" href="/m/1"></cs-module-card>`));
    const { title } = (await modules.loadBuiltin('stop-1')) as TrainingModule;
    const text = visibleText(shadow(card));
    expect(text).to.include('1 hr 30 min').and.include('5 units').and.include('Introductory');
    expect(link(card)?.textContent?.trim()).to.equal(title.en);
  });

  it('switches language when <html lang> changes, loading the module in that language', async () => {
    const card = await ready(await fixture<CsModuleCard>(html`<cs-module-card module="stop-2"></cs-module-card>`));
    const french = (await modules.loadBuiltin('stop-2', 'fr')) as TrainingModule;
    await setPageLanguage('fr-BE', card);
    await waitUntil(() => visibleText(shadow(card)).includes(french.title.fr!), 'the French module did not load', { timeout: 10000 });
    const text = visibleText(shadow(card));
    expect(text).to.include('5 unités').and.include('Intermédiaire').and.include('2 h');
    expect(shadow(card).querySelector('[part="title"] [lang]')).to.equal(null);
    expect(shadow(card).querySelector('article')?.getAttribute('lang')).to.equal('fr');

    await setPageLanguage('el', card);
    const greek = (await modules.loadBuiltin('stop-2', 'el')) as TrainingModule;
    await waitUntil(() => visibleText(shadow(card)).includes(greek.title.el!), 'the Greek module did not load', { timeout: 10000 });
    expect(visibleText(shadow(card)))
      .to.include('5 ενότητες')
      .and.include('Μέσο');
    // Loaded in one language, the module still says every language it exists in.
    expect(visibleText(shadow(card))).to.include('Αγγλικά, Γαλλικά, Ισπανικά, Ελληνικά και Ιταλικά');
  });

  it('uses the translation where content has one, marks English fallback, and lists only complete languages', async () => {
    const card = await ready(await fixture<CsModuleCard>(html`<cs-module-card .content=${partlyTranslatedModule}></cs-module-card>`));
    await setPageLanguage('el', card);
    expect(shadow(card).querySelector('[part="title"] [lang]')).to.equal(null);
    expect(link(card)?.textContent?.trim()).to.equal(partlyTranslatedModule.title.el);
    expect(visibleText(shadow(card)))
      .to.include('1 ενότητα')
      .and.include('Αγγλικά, Γαλλικά και Ελληνικά');
    await setPageLanguage('it', card);
    expect(shadow(card).querySelector('[part="title"] [lang="en"]')?.textContent).to.equal(partlyTranslatedModule.title.en);
    expect(visibleText(shadow(card))).to.include('1 unità');
  });

  it('renders a module fetched from src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(partlyTranslatedModule)], { type: 'application/json' }));
    const card = await ready(await fixture<CsModuleCard>(html`<cs-module-card src=${url}></cs-module-card>`));
    expect(link(card)?.getAttribute('href')).to.equal('/modules/healthy-relationships/');
  });
});

describe('<cs-module-card> with bad content', () => {
  it('shows a localised alert and fires cs-error with the problems for invalid content', async () => {
    await setPageLanguage('es');
    const card = document.createElement('cs-module-card');
    const event = oneEvent(card, 'cs-error') as Promise<CsErrorEvent>;
    card.content = brokenModule;
    document.body.append(card);
    const { detail } = await event;
    await ready(card);
    expect(detail.code).to.equal('content-invalid');
    expect(detail.problems?.map((p) => p.path)).to.include.members(['title', 'durationMinutes', 'units']);
    expect(detail.problems?.map((p) => p.message)).to.include('missing required field en at title');
    const alert = shadow(card).querySelector('[role="alert"]');
    expect(alert?.textContent).to.equal('Este contenido no se puede mostrar porque contiene errores.');
    await expectAccessible(card);
    card.remove();
  });

  it('says it cannot find an unknown built-in module', async () => {
    const card = document.createElement('cs-module-card');
    const event = oneEvent(card, 'cs-error') as Promise<CsErrorEvent>;
    card.module = 'stop-99';
    document.body.append(card);
    expect((await event).detail.code).to.equal('content-not-found');
    await ready(card);
    expect(shadow(card).querySelector('[role="alert"]')?.textContent).to.equal('This content could not be found.');
    card.remove();
  });

  it('reports a src that does not answer, and the rest of the page keeps working', async () => {
    const wrapper = await fixture(html`<div><button>still here</button></div>`);
    const card = document.createElement('cs-module-card');
    const event = oneEvent(card, 'cs-error') as Promise<CsErrorEvent>;
    card.src = '/does-not-exist.json';
    wrapper.prepend(card);
    const { detail } = await event;
    expect(detail.code).to.equal('content-not-found');
    expect(detail.source).to.equal('/does-not-exist.json');
    expect(wrapper.querySelector('button')?.textContent).to.equal('still here');
  });
});

describe('<cs-module-card> accessibility', () => {
  for (const locale of ALL_LOCALES) {
    it(`has no axe violations in ${locale}`, async () => {
      const card = await ready(await fixture<CsModuleCard>(html`<cs-module-card module="stop-3" href="/m/3"></cs-module-card>`));
      await setPageLanguage(locale, card);
      await expectAccessible(card);
    });
  }

  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations in the ${theme} theme, ${scheme}`, async () => {
        await useTheme(theme, scheme);
        const card = await slotted();
        await expectAccessible(card);
      });
    }
  }

  it('is right-to-left in ar-XB', async () => {
    const card = await slotted();
    await setPageLanguage('ar-XB', card);
    const article = shadow(card).querySelector('article') as HTMLElement;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(article).direction).to.equal('rtl');
  });

  it('takes keyboard focus with a visible ring around the whole card', async () => {
    const wrapper = await fixture(html`<div><button>before</button>${await slotted()}</div>`);
    const card = wrapper.querySelector('cs-module-card') as CsModuleCard;
    (wrapper.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(card).activeElement).to.equal(link(card));
    const article = shadow(card).querySelector('article') as HTMLElement;
    const style = getComputedStyle(article);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
