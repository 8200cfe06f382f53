import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CsErrorEvent } from '@childrensafe/core';
import type { HelplineDirectory } from '@childrensafe/content';
import { helplineDirectories } from '@childrensafe/content/helplines';
import { expectAccessible, setPageLanguage, useTheme, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsHelplineFinder } from '../src/helpline-finder.js';
import type { HelplineFinderContactDetail } from '../src/helpline-finder-events.js';
import { SATURDAY_NIGHT, SUNDAY_NIGHT, WEDNESDAY_MORNING, brokenDirectory } from '../fixtures/helpline-finder.fixtures.js';

// ---------------------------------------------------------------------------------------------
// Reading the finder as a user sees it

const shadow = (el: CsHelplineFinder) => el.shadowRoot as ShadowRoot;
const count = (el: CsHelplineFinder) => visibleText(shadow(el).querySelector('.count'));
const announced = (el: CsHelplineFinder) => shadow(el).querySelector('[role="status"][aria-live="polite"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entry = (el: CsHelplineFinder, id: string) => shadow(el).querySelector(`.entry[data-id="${id}"]`) as HTMLElement;
const stateOf = (el: CsHelplineFinder, id: string) => visibleText(entry(el, id)?.querySelector('.state .hours'));
const ids = (el: CsHelplineFinder) => [...shadow(el).querySelectorAll<HTMLElement>('.entry')].map((e) => e.dataset.id);
const focused = (el: CsHelplineFinder) => shadow(el).activeElement as HTMLElement | null;
const control = <T extends HTMLElement>(el: CsHelplineFinder, selector: string) => shadow(el).querySelector(selector) as T;

/** The accessible name of a link or button as a screen reader reads it (aria-label, else its text). */
const accessibleName = (node: HTMLElement | null) => node?.getAttribute('aria-label') ?? visibleText(node);

/** Waits for the lines (or the error) to be on screen. */
async function ready(el: CsHelplineFinder): Promise<CsHelplineFinder> {
  await waitUntil(() => shadow(el)?.querySelector('.count, [role="alert"]'), 'the finder did not render its lines', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const finder = async (attributes: { country?: string; now?: string } = {}, locale = 'en') => {
  document.documentElement.lang = locale;
  const el = await fixture<CsHelplineFinder>(
    html`<cs-helpline-finder country=${attributes.country ?? ''} now=${attributes.now ?? WEDNESDAY_MORNING}></cs-helpline-finder>`,
  );
  if (!attributes.country) el.removeAttribute('country');
  await setPageLanguage(locale, el);
  return ready(el);
};

/** Presses Tab until the focus is on `selector` in the finder, failing after `max` presses. */
async function tabTo(el: CsHelplineFinder, selector: string, max = 30): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    if (focused(el)?.matches(selector)) return focused(el) as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${focused(el)?.outerHTML.slice(0, 80)}`);
}

async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

const dial = (el: CsHelplineFinder, id: string) => entry(el, id).querySelector<HTMLAnchorElement>('a[href^="tel:"]');

afterEach(async () => {
  document.documentElement.lang = 'en';
  delete document.documentElement.dataset.csTheme;
  delete document.documentElement.dataset.csColorScheme;
  await setViewport({ width: 800, height: 600 });
});

// ---------------------------------------------------------------------------------------------

describe('<cs-helpline-finder>: a country’s lines', () => {
  it('shows 112 first and apart, then the lines of the country, counted', async () => {
    const el = await finder({ country: 'FR' });
    const root = shadow(el);
    const emergency = root.querySelector('[part="emergency"]') as HTMLElement;
    const form = root.querySelector('[part="filters"]') as HTMLElement;
    expect(emergency.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING, '112 comes before the filters').to.be.greaterThan(0);
    expect(accessibleName(emergency.querySelector('a'))).to.equal('Call 112');
    expect(emergency.querySelector('a')?.getAttribute('href')).to.equal('tel:112');
    expect(ids(el)).to.deep.equal(['fr-116000', 'fr-119', 'fr-3018', 'fr-masecurite-minors', 'fr-pharos', 'fr-point-de-contact']);
    expect(ids(el), '112 is not in the list').not.to.include('eu-112');
    expect(count(el)).to.equal('6 helplines');
    expect(control<HTMLSelectElement>(el, '#country').value).to.equal('FR');
  });

  it('loads the EU-wide and French parts of the built-in directory, and no other country', async () => {
    await finder({ country: 'FR' });
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(
      loaded.some((name) => /europe\.FR\.en/.test(name)),
      'the French part',
    ).to.equal(true);
    expect(
      loaded.some((name) => /europe\.EU\.en/.test(name)),
      'the EU-wide part',
    ).to.equal(true);
    expect(
      loaded.filter((name) => /europe\.(GR|IT)\./.test(name)),
      'no Greek or Italian part',
    ).to.deep.equal([]);
  });

  it('each line: what it is for, hours now, real contact links, copy, facts, source and date checked', async () => {
    const el = await finder({ country: 'ES' });
    const line = entry(el, 'es-017');
    expect(visibleText(line.querySelector('.name'))).to.equal('017 – Tu Ayuda en Ciberseguridad, INCIBE’s cybersecurity helpline');
    // Wednesday 11:00 in Madrid: open until 23:00 on the helpline's clock
    expect(stateOf(el, 'es-017')).to.match(/^Open now, closes at 23:00( GMT\+1)?$/);
    const links = [...line.querySelectorAll<HTMLAnchorElement>('a[part="contact"]')];
    expect(links.map((a) => [a.getAttribute('href'), accessibleName(a)])).to.deep.equal([
      ['tel:017', 'Call 017'],
      ['https://wa.me/34900116117', 'WhatsApp 900 116 117'],
    ]);
    expect(links[1]?.rel, 'no referrer is sent to WhatsApp').to.equal('noreferrer');
    // Named by what it shows and the number it copies (the number is there for screen readers only).
    expect([...line.querySelectorAll('button.copy')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['Copy 017', 'Copy 900 116 117']);
    expect([...line.querySelectorAll('button.copy')].map((b) => visibleText(b))).to.deep.equal(['Copy', 'Copy']);
    // A description list: each term is read with its value (the colons are drawn by CSS).
    const facts = [...line.querySelectorAll('.facts > div')].map((pair) => [visibleText(pair.querySelector('dt')), visibleText(pair.querySelector('dd'))]);
    expect(facts).to.deep.equal([
      ['For', 'Children and young people, Parents and other adults, and Professionals'],
      ['Languages', 'Spanish'],
      ['Cost', 'Free'],
    ]);
    expect(visibleText(line.querySelector('.source'))).to.equal('Checked on November 22, 2026 · Source: incibe.es');
    expect(line.querySelector<HTMLAnchorElement>('.source a')?.href).to.equal('https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq');
    expect(stateOf(el, 'es-anar')).to.equal('Open 24 hours a day, 7 days a week');
  });

  it('says when a closed line opens, on the helpline’s own clock', async () => {
    const el = await finder({ country: 'GR', now: SATURDAY_NIGHT });
    expect(stateOf(el, 'gr-saferinternet')).to.match(/^Closed, opens Monday at 09:00( GMT\+2)?$/);
    const sunday = await finder({ country: 'GR', now: SUNDAY_NIGHT });
    expect(stateOf(sunday, 'gr-saferinternet')).to.match(/^Closed, opens tomorrow at 09:00( GMT\+2)?$/);
    const fr = await finder({ country: 'FR', now: SUNDAY_NIGHT });
    expect(stateOf(fr, 'fr-3018')).to.match(/^Closed, opens at 09:00( GMT\+1)?$/);
  });

  it('names the helpline’s zone when the reader’s clock shows another time', async () => {
    const el = await finder({ country: 'GR' });
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const sameAsAthens =
      new Date(WEDNESDAY_MORNING).toLocaleString('en', { timeZone: readerZone }) ===
      new Date(WEDNESDAY_MORNING).toLocaleString('en', { timeZone: 'Europe/Athens' });
    expect(stateOf(el, 'gr-saferinternet')).to.equal(sameAsAthens ? 'Open now, closes at 17:00' : 'Open now, closes at 17:00 GMT+2');
  });
});

describe('<cs-helpline-finder>: which country', () => {
  it('takes the region of the page language: fr-BE shows Belgium, with the European numbers, and says so', async () => {
    const el = await finder({}, 'fr-BE');
    expect(control<HTMLSelectElement>(el, '#country').value).to.equal('BE');
    expect(visibleText(shadow(el).querySelector('.notice'))).to.include('Belgique');
    expect(ids(el)).to.deep.equal(['eu-116000', 'eu-116111']);
  });

  it('with no country known, asks; choosing one by keyboard loads its lines and announces the count', async () => {
    const el = await finder({}, 'en');
    const select = control<HTMLSelectElement>(el, '#country');
    expect(select.value).to.equal('');
    expect(visibleText(shadow(el).querySelector('.notice'))).to.equal('Choose your country to see its national helplines. Below are the European numbers.');
    await tabTo(el, '#country');
    // The options are in the reader's collation: France, Greece, Italy, Spain
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'FR', 'GR', 'IT', 'ES']);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ids(el).includes('fr-119'), `choosing France did not show its lines: ${select.value} ${ids(el)}`, { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ids(el).includes('gr-1056'), `choosing Greece did not show its lines: ${select.value} ${ids(el)} ${focused(el)?.id}`, {
      timeout: 5000,
    });
    expect(select.value).to.equal('GR');
    expect(shadow(el).querySelector('.notice')).to.equal(null);
    await waitUntil(() => announced(el) === '5 helplines', `the count was not announced (${announced(el)})`, { timeout: 10000 });
  });

  it('a country attribute that is not a country code: said in the widget, reported, and the reader chooses', async () => {
    document.documentElement.lang = 'en';
    const el = document.createElement('cs-helpline-finder');
    el.setAttribute('country', 'Narnia');
    const reported = oneEvent(el, 'cs-error') as Promise<CsErrorEvent>;
    document.body.append(el);
    const event = await reported;
    expect(event.detail.code).to.equal('unknown-country');
    expect(event.detail.message).to.include('Narnia');
    await ready(el);
    expect(visibleText(shadow(el).querySelector('.error'))).to.equal('This page’s country is unclear: choose yours from the list.');
    expect(ids(el)).to.deep.equal(['eu-116000', 'eu-116111']);
    el.remove();
  });
});

describe('<cs-helpline-finder>: filtering and calling by keyboard', () => {
  it('types a search, narrows by topic, reaches the tel: link by Tab, and calls', async () => {
    const el = await finder({ country: 'FR' });
    await tabTo(el, '#query');
    await type('enfance');
    expect(ids(el)).to.deep.equal(['fr-116000', 'fr-119', 'fr-3018']);
    await type(' danger');
    expect(ids(el)).to.deep.equal(['fr-119']);
    expect(count(el)).to.equal('1 helpline');
    // Announced once typing pauses, not at every key.
    await waitUntil(() => announced(el) === '1 helpline', `the count was not announced (${announced(el)})`, { timeout: 10000 });

    const link = await tabTo(el, 'a[href="tel:119"]');
    expect(accessibleName(link)).to.equal('Call 119');
    expect(link.getAttribute('aria-describedby')).to.equal('name-fr-119');
    // The dialler is not opened in a test: the host's listener cancels the navigation.
    document.addEventListener('click', (e) => e.preventDefault(), { once: true, capture: false });
    const contact = oneEvent(el, 'cs-helpline-finder-contact') as Promise<CustomEvent<HelplineFinderContactDetail>>;
    // The old name still comes, with the same detail, for pages not yet moved to the new one.
    const deprecated = oneEvent(el, 'cs-helpline-contact') as Promise<CustomEvent<HelplineFinderContactDetail>>;
    await sendKeys({ press: 'Enter' });
    expect((await contact).detail).to.deep.equal({ helpline: 'fr-119', channel: 'phone', country: 'FR' });
    expect((await deprecated).detail).to.deep.equal({ helpline: 'fr-119', channel: 'phone', country: 'FR' });
  });

  it('narrows by topic and audience with the arrow keys, and clears the filters', async () => {
    const el = await finder({ country: 'GR' });
    const topic = await tabTo(el, '#topic');
    // sexual-exploitation, abuse, missing-children…: the third choice is "Missing children"
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ids(el).length === 1, 'choosing a topic did not filter', { timeout: 10000 });
    expect((topic as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).to.equal('Missing children');
    expect(ids(el)).to.deep.equal(['gr-116000']);
    await tabTo(el, 'button.clear');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ids(el).length === 5, 'Clear filters did not bring the lines back', { timeout: 10000 });
    expect((topic as HTMLSelectElement).value).to.equal('');
    expect(focused(el)?.id, 'focus goes back to the search field').to.equal('query');
  });

  for (const [country, lines] of [
    ['GR', ['gr-1056']],
    ['IT', ['it-114']],
  ] as const) {
    it(`in ${country}, “Sexual exploitation” shows a national line, as the indicator checklist promises`, async () => {
      const el = await finder({ country });
      const topic = await tabTo(el, '#topic');
      // the vocabulary's first topic is the first choice after "All topics"
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => (topic as HTMLSelectElement).value === 'sexual-exploitation', 'the topic was not chosen', { timeout: 10000 });
      expect((topic as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).to.equal('Sexual exploitation');
      await waitUntil(() => lines.every((id) => ids(el).includes(id)), `no national line for sexual exploitation in ${country}: ${ids(el).join(', ')}`, {
        timeout: 10000,
      });
      expect(shadow(el).querySelector('.notice'), 'no EU-wide stand-in').to.equal(null);
      await expectAccessible(el);
    });
  }

  it('in Greece: a reporting form opens the hotline’s site privately, hours no source states are said and never count as open, and a line closed on public holidays says so', async () => {
    const el = await finder({ country: 'GR' });
    const safeline = entry(el, 'gr-safeline');
    expect(stateOf(el, 'gr-safeline')).to.equal('Hours not stated by the source');
    const report = safeline.querySelector<HTMLAnchorElement>('a.contact') as HTMLAnchorElement;
    expect(accessibleName(report)).to.equal('Report online');
    expect(report.href).to.equal('https://www.safeline.gr/');
    expect(report.rel).to.equal('noreferrer');
    expect(safeline.querySelector('button.copy'), 'a form has nothing to copy').to.equal(null);
    expect(visibleText(entry(el, 'gr-saferinternet').querySelector('.state'))).to.match(/· Closed on public holidays$/);
    // "Online form" and the abuse-material topic are offered, and "Open now" leaves SafeLine out
    const topics = [...control<HTMLSelectElement>(el, '#topic').options].map((o) => o.value);
    expect(topics).to.include('abuse-material');
    await tabTo(el, 'input[data-filter="openNow"]');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !ids(el).includes('gr-safeline'), 'a line with no stated hours was counted as open', { timeout: 10000 });
    await expectAccessible(el);
  });

  it('“Open now” at night keeps the lines that answer, and the count is announced', async () => {
    const el = await finder({ country: 'ES', now: SUNDAY_NIGHT });
    expect(stateOf(el, 'es-017')).to.match(/^Closed, opens at 08:00( GMT\+1)?$/);
    await tabTo(el, 'input[data-filter="openNow"]');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !ids(el).includes('es-017'), '“Open now” did not filter', { timeout: 10000 });
    expect(ids(el)).to.deep.equal(['es-116000', 'es-anar', 'es-anar-adults']);
    await waitUntil(() => announced(el) === '3 helplines', `the count was not announced (${announced(el)})`, { timeout: 10000 });
  });

  it('an empty result says why and offers to clear the filters; nothing typed is lost until then', async () => {
    const el = await finder({ country: 'IT' });
    await tabTo(el, '#query');
    await type('xylophone');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect(count(el)).to.equal('0 helplines');
    expect(visibleText(shadow(el).querySelector('.empty p'))).to.equal('No helpline matches all of these: “xylophone”.');
    // Changing the country keeps what was typed.
    control<HTMLSelectElement>(el, '#country').value = 'FR';
    control<HTMLSelectElement>(el, '#country').dispatchEvent(new Event('change'));
    await waitUntil(
      () => control<HTMLSelectElement>(el, '#country').value === 'FR' && !shadow(el).querySelector('[aria-busy="true"]'),
      'the country did not change',
      { timeout: 10000 },
    );
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, '#query').value).to.equal('xylophone');
    await expectAccessible(el);
    await tabTo(el, '.empty button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ids(el).length === 6, 'clearing did not bring the lines back', { timeout: 10000 });
    expect(control<HTMLInputElement>(el, '#query').value).to.equal('');
    expect(focused(el)?.id).to.equal('query');
  });

  it('copies a number, says so, and says what to do when copying is refused', async () => {
    const el = await finder({ country: 'FR' });
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const button = entry(el, 'fr-116000').querySelector('button.copy') as HTMLButtonElement;
      button.click();
      await waitUntil(() => copied.length === 1, 'nothing was copied');
      await el.updateComplete;
      expect(copied).to.deep.equal(['116 000']);
      expect(visibleText(button)).to.equal('Copied');
      expect(announced(el)).to.equal('Copied: 116 000');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
      (entry(el, 'fr-119').querySelector('button.copy') as HTMLButtonElement).click();
      await waitUntil(() => shadow(el).querySelector('.copy-failed'), 'the refusal was not said');
      expect(visibleText(shadow(el).querySelector('.copy-failed'))).to.equal('Copying did not work here. Write it down: 119');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });
});

describe('<cs-helpline-finder>: long lists', () => {
  /** 45 lines for a test country, built from one shipped line: only the id and name change. */
  async function longDirectory(): Promise<HelplineDirectory> {
    const parsed = helplineDirectories.parse(await helplineDirectories.loadBuiltin('europe', 'en', ['EU', 'FR']));
    if (!parsed.ok) throw new Error('shipped directory invalid');
    const directory = parsed.value as HelplineDirectory;
    const model = directory.helplines.find((h) => h.id === 'fr-119')!;
    const copies = Array.from({ length: 45 }, (_, i) => ({
      ...model,
      id: `copy-${String(i).padStart(2, '0')}`,
      name: { en: `Line ${String(i).padStart(2, '0')}` },
    }));
    return { ...directory, helplines: [...directory.helplines.filter((h) => h.country === 'EU'), ...copies] };
  }

  it('shows 20 lines, then 20 more on request, moving focus to the first line added', async () => {
    const el = await fixture<CsHelplineFinder>(
      html`<cs-helpline-finder country="FR" now=${WEDNESDAY_MORNING} .content=${await longDirectory()}></cs-helpline-finder>`,
    );
    await ready(el);
    expect(ids(el)).to.have.length(20);
    expect(count(el)).to.equal('45 helplines');
    const more = control<HTMLButtonElement>(el, 'button.more');
    expect(visibleText(more)).to.equal('Show more (25 left)');
    more.click();
    await waitUntil(() => ids(el).length === 40, 'no more lines were shown');
    await el.updateComplete;
    expect(focused(el)?.closest('.entry')?.getAttribute('data-id')).to.equal('copy-20');
  });
});

describe('<cs-helpline-finder>: bad content', () => {
  it('invalid content: a localised alert and cs-error, nothing else', async () => {
    const el = document.createElement('cs-helpline-finder');
    el.content = brokenDirectory;
    const reported = oneEvent(el, 'cs-error') as Promise<CsErrorEvent>;
    document.body.append(el);
    expect((await reported).detail.code).to.equal('content-invalid');
    await ready(el);
    expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.equal('This content cannot be shown because it contains errors.');
    expect(shadow(el).querySelector('.entry')).to.equal(null);
    await expectAccessible(el);
    el.remove();
  });

  it('a URL that fails: a localised alert and cs-error', async () => {
    const el = document.createElement('cs-helpline-finder');
    el.src = '/no/such/directory.json';
    const reported = oneEvent(el, 'cs-error') as Promise<CsErrorEvent>;
    document.body.append(el);
    expect((await reported).detail.code).to.equal('content-not-found');
    await ready(el);
    expect(visibleText(shadow(el).querySelector('[role="alert"]'))).to.equal('This content could not be found.');
    el.remove();
  });
});

describe('<cs-helpline-finder>: languages, themes, small screens', () => {
  it('renders in French: strings, times, dates and the country menu', async () => {
    const el = await finder({ country: 'FR', now: SUNDAY_NIGHT }, 'fr');
    expect(count(el)).to.equal('6 lignes d’aide');
    expect(stateOf(el, 'fr-3018')).to.match(/^Fermé, ouvre à 09:00( UTC\+1)?$/);
    expect(stateOf(el, 'fr-119')).to.equal('Ouvert 24 h/24, 7 j/7');
    expect(visibleText(entry(el, 'fr-119').querySelector('.source'))).to.equal('Vérifié le 22 novembre 2026 · Source : service-public.gouv.fr');
    expect(accessibleName(dial(el, 'fr-119'))).to.equal('Appeler le 119');
    expect(control<HTMLSelectElement>(el, '#country').selectedOptions[0]?.textContent?.trim()).to.equal('France');
    // An empty list quotes the search in French quotation marks.
    await tabTo(el, '#query');
    await type('zzz');
    await el.updateComplete;
    expect(visibleText(shadow(el).querySelector('.empty p'))).to.equal('Aucune ligne d’aide ne correspond à tous ces critères : « zzz ».');
  });

  it('renders in Greek, searching without tonos', async () => {
    const el = await finder({ country: 'GR' }, 'el');
    expect(count(el)).to.equal('5 γραμμές βοήθειας');
    await tabTo(el, '#query');
    await type('ΕΞΑΦΑΝΙΣΜΕΝΑ');
    expect(ids(el)).to.deep.equal(['gr-116000']);
    expect(count(el)).to.equal('1 γραμμή βοήθειας');
  });

  it('axe finds nothing in several states, locales and themes', async () => {
    for (const [locale, theme, scheme] of [
      ['en', 'hub', 'light'],
      ['el', 'stop', 'dark'],
      ['es', 'jericho', 'light'],
    ] as const) {
      await useTheme(theme, scheme);
      const el = await finder({ country: locale === 'el' ? 'GR' : 'ES', now: SUNDAY_NIGHT }, locale);
      await expectAccessible(el);
      control<HTMLInputElement>(el, 'input[data-filter="openNow"]').click();
      await el.updateComplete;
      await expectAccessible(el);
      const none = await finder({}, locale);
      await expectAccessible(none);
    }
  });

  it('no sideways scrolling at 320 CSS px, in English and in the longest pseudo-locale', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const locale of ['en', 'en-XA']) {
      const el = await finder({ country: 'ES' }, locale);
      const box = shadow(el).querySelector('.finder') as HTMLElement;
      expect(box.scrollWidth, locale).to.be.at.most(box.clientWidth);
      expect(document.documentElement.scrollWidth, locale).to.be.at.most(320);
      for (const link of shadow(el).querySelectorAll<HTMLElement>('a[part="contact"], button')) {
        expect(link.getBoundingClientRect().height, `${locale}: ${visibleText(link)} is a large target`).to.be.at.least(44);
      }
    }
  });
});

describe('<cs-helpline-finder>: privacy', () => {
  it('a full use stores nothing and sends nothing off the page', async () => {
    const requests: string[] = [];
    const fetchBefore = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return fetchBefore(input, init);
    };
    const before = { storage: [localStorage.length, sessionStorage.length], cookie: document.cookie, url: location.href, history: history.length };
    try {
      const el = await finder({ country: 'GR' });
      await tabTo(el, '#query');
      await type('παιδι');
      control<HTMLInputElement>(el, 'input[data-filter="openNow"]').click();
      control<HTMLSelectElement>(el, '#country').value = 'IT';
      control<HTMLSelectElement>(el, '#country').dispatchEvent(new Event('change'));
      await waitUntil(() => control<HTMLSelectElement>(el, '#country').value === 'IT' && shadow(el).querySelector('.count'), 'the country did not change', {
        timeout: 10000,
      });
      await el.updateComplete;
      expect({ storage: [localStorage.length, sessionStorage.length], cookie: document.cookie, url: location.href, history: history.length }).to.deep.equal(
        before,
      );
      expect(requests, 'no fetch').to.deep.equal([]);
      const foreign = performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin !== location.origin);
      expect(
        foreign.map((r) => r.name),
        'nothing loaded from another origin',
      ).to.deep.equal([]);
    } finally {
      window.fetch = fetchBefore;
    }
  });
});
