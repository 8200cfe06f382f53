import type { Meta, StoryObj } from '@storybook/web-components-vite';
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

/** Clicks through the quiz like a person: each step waits for the re-render. */
async function play(canvas: HTMLElement, steps: Step[]): Promise<void> {
  const quiz = canvas.querySelector('cs-quiz') as CsQuiz;
  const root = () => quiz.shadowRoot as ShadowRoot;
  const settle = async () => {
    for (let i = 0; i < 100 && !root().querySelector('[part~="primary"], [role="alert"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await quiz.updateComplete;
  };
  const button = (action: string) => root().querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  // Options are found by id, so the story plays the same in every locale.
  const question = () => {
    const id = root().querySelector<HTMLElement>('fieldset[data-question]')?.dataset.question;
    const all = [...threeQuestionQuiz.questions, ...perOptionQuiz.questions, ...noRetryQuiz.questions];
    return all.find((q) => q.id === id);
  };
  const choose = (right: boolean) => {
    for (const option of question()?.options.filter((o) => o.correct === right) ?? []) {
      root().querySelector<HTMLInputElement>(`input[value="${option.id}"]`)?.click();
    }
  };
  await settle();
  for (const step of steps) {
    if (step === 'start' || step === 'check' || step === 'next') button(step)?.click();
    if (step === 'choose-right') choose(true);
    if (step === 'choose-wrong') choose(false);
    if (step === 'show-answer') button('show-solution')?.click();
    if (step === 'all-right') {
      for (let i = 0; i < threeQuestionQuiz.questions.length; i++) {
        choose(true);
        await quiz.updateComplete;
        button('check')?.click();
        await quiz.updateComplete;
        button('next')?.click();
        await quiz.updateComplete;
      }
    }
    await quiz.updateComplete;
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
export const TrueFalse: Story = { play: ({ canvasElement }) => play(canvasElement, ['start', 'choose-right', 'check', 'next', 'choose-right', 'check', 'next']) };

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
