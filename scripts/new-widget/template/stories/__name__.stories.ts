import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { __camel__Texts as texts } from '../fixtures/__name__.fixtures.js';

/* The states of <cs-__name__>, from the same fixtures as the tests. The toolbar sets the locale. */

interface Args {
  heading: string;
  text: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: '__Title__',
  component: 'cs-__name__',
  args: { heading: texts.en.heading, text: texts.en.text, headingLevel: 2 },
  render: (a) => html`<cs-__name__ heading=${a.heading} heading-level=${a.headingLevel}>${a.text}</cs-__name__>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const InFrench: Story = { args: { ...texts.fr } };
