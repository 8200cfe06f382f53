/**
 * Server rendering: the quick exit and the safety text render to HTML with declarative shadow
 * DOM, in the page's language, the exit button a real link to the destination and the cover
 * hidden. The HTML is written to reports/ssr/ for the browser test that hydrates it
 * (quick-exit.el.html).
 */
import { describe, expect, it } from 'vitest';
import { renderInLocale, textOf as text } from '../../../test-support/ssr.js';
import { html } from 'lit';
import { destinations, positions } from '../fixtures/quick-exit.fixtures.js';

await import('../src/define.js');
const { DEFAULT_DESTINATION } = await import('../src/quick-exit-model.js');

const dsd = '<template shadowroot="open" shadowrootmode="open">';

const quickExit = (locale: string) =>
  renderInLocale(
    () => html`<cs-quick-exit href="https://example.org/"><a href="https://example.org/">Exit this page</a></cs-quick-exit>`,
    locale,
    'quick-exit',
  );
const safetyInfo = (locale: string) => renderInLocale(() => html`<cs-safety-info></cs-safety-info>`, locale, 'safety-info');

/** The shadow tree of the first element rendered (between its template tags). */
const shadowOf = (out: string): string => out.slice(out.indexOf(dsd), out.indexOf('</template>'));
/** The light DOM of the first element rendered (after its shadow tree). */
const lightOf = (out: string): string => out.slice(out.indexOf('</template>'));
/** The exit button's opening tag. */
const buttonOf = (out: string): string => out.match(/<a part="button"[^>]*>/)?.[0] ?? '';

describe('cs-quick-exit on the server', () => {
  it('renders with declarative shadow DOM in English: label, hint, link, hidden cover', async () => {
    const out = await quickExit('en');
    expect(out.match(/<template shadowroot="open" shadowrootmode="open">/g)).toHaveLength(1);
    const shadow = text(shadowOf(out));
    expect(shadow).toMatch(/<a part="button" class="button" href="https:\/\/example.org\/" rel="noreferrer"\s*>Exit this page<\/a>/);
    expect(shadow).toMatch(/<p part="hint" class="hint">\s*Or press Shift 3 times\.\s*<\/p>/);
    expect(shadow).toContain('<div part="cover" class="cover" hidden></div>');
    expect(shadow).toContain('<div class="wrap" data-position="bottom-end" lang="en" dir="ltr">');
    // The live region starts empty: nothing is announced before a key is pressed.
    expect(shadow).toMatch(/<div class="visually-hidden" role="status" aria-live="assertive">\s*<\/div>/);
  });

  it('renders in Greek, with the Greek label and hint', async () => {
    const out = await quickExit('el');
    expect(out).toContain(dsd);
    const shadow = text(shadowOf(out));
    expect(shadow).toContain('lang="el"');
    expect(shadow).toContain('dir="ltr"');
    expect(shadow).toMatch(/<a part="button"[^>]*>Έξοδος από τη σελίδα<\/a>/);
    expect(shadow).toContain('Ή πατήστε 3 φορές το Shift.');
    expect(shadow).not.toContain('Exit this page');
    expect(shadow).not.toContain('Or press Shift');
    expect(buttonOf(out)).toContain('href="https://example.org/"');
    expect(shadow).toContain('<div part="cover" class="cover" hidden></div>');
  });

  it('keeps the fallback link in the light DOM, after the shadow tree', async () => {
    const out = await quickExit('en');
    expect(out).toMatch(/^<!--lit-part[^>]*--><cs-quick-exit\s+href="https:\/\/example.org\/" position="bottom-end">/);
    expect(lightOf(out)).toContain('<a href="https://example.org/">Exit this page</a></cs-quick-exit>');
  });

  it('reflects each position on the host and the wrapper', async () => {
    for (const position of positions) {
      const out = await renderInLocale(() => html`<cs-quick-exit position=${position}></cs-quick-exit>`, 'en', 'quick-exit-position');
      expect(out).toContain(`position="${position}"`);
      expect(out).toContain(`data-position="${position}"`);
    }
  });

  it('names Escape in the hint when Escape is enabled, in both languages', async () => {
    const en = text(await renderInLocale(() => html`<cs-quick-exit escape></cs-quick-exit>`, 'en', 'quick-exit-escape'));
    expect(en).toContain('Or press Shift 3 times, or Escape twice.');
    const el = text(await renderInLocale(() => html`<cs-quick-exit escape></cs-quick-exit>`, 'el', 'quick-exit-escape'));
    expect(el).toContain('Ή πατήστε 3 φορές το Shift ή 2 φορές το Esc.');
  });

  it('has no hint when the shortcut is off', async () => {
    const out = await renderInLocale(() => html`<cs-quick-exit no-shortcut></cs-quick-exit>`, 'en', 'quick-exit-no-shortcut');
    expect(out).toContain('no-shortcut');
    expect(out).not.toContain('part="hint"');
    expect(text(out)).not.toContain('Shift');
  });

  it('links to the default destination when none is set or it is unusable', async () => {
    const none = await renderInLocale(() => html`<cs-quick-exit></cs-quick-exit>`, 'en', 'quick-exit-default');
    expect(buttonOf(none)).toContain(`href="${DEFAULT_DESTINATION}"`);
    for (const href of destinations.unusable) {
      const out = await renderInLocale(() => html`<cs-quick-exit href=${href}></cs-quick-exit>`, 'en', 'quick-exit-default');
      expect(buttonOf(out)).toContain(`href="${DEFAULT_DESTINATION}"`);
      expect(buttonOf(out)).not.toContain('javascript:');
    }
  });

  // BUG (src/quick-exit.ts:152): on the server there is no document.baseURI, so a relative href
  // cannot be resolved and the button links to DEFAULT_DESTINATION instead of the page's own
  // destination. The server-rendered button is what a reader clicks before the script runs (and
  // the slotted fallback link is not shown once the declarative shadow root exists: there is no
  // <slot>), so they are sent to wikipedia.org instead of the page's chosen safe page.
  it('keeps a relative destination in the server-rendered button', async () => {
    const out = await renderInLocale(() => html`<cs-quick-exit href=${destinations.test}></cs-quick-exit>`, 'en', 'quick-exit-relative');
    expect(out).toContain(`href="${destinations.test}"`); // the host attribute is kept
    expect(buttonOf(out)).toContain(`href="${destinations.test}"`);
  });
});

describe('cs-safety-info on the server', () => {
  it('renders with declarative shadow DOM in English', async () => {
    const out = await safetyInfo('en');
    expect(out).toContain(dsd);
    const shadow = text(shadowOf(out));
    expect(shadow).toContain('<section part="info" class="info" lang="en" dir="ltr" aria-labelledby="title">');
    expect(shadow).toContain('<p class="title" id="title">Staying safe on this site</p>');
    expect(shadow).toContain('The “Exit this page” button, or Shift pressed 3 times, takes you to another website at once');
    expect(shadow).toContain('It does not erase your browsing history.');
    expect(shadow).toContain('Use a private or incognito window');
    expect(shadow).toContain('Or delete this site from your browsing history');
    expect(shadow).toContain('<li>If you are in danger now, call 112.</li>');
    expect(shadow.match(/<li>/g)).toHaveLength(3);
  });

  it('renders in Greek, naming the button as the button is labelled and the emergency number 112', async () => {
    const out = await safetyInfo('el');
    expect(out).toContain(dsd);
    const shadow = text(shadowOf(out));
    expect(shadow).toContain('lang="el"');
    expect(shadow).toContain('<p class="title" id="title">Ασφαλής περιήγηση σε αυτόν τον ιστότοπο</p>');
    // The text quotes the button's Greek label exactly.
    expect(shadow).toContain('«Έξοδος από τη σελίδα»');
    expect(shadow).toContain('Δεν διαγράφει το ιστορικό περιήγησής σας.');
    expect(shadow).toContain('<li>Αν κινδυνεύετε τώρα, καλέστε το 112.</li>');
    expect(shadow).not.toMatch(/Staying safe|browsing history|call 112/);
  });
});

// Last, so that reports/ssr/quick-exit.el.html (read by the hydration browser test) is the
// Greek render of the plain quick exit with its fallback link.
describe('the HTML kept for the hydration test', () => {
  it('is the Greek quick exit with its fallback link', async () => {
    await quickExit('el');
    const { readFile } = await import('node:fs/promises');
    const kept = await readFile('reports/ssr/quick-exit.el.html', 'utf8');
    expect(kept).toContain(dsd);
    expect(kept).toContain('Έξοδος από τη σελίδα');
    expect(buttonOf(kept)).toContain('href="https://example.org/"');
    expect(lightOf(kept)).toContain('<a href="https://example.org/">Exit this page</a>');
    expect(await readFile('reports/ssr/safety-info.el.html', 'utf8')).toContain('καλέστε το 112');
  });
});
