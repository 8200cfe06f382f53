import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { CsHelplineFinder } from '../src/helpline-finder.js';
import { SATURDAY_NIGHT, SUNDAY_NIGHT, WEDNESDAY_MORNING, brokenDirectory } from '../fixtures/helpline-finder.fixtures.js';

/*
 * The states of <cs-helpline-finder> on the directory shipped in @childrensafe/content, with a
 * fixed clock (`now`) so that "open now" reads the same on every visit. Stories past the first
 * render get there as a user would: a play function types or ticks, then marks the canvas
 * `data-played` for scripts/check-stories.mjs. Use the toolbar for locale, theme and colour
 * scheme.
 */

interface FinderArgs {
  country?: string;
  now?: string;
  directory?: string;
  content?: unknown;
}

const render = (a: FinderArgs) =>
  html`<div style="max-inline-size: 48rem">
    <cs-helpline-finder country=${ifDefined(a.country)} now=${ifDefined(a.now)} directory=${ifDefined(a.directory)} .content=${a.content}></cs-helpline-finder>
  </div>`;

/**
 * Waits for the lines, then acts on the form like a person: types in the search field or ticks
 * "Open now". A control that is not there fails the story instead of being skipped.
 */
async function act(canvas: HTMLElement, action: { type?: string; openNow?: boolean }): Promise<void> {
  const finder = canvas.querySelector('cs-helpline-finder') as CsHelplineFinder;
  const root = () => finder.shadowRoot as ShadowRoot;
  await waitFor(() => expect(root()?.querySelector('.count'), 'the lines are in').toBeTruthy(), { timeout: 4000 });
  await finder.updateComplete;
  if (action.type !== undefined) {
    const input = root().querySelector<HTMLInputElement>('#query');
    expect(input, 'the search field').toBeTruthy();
    await userEvent.type(input!, action.type);
  }
  if (action.openNow) {
    const openNow = root().querySelector<HTMLInputElement>('[data-filter="openNow"]');
    expect(openNow, 'the "Open now" box').toBeTruthy();
    await userEvent.click(openNow!);
  }
  await finder.updateComplete;
  canvas.dataset.played = '';
}

const meta = {
  title: 'Helpline finder',
  component: 'cs-helpline-finder',
  render,
  args: { now: WEDNESDAY_MORNING },
  argTypes: {
    country: { control: 'select', options: [undefined, 'FR', 'ES', 'GR', 'IT', 'BE', 'Narnia'] },
    now: { control: 'text' },
    directory: { control: 'text' },
    content: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: `
\`<cs-helpline-finder>\` shows which line to call, now: 112 first and apart, then the
national lines of the reader's country with whether each is open on its own clock, a search
that ignores accents, and filters by topic, audience, way to get in touch and "open now".

The country comes from \`country\`, else the region of the page's language (\`fr-BE\` → Belgium),
else the reader chooses; never from geolocation. A country with no national line gets the
European numbers, and is told so. The built-in directory loads only the countries shown.
Nothing is stored or sent; \`cs-helpline-finder-contact\` tells the page a contact link was used.

\`\`\`html
<script type="module" src="…/@childrensafe/helpline-finder/cdn/cs-helpline-finder.js"></script>
<cs-helpline-finder country="FR"></cs-helpline-finder>
\`\`\``,
      },
    },
  },
} satisfies Meta<FinderArgs>;

export default meta;
type Story = StoryObj<FinderArgs>;

/** France on a Wednesday morning: 119, 116 000 and 3018 (open until 23:00). */
export const France: Story = { args: { country: 'FR' } };

/** Spain: ANAR, 116 000 and 017, with its WhatsApp number. */
export const Spain: Story = { args: { country: 'ES' } };

/** Greece: SOS 1056, 116 111, 116 000 and the Safer Internet Centre's line (weekdays 09:00–17:00). */
export const Greece: Story = { args: { country: 'GR' } };

/** Italy: 1.96.96, 114 and 116 000. */
export const Italy: Story = { args: { country: 'IT' } };

/** Sunday at 03:00 in Paris: 3018 is closed and says when it opens. */
export const ClosedAtNight: Story = { args: { country: 'FR', now: SUNDAY_NIGHT } };

/** Saturday night in Greece: the Safer Internet line opens on Monday. */
export const ClosedUntilMonday: Story = { args: { country: 'GR', now: SATURDAY_NIGHT } };

/** "Open now" ticked on Sunday night in Spain: the 24-hour lines only. */
export const OpenNowAtNight: Story = { args: { country: 'ES', now: SUNDAY_NIGHT }, play: ({ canvasElement }) => act(canvasElement, { openNow: true }) };

/** Searching “116000”, without the space, finds the line written “116 000”. */
export const Search: Story = { args: { country: 'GR' }, play: ({ canvasElement }) => act(canvasElement, { type: '116000' }) };

/** A search that finds nothing says which filters emptied the list and offers to clear them. */
export const EmptyResult: Story = { args: { country: 'IT' }, play: ({ canvasElement }) => act(canvasElement, { type: 'xylophone', openNow: true }) };

/** No country known (the page language has no region): the European numbers, and the reader is asked. */
export const NoCountry: Story = {};

/** A country with no national line listed: Belgium gets the European numbers, and is told so. */
export const CountryWithoutLines: Story = { args: { country: 'BE' } };

/** A `country` that is not a country code: said in the widget, reported with `cs-error`; the reader chooses. */
export const UnknownCountry: Story = { args: { country: 'Narnia' } };

/** Content that fails validation: the localised error, and nothing else. */
export const Error: Story = { args: { content: brokenDirectory }, tags: ['expect-error'] };
