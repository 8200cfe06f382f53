import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CONTENT_LOCALES } from '@childrensafe/core';
// Each widget's own define entry (a package's side-effect entry, which the bundler keeps).
import '@childrensafe/module-card/define';
import '@childrensafe/quiz/define';
import '@childrensafe/indicator-checklist/define';
import '@childrensafe/helpline-finder/define';
import '@childrensafe/quick-exit/define';
import { SNIPPET_THEMES, SNIPPET_WIDGETS, iframeSnippet, scriptSnippet, snippetAttributes, type SnippetOptions, type SnippetWidget } from '../src/snippets.js';

/*
 * The code a partner copies, from the same functions as the hub's partners page: choose the
 * widget, the language of the iframe, the theme and the country in the controls, copy the
 * script tags or the iframe, and see the widget below as the page will show it (in the
 * toolbar's locale, which is what a page's own `<html lang>` does with script tags).
 */

type Args = Required<SnippetOptions>;

const LANGUAGES = CONTENT_LOCALES;
const COUNTRIES = ['', 'ES', 'FR', 'GR', 'IT'];
/** The iframe's title, which names it to screen readers (the hub's page writes it in the page's language). */
const TITLES: Record<SnippetWidget, string> = {
  'module-card': 'Training module',
  quiz: 'Knowledge check',
  'indicator-checklist': 'Warning signs checklist',
  'helpline-finder': 'Helpline finder',
  'quick-exit': 'Quick exit',
};

/** The chosen widget as an element, its built-in content and options set, for the preview. */
function preview(args: Args): HTMLElement {
  const el = document.createElement(SNIPPET_WIDGETS[args.widget].tag);
  for (const [name, value] of snippetAttributes(args)) el.setAttribute(name, value);
  // In the preview the exit button stays in the flow instead of a corner of the viewport.
  if (args.widget === 'quick-exit') el.setAttribute('position', 'inline');
  return el;
}

async function copy(event: Event, code: string) {
  await navigator.clipboard.writeText(code);
  const status = (event.currentTarget as HTMLElement).closest('section')?.querySelector('[role="status"]');
  if (status) status.textContent = 'Copied.';
}

const block = (title: string, code: string | undefined) =>
  html`<h3>${title}</h3>
    ${
      code === undefined
        ? html`<p>Not embedded: its links and its exit must act on the partner's own page. Use script tags.</p>`
        : html`<pre style="white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.75rem; border: 1px solid; border-radius: 0.5rem"><code>${code}</code></pre>
          <button type="button" @click=${(event: Event) => copy(event, code)}>Copy ${title.toLowerCase()}</button>`
    }`;

const meta = {
  title: 'Partner snippets',
  render: (args) => html`<section lang="en" style="max-inline-size: 48rem; padding: 1rem">
    ${block('Script tags', scriptSnippet(args))}
    ${block('Iframe', iframeSnippet(args, TITLES[args.widget]))}
    <p role="status"></p>
    <h3>Preview</h3>
    <div data-cs-theme=${args.theme === 'hub' ? nothing : args.theme}>${preview(args)}</div>
  </section>`,
  args: { widget: 'quiz', language: 'fr', theme: 'stop', country: '' },
  argTypes: {
    widget: { control: 'select', options: Object.keys(SNIPPET_WIDGETS) as SnippetWidget[] },
    language: { control: 'select', options: LANGUAGES },
    theme: { control: 'select', options: [...SNIPPET_THEMES] },
    country: { control: 'select', options: COUNTRIES, labels: { '': 'the reader’s own' } },
  },
  parameters: {
    docs: {
      description: {
        component: `
The code a partner site copies to show a widget, written by \`@childrensafe/widgets/snippets\`
(the hub's partners page uses the same functions). **Script tags** load the widget from the
release's \`cdn/\` folder uploaded to the partner's site: no request to anyone else, and the widget
speaks the page's language. **Iframe**, for sites that cannot add scripts, shows the widget from
the hub's embed page, with the listener that fits the frame to it. Choose in the controls; the
preview shows the widget as the page will.`,
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Quiz: Story = {};
export const HelplineFinderInGreece: Story = { args: { widget: 'helpline-finder', language: 'el', theme: 'hub', country: 'GR' } };
export const QuickExit: Story = { args: { widget: 'quick-exit', language: 'en', theme: 'jericho' } };
