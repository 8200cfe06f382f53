import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openCspPage } from '../../../test-support/csp.js';
import { expectAccessible, visibleText } from '../../../test-support/browser.js';
import { withPageStyles } from '../../../test-support/host-page.js';
import '../src/index.js';

const TAGS = ['cs-quick-exit', 'cs-module-card', 'cs-quiz', 'cs-indicator-checklist', 'cs-helpline-finder'];
const rendered = (root: ParentNode) => TAGS.every((tag) => !!root.querySelector(tag)?.shadowRoot?.querySelector('[lang]'));

/** The element that has focus, through shadow roots. */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab, as a reader would, until `wanted` has focus; fails after `max` presses. */
async function tabUntil(doc: Document, wanted: (el: Element | null) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive(doc);
    if (wanted(el)) return el!;
  }
  throw new Error(`Tab never reached the element (last: ${deepActive(doc)?.outerHTML.slice(0, 80)})`);
}

/** The font size of every element that holds text of its own, in a shadow tree and the ones inside it. */
function textSizes(root: ShadowRoot, win: Window): { size: number; text: string }[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
      ? [{ size: parseFloat(win.getComputedStyle(el).fontSize), text: `<${el.localName} class="${el.className}">${el.textContent!.trim().slice(0, 40)}` }]
      : []),
    ...(el.shadowRoot ? textSizes(el.shadowRoot, win) : []),
  ]);
}

const isStart = (el: Element | null) => el?.localName === 'button' && el.textContent?.trim() === 'Commencer';

describe('every widget on a hostile host page, right to left (10px root and body text, resets on *, button and input, !important)', () => {
  it('from the script tag: renders readable, starts the quiz by keyboard, clean under axe, no CSP violation, no console warning', async () => {
    const page = await openCspPage('/packages/widgets/test/csp/hostile.html', rendered);
    try {
      const doc = page.frame.contentDocument!;
      const win = page.frame.contentWindow!;
      expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('10px');
      const quiz = doc.querySelector('cs-quiz')!.shadowRoot!;
      await waitUntil(() => [...quiz.querySelectorAll('button')].some((b) => isStart(b)), 'no Start button', { timeout: 8000 });
      // The page's 10px text reaches the widgets only as their hosts' inherited font: no text of
      // theirs is that small (the smallest, a hint, is three quarters of the reader's size).
      for (const tag of TAGS) {
        const sizes = textSizes(doc.querySelector(tag)!.shadowRoot!, win);
        expect(sizes.length, `${tag} shows text`).to.be.greaterThan(0);
        expect(
          sizes.filter(({ size }) => size < 12),
          tag,
        ).to.deep.equal([]);
      }

      win.focus();
      const start = await tabUntil(doc, isStart);
      expect(parseFloat(win.getComputedStyle(start).fontSize)).to.be.at.least(14);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => quiz.querySelector('legend'), 'Enter on Start showed no question', { timeout: 8000 });
      expect(visibleText(quiz.querySelector('[part="progress"]'))).to.equal('Question 1 sur 10');

      // axe-core in the page itself, on every widget as the reader now sees it (a question showing).
      const axe = (win as Window & { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const { violations } = await axe.run(doc.body);
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`))).to.deep.equal([]);

      expect(page.violations()).to.deep.equal([]);
      expect(page.consoleMessages()).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  describe('from npm (import "@childrensafe/widgets")', () => {
    let removeStyles = () => {};
    afterEach(() => removeStyles());

    it('renders every widget, starts the quiz by keyboard and stays clean under axe', async () => {
      removeStyles = withPageStyles(await (await fetch('/packages/widgets/test/csp/hostile.css')).text());
      document.documentElement.lang = 'fr';
      const container = await fixture<HTMLDivElement>(html`<div dir="rtl">
        <cs-quick-exit></cs-quick-exit>
        <cs-module-card module="stop-1" href="/training/stop-1/"></cs-module-card>
        <cs-quiz quiz="jericho-awareness" seed="1"></cs-quiz>
        <cs-indicator-checklist set="stop-indicators"></cs-indicator-checklist>
        <cs-helpline-finder country="FR"></cs-helpline-finder>
      </div>`);
      await waitUntil(() => rendered(container), 'not every widget rendered', { timeout: 8000 });
      const quiz = container.querySelector('cs-quiz')!.shadowRoot!;
      await waitUntil(() => [...quiz.querySelectorAll('button')].some((b) => isStart(b)), 'no Start button in French', { timeout: 8000 });
      for (const tag of TAGS) await expectAccessible(container.querySelector(tag)!);

      await tabUntil(document, isStart);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => quiz.querySelector('legend'), 'Enter on Start showed no question', { timeout: 8000 });
      await expectAccessible(container.querySelector('cs-quiz')!);
      document.documentElement.lang = 'en';
    });
  });
});
