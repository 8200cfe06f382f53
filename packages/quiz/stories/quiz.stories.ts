import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { CsQuiz } from '../src/quiz.js';
import { noRetryQuiz, perOptionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

/*
 * The states of <cs-quiz>, from the same fixtures as the tests. Stories past the intro get
 * there as a user would: a play function clicks through, then marks the canvas `data-played`
 * so scripts/check-stories.mjs checks the state the story is about. Use the toolbar for
 * locale, theme and colour scheme.
 */

interface QuizArgs {
  quiz?: string;
  content?: unknown;
  seed?: number;
  headingLevel?: number;
}

const render = (a: QuizArgs) =>
  html`<div style="max-inline-size: 40rem">
    <cs-quiz quiz=${ifDefined(a.quiz)} .content=${a.content} seed=${ifDefined(a.seed)} heading-level=${ifDefined(a.headingLevel)}></cs-quiz>
  </div>`;

type Step = 'start' | 'choose-right' | 'choose-wrong' | 'check' | 'next' | 'show-answer' | 'all-right';

/**
 * Clicks through the quiz like a person: each step waits for the re-render. A button or an
 * option that is not there fails the story (storybook/test's expect) instead of being skipped.
 */
async function play(canvas: HTMLElement, steps: Step[]): Promise<void> {
  const quiz = canvas.querySelector('cs-quiz') as CsQuiz;
  const root = () => quiz.shadowRoot as ShadowRoot;
  await waitFor(() => expect(root()?.querySelector('[part~="primary"], [role="alert"]'), 'the quiz rendered').toBeTruthy(), { timeout: 4000 });
  await quiz.updateComplete;
  const click = async (action: string) => {
    const button = root().querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    expect(button, `the ${action} button`).toBeTruthy();
    await userEvent.click(button!);
    await quiz.updateComplete;
  };
  // Options are found by id, so the story plays the same in every locale.
  const choose = async (right: boolean) => {
    const id = root().querySelector<HTMLElement>('fieldset[data-question]')?.dataset.question;
    const question = [...threeQuestionQuiz.questions, ...perOptionQuiz.questions, ...noRetryQuiz.questions].find((q) => q.id === id);
    expect(question, 'a question is shown').toBeTruthy();
    for (const option of question!.options.filter((o) => o.correct === right)) {
      const input = root().querySelector<HTMLInputElement>(`input[value="${option.id}"]`);
      expect(input, `option ${option.id}`).toBeTruthy();
      await userEvent.click(input!);
    }
    await quiz.updateComplete;
  };
  for (const step of steps) {
    if (step === 'start' || step === 'check' || step === 'next') await click(step);
    if (step === 'choose-right') await choose(true);
    if (step === 'choose-wrong') await choose(false);
    if (step === 'show-answer') await click('show-solution');
    if (step === 'all-right') {
      for (let i = 0; i < threeQuestionQuiz.questions.length; i++) {
        await choose(true);
        await click('check');
        await click('next');
      }
    }
  }
  canvas.dataset.played = '';
}

const meta = {
  title: 'Quiz',
  component: 'cs-quiz',
  render,
  args: { content: threeQuestionQuiz, seed: 1 },
  argTypes: {
    quiz: { control: 'select', options: [undefined, 'stop-1-quiz', 'stop-2-quiz', 'stop-3-quiz', 'jericho-awareness', 'nope'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6, step: 1 } },
    content: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component: `
\`<cs-quiz>\` is a knowledge check that teaches: an intro, one question at a time (single
choice, multiple choice, true/false), feedback on each chosen option once the learner checks,
and a result with feedback by score band. Content: \`quiz="stop-1-quiz"\` (built-in), \`src\`
or the \`content\` property. Nothing is stored unless \`persist\` is set. Events:
\`cs-quiz-answer\` and \`cs-quiz-complete\`, each with an xAPI statement.

\`\`\`html
<script type="module" src="…/@childrensafe/quiz/cdn/cs-quiz.js"></script>
<cs-quiz quiz="stop-1-quiz"></cs-quiz>
\`\`\``,
      },
    },
  },
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

/** Before starting: title, description, number of questions, pass mark. */
export const Intro: Story = {};

/** A single-choice question, nothing chosen yet: Check is disabled. */
export const SingleChoice: Story = { play: ({ canvasElement }) => play(canvasElement, ['start']) };

/** A right answer, checked: the option's feedback and the question's explanation. */
export const RightAnswer: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-right', 'check']) };

/** A wrong answer, checked: Try again and Show the answer are offered. */
export const WrongAnswer: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-wrong', 'check']) };

/** After "Show the answer": the right option is marked, the learner's answer stays. */
export const SolutionShown: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-wrong', 'check', 'show-answer']) };

/** A multiple-choice question (the second of the fixture). */
export const MultipleChoice: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-right', 'check', 'next']) };

/** A true/false question (the third). */
export const TrueFalse: Story = {
  play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-right', 'check', 'next', 'choose-right', 'check', 'next']),
};

/** The results after answering everything right: passed, top band, Take the quiz again. */
export const ResultsPassed: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'all-right']) };

/** Scoring per option: the result also gives points. */
export const PerOptionScoring: Story = { args: { content: perOptionQuiz }, play: ({ canvasElement }) => play(canvasElement, ['start', 'all-right']) };

/** A quiz that allows neither retrying nor seeing the answer. */
export const NoRetry: Story = { args: { content: noRetryQuiz }, play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-wrong', 'check']) };

/** STOP module 1's knowledge check, from @childrensafe/content. */
export const BuiltInStop1: Story = { args: { quiz: 'stop-1-quiz', content: undefined } };

/** JERICHO's awareness quiz for young people. */
export const BuiltInJericho: Story = { args: { quiz: 'jericho-awareness', content: undefined } };

/** An unknown built-in id: the localised error. */
export const UnknownQuiz: Story = { args: { quiz: 'nope', content: undefined }, tags: ['expect-error'] };

/** Content that fails validation: the localised error. */
export const InvalidContent: Story = { args: { content: { id: 'broken', questions: [] } }, tags: ['expect-error'] };
