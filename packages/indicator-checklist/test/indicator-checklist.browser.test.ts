import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { intlLocale, type CsErrorEvent } from '@childrensafe/core';
import type { IndicatorSet } from '@childrensafe/content';
import { indicatorSets } from '@childrensafe/content/indicators';
import { expectAccessible, setPageLanguage, useTheme, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsIndicatorChecklist } from '../src/indicator-checklist.js';
import type { IndicatorChecklistChangeDetail } from '../src/indicator-checklist-events.js';
import { brokenSet, unweightedSet, weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

// ---------------------------------------------------------------------------------------------
// Reading the checklist as a user sees it

const shadow = (el: CsIndicatorChecklist) => el.shadowRoot as ShadowRoot;
const text = (el: CsIndicatorChecklist) => visibleText(shadow(el));
const focused = (el: CsIndicatorChecklist) => shadow(el).activeElement as HTMLElement | null;
const liveRegion = (el: CsIndicatorChecklist) => shadow(el).querySelector('[role="status"][aria-live="polite"]') as HTMLElement;
const announced = (el: CsIndicatorChecklist) => liveRegion(el).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const title = (el: CsIndicatorChecklist) => shadow(el).querySelector('[part="title"]')?.textContent?.trim();
const total = (el: CsIndicatorChecklist) => visibleText(shadow(el).querySelector('.count'));
const categories = (el: CsIndicatorChecklist) => [...shadow(el).querySelectorAll<HTMLDetailsElement>('details[part="category"]')];
const categoryCounts = (el: CsIndicatorChecklist) => categories(el).map((c) => visibleText(c.querySelector('.category-count')));
const checkboxes = (el: CsIndicatorChecklist) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const ticked = (el: CsIndicatorChecklist) =>
  checkboxes(el)
    .filter((c) => c.checked)
    .map((c) => c.value);
const result = (el: CsIndicatorChecklist) => shadow(el).querySelector('[part="result"]') as HTMLElement;
const resultTitle = (el: CsIndicatorChecklist) => shadow(el).querySelector('#result-title')?.textContent?.replace(/\s+/g, ' ').trim();
const emergency = (el: CsIndicatorChecklist) => shadow(el).querySelector('[part="emergency"]') as HTMLElement;
const explanationOf = (el: CsIndicatorChecklist, id: string) => checkbox(el, id).closest('li')?.querySelector('details.explanation') as HTMLDetailsElement;
const buttonNames = (el: CsIndicatorChecklist) => [...shadow(el).querySelectorAll('button')].map((b) => b.textContent?.trim());

/** Rendered and not hidden by CSS (display: none, a closed disclosure, a hidden ancestor). */
const shown = (el: Element | null | undefined) => !!el && el.checkVisibility();

function checkbox(el: CsIndicatorChecklist, id: string): HTMLInputElement {
  const found = shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
  expect(found, `a checkbox for ${id}`).to.exist;
  return found as HTMLInputElement;
}

function button(el: CsIndicatorChecklist, name: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  expect(found, `a button "${name}" (buttons: ${buttonNames(el).join(', ')})`).to.exist;
  return found as HTMLButtonElement;
}

/** The text the user sees now, in the current media (screen or print): rendered text only. */
function renderedText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.checkVisibility() && !node.parentElement.closest('.visually-hidden')) parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeName === 'STYLE' || node.nodeName === 'TEMPLATE') return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What has the keyboard focus: the kind of control and its name. */
function focusedName(el: CsIndicatorChecklist): string | undefined {
  const f = focused(el);
  if (!f) return undefined;
  if (f instanceof HTMLInputElement) return `${f.type}: ${visibleText(f.closest('label'))}`;
  if (f instanceof HTMLButtonElement) return `button: ${f.textContent?.trim()}`;
  if (f instanceof HTMLAnchorElement) return `link: ${f.textContent?.trim()}`;
  if (f.localName === 'summary' && f.parentElement?.matches('[part="category"]')) return `category: ${visibleText(f.querySelector('.category-title'))}`;
  if (f.localName === 'summary') return `explanation of: ${visibleText(f.closest('li')?.querySelector('label'))}`;
  return f.localName;
}

/** Waits for the content (a property, a URL or a built-in id) to be on screen. */
async function ready(el: CsIndicatorChecklist): Promise<CsIndicatorChecklist> {
  await waitUntil(() => shadow(el)?.querySelector('[part="title"], [role="alert"]'), 'the checklist did not render its content', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const checklistWith = async (content: IndicatorSet, locale = 'en') => {
  await setPageLanguage(locale);
  return ready(await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist .content=${content}></cs-indicator-checklist>`));
};

/** The English (or French) text of an indicator of the fixtures. */
const indicatorText = (set: IndicatorSet, id: string, locale: 'en' | 'fr' = 'en') =>
  set.categories.flatMap((c) => c.indicators).find((i) => i.id === id)?.text[locale] as string;
const band = (set: IndicatorSet, id: string) => set.bands.find((b) => b.id === id) as IndicatorSet['bands'][number];

// ---------------------------------------------------------------------------------------------
// Acting as a user

async function press(el: CsIndicatorChecklist, key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice('Shift+'.length) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await el.updateComplete;
}

/** Ticks or unticks indicators by id, as a click (or assistive technology) would. */
async function toggle(el: CsIndicatorChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    checkbox(el, id).click();
    await el.updateComplete;
  }
}

async function click(el: CsIndicatorChecklist, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Replaces navigator.clipboard.writeText for one test; `restore()` puts the real one back. */
function stubClipboard(write: (text: string) => Promise<void>) {
  const clipboard = navigator.clipboard;
  Object.defineProperty(clipboard, 'writeText', { value: write, configurable: true, writable: true });
  return { restore: () => delete (clipboard as { writeText?: unknown }).writeText };
}

/** A clipboard that keeps what is written to it. */
function fakeClipboard() {
  const written: string[] = [];
  const stub = stubClipboard(async (value) => void written.push(value));
  return { written, restore: stub.restore };
}

/** Records the changes of the live region until `stop()`: what a screen reader would say. */
function watchAnnouncements(el: CsIndicatorChecklist) {
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(announced(el)));
  observer.observe(liveRegion(el), { childList: true, characterData: true, subtree: true });
  return {
    said,
    /** Waits for the observer's records, then returns what was said since the last call. */
    async take(): Promise<string[]> {
      await new Promise((resolve) => setTimeout(resolve));
      observer.takeRecords().forEach(() => said.push(announced(el)));
      return said.splice(0);
    },
    stop: () => observer.disconnect(),
  };
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setPageLanguage('en');
  delete document.documentElement.dataset.csTheme;
  delete document.documentElement.dataset.csColorScheme;
});

// ---------------------------------------------------------------------------------------------

describe('<cs-indicator-checklist> by keyboard alone', () => {
  it('ticks, opens an explanation, collapses a category and reaches Print, Copy and Clear with Tab, Space and Enter', async () => {
    const s = weightedSet;
    const wrapper = await fixture(html`<div><button>before</button><cs-indicator-checklist .content=${s}></cs-indicator-checklist></div>`);
    const el = await ready(wrapper.querySelector('cs-indicator-checklist') as CsIndicatorChecklist);
    (wrapper.querySelector('button') as HTMLButtonElement).focus();
    expect(total(el)).to.equal('0 indicators ticked');
    expect(categoryCounts(el)).to.deep.equal(['0 of 3', '0 of 2']);

    await press(el, 'Tab');
    expect(focusedName(el), 'the first stop is the first category').to.equal('category: Relationships');
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal(`checkbox: ${indicatorText(s, 'isolated')}`);
    await press(el, 'Space');
    expect(ticked(el)).to.deep.equal(['isolated']);
    expect(total(el)).to.equal('1 indicator ticked');
    expect(categoryCounts(el)).to.deep.equal(['1 of 3', '0 of 2']);

    // The explanation of an indicator opens with Enter on its summary…
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal(`explanation of: ${indicatorText(s, 'isolated')}`);
    expect(shown(explanationOf(el, 'isolated').querySelector('div')), 'closed at first').to.equal(false);
    await press(el, 'Enter');
    expect(explanationOf(el, 'isolated').open).to.equal(true);
    expect(shown(explanationOf(el, 'isolated').querySelector('div'))).to.equal(true);
    expect(visibleText(explanationOf(el, 'isolated'))).to.include(s.categories[0]!.indicators[0]!.explanation.en);

    await press(el, 'Tab');
    expect(focusedName(el)).to.equal(`checkbox: ${indicatorText(s, 'older-friends')}`);
    await press(el, 'Space');
    expect(total(el)).to.equal('2 indicators ticked');
    expect(categoryCounts(el)).to.deep.equal(['2 of 3', '0 of 2']);

    // …and with Space.
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal(`explanation of: ${indicatorText(s, 'older-friends')}`);
    await press(el, 'Space');
    expect(explanationOf(el, 'older-friends').open).to.equal(true);
    await press(el, 'Space');
    expect(explanationOf(el, 'older-friends').open, 'Space closes it again').to.equal(false);

    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal(`explanation of: ${indicatorText(s, 'picked-up-by-adults')}`);
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('category: Phone and online activity');

    // A category collapses from its summary: its indicators leave the tab order.
    await press(el, 'Enter');
    const online = categories(el)[1] as HTMLDetailsElement;
    expect(online.open).to.equal(false);
    expect(shown(checkbox(el, 'several-phones')), 'the collapsed indicators are hidden').to.equal(false);
    expect(visibleText(online.querySelector('summary')), 'the collapsed category still shows its count').to.include('0 of 2');

    await press(el, 'Tab');
    expect(focusedName(el), 'next come the result buttons').to.equal('button: Print summary');
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('button: Copy summary');
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('button: Clear all');
    await press(el, 'Space');
    expect(ticked(el)).to.deep.equal([]);
    expect(total(el)).to.equal('0 indicators ticked');
    expect(categoryCounts(el)).to.deep.equal(['0 of 3', '0 of 2']);
    expect(focusedName(el), 'focus stays on Clear all').to.equal('button: Clear all');

    // Back up to the collapsed category, open it again and tick with the keyboard.
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(focusedName(el)).to.equal('category: Phone and online activity');
    await press(el, 'Space');
    expect(online.open).to.equal(true);
    await press(el, 'Tab');
    await press(el, 'Space');
    expect(ticked(el)).to.deep.equal(['secretive-phone-use']);
    expect(categoryCounts(el)).to.deep.equal(['0 of 3', '1 of 2']);
    expect(total(el)).to.equal('1 indicator ticked');
  });

  it('counts in French with French plural forms: 0 and 1 are singular', async () => {
    const el = await checklistWith(weightedSet, 'fr');
    expect(total(el)).to.equal('0 indicateur coché');
    expect(categoryCounts(el)).to.deep.equal(['0 sur 3', '0 sur 2']);
    checkbox(el, 'isolated').focus();
    await press(el, 'Space');
    expect(total(el)).to.equal('1 indicateur coché');
    expect(categoryCounts(el)).to.deep.equal(['1 sur 3', '0 sur 2']);
    await toggle(el, 'several-phones');
    expect(total(el)).to.equal('2 indicateurs cochés');
    expect(categoryCounts(el)).to.deep.equal(['1 sur 3', '1 sur 2']);
    expect(text(el)).to.include('Pourquoi c’est important').and.include('Tout décocher');
  });
});

describe('<cs-indicator-checklist> disclaimer', () => {
  it('says it is not a diagnosis before the first indicator, visibly', async () => {
    const el = await checklistWith(weightedSet);
    const disclaimer = shadow(el).querySelector('[part="disclaimer"]') as HTMLElement;
    const first = checkboxes(el)[0] as HTMLInputElement;
    expect(shown(disclaimer)).to.equal(true);
    expect(visibleText(disclaimer)).to.include('not a diagnosis').and.include('designated safeguarding lead');
    expect(disclaimer.querySelector('em')?.textContent, 'its emphasis is rendered, not shown as asterisks').to.equal('designated safeguarding lead');
    expect(visibleText(disclaimer)).not.to.include('*');
    expect(disclaimer.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING, 'in the DOM order').to.not.equal(0);
    expect(disclaimer.getBoundingClientRect().bottom, 'and on screen').to.be.at.most(first.getBoundingClientRect().top);
    const paragraphs = [...disclaimer.querySelectorAll('p')];
    expect(paragraphs, 'two paragraphs').to.have.length(2);
    const [one, two] = paragraphs as [HTMLParagraphElement, HTMLParagraphElement];
    expect(two.getBoundingClientRect().top - one.getBoundingClientRect().bottom, 'the paragraphs stand apart').to.be.at.least(4);
  });
});

describe('<cs-indicator-checklist> result panel and announcements', () => {
  it('announces the level of concern politely, only when it changes', async () => {
    const s = weightedSet;
    const el = await checklistWith(s);
    expect(announced(el), 'nothing said on load').to.equal('');
    expect(resultTitle(el)).to.equal('Level of concern: Low concern');
    const watch = watchAnnouncements(el);
    try {
      await toggle(el, 'isolated'); // score 1: still low
      expect(await watch.take(), 'a tick that keeps the band says nothing').to.deep.equal([]);
      expect(resultTitle(el)).to.equal('Level of concern: Low concern');

      await toggle(el, 'older-friends'); // 3: some concern
      expect(await watch.take()).to.deep.equal(['Level of concern: Some concern']);
      expect(resultTitle(el)).to.equal('Level of concern: Some concern');
      expect(result(el).dataset.band).to.equal('some-concern');

      await toggle(el, 'secretive-phone-use'); // 4: still some concern
      expect(await watch.take()).to.deep.equal([]);
      expect(announced(el)).to.equal('Level of concern: Some concern');

      await toggle(el, 'several-phones'); // 6: significant
      expect(await watch.take()).to.deep.equal(['Level of concern: Significant concern']);

      await toggle(el, 'older-friends'); // 4: back to some concern, said again
      expect(await watch.take()).to.deep.equal(['Level of concern: Some concern']);
    } finally {
      watch.stop();
    }
  });

  it('shows the band title, its guidance, its actions and the 112 line', async () => {
    const s = weightedSet;
    const el = await checklistWith(s);
    const actions = () => [...result(el).querySelectorAll('.actions-list li')].map((li) => visibleText(li));

    // Nothing ticked: the first band, and still the emergency line.
    expect(shown(emergency(el)), 'the 112 line shows with nothing ticked').to.equal(true);
    expect(visibleText(emergency(el))).to.equal('If a child is in immediate danger, call 112.');
    expect(visibleText(result(el))).to.include(band(s, 'low-concern').guidance.en);
    expect(actions()).to.deep.equal(['Write down what you saw and heard, with dates and the words used.']);

    await toggle(el, 'older-friends');
    expect(visibleText(result(el)))
      .to.include('Level of concern: Some concern')
      .and.include(band(s, 'some-concern').guidance.en);
    expect(visibleText(result(el))).not.to.include(band(s, 'low-concern').guidance.en);
    expect(actions()).to.deep.equal(['Write down what you saw and heard, with dates and the words used.', 'Talk to your designated safeguarding lead.']);
    expect(shown(emergency(el))).to.equal(true);

    await toggle(el, 'picked-up-by-adults');
    expect(resultTitle(el)).to.equal('Level of concern: Significant concern');
    expect(visibleText(result(el))).to.include(band(s, 'significant-concern').guidance.en);
    expect(actions()).to.deep.equal([
      'Write down what you saw and heard, with dates and the words used.',
      'Talk to your designated safeguarding lead.',
      'Call a child protection helpline in your country.',
      'If a child is in immediate danger, call 112.',
    ]);
    expect(result(el).querySelector('.actions-list a'), 'without helplines-href the helpline action is not a link').to.equal(null);
    expect(shown(emergency(el))).to.equal(true);
    expect(buttonNames(el)).to.deep.equal(['Print summary', 'Copy summary', 'Clear all']);
    for (const b of shadow(el).querySelectorAll('button')) expect(shown(b)).to.equal(true);
  });

  it('links the national line action to helplines-href', async () => {
    const el = await ready(
      await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist helplines-href="/helplines" .content=${weightedSet}></cs-indicator-checklist>`),
    );
    expect(result(el).querySelector('.actions-list a'), 'no helpline action in the first band').to.equal(null);
    await toggle(el, 'picked-up-by-adults', 'several-phones');
    const link = result(el).querySelector('.actions-list a') as HTMLAnchorElement;
    expect(link).to.exist;
    expect(link.getAttribute('href')).to.equal('/helplines');
    expect(link.textContent?.trim()).to.equal('Call a child protection helpline in your country.');
    expect(shown(link)).to.equal(true);
  });
});

describe('<cs-indicator-checklist> accessibility', () => {
  async function expectEveryBandAccessible(el: CsIndicatorChecklist): Promise<void> {
    await expectAccessible(el);
    await toggle(el, 'older-friends');
    expect(result(el).dataset.band).to.equal('some-concern');
    await expectAccessible(el);
    await toggle(el, 'picked-up-by-adults', 'several-phones');
    expect(result(el).dataset.band).to.equal('significant-concern');
    for (const details of shadow(el).querySelectorAll<HTMLDetailsElement>('details.explanation')) details.open = true;
    await expectAccessible(el);
  }

  for (const locale of ['en', 'el']) {
    it(`has no axe violations with nothing ticked, some concern and high concern in ${locale}`, async () => {
      await setPageLanguage(locale);
      const el = await ready(
        await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist helplines-href="/helplines" .content=${weightedSet}></cs-indicator-checklist>`),
      );
      await expectEveryBandAccessible(el);
    });
  }

  it('marks the English fallback of content missing in Greek, with Greek controls', async () => {
    const el = await checklistWith(weightedSet, 'el');
    expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('el');
    expect(shadow(el).querySelector('[part="title"] [lang="en"]')?.textContent).to.equal(weightedSet.title.en);
    expect(checkbox(el, 'isolated').closest('label')?.querySelector('[lang="en"]')?.textContent).to.equal(indicatorText(weightedSet, 'isolated'));
    expect(total(el)).to.match(/^0 \S+/);
    expect(total(el)).not.to.include('indicators ticked');
  });

  it('has no axe violations in the dark stop theme', async () => {
    await useTheme('stop', 'dark');
    const el = await ready(
      await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist helplines-href="/helplines" .content=${weightedSet}></cs-indicator-checklist>`),
    );
    await expectEveryBandAccessible(el);
  });
});

describe('<cs-indicator-checklist> Clear all', () => {
  it('unticks everything, resets the counts and the band, and announces the change', async () => {
    const el = await checklistWith(weightedSet);
    const clear = () => button(el, 'Clear all');
    expect(clear().getAttribute('aria-disabled'), 'nothing to clear yet').to.equal('true');

    await toggle(el, 'older-friends', 'several-phones', 'isolated');
    expect(resultTitle(el)).to.equal('Level of concern: Significant concern');
    expect(clear().getAttribute('aria-disabled')).to.equal('false');
    const changes: IndicatorChecklistChangeDetail[] = [];
    el.addEventListener('cs-indicator-checklist-change', (e) => changes.push(e.detail));

    await click(el, clear());
    expect(ticked(el)).to.deep.equal([]);
    expect(checkboxes(el).every((c) => !c.checked)).to.equal(true);
    expect(total(el)).to.equal('0 indicators ticked');
    expect(categoryCounts(el)).to.deep.equal(['0 of 3', '0 of 2']);
    expect(resultTitle(el)).to.equal('Level of concern: Low concern');
    expect(result(el).dataset.band).to.equal('low-concern');
    expect(announced(el)).to.equal('Level of concern: Low concern');
    expect(changes).to.deep.equal([{ ticked: [], band: 'low-concern', score: 0, raisedBy: [] }]);
    expect(clear().getAttribute('aria-disabled')).to.equal('true');

    // Clearing again does nothing, and says nothing.
    await click(el, clear());
    expect(changes).to.have.length(1);
  });
});

describe('<cs-indicator-checklist> privacy', () => {
  /** Watches every way this page could store, send or record something. */
  function watchEverything() {
    const setItem = Storage.prototype.setItem;
    const fetch = window.fetch;
    const open = XMLHttpRequest.prototype.open;
    const sendBeacon = navigator.sendBeacon;
    const writes: string[] = [];
    const requests: string[] = [];
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
      return fetch(input, init);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      requests.push(`xhr ${method} ${String(url)}`);
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      requests.push(`beacon ${String(url)}`);
      return sendBeacon.call(navigator, url, data);
    };
    const resources: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => resources.push(e.name)));
    observer.observe({ type: 'resource' });
    const before = {
      storage: [localStorage.length, sessionStorage.length],
      resources: performance.getEntriesByType('resource').length,
      href: location.href,
      history: history.length,
      cookie: document.cookie,
    };
    return {
      writes,
      requests,
      resources,
      before,
      after: () => ({
        storage: [localStorage.length, sessionStorage.length],
        resources: performance.getEntriesByType('resource').length,
        href: location.href,
        history: history.length,
        cookie: document.cookie,
      }),
      stop() {
        Storage.prototype.setItem = setItem;
        window.fetch = fetch;
        XMLHttpRequest.prototype.open = open;
        navigator.sendBeacon = sendBeacon;
        observer.disconnect();
      },
    };
  }

  it('stores, sends and records nothing through a whole use', async () => {
    // The loader and the schema are modules of the library: let them load before watching.
    (await checklistWith(weightedSet)).remove();

    const clipboard = fakeClipboard();
    const watch = watchEverything();
    try {
      const el = await ready(
        await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist helplines-href="/helplines" .content=${weightedSet}></cs-indicator-checklist>`),
      );
      await toggle(el, 'isolated', 'older-friends', 'picked-up-by-adults', 'several-phones');
      await toggle(el, 'older-friends');
      for (const details of shadow(el).querySelectorAll<HTMLDetailsElement>('details.explanation')) details.querySelector('summary')?.click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('details.explanation[open]')).to.have.length(5);
      (categories(el)[0]?.querySelector('summary') as HTMLElement).click();
      await click(el, button(el, 'Copy summary'));
      await waitUntil(() => announced(el) === 'Summary copied.', 'the summary was not copied', { timeout: 10000 });
      await click(el, button(el, 'Clear all'));
      expect(ticked(el)).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      watch.stop();
      clipboard.restore();
    }
    expect(clipboard.written, 'only what the user asked to copy').to.have.length(1);
    expect(watch.writes, 'nothing written to storage').to.deep.equal([]);
    expect(watch.requests, 'no request').to.deep.equal([]);
    expect(watch.resources, 'no resource loaded').to.deep.equal([]);
    expect(watch.after()).to.deep.equal(watch.before);
  });
});

describe('<cs-indicator-checklist> printed', () => {
  it('prints the date, a case-reference line, the band and only the ticked indicators, without controls', async () => {
    const s = weightedSet;
    const el = await checklistWith(s);
    await toggle(el, 'isolated', 'several-phones'); // 3: some concern
    const summary = shadow(el).querySelector('.print-summary') as HTMLElement;
    expect(shown(summary), 'the print summary is not on screen').to.equal(false);

    await emulateMedia({ media: 'print' });
    try {
      expect(checkboxes(el).some(shown), 'no checkbox on paper').to.equal(false);
      expect([...shadow(el).querySelectorAll('button')].some(shown), 'no button on paper').to.equal(false);
      expect(shown(shadow(el).querySelector('details.explanation summary'))).to.equal(false);
      expect(shown(summary)).to.equal(true);
      const paper = summary.textContent ?? '';
      const today = new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long' }).format(new Date());
      expect(paper).to.include(`Date and time: ${today}`);
      expect(paper).to.match(/^Your case reference \(no names\): _{10,}$/m);
      expect(paper).to.include('Level of concern: Some concern');
      expect(paper).to.include(band(s, 'some-concern').guidance.en);
      expect(paper).to.include(`Relationships\n- ${indicatorText(s, 'isolated')}`);
      expect(paper).to.include(`Phone and online activity\n- ${indicatorText(s, 'several-phones')}`);
      for (const id of ['older-friends', 'picked-up-by-adults', 'secretive-phone-use'])
        expect(paper, `${id} was not ticked`).not.to.include(indicatorText(s, id));
      expect(paper).to.include('call 112').and.include('not a diagnosis');

      // On paper, each thing once: the summary carries the title.
      const printed = renderedText(shadow(el));
      expect(printed.split(s.title.en).length - 1, 'the title is printed once').to.equal(1);
      expect(printed).not.to.include('Print summary');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown(summary), 'back on screen').to.equal(false);
    expect(checkboxes(el).every(shown)).to.equal(true);
  });

  it('prints "None ticked" when nothing is ticked', async () => {
    const el = await checklistWith(weightedSet);
    await emulateMedia({ media: 'print' });
    try {
      const paper = shadow(el).querySelector('.print-summary')?.textContent ?? '';
      expect(paper).to.include('Level of concern: Low concern').and.include('Indicators noticed:\n- None ticked');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<cs-indicator-checklist> Copy summary', () => {
  it('copies the summary as plain text and says so', async () => {
    const s = weightedSet;
    const el = await checklistWith(s);
    await toggle(el, 'several-phones', 'isolated');
    const clipboard = fakeClipboard();
    try {
      await click(el, button(el, 'Copy summary'));
      await waitUntil(() => clipboard.written.length === 1, 'nothing was copied', { timeout: 10000 });
      await el.updateComplete;
    } finally {
      clipboard.restore();
    }
    const [copied] = clipboard.written as [string];
    const lines = copied.split('\n');
    const today = new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long' }).format(new Date());
    expect(lines[1]).to.match(/^Date and time: /);
    expect(lines[1]).to.include(today);
    expect([lines[0], ...lines.slice(2)]).to.deep.equal([
      'Signs that a child may be sexually exploited',
      'Your case reference (no names): ____________________',
      '',
      'Level of concern: Some concern',
      band(s, 'some-concern').guidance.en,
      '',
      // no country on this page: every route, by name
      'With no safeguarding lead, or if they cannot be reached or do not act, in each country:',
      '- France: The 119, or the public prosecutor',
      '- Spain: Your region’s child protection services',
      '',
      'Indicators noticed:',
      'Relationships',
      `- ${indicatorText(s, 'isolated')}`,
      'Phone and online activity',
      `- ${indicatorText(s, 'several-phones')}`,
      '',
      'If a child is in immediate danger, call 112.',
      'This checklist is an aid to your professional judgement, not a diagnosis. One sign on its own proves nothing, and a child can be exploited without showing any of them.',
      '',
      'Record what you notice and share it with your designated safeguarding lead.',
    ]);
    expect(announced(el)).to.equal('Summary copied.');
    expect(buttonNames(el)).to.include('Copied');

    // A new tick makes the copy stale: the button says so no more.
    await toggle(el, 'older-friends');
    expect(buttonNames(el)).to.include('Copy summary');
  });

  it('copies in French', async () => {
    const el = await checklistWith(weightedSet, 'fr');
    await toggle(el, 'older-friends');
    const clipboard = fakeClipboard();
    try {
      await click(el, button(el, 'Copier le résumé'));
      await waitUntil(() => clipboard.written.length === 1, 'nothing was copied', { timeout: 10000 });
      await el.updateComplete;
    } finally {
      clipboard.restore();
    }
    const copied = clipboard.written[0] as string;
    expect(copied.split('\n')[0]).to.equal(weightedSet.title.fr);
    // French puts a no-break space before the colon.
    expect(copied).to.match(/^Date et heure\u00a0: \d+ \S+ \d{4}/m);
    expect(copied).to.match(/^Votre référence de dossier \(aucun nom\)\u00a0: _{10,}$/m);
    // The model writes "Heading: band" with an English colon; French wants a space before it.
    expect(copied).to.match(/^Niveau de préoccupation\s?: Préoccupation modérée$/m);
    expect(copied).to.include(`Relations\n- ${indicatorText(weightedSet, 'older-friends', 'fr')}`);
    expect(announced(el)).to.equal('Résumé copié.');
  });

  it('shows a localised fallback when the clipboard refuses', async () => {
    const el = await checklistWith(weightedSet, 'fr');
    await toggle(el, 'isolated');
    const refused = stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    try {
      await click(el, button(el, 'Copier le résumé'));
      await waitUntil(() => announced(el) !== '' && !announced(el).startsWith('Niveau'), 'no message after the failed copy', { timeout: 10000 });
      await el.updateComplete;
    } finally {
      refused.restore();
    }
    const message = 'Le résumé n’a pas pu être copié. Utilisez plutôt « Imprimer le résumé ».';
    expect(announced(el)).to.equal(message);
    expect(text(el), 'the message is on screen too, not only for screen readers').to.include(message);
    expect(buttonNames(el)).to.include('Copier le résumé');
    expect(buttonNames(el)).not.to.include('Copié');
  });

  it('shows the fallback when there is no clipboard at all', async () => {
    const el = await checklistWith(weightedSet);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await click(el, button(el, 'Copy summary'));
      await waitUntil(() => announced(el) !== '', 'no message after the failed copy', { timeout: 10000 });
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(navigator.clipboard, 'the real clipboard is back').to.exist;
    expect(text(el)).to.include('The summary could not be copied. Use “Print summary” instead.');
  });
});

describe('<cs-indicator-checklist> events', () => {
  it('reports each change on document, bubbling and composed, with the ticks in the set’s order', async () => {
    const events: CustomEvent<IndicatorChecklistChangeDetail>[] = [];
    const onChange = (e: CustomEvent<IndicatorChecklistChangeDetail>) => events.push(e);
    document.addEventListener('cs-indicator-checklist-change', onChange);
    try {
      const el = await checklistWith(weightedSet);
      await toggle(el, 'several-phones', 'isolated', 'older-friends');
      await toggle(el, 'several-phones');
    } finally {
      document.removeEventListener('cs-indicator-checklist-change', onChange);
    }
    expect(events.map((e) => [e.bubbles, e.composed])).to.deep.equal([
      [true, true],
      [true, true],
      [true, true],
      [true, true],
    ]);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { ticked: ['several-phones'], band: 'some-concern', score: 2, raisedBy: [] },
      { ticked: ['isolated', 'several-phones'], band: 'some-concern', score: 3, raisedBy: [] },
      { ticked: ['isolated', 'older-friends', 'several-phones'], band: 'significant-concern', score: 5, raisedBy: [] },
      { ticked: ['isolated', 'older-friends'], band: 'some-concern', score: 3, raisedBy: [] },
    ]);
  });

  it('still fires the deprecated cs-checklist-change after each change, with the same detail, for pages not yet moved', async () => {
    const el = await checklistWith(weightedSet);
    const now: IndicatorChecklistChangeDetail[] = [];
    const old: IndicatorChecklistChangeDetail[] = [];
    el.addEventListener('cs-indicator-checklist-change', (e) => now.push(e.detail));
    el.addEventListener('cs-checklist-change', (e) => old.push(e.detail));
    await toggle(el, 'several-phones', 'isolated');
    expect(old).to.have.length(2);
    expect(old).to.deep.equal(now);
  });

  it('counts 1 per indicator in a set without weights', async () => {
    const changes: IndicatorChecklistChangeDetail[] = [];
    const el = await checklistWith(unweightedSet);
    el.addEventListener('cs-indicator-checklist-change', (e) => changes.push(e.detail));
    await toggle(el, 'tired-in-class');
    expect(resultTitle(el)).to.equal('Level of concern: Some concern');
    await toggle(el, 'school-absences', 'out-overnight');
    expect(changes.at(-1)).to.deep.equal({
      ticked: ['school-absences', 'tired-in-class', 'out-overnight'],
      band: 'significant-concern',
      score: 3,
      raisedBy: [],
    });
    expect(total(el)).to.equal('3 indicators ticked');
    expect(categoryCounts(el)).to.deep.equal(['2 of 2', '1 of 2']);
    // one strong sign is enough: missing-repeatedly alone escalates, and the event says so
    await click(el, button(el, 'Clear all'));
    await toggle(el, 'missing-repeatedly');
    expect(changes.at(-1)).to.deep.equal({ ticked: ['missing-repeatedly'], band: 'significant-concern', score: 1, raisedBy: ['missing-repeatedly'] });
    expect(total(el)).to.equal('1 indicator ticked');
    expect(categoryCounts(el)).to.deep.equal(['0 of 2', '1 of 2']);
  });
});

describe('<cs-indicator-checklist> with bad content', () => {
  it('shows a localised alert and fires cs-error for invalid content', async () => {
    await setPageLanguage('fr');
    const el = document.createElement('cs-indicator-checklist');
    const event = oneEvent(el, 'cs-error') as Promise<CsErrorEvent>;
    el.content = brokenSet;
    document.body.append(el);
    try {
      const { detail } = await event;
      await ready(el);
      expect(detail.code).to.equal('content-invalid');
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.equal('Ce contenu ne peut pas être affiché, car il contient des erreurs.');
      expect(checkboxes(el)).to.have.length(0);
      expect(shadow(el).querySelector('button')).to.equal(null);
      await expectAccessible(el);
    } finally {
      el.remove();
    }
  });

  it('says it cannot find an unknown built-in set', async () => {
    const el = document.createElement('cs-indicator-checklist');
    const event = oneEvent(el, 'cs-error') as Promise<CsErrorEvent>;
    el.set = 'nope';
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.code).to.equal('content-not-found');
      expect(detail.source).to.equal('nope');
      await ready(el);
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.equal('This content could not be found.');
    } finally {
      el.remove();
    }
  });
});

describe('<cs-indicator-checklist> with the built-in set', () => {
  it('renders stop-indicators (7 categories, 36 indicators) and follows the page language, keeping the ticks', async () => {
    const el = await ready(await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist set="stop-indicators"></cs-indicator-checklist>`));
    const english = (await indicatorSets.loadBuiltin('stop-indicators')) as IndicatorSet;
    expect(title(el)).to.equal(english.title.en);
    expect(categories(el)).to.have.length(7);
    expect(checkboxes(el)).to.have.length(36);
    expect(total(el)).to.equal('0 indicators ticked');
    expect(resultTitle(el)).to.equal(`Level of concern: ${english.bands[0]?.title.en}`);
    await toggle(el, 'image-requests');
    expect(total(el)).to.equal('1 indicator ticked');

    const french = (await indicatorSets.loadBuiltin('stop-indicators', 'fr')) as IndicatorSet;
    await setPageLanguage('fr', el);
    await waitUntil(() => title(el) === french.title.fr, 'the French set did not load', { timeout: 10000 });
    await el.updateComplete;
    expect(categories(el)).to.have.length(7);
    expect(checkboxes(el)).to.have.length(36);
    expect(ticked(el), 'the tick is kept').to.deep.equal(['image-requests']);
    expect(total(el)).to.equal('1 indicateur coché');
    expect(visibleText(checkbox(el, 'image-requests').closest('label'))).to.equal(indicatorText(french, 'image-requests', 'fr'));
    expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('fr');

    const greek = (await indicatorSets.loadBuiltin('stop-indicators', 'el')) as IndicatorSet;
    await setPageLanguage('el', el);
    await waitUntil(() => title(el) === greek.title.el, 'the Greek set did not load', { timeout: 10000 });
    expect(checkboxes(el)).to.have.length(36);
    expect(shadow(el).querySelector('[lang="en"]'), 'everything is in Greek').to.equal(null);
  });
});

describe('<cs-indicator-checklist>: one strong sign is enough, and every reader has a route', () => {
  const builtin = async (country: string | null, locale = 'en') => {
    await setPageLanguage(locale);
    const el = await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist set="stop-indicators" country=${country ?? ''}></cs-indicator-checklist>`);
    if (!country) el.removeAttribute('country');
    return ready(el);
  };
  const route = (el: CsIndicatorChecklist) => shadow(el).querySelector('[part="route"]') as HTMLElement;
  const raisedBy = (el: CsIndicatorChecklist) => visibleText(shadow(el).querySelector('.raised-by'));
  /** Presses Tab until the focus is on `selector`, as a keyboard user would. */
  async function tabTo(el: CsIndicatorChecklist, selector: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (focused(el)?.matches(selector)) return;
      await press(el, 'Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('in Greece, ticking “asked for intimate images” alone shows high concern, names the sign, and the Greek route', async () => {
    const el = await builtin('GR');
    const set = (await indicatorSets.loadBuiltin('stop-indicators')) as IndicatorSet;
    const greece = set.reportingRoutes.find((r) => r.country === 'GR')!;
    const watch = watchAnnouncements(el);
    await tabTo(el, 'input[value="image-requests"]');
    await press(el, 'Space');
    expect(ticked(el)).to.deep.equal(['image-requests']);
    expect(resultTitle(el)).to.equal('Level of concern: High concern');
    expect(raisedBy(el)).to.equal(`Raised to this level by a strong sign: ${indicatorText(set, 'image-requests')}`);
    expect(await watch.take()).to.deep.equal(['Level of concern: High concern']);
    watch.stop();
    // the Greek route, by name, with its steps, the legal duty and its sources
    const heading = route(el).querySelector('[role="heading"]') as HTMLElement;
    expect(visibleText(heading)).to.equal('With no safeguarding lead, or if they cannot be reached or do not act, in Greece:');
    expect(route(el).getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(visibleText(route(el).querySelector('.route-name'))).to.equal(greece.name.en);
    expect(route(el).querySelector('a[href="tel:1056"]'), 'SOS 1056 can be called from the route').to.exist;
    expect(visibleText(route(el).querySelector('.duty'))).to.match(/^You may have a legal duty to report/);
    const sources = [...route(el).querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(sources.map((a) => a.href)).to.deep.equal(greece.sources.map((s) => s.url));
    for (const a of sources) expect(a.rel).to.equal('noreferrer');
    expect(visibleText(route(el))).not.to.include('France');
    await expectAccessible(el);
  });

  it('the copied summary says the escalated level, the sign that raised it, and the country’s route', async () => {
    const el = await builtin('GR');
    const set = (await indicatorSets.loadBuiltin('stop-indicators')) as IndicatorSet;
    const greece = set.reportingRoutes.find((r) => r.country === 'GR')!;
    await toggle(el, 'found-with-unknown-adults');
    const clipboard = fakeClipboard();
    try {
      await click(el, button(el, 'Copy summary'));
      await waitUntil(() => clipboard.written.length === 1, 'nothing was copied');
    } finally {
      clipboard.restore();
    }
    const lines = clipboard.written[0]!.split('\n');
    const level = lines.indexOf('Level of concern: High concern');
    expect(level, lines.join('\n')).to.be.greaterThan(0);
    expect(lines[level + 1]).to.equal(`Raised to this level by a strong sign: ${indicatorText(set, 'found-with-unknown-adults')}`);
    expect(lines).to.include('With no safeguarding lead, or if they cannot be reached or do not act, in Greece:');
    expect(lines).to.include(greece.name.en);
  });

  it('in Italian, on a page for Italy (it-IT), a strong sign alone escalates and the Italian route shows', async () => {
    const el = await builtin(null, 'it-IT');
    const set = (await indicatorSets.loadBuiltin('stop-indicators', 'it')) as IndicatorSet;
    const italy = set.reportingRoutes.find((r) => r.country === 'IT')!;
    await toggle(el, 'controlled-by-someone');
    const significant = set.bands.find((b) => b.id === 'significant-concern')!;
    expect(resultTitle(el)).to.equal(`Livello di preoccupazione: ${significant.title.it}`);
    expect(raisedBy(el)).to.include(indicatorText(set, 'controlled-by-someone', 'it' as 'fr'));
    expect(visibleText(route(el).querySelector('.route-name'))).to.equal(italy.name.it);
    expect(route(el).querySelector('a[href="tel:114"]')).to.exist;
    expect(visibleText(route(el))).to.include('Italia');
    await expectAccessible(el);
  });

  it('with no country known, lists each country’s route by name', async () => {
    const el = await builtin(null);
    const set = (await indicatorSets.loadBuiltin('stop-indicators')) as IndicatorSet;
    expect(visibleText(route(el).querySelector('[role="heading"]'))).to.equal(
      'With no safeguarding lead, or if they cannot be reached or do not act, in each country:',
    );
    const items = [...route(el).querySelectorAll('.routes li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(set.reportingRoutes.map((r) => `${new Intl.DisplayNames('en', { type: 'region' }).of(r.country)}: ${r.name.en}`));
    // every band's guidance says what to do without a lead
    for (const band of set.bands) expect(band.guidance.en, band.id).to.match(/if there is none|if there is no lead/i);
    await expectAccessible(el);
  });

  it('a country that is not a code is said in the widget, reported once, and every route is listed', async () => {
    await setPageLanguage('en');
    const errors: CsErrorEvent[] = [];
    const onError = (e: CsErrorEvent) => errors.push(e);
    document.addEventListener('cs-error', onError);
    try {
      const el = await ready(
        await fixture<CsIndicatorChecklist>(html`<cs-indicator-checklist country="Atlantis" .content=${weightedSet}></cs-indicator-checklist>`),
      );
      expect(visibleText(route(el).querySelector('.error'))).to.equal('This page’s country is unclear: the route of each country is listed.');
      expect(route(el).querySelectorAll('.routes li')).to.have.length(2);
      await toggle(el, 'isolated');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['unknown-country']);
      expect(errors[0]!.detail.source).to.equal('country');
    } finally {
      document.removeEventListener('cs-error', onError);
    }
  });
});

describe('<cs-indicator-checklist> on a narrow screen', () => {
  function expectFits(el: CsIndicatorChecklist, step: string): void {
    const section = shadow(el).querySelector('section') as HTMLElement;
    expect(section.getBoundingClientRect().width, `${step}: width`).to.be.at.most(320);
    expect(section.scrollWidth, `${step}: no horizontal overflow`).to.be.at.most(section.clientWidth);
    const right = section.getBoundingClientRect().right + 0.5;
    for (const label of shadow(el).querySelectorAll('label')) {
      const box = label.getBoundingClientRect();
      expect(box.height, `${step}: "${visibleText(label)}" is tall enough`).to.be.at.least(24);
      expect(box.right, `${step}: "${visibleText(label)}" stays inside`).to.be.at.most(right);
    }
    for (const target of shadow(el).querySelectorAll('summary, button, a')) {
      const box = target.getBoundingClientRect();
      if (!shown(target)) continue;
      expect(box.height, `${step}: "${visibleText(target)}" is tall enough`).to.be.at.least(24);
      expect(box.width, `${step}: "${visibleText(target)}" is wide enough`).to.be.at.least(24);
      expect(box.right, `${step}: "${visibleText(target)}" stays inside`).to.be.at.most(right);
    }
  }

  it('fits 320px with 24px targets (en, fixture)', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px"><cs-indicator-checklist helplines-href="/helplines" .content=${weightedSet}></cs-indicator-checklist></div>`,
    );
    const el = await ready(wrapper.querySelector('cs-indicator-checklist') as CsIndicatorChecklist);
    expectFits(el, 'nothing ticked');
    await toggle(el, 'picked-up-by-adults', 'several-phones');
    for (const details of shadow(el).querySelectorAll<HTMLDetailsElement>('details.explanation')) details.open = true;
    expectFits(el, 'high concern, explanations open');
  });

  for (const locale of ['fr', 'el']) {
    it(`fits 320px with 24px targets (${locale}, built-in set)`, async () => {
      await setPageLanguage(locale);
      const wrapper = await fixture(
        html`<div style="width: 320px"><cs-indicator-checklist helplines-href="/helplines" set="stop-indicators"></cs-indicator-checklist></div>`,
      );
      const el = await ready(wrapper.querySelector('cs-indicator-checklist') as CsIndicatorChecklist);
      await toggle(el, 'picked-up-by-adults', 'missing-repeatedly', 'image-requests', 'controlled-by-someone');
      expect(result(el).dataset.band).to.equal('high-concern');
      for (const details of shadow(el).querySelectorAll<HTMLDetailsElement>('details.explanation')) details.open = true;
      expectFits(el, `${locale}, high concern`);
    });
  }
});
