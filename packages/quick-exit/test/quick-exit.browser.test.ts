import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { STORAGE_PREFIX } from '@childrensafe/core';
import { ALL_LOCALES, THEMES, expectAccessible, setPageLanguage, useTheme, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsQuickExit } from '../src/quick-exit.js';
import type { QuickExitLeaveDetail } from '../src/quick-exit-events.js';
import type { CsSafetyInfo } from '../src/safety-info.js';
import { destinations, positions as POSITIONS } from '../fixtures/quick-exit.fixtures.js';

/*
 * The quick exit leaves by replacing the TOP window's page. It must never do that to the test
 * runner, so every exit happens inside an iframe sandboxed without allow-top-navigation (the
 * top navigation throws there, and the element falls back to its own window), or in a popup
 * the test opens. Tests on this page itself only ever press Shift twice.
 */

const PAGES = '/packages/quick-exit/test/pages';
const DESTINATION = destinations.test;

interface ExitRecord {
  name: string;
  detail: QuickExitLeaveDetail;
  target: string;
  title: string;
  coverShown: boolean;
  coverBox?: [number, number, number, number];
  viewport: [number, number];
  storedKeys: string[];
  url: string;
}

declare global {
  interface Window {
    /** Where test pages (pages/report.js) report each cs-quick-exit event, as JSON. */
    quickExitLog?: string[];
  }
}

const records = (): ExitRecord[] => (window.quickExitLog ?? []).map((entry) => JSON.parse(entry) as ExitRecord);
const exits = (): ExitRecord[] => records().filter((record) => record.name === 'cs-quick-exit-leave');

// ---------------------------------------------------------------------------------------------
// Pages in a sandboxed frame

interface ExitPage {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  element: CsQuickExit;
  root: ShadowRoot;
  button: HTMLAnchorElement;
  status: HTMLElement;
}

const frames: HTMLIFrameElement[] = [];

/** A frame that may run scripts and share this origin's storage, but never navigate the top. */
function sandboxedFrame(src: string, width = 800, height = 600): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.title = 'page under test';
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

/** Reads the quick exit of the page loaded in a frame (or a popup), once it has rendered. */
async function readyExit(win: () => Window | null | undefined, what: string): Promise<Omit<ExitPage, 'frame'>> {
  await waitUntil(
    () => {
      const doc = win()?.document;
      const element = doc?.querySelector('cs-quick-exit') as CsQuickExit | null | undefined;
      return doc?.readyState === 'complete' && element?.hasUpdated && element.shadowRoot?.querySelector('[part="button"]');
    },
    `${what}: the quick exit did not render`,
    { timeout: 8000 },
  );
  const doc = (win() as Window).document;
  const element = doc.querySelector('cs-quick-exit') as CsQuickExit;
  await element.updateComplete;
  const root = element.shadowRoot as ShadowRoot;
  return {
    win: win() as Window,
    doc,
    element,
    root,
    button: root.querySelector('[part="button"]') as HTMLAnchorElement,
    status: root.querySelector('[role="status"]') as HTMLElement,
  };
}

/** Opens pages/exit.html in a sandboxed frame, set up by query (`escape`, `href`, `lang`…). */
async function openExitPage(query: Record<string, string> = {}, size?: [number, number]): Promise<ExitPage> {
  const search = new URLSearchParams(query).toString();
  const frame = sandboxedFrame(`${PAGES}/exit.html${search ? `?${search}` : ''}`, ...(size ?? []));
  return { frame, ...(await readyExit(() => frame.contentWindow, 'exit.html')) };
}

/** The path of the page a frame or window shows now ('' while it cannot be read). */
function pathOf(win: Window | null | undefined): string {
  try {
    return win?.location.pathname ?? '';
  } catch {
    return '';
  }
}

const reachedDestination = (win: () => Window | null | undefined, what: string) =>
  waitUntil(() => pathOf(win()) === DESTINATION && win()?.document.readyState === 'complete', `${what}: the destination was not reached`, { timeout: 5000 });

/** Gives a page a moment in which an exit, had one started, would have been reported. */
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real click at the centre of an element inside a frame of this page. */
async function clickInFrame(frame: HTMLIFrameElement, target: Element): Promise<void> {
  const outer = frame.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(outer.left + box.left + box.width / 2), Math.round(outer.top + box.top + box.height / 2)] });
}

/** Keyboard focus into a frame's page, on an element or on the page itself. */
function focusFrame(page: ExitPage, target?: HTMLElement): void {
  page.frame.focus();
  page.win.focus();
  if (target) target.focus();
  else (page.doc.activeElement as HTMLElement | null)?.blur();
}

async function pressShift(times: number, page?: ExitPage): Promise<void> {
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: 'Shift' });
    await page?.element.updateComplete;
  }
}

/** What the live region says now (its text as is: French puts a no-break space before a colon). */
const statusText = (status: HTMLElement) => status.textContent?.trim() ?? '';

// ---------------------------------------------------------------------------------------------

const LIBRARY_KEYS = ['childrensafe:quiz:x', 'childrensafe:other'];
const SITE_KEY = 'site:keep';

function clearTestStorage(): void {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX) || key === SITE_KEY) store.removeItem(key);
  }
}

beforeEach(() => {
  window.quickExitLog = [];
});

afterEach(async () => {
  frames.splice(0).forEach((frame) => frame.remove());
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
  await setPageLanguage('en');
  document.documentElement.removeAttribute('dir');
  delete document.documentElement.dataset.csTheme;
  delete document.documentElement.dataset.csColorScheme;
  clearTestStorage();
  delete window.quickExitLog;
});

describe('<cs-quick-exit> leaving the page', () => {
  it('with a click: covers the page and blanks its title, clears only the library’s storage, and replaces the page with the destination', async () => {
    const page = await openExitPage();
    // Same origin: the frame's storage is this page's.
    LIBRARY_KEYS.forEach((key) => localStorage.setItem(key, '{"position":2}'));
    sessionStorage.setItem('childrensafe:session', '1');
    localStorage.setItem(SITE_KEY, 'yes');
    const historyBefore = page.win.history.length;
    expect(page.doc.title).to.equal('Support for professionals');
    expect(visibleText(page.root)).to.include('Exit this page').and.include('Or press Shift 3 times.');
    expect(page.root.querySelector<HTMLElement>('[part="cover"]')?.hidden, 'no cover before the exit').to.equal(true);

    await clickInFrame(page.frame, page.button);
    await reachedDestination(() => page.frame.contentWindow, 'click');

    expect(page.frame.contentDocument?.title).to.equal('Weather today');
    const [event, ...more] = exits();
    expect(more, 'one exit, one event').to.deep.equal([]);
    expect(event?.detail).to.deep.equal({ destination: new URL(DESTINATION, location.href).href, trigger: 'button' });
    expect(event?.target).to.equal('cs-quick-exit');
    expect(
      records().map((record) => [record.name, record.detail]),
      'the deprecated name follows, with the same detail',
    ).to.deep.equal([
      ['cs-quick-exit-leave', event?.detail],
      ['cs-quick-exit', event?.detail],
    ]);
    // What the reader saw while the browser was leaving: nothing of the page.
    expect(event?.coverShown, 'the cover was shown before leaving').to.equal(true);
    expect(event?.coverBox, 'the cover covered the whole frame').to.deep.equal([0, 0, ...(event?.viewport ?? [])]);
    expect(event?.title, 'the title was blanked').to.equal('');
    expect(event?.storedKeys, 'the library’s keys were gone when the event fired').to.deep.equal([SITE_KEY]);
    // Afterwards, the library's keys are gone from both stores, the site's own key is kept.
    LIBRARY_KEYS.forEach((key) => expect(localStorage.getItem(key), key).to.equal(null));
    expect(sessionStorage.getItem('childrensafe:session')).to.equal(null);
    expect(localStorage.getItem(SITE_KEY)).to.equal('yes');
    // The page's history entry was replaced, not added to: Back cannot return to it.
    expect(page.frame.contentWindow?.history.length, 'history did not grow').to.equal(historyBefore);
  });

  it('from a frame on a partner page, replaces the whole tab, and Back goes to the page before', async () => {
    const popup = window.open(`${PAGES}/start.html`, 'quick-exit-popup', 'popup,width=640,height=720');
    expect(popup, 'the browser opened a window for the test').to.exist;
    try {
      const win = popup as Window;
      await waitUntil(() => pathOf(win).endsWith('/start.html') && win.document.readyState === 'complete', 'start.html did not load', { timeout: 10000 });
      // The reader goes on to the partner page that embeds the training in a frame.
      win.location.href = `${PAGES}/frame-host.html`;
      await waitUntil(() => pathOf(win).endsWith('/frame-host.html') && win.document.querySelector('iframe'), 'frame-host.html did not load', {
        timeout: 10000,
      });
      const inner = win.document.querySelector('iframe') as HTMLIFrameElement;
      const page = await readyExit(() => inner.contentWindow, 'the framed exit.html');
      const historyBefore = win.history.length;

      page.button.click();
      await reachedDestination(() => win, 'the tab');

      expect(exits().map((e) => e.detail.trigger)).to.deep.equal(['button']);
      expect(win.history.length, 'the tab’s history did not grow').to.equal(historyBefore);
      win.history.back();
      await waitUntil(() => pathOf(win).endsWith('/start.html'), `Back went to ${pathOf(win)}, not to the page before`, { timeout: 10000 });
    } finally {
      popup?.close();
    }
  });
});

describe('<cs-quick-exit> keyboard shortcut', () => {
  it('leaves after Shift is pressed three times, telling the user how many presses are left', async () => {
    LIBRARY_KEYS.forEach((key) => localStorage.setItem(key, '1'));
    const page = await openExitPage();
    focusFrame(page);
    await pressShift(1, page);
    expect(statusText(page.status)).to.equal('Shift, press 2 more times to exit.');
    await pressShift(1, page);
    expect(statusText(page.status)).to.equal('Shift, press 1 more time to exit.');
    expect(exits(), 'no exit after two presses').to.deep.equal([]);
    await pressShift(1);
    await reachedDestination(() => page.frame.contentWindow, 'Shift x3');
    const [event] = exits();
    expect(event?.detail.trigger).to.equal('shortcut');
    expect(event?.coverShown).to.equal(true);
    expect(event?.title).to.equal('');
    LIBRARY_KEYS.forEach((key) => expect(localStorage.getItem(key), key).to.equal(null));
  });

  it('announces each Shift press in the page’s language, and stops counting when another key is pressed', async () => {
    // On the test page itself: never more than two presses in a row here.
    const exit = await fixture<CsQuickExit>(html`<cs-quick-exit href=${DESTINATION}></cs-quick-exit>`);
    const status = exit.shadowRoot?.querySelector('[role="status"]') as HTMLElement;
    expect(status.getAttribute('aria-live')).to.equal('assertive');
    expect(statusText(status), 'silent at first').to.equal('');
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('Shift, press 1 more time to exit.');
    // Any other key breaks the sequence, and the announcement goes away.
    await sendKeys({ press: 'a' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('');
    // A Shift held down to type a capital is not a press of Shift on its own.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'A' });
    await sendKeys({ up: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('');
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status), 'counting starts over').to.equal('Shift, press 2 more times to exit.');

    await setPageLanguage('fr', exit);
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('Maj\u00a0: appuyez encore 2 fois pour quitter.');
    await sendKeys({ press: 'Shift' });
    await exit.updateComplete;
    expect(statusText(status)).to.equal('Maj\u00a0: appuyez encore 1 fois pour quitter.');
    await sendKeys({ press: 'a' });
    exit.remove();
  });

  it('never leaves while the user types in a field', async () => {
    const page = await openExitPage();
    for (const id of ['note', 'question']) {
      const field = page.doc.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
      focusFrame(page, field);
      await pressShift(3, page);
      await sendKeys({ type: 'Hi' });
      await pressShift(3, page);
      await settle();
      expect(field.value, `typing reached the ${id} field`).to.equal('Hi');
      expect(page.doc.activeElement, `${id} kept the focus`).to.equal(field);
      expect(statusText(page.status), `no announcement in ${id}`).to.equal('');
    }
    expect(exits(), 'no exit').to.deep.equal([]);
    expect(pathOf(page.frame.contentWindow)).to.equal(`${PAGES}/exit.html`);
  });

  it('without `escape`, ignores Escape', async () => {
    const page = await openExitPage();
    focusFrame(page);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Escape' });
    await settle();
    expect(statusText(page.status)).to.equal('');
    expect(exits()).to.deep.equal([]);
    expect(pathOf(page.frame.contentWindow)).to.equal(`${PAGES}/exit.html`);
  });

  it('with `escape`, leaves after Escape is pressed twice, and says so in its hint', async () => {
    const page = await openExitPage({ escape: '' });
    expect(visibleText(page.root.querySelector('[part="hint"]'))).to.equal('Or press Shift 3 times, or Escape twice.');
    focusFrame(page);
    await sendKeys({ press: 'Escape' });
    await page.element.updateComplete;
    expect(statusText(page.status)).to.equal('Escape, press 1 more time to exit.');
    await sendKeys({ press: 'Escape' });
    await reachedDestination(() => page.frame.contentWindow, 'Escape x2');
    expect(exits().map((e) => e.detail.trigger)).to.deep.equal(['shortcut']);
  });

  it('with `no-shortcut`, shows no hint and ignores Shift', async () => {
    const page = await openExitPage({ 'no-shortcut': '' });
    expect(page.root.querySelector('[part="hint"]')).to.equal(null);
    expect(visibleText(page.root)).to.equal('Exit this page');
    focusFrame(page);
    await pressShift(4, page);
    await settle();
    expect(statusText(page.status)).to.equal('');
    expect(exits()).to.deep.equal([]);
    expect(pathOf(page.frame.contentWindow)).to.equal(`${PAGES}/exit.html`);
  });
});

describe('<cs-quick-exit> without JavaScript', () => {
  it('shows its fallback link, a plain link that leaves; once the element runs, its own button replaces it', async () => {
    const frame = sandboxedFrame(`${PAGES}/fallback.html`);
    await waitUntil(
      () => frame.contentDocument?.readyState === 'complete' && pathOf(frame.contentWindow).endsWith('/fallback.html'),
      'fallback.html did not load',
      { timeout: 10000 },
    );
    const doc = frame.contentDocument as Document;
    const element = doc.querySelector('cs-quick-exit') as HTMLElement;
    const link = element.querySelector('a') as HTMLAnchorElement;
    expect(frame.contentWindow?.customElements.get('cs-quick-exit'), 'nothing defines the element').to.equal(undefined);
    expect(element.shadowRoot).to.equal(null);
    expect(link.getAttribute('href')).to.equal(DESTINATION);
    expect(link.textContent?.trim()).to.equal('Exit this page');
    expect(link.checkVisibility(), 'the fallback link is displayed').to.equal(true);
    const box = link.getBoundingClientRect();
    expect(box.width * box.height, 'the fallback link has a size').to.be.greaterThan(0);
    expect(doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'nothing covers the fallback link').to.equal(link);

    // It works as any link does: clicking it goes to the destination.
    await clickInFrame(frame, link);
    await reachedDestination(() => frame.contentWindow, 'the fallback link');
    expect(exits(), 'no event without JavaScript').to.deep.equal([]);

    // The same page, now with the script-tag build loaded after the fact.
    frame.src = `${PAGES}/fallback.html?upgraded`;
    await waitUntil(
      () => frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.location.search === '?upgraded',
      'fallback.html did not load again',
      { timeout: 10000 },
    );
    const script = (frame.contentDocument as Document).createElement('script');
    script.type = 'module';
    script.src = '/packages/quick-exit/cdn/cs-quick-exit.js';
    (frame.contentDocument as Document).head.append(script);
    const page = await readyExit(() => frame.contentWindow, 'fallback.html upgraded');
    const fallback = page.element.querySelector('a') as HTMLAnchorElement;
    expect(fallback, 'the fallback link stays in the page’s HTML').to.exist;
    expect(fallback.checkVisibility(), 'the fallback link is no longer displayed').to.equal(false);
    expect(page.button.checkVisibility(), 'the element’s own button is').to.equal(true);
    expect(page.button.getAttribute('href')).to.equal(new URL(DESTINATION, location.href).href);
    expect(visibleText(page.root)).to.equal('Exit this page Or press Shift 3 times.');
  });
});

describe('<cs-quick-exit> when the browser shows the page again', () => {
  // A page the browser restores from its back/forward cache gets `pageshow` with `persisted`.
  // A real restore cannot be produced here: the exit replaces the history entry (so there is
  // nothing to go Back to) and frames are not cached. The destination is a fragment of the page
  // itself, so the exit runs to the end but the page stays, covered, and gets the event.
  it('uncovers the page, gives it its title back, and can exit again', async () => {
    const page = await openExitPage({ href: '#left' });
    const cover = page.root.querySelector('[part="cover"]') as HTMLElement;
    focusFrame(page);
    await pressShift(2, page);
    page.button.click();
    await page.element.updateComplete;
    await waitUntil(() => page.win.location.hash === '#left', 'the exit did not navigate', { timeout: 10000 });
    expect(exits().map((e) => e.detail.trigger)).to.deep.equal(['button']);
    expect(cover.checkVisibility(), 'covered while leaving').to.equal(true);
    expect(page.doc.title).to.equal('');

    // An ordinary page load does not uncover it.
    page.win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await page.element.updateComplete;
    expect(cover.checkVisibility(), 'still covered after a pageshow that is not a restore').to.equal(true);

    page.win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await page.element.updateComplete;
    expect(cover.checkVisibility(), 'uncovered when restored').to.equal(false);
    expect(page.doc.title).to.equal('Support for professionals');
    expect(statusText(page.status), 'no stale announcement').to.equal('');
    expect(page.button.checkVisibility()).to.equal(true);

    // The reader can leave again.
    page.button.click();
    await page.element.updateComplete;
    expect(exits().map((e) => e.detail.trigger)).to.deep.equal(['button', 'button']);
    expect(cover.checkVisibility()).to.equal(true);
    expect(page.doc.title).to.equal('');
  });
});

// ---------------------------------------------------------------------------------------------

const buttonOf = (exit: CsQuickExit) => exit.shadowRoot?.querySelector('[part="button"]') as HTMLAnchorElement;

describe('<cs-quick-exit> accessibility', () => {
  for (const locale of ['en', 'el']) {
    for (const position of POSITIONS) {
      it(`passes axe at ${position} (${locale})`, async () => {
        await setPageLanguage(locale);
        const exit = await fixture<CsQuickExit>(html`<cs-quick-exit position=${position} href=${DESTINATION}></cs-quick-exit>`);
        await expectAccessible(exit);
        expect(buttonOf(exit).textContent?.trim()).to.equal(locale === 'el' ? 'Έξοδος από τη σελίδα' : 'Exit this page');
      });
    }

    it(`<cs-safety-info> passes axe and says what the exit does not do (${locale})`, async () => {
      await setPageLanguage(locale);
      const info = await fixture<CsSafetyInfo>(html`<cs-safety-info></cs-safety-info>`);
      await expectAccessible(info);
      const section = info.shadowRoot?.querySelector('section') as HTMLElement;
      expect(section.getAttribute('lang')).to.equal(locale);
      const title = info.shadowRoot?.getElementById('title');
      expect(section.getAttribute('aria-labelledby')).to.equal('title');
      expect(title?.textContent?.trim()).to.equal(locale === 'el' ? 'Ασφαλής περιήγηση σε αυτόν τον ιστότοπο' : 'Staying safe on this site');
      expect(visibleText(info.shadowRoot)).to.include(locale === 'el' ? '112' : 'It does not erase your browsing history.');
      expect(info.shadowRoot?.querySelectorAll('li')).to.have.length(3);
    });
  }

  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe in the ${theme} theme, ${scheme}`, async () => {
        await useTheme(theme, scheme);
        const wrapper = await fixture(html`<div style="background: var(--cs-color-bg); padding: 1rem">
          <cs-quick-exit position="inline" href=${DESTINATION}></cs-quick-exit>
          <cs-safety-info></cs-safety-info>
        </div>`);
        for (const el of wrapper.querySelectorAll('cs-quick-exit, cs-safety-info')) await expectAccessible(el);
      });
    }
  }

  it('links to the neutral default when href is missing or unusable', async () => {
    for (const href of [undefined, ...destinations.unusable]) {
      const exit = await fixture<CsQuickExit>(href === undefined ? html`<cs-quick-exit></cs-quick-exit>` : html`<cs-quick-exit href=${href}></cs-quick-exit>`);
      expect(buttonOf(exit).getAttribute('href'), String(href)).to.equal('https://www.wikipedia.org/');
      expect(buttonOf(exit).getAttribute('rel')).to.equal('noreferrer');
    }
  });
});

describe('<cs-quick-exit> on a 320px wide screen', () => {
  for (const locale of ALL_LOCALES) {
    it(`shows its whole label inside the screen, 44px tall, in every position (${locale})`, async () => {
      await setViewport({ width: 320, height: 640 });
      await setPageLanguage(locale);
      if (locale === 'ar-XB') document.documentElement.dir = 'rtl';
      for (const position of POSITIONS) {
        const exit = await fixture<CsQuickExit>(html`<cs-quick-exit position=${position} href=${DESTINATION}></cs-quick-exit>`);
        const button = buttonOf(exit);
        const hint = exit.shadowRoot?.querySelector('[part="hint"]') as HTMLElement;
        expect(button.closest('[lang]')?.getAttribute('lang')).to.equal(locale);
        const box = button.getBoundingClientRect();
        const where = `${position}, ${locale}: "${button.textContent?.trim()}"`;
        expect(button.scrollWidth, `${where} is not cut off`).to.be.at.most(button.clientWidth);
        expect(button.scrollHeight, `${where} is not cut off`).to.be.at.most(button.clientHeight);
        expect(box.height, `${where} is 44px tall`).to.be.at.least(44);
        expect(box.width, `${where} is 44px wide`).to.be.at.least(44);
        for (const [part, el] of [
          ['button', button],
          ['hint', hint],
        ] as const) {
          const b = el.getBoundingClientRect();
          expect(b.left, `${where}: ${part} left edge`).to.be.at.least(0);
          expect(b.top, `${where}: ${part} top edge`).to.be.at.least(0);
          expect(b.right, `${where}: ${part} right edge`).to.be.at.most(320);
          expect(b.bottom, `${where}: ${part} bottom edge`).to.be.at.most(640);
        }
        expect(document.documentElement.scrollWidth, `${where}: the page does not scroll sideways`).to.be.at.most(320);
        exit.remove();
      }
    });
  }

  it('puts the button at the reading end: bottom right in left-to-right pages, bottom left in right-to-left ones', async () => {
    await setViewport({ width: 320, height: 640 });
    const exit = await fixture<CsQuickExit>(html`<cs-quick-exit href=${DESTINATION}></cs-quick-exit>`);
    const box = () => buttonOf(exit).getBoundingClientRect();
    expect(320 - box().right, 'near the right edge').to.be.lessThan(box().left);
    expect(640 - box().bottom, 'near the bottom').to.be.lessThan(box().top);
    await setPageLanguage('ar-XB', exit);
    document.documentElement.dir = 'rtl';
    expect(box().left, 'near the left edge in right-to-left').to.be.lessThan(320 - box().right);
    exit.position = 'top-start';
    await exit.updateComplete;
    expect(320 - box().right, 'top-start is top right in right-to-left').to.be.lessThan(box().left);
    expect(box().top).to.be.lessThan(640 - box().bottom);
  });
});
