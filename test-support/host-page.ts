/**
 * What every widget must withstand from the page around it, shared by each package's browser
 * tests: link targets that could run script, no content at all, and host pages that colour
 * or shrink every element.
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { CsErrorEvent } from '@childrensafe/core';
import { expectAccessible, setPageLanguage, useTheme, visibleText } from './browser.js';

/** A stylesheet of the page for one test, removed afterwards. */
export function withPageStyles(cssText: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The reader's browser font size, in px: what `medium` is, whatever the page's root says. */
export function browserFontSize(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

/** Spellings of a script URL that a browser follows as one: case, spaces, control characters, a tab. */
export const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** Collects `console.warn` calls while a test runs. */
async function warnings<T>(run: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  try {
    return { result: await run(), warned };
  } finally {
    console.warn = original;
  }
}

/**
 * A link target the page gives (`attribute`) goes through the core link rule: a script URL
 * renders no link to it, warns once naming the attribute, and fires `cs-error`; a safe one is
 * a link. `make` renders the widget with that attribute; `links` lists the links it shows.
 */
export function describeHostHref(options: {
  attribute: string;
  make: (href: string) => Promise<HTMLElement>;
  links: (el: HTMLElement) => HTMLAnchorElement[];
  /** What the widget shows instead of the refused link, if not "no link at all". */
  fallback?: string;
  /** How the widget writes a safe link it keeps (the quick exit resolves it); as given by default. */
  resolve?: (href: string) => string;
}): void {
  const { attribute } = options;
  describe(`${attribute} given by the page`, () => {
    for (const href of SCRIPT_URLS) {
      it(`refuses ${JSON.stringify(href)}: no link to it, one warning, a cs-error`, async () => {
        const errors: CsErrorEvent[] = [];
        const listen = (event: CsErrorEvent) => errors.push(event);
        document.addEventListener('cs-error', listen);
        try {
          const { result: el, warned } = await warnings(async () => {
            const el = await options.make(href);
            await waitUntil(() => errors.length > 0, 'no cs-error for the refused URL');
            // A second render must not warn again.
            (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
            await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
            return el;
          });
          const targets = options.links(el).map((a) => a.getAttribute('href') ?? '');
          expect(
            targets.filter((target) => !/^(https?:|mailto:|tel:|\/|\.|#|\?)/.test(target.trim())),
            'links to a script URL',
          ).to.deep.equal([]);
          if (options.fallback !== undefined) expect(targets).to.include(options.fallback);
          expect(errors.map((e) => [e.detail.code, e.detail.source])).to.deep.equal([['unsafe-url', attribute]]);
          expect(
            warned.filter((w) => w.includes(attribute)),
            'warnings naming the attribute',
          ).to.have.length(1);
        } finally {
          document.removeEventListener('cs-error', listen);
        }
      });
    }

    it('keeps a safe link as the page wrote it, without a warning', async () => {
      const errors: CsErrorEvent[] = [];
      const listen = (event: CsErrorEvent) => errors.push(event);
      document.addEventListener('cs-error', listen);
      try {
        const { result: el, warned } = await warnings(() => options.make('/helplines/?from=test'));
        const kept = options.resolve?.('/helplines/?from=test') ?? '/helplines/?from=test';
        expect(options.links(el).map((a) => a.getAttribute('href'))).to.include(kept);
        expect(errors.filter((e) => e.detail.code === 'unsafe-url')).to.deep.equal([]);
        expect(warned.filter((w) => w.includes(attribute))).to.deep.equal([]);
      } finally {
        document.removeEventListener('cs-error', listen);
      }
    });
  });
}

/**
 * A widget given nothing to show (no built-in id, no `src`, no object as `content`) says so,
 * as an alert in the page's language, and fires `cs-error` with the code `no-content`.
 * `attributes` clears a built-in default (the helpline finder's directory).
 */
export function describeNoContent(tag: string, attributes: Record<string, string> = {}): void {
  const cases: [string, unknown][] = [
    ['nothing at all', undefined],
    ['content = null', null],
    ['content = 42', 42],
    ['content = a string', '{"id":"a-quiz"}'],
  ];
  describe('with no content', () => {
    afterEach(() => setPageLanguage('en'));

    for (const [name, content] of cases) {
      it(`says so and fires cs-error no-content: ${name}`, async () => {
        const el = document.createElement(tag) as HTMLElement & { content?: unknown; updateComplete: Promise<boolean> };
        for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
        if (content !== undefined) el.content = content;
        const error = oneEvent(document, 'cs-error') as Promise<CsErrorEvent>;
        await fixture(el);
        expect((await error).detail.code).to.equal('no-content');
        await el.updateComplete;
        const alert = () => el.shadowRoot?.querySelector('[role="alert"]');
        expect(visibleText(alert())).to.equal('There is no content to show here.');
        await expectAccessible(el);
        await setPageLanguage('fr', el as never);
        expect(visibleText(alert())).to.equal('Il n’y a aucun contenu à afficher ici.');
      });
    }
  });
}

/** Objects a page may hand over whose every read throws. */
function unreadableDocuments(): [string, () => object][] {
  return [
    [
      'a getter that throws',
      () =>
        Object.defineProperty({}, 'id', {
          get: () => {
            throw new Error('no reading this');
          },
          enumerable: true,
        }),
    ],
    [
      'a Proxy whose traps throw',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
    ],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
  ];
}

/**
 * Content whose reads throw is invalid content like any other: the widget says so and fires
 * `cs-error` (`content-invalid`); nothing escapes to the page as an uncaught error.
 */
export function describeUnreadableContent(tag: string): void {
  describe('with content that cannot be read', () => {
    for (const [name, make] of unreadableDocuments()) {
      it(`says the content has errors, and nothing escapes: ${name}`, async () => {
        const uncaught: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const el = document.createElement(tag) as HTMLElement & { content?: unknown };
          el.content = make();
          const error = oneEvent(document, 'cs-error') as Promise<CsErrorEvent>;
          await fixture(el);
          const { detail } = await error;
          expect(detail.code).to.equal('content-invalid');
          expect(detail.problems?.[0]?.message).to.match(/^the document could not be read/);
          await renderedWith(el, '[role="alert"]');
          expect(visibleText(el.shadowRoot?.querySelector('[role="alert"]'))).to.equal('This content cannot be shown because it contains errors.');
          expect(uncaught).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  });
}

/**
 * The page's colours and root font size do not reach the widget's text: `make` renders it
 * ready, `part` is the element whose text colour and size are checked (`size` times the
 * reader's font size), and `token` a colour token the page may still set to theme that text.
 */
export function describeHostPageStyles(options: { make: () => Promise<HTMLElement>; part: (el: HTMLElement) => Element; token: string; size?: number }): void {
  const { make, part } = options;
  const colorOf = (el: HTMLElement) => getComputedStyle(part(el)).color;
  const sizeOf = (el: HTMLElement) => parseFloat(getComputedStyle(part(el)).fontSize);
  let removeStyles = () => {};
  afterEach(() => {
    removeStyles();
    delete document.documentElement.dataset.csTheme;
    delete document.documentElement.dataset.csColorScheme;
  });

  describe('on a host page that colours everything', () => {
    const pages: [string, string, 'light' | 'dark'][] = [
      ['a dark site: * { color: #eee }', 'html, body { background: #111; } * { color: #eee; }', 'light'],
      ['* { color: red !important }', '* { color: red !important; }', 'light'],
      ['a light site in the dark scheme: * { color: #111 !important }', 'html, body { background: #fff; } * { color: #111 !important; }', 'dark'],
    ];
    for (const [name, css, scheme] of pages) {
      it(`keeps its own text colour, readable: ${name}`, async () => {
        await useTheme('hub', scheme);
        const own = colorOf(await make());
        removeStyles = withPageStyles(css);
        const el = await make();
        expect(colorOf(el)).to.equal(own);
        await expectAccessible(el);
      });
    }

    it('still takes the colour a page sets through its tokens', async () => {
      removeStyles = withPageStyles(`* { color: red !important; } :root { --cs-${options.token}: rgb(0, 0, 1); }`);
      expect(colorOf(await make())).to.equal('rgb(0, 0, 1)');
    });
  });

  describe('on a host page with a small root font size', () => {
    const expected = () => (options.size ?? 1) * browserFontSize();

    it('sizes text from the reader’s browser setting on an ordinary page', async () => {
      expect(sizeOf(await make())).to.be.closeTo(expected(), 0.5);
    });

    it('keeps text readable under html { font-size: 62.5% }', async () => {
      removeStyles = withPageStyles('html { font-size: 62.5%; } body { font-size: 1.6rem; }');
      const el = await make();
      expect(sizeOf(el)).to.be.closeTo(expected(), 0.5);
      await expectAccessible(el);
    });

    it('follows a size the page gives the element itself', async () => {
      const el = await make();
      removeStyles = withPageStyles(`${el.localName} { font-size: 20px; }`);
      expect(sizeOf(el)).to.be.closeTo((options.size ?? 1) * 20, 0.5);
    });
  });
}

/** Renders `el` and waits until its shadow tree shows `selector` (content on screen, or an alert). */
export async function renderedWith<T extends HTMLElement>(el: Promise<T> | T, selector: string): Promise<T> {
  const element = await el;
  await waitUntil(() => element.shadowRoot?.querySelector(selector), `<${element.localName}> did not show ${selector}`, { timeout: 10000 });
  await (element as T & { updateComplete?: Promise<boolean> }).updateComplete;
  return element;
}
