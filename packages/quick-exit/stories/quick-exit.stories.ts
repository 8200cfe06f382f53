import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { QuickExitPosition } from '../src/quick-exit.js';
import { destinations, positions } from '../fixtures/quick-exit.fixtures.js';

/*
 * The quick exit and the safety information, from the same fixtures as the tests. No story
 * ever exits: nothing is clicked or pressed here, and every story leaves to a reserved example
 * domain (https://example.org/), never to a real site. Pressing Shift three times in a story
 * does exit, as it would on a partner page. Use the toolbar for locale (en-XA and ar-XB are the
 * pseudo-locales for length and right-to-left), theme and colour scheme.
 */

interface QuickExitArgs {
  href?: string;
  position?: QuickExitPosition;
  escape?: boolean;
  noShortcut?: boolean;
}

const exit = (a: QuickExitArgs, fallback: unknown = nothing) =>
  html`<cs-quick-exit href=${ifDefined(a.href)} position=${ifDefined(a.position)} ?escape=${a.escape} ?no-shortcut=${a.noShortcut}>${fallback}</cs-quick-exit>`;

/**
 * A little of the page the button sits on, kept clear of the corners the button takes. The
 * page's own text is English whatever the locale (the widgets follow the toolbar).
 */
const pageBehind = (extra: unknown = nothing) =>
  html`<div style="max-inline-size: 34rem; margin: 7rem auto; padding-inline: 1rem">
    <h2 style="margin-block-start: 0" lang="en">Support for professionals</h2>
    <p lang="en">What to do when a child tells you about abuse, and where to find help.</p>
    ${extra}
  </div>`;

/** A fixed button belongs to the viewport: in the docs page each such story gets a frame of its own. */
const ownFrame = { docs: { story: { inline: false, height: '16rem' } } };

const meta = {
  title: 'Quick exit',
  component: 'cs-quick-exit',
  render: (args) => html`${exit(args)}${pageBehind()}`,
  args: { href: destinations.example, position: 'bottom-end', escape: false, noShortcut: false },
  argTypes: {
    href: { control: 'text' },
    position: { control: 'select', options: [...positions] },
    escape: { control: 'boolean' },
    noShortcut: { name: 'no-shortcut', control: 'boolean' },
  },
  parameters: {
    ...ownFrame,
    docs: {
      ...ownFrame.docs,
      description: {
        component: `
\`<cs-quick-exit>\` ("Exit this page") leaves the page at once for a neutral site, for a reader
who must hide what they are reading. It covers the page and blanks its title first, removes
everything the library stored (keys starting with \`childrensafe:\`, the page's own keys stay),
fires \`cs-quick-exit\` (\`{ destination, trigger }\`), then replaces the current history entry
(of the whole tab when it sits in a frame that may), so Back does not return to the page.

Keyboard: Shift pressed 3 times, never while typing in a field; Escape twice too with
\`escape\`; \`no-shortcut\` turns the shortcut off. Put a plain link inside the element: it is
what a reader gets before (or without) JavaScript. Show \`<cs-safety-info>\` near it: the exit
does not erase the browser's history, and the reader should know.

\`\`\`html
<script type="module" src="…/@childrensafe/quick-exit/cdn/cs-quick-exit.js"></script>
<cs-quick-exit href="https://www.wikipedia.org/">
  <a href="https://www.wikipedia.org/">Exit this page</a>
</cs-quick-exit>
<cs-safety-info></cs-safety-info>
\`\`\`

The stories here leave to https://example.org/ (a reserved domain) and never click: pressing
Shift three times in a story really leaves Storybook.`,
      },
    },
  },
} satisfies Meta<QuickExitArgs>;

export default meta;
type Story = StoryObj<QuickExitArgs>;

/** The default: fixed at the bottom, at the end of the line (bottom right, bottom left in right-to-left pages). */
export const BottomEnd: Story = {};

/** Fixed at the bottom, at the start of the line. */
export const BottomStart: Story = { args: { position: 'bottom-start' } };

/** Fixed at the top, at the end of the line: where GOV.UK and most services put it. */
export const TopEnd: Story = { args: { position: 'top-end' } };

/** Fixed at the top, at the start of the line. */
export const TopStart: Story = { args: { position: 'top-start' } };

/** In the flow of the page, for a header or a sidebar that has a place for it. */
export const Inline: Story = {
  args: { position: 'inline' },
  parameters: { docs: { story: { inline: true } } },
  render: (args) => html`<div style="padding: 1rem">${exit(args)}</div>`,
};

/** Escape pressed twice exits too; the hint says so. Off by default: Escape often closes dialogs. */
export const WithEscape: Story = { args: { escape: true } };

/** The keyboard shortcut turned off: the button alone, no hint. */
export const NoShortcut: Story = { args: { noShortcut: true } };

/** `<cs-safety-info>`: what the exit does and does not do, and what to do instead. */
export const SafetyInformation: Story = {
  parameters: { docs: { story: { inline: true } } },
  render: () => html`<div style="max-inline-size: 40rem"><cs-safety-info></cs-safety-info></div>`,
};

/** The two together, as a page would show them: the button fixed, the information in the page. */
export const WithSafetyInformation: Story = {
  args: { position: 'top-end' },
  parameters: { docs: { story: { inline: false, height: '28rem' } } },
  render: (args) => html`${exit(args)}${pageBehind(html`<cs-safety-info></cs-safety-info>`)}`,
};

const fallbackMarkup = (href: string) => `<cs-quick-exit href="${href}">
  <a href="${href}">Exit this page</a>
</cs-quick-exit>`;

/**
 * Before (or without) JavaScript the element shows what is inside it: put a plain link to the
 * destination there. Storybook always runs the script, so the first box shows that link as the
 * page's HTML renders it without the element; the second is the same markup once it runs.
 */
export const FallbackLink: Story = {
  args: { position: 'inline' },
  parameters: { docs: { story: { inline: true } } },
  render: (args): TemplateResult => {
    const href = args.href ?? destinations.example;
    return html`<div style="display: grid; gap: 1rem; max-inline-size: 40rem; padding: 1rem" lang="en">
      <section aria-label="Without JavaScript" style="padding: 1rem; border: 1px dashed currentColor">
        <p style="margin-block-start: 0"><strong>Without JavaScript:</strong> the slotted link, styled by the page.</p>
        <a href=${href} style="color: inherit">Exit this page</a>
        <pre style="white-space: pre-wrap; overflow-wrap: anywhere; margin-block-end: 0"><code>${fallbackMarkup(href)}</code></pre>
      </section>
      <section aria-label="With JavaScript" style="padding: 1rem; border: 1px dashed currentColor">
        <p style="margin-block-start: 0"><strong>With JavaScript:</strong> the element’s own button, and the link is not shown.</p>
        ${exit(args, html`<a href=${href}>Exit this page</a>`)}
      </section>
    </div>`;
  },
};

/** The three themes side by side, in the scheme chosen in the toolbar (the toolbar's theme applies to the page around them). */
export const Themes: Story = {
  args: { position: 'inline' },
  parameters: { docs: { story: { inline: true } } },
  render: (args) =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr))">
      ${(['hub', 'stop', 'jericho'] as const).map(
        (theme) =>
          html`<section data-cs-theme=${theme} aria-label=${theme} style="display: grid; gap: 0.75rem; padding: 1rem; background: var(--cs-color-bg); color: var(--cs-color-text)">
            <p style="margin: 0"><code>data-cs-theme="${theme}"</code></p>
            <div>${exit(args)}</div>
            <cs-safety-info></cs-safety-info>
          </section>`,
      )}
    </div>`,
};
