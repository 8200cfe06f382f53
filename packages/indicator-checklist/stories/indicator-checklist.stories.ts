import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { CsIndicatorChecklist } from '../src/indicator-checklist.js';
import { brokenSet, unweightedSet, weightedSet } from '../fixtures/indicator-checklist.fixtures.js';

/*
 * The states of <cs-indicator-checklist>, from the same fixtures as the tests. Stories past
 * "nothing ticked" get there as a user would: a play function ticks boxes (found by indicator
 * id, so it plays the same in every locale), then marks the canvas `data-played` so
 * scripts/check-stories.mjs checks the state the story is about. No story prints or copies.
 * Use the toolbar for locale, theme and colour scheme.
 */

interface ChecklistArgs {
  set?: string;
  content?: unknown;
  helplinesHref?: string;
  country?: string;
  headingLevel?: number;
}

const render = (a: ChecklistArgs) =>
  html`<div style="max-inline-size: 40rem">
    <cs-indicator-checklist
      set=${ifDefined(a.set)}
      .content=${a.content}
      helplines-href=${ifDefined(a.helplinesHref)}
      country=${ifDefined(a.country)}
      heading-level=${ifDefined(a.headingLevel)}
    ></cs-indicator-checklist>
  </div>`;

/**
 * Ticks indicators by id like a person clicking their boxes; each tick waits for the re-render.
 * A box that is not there fails the story instead of being skipped.
 */
async function tick(canvas: HTMLElement, ids: string[]): Promise<void> {
  const checklist = canvas.querySelector('cs-indicator-checklist') as CsIndicatorChecklist;
  const root = () => checklist.shadowRoot as ShadowRoot;
  await waitFor(() => expect(root()?.querySelector('input[type="checkbox"]'), 'the checklist rendered').toBeTruthy(), { timeout: 4000 });
  await checklist.updateComplete;
  for (const id of ids) {
    const box = root().querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
    expect(box, `the box of ${id}`).toBeTruthy();
    if (!box!.checked) await userEvent.click(box!);
    await checklist.updateComplete;
  }
  canvas.dataset.played = '';
}

const meta = {
  title: 'Indicator checklist',
  component: 'cs-indicator-checklist',
  render,
  args: { content: weightedSet },
  argTypes: {
    set: { control: 'select', options: [undefined, 'stop-indicators', 'nope'] },
    helplinesHref: { name: 'helplines-href', control: 'text' },
    country: { control: 'select', options: [undefined, 'FR', 'ES', 'GR', 'IT', 'BE'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6, step: 1 } },
    content: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: `
\`<cs-indicator-checklist>\` lists warning signs of sexual exploitation a professional can
tick, by category, each with a short explanation on demand. A result panel shows the level of
concern the ticks reach and what to do, the 112 line always, and Print / Copy / Clear buttons.
It is an aid to judgement, never a diagnosis, and says so before the first indicator.

Private by design: the ticks live only in the page's memory; nothing is stored, sent or put in
the URL. Content: \`set="stop-indicators"\` (built-in), \`src\` or the \`content\` property.
One strong sign is enough: a sign marked strong lifts the level on its own, and the panel says
which. Without a safeguarding lead, the reader's country's reporting route is shown
(\`country\`, else the page language's region), or every country's by name.
Event: \`cs-indicator-checklist-change\` with \`{ ticked, band, score, raisedBy }\`.

\`\`\`html
<script type="module" src="…/@childrensafe/indicator-checklist/cdn/cs-indicator-checklist.js"></script>
<cs-indicator-checklist set="stop-indicators" helplines-href="/helplines"></cs-indicator-checklist>
\`\`\``,
      },
    },
  },
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

/** Nothing ticked: the disclaimer first, every category open, the lowest band and the 112 line. */
export const Empty: Story = {};

/** One indicator weighing 2 ticked: "Some concern", record and talk to the safeguarding lead. */
export const SomeConcern: Story = { play: ({ canvasElement }) => tick(canvasElement, ['older-friends']) };

/** Three indicators across both categories: the highest band, with the helpline action and 112. */
export const HighConcern: Story = { play: ({ canvasElement }) => tick(canvasElement, ['older-friends', 'picked-up-by-adults', 'several-phones']) };

/** With `helplines-href`, the helpline action links to the page's helplines. */
export const WithHelplinesLink: Story = {
  args: { helplinesHref: '/helplines' },
  play: ({ canvasElement }) => tick(canvasElement, ['picked-up-by-adults', 'several-phones']),
};

/** STOP's indicators from @childrensafe/content: 7 categories, 36 indicators, in every language. */
export const BuiltIn: Story = { args: { set: 'stop-indicators', content: undefined } };

/** One strong sign alone, in Greece: high concern, the sign that raised it, and the Greek route. */
export const StrongSignInGreece: Story = {
  args: { set: 'stop-indicators', content: undefined, country: 'GR' },
  play: ({ canvasElement }) => tick(canvasElement, ['image-requests']),
};

/** One strong sign alone, in Italy: significant concern and the Italian route. */
export const StrongSignInItaly: Story = {
  args: { set: 'stop-indicators', content: undefined, country: 'IT' },
  play: ({ canvasElement }) => tick(canvasElement, ['controlled-by-someone']),
};

/** A set without weights: each ticked indicator counts 1. */
export const Unweighted: Story = {
  args: { content: unweightedSet },
  play: ({ canvasElement }) => tick(canvasElement, ['school-absences', 'missing-repeatedly']),
};

/** Content that fails validation: the localised error, and nothing else. */
export const Error: Story = { args: { content: brokenSet }, tags: ['expect-error'] };
