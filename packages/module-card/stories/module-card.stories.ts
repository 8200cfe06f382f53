import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { brokenModule, partlyTranslatedModule, slottedCard } from '../fixtures/module-card.fixtures.js';

/*
 * The states of <cs-module-card>, built from the same fixtures as the tests, so what a designer
 * reviews is what the tests check. Use the toolbar for locale (pseudo-locales included), theme
 * and colour scheme. Stories that show an error on purpose carry the tag `expect-error`:
 * scripts/check-stories.mjs then requires the widget's alert (and no other story may show one);
 * the widget's console.warn is fine anywhere, console.error always fails.
 */

interface CardArgs {
  module?: string;
  href?: string;
  headingLevel?: number;
  duration?: string;
  units?: string;
  level?: string;
  languages?: string;
  /** Slotted texts. */
  title?: string;
  summary?: string;
  audience?: string;
}

/** A card written in the page's HTML, the way a partner site would write it. */
const card = (a: CardArgs, image: unknown = nothing) => html`
  <cs-module-card
    module=${ifDefined(a.module || undefined)}
    href=${ifDefined(a.href || undefined)}
    heading-level=${ifDefined(a.headingLevel)}
    duration=${ifDefined(a.duration || undefined)}
    units=${ifDefined(a.units || undefined)}
    level=${ifDefined(a.level || undefined)}
    languages=${ifDefined(a.languages || undefined)}
  >
    ${image}
    ${a.title ? html`<span slot="title">${a.title}</span>` : nothing}
    ${a.summary ? html`<span slot="summary">${a.summary}</span>` : nothing}
    ${a.audience ? html`<span slot="audience">${a.audience}</span>` : nothing}
  </cs-module-card>
`;

/** Keeps a single card at the width it would have in a column of text. */
const column = (content: unknown) => html`<div style="max-inline-size: 26rem">${content}</div>`;

// controls.include matches the names shown in the args table (attribute names).
const builtInControls = { controls: { include: ['module', 'href', 'heading-level'] } };

const meta = {
  title: 'Module card',
  component: 'cs-module-card',
  render: (args) => column(card(args)),
  argTypes: {
    level: { control: 'select', options: ['introductory', 'intermediate', 'advanced'] },
    // The args table shows attributes by their HTML name.
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6, step: 1 } },
    module: { control: 'select', options: ['stop-1', 'stop-2', 'stop-3', 'stop-99'] },
    title: { control: 'text' },
    summary: { control: 'text' },
    audience: { control: 'text' },
  },
  args: { headingLevel: 3 },
  parameters: {
    docs: {
      description: {
        component: `
\`<cs-module-card>\` shows one training module at a glance (title, summary, audience, duration,
units, level and the languages it can be followed in) as a single link to the module.

Its texts come from **slots**, written in the page's HTML (readable before JavaScript runs), or
from **content**: a built-in module (\`module="stop-1"\`), a JSON document (\`src\`) or an object
(\`content\` property). All content is validated; content that fails shows a short localised
message with \`role="alert"\` and fires \`cs-error\`. The card follows \`<html lang>\`: use the
Locale toolbar (en-XA and ar-XB are the pseudo-locales for length and right-to-left), and the
Theme and Scheme toolbars for the hub, STOP and JERICHO looks.

\`\`\`html
<script type="module" src="…/@childrensafe/module-card/dist/define.js"></script>
<cs-module-card module="stop-1" href="/modules/stop-1/" heading-level="2"></cs-module-card>
\`\`\``,
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** Every attribute and every text slot, as a partner page writes a card by hand. */
export const Slotted: Story = {
  args: { ...slottedCard },
};

/** Without `href` the card is not a link: the title is plain text in its heading. */
export const SlottedWithoutLink: Story = {
  args: { ...slottedCard, href: undefined },
};

/** STOP module 1, from @childrensafe/content. */
export const BuiltInStop1: Story = {
  args: { module: 'stop-1', href: '/modules/stop-1/' },
  parameters: builtInControls,
};

/** STOP module 2, from @childrensafe/content. */
export const BuiltInStop2: Story = {
  args: { module: 'stop-2', href: '/modules/stop-2/' },
  parameters: builtInControls,
};

/** STOP module 3, from @childrensafe/content. */
export const BuiltInStop3: Story = {
  args: { module: 'stop-3', href: '/modules/stop-3/' },
  parameters: builtInControls,
};

/**
 * A module given as the `content` property, translated into French and Greek only. In es and
 * it its texts fall back to English (marked `lang="en"`); "Available in" lists only the
 * languages it is complete in.
 */
export const PartlyTranslated: Story = {
  render: (args) => column(html`<cs-module-card .content=${partlyTranslatedModule} heading-level=${ifDefined(args.headingLevel)}></cs-module-card>`),
  parameters: { controls: { include: ['heading-level'] } },
};

/** An informative image in the `image` slot (a local SVG: nothing is fetched from elsewhere). */
export const WithImage: Story = {
  args: { ...slottedCard },
  render: (args) =>
    column(
      card(
        args,
        html`<img slot="image" src=${new URL('./module-card-image.svg', import.meta.url).href} alt="Two speech bubbles: a conversation between an adult and a young person" />`,
      ),
    ),
};

/** Content that fails validation: the card shows a short localised alert and fires `cs-error`. */
export const InvalidContent: Story = {
  render: () => column(html`<cs-module-card .content=${brokenModule}></cs-module-card>`),
  tags: ['expect-error'],
  parameters: { controls: { disable: true } },
};

/** A built-in id that does not exist: "This content could not be found." */
export const UnknownModule: Story = {
  args: { module: 'stop-99' },
  tags: ['expect-error'],
  parameters: builtInControls,
};

/** The three STOP modules as the hub lists them: a responsive grid of cards with level-2 headings. */
export const AGrid: Story = {
  args: { headingLevel: 2 },
  parameters: { controls: { include: ['heading-level'] }, layout: 'padded' },
  render: (args) => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: var(--cs-space-5); align-items: stretch">
      ${['stop-1', 'stop-2', 'stop-3'].map((id) => card({ module: id, href: `/modules/${id}/`, headingLevel: args.headingLevel }))}
    </div>
  `,
};
