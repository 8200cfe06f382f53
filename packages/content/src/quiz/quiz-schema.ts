import * as v from 'valibot';
import { documentHead, id, localizedText, uniqueIds } from '../localized-text.js';
import { QUESTION_TYPES, SCORING } from '../vocabulary.js';

const option = v.strictObject({
  id,
  text: localizedText,
  correct: v.boolean(),
  /** Shown when the learner chose this option: why it is right or wrong. */
  feedback: localizedText,
});

const question = v.pipe(
  v.strictObject({
    id,
    type: v.picklist(QUESTION_TYPES),
    prompt: localizedText,
    options: v.pipe(v.array(option), v.minLength(2, 'expected at least 2 options'), uniqueIds('option')),
    /** What was right and why, shown after checking or with the solution. */
    explanation: v.optional(localizedText),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { type, options } = dataset.value;
    const correct = options.filter((o) => o.correct).length;
    const path: [v.IssuePathItem] = [{ type: 'object', origin: 'value', input: dataset.value, key: 'options', value: options }];
    if (type === 'single' && correct !== 1) {
      addIssue({ message: `expected exactly 1 correct option for a single-choice question, found ${correct}`, path });
    } else if (type === 'multiple' && correct < 1) {
      addIssue({ message: 'expected at least 1 correct option for a multiple-choice question, found 0', path });
    } else if (
      type === 'true-false' &&
      (options.length !== 2 || correct !== 1 || !options.some((o) => o.id === 'true') || !options.some((o) => o.id === 'false'))
    ) {
      addIssue({ message: 'expected a true/false question to have the options "true" and "false", one of them correct', path });
    }
  }),
);

/** Overall feedback for scores from `min` percent up to the next band. */
const band = v.strictObject({
  min: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  feedback: localizedText,
});

/** A knowledge check: questions with feedback that teaches, a pass mark and feedback by score. */
export const quizSchema = v.pipe(
  v.strictObject({
    ...documentHead('quiz'),
    id,
    title: localizedText,
    description: v.optional(localizedText),
    /** Pass mark, as a percentage of the maximum score. */
    passMark: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    scoring: v.optional(v.picklist(SCORING), 'per-question'),
    allowRetry: v.optional(v.boolean(), true),
    showSolution: v.optional(v.boolean(), true),
    shuffle: v.optional(v.strictObject({ questions: v.optional(v.boolean()), options: v.optional(v.boolean()) })),
    questions: v.pipe(v.array(question), v.minLength(1, 'expected at least 1 question'), uniqueIds('question')),
    bands: v.pipe(
      v.array(band),
      v.minLength(1, 'expected at least 1 score band'),
      v.check((bands) => bands[0]?.min === 0, 'expected the first score band to start at 0'),
      v.check((bands) => bands.every((b, i) => i === 0 || b.min > (bands[i - 1]?.min ?? -1)), 'expected score bands in ascending order of min'),
    ),
  }),
  // A band that spans the pass mark gives one feedback to learners who passed and to learners
  // who did not ("try again" to someone who passed): the pass mark must start a band.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { passMark, bands } = dataset.value;
    if (!bands.some((band) => band.min === passMark)) {
      addIssue({
        message: `expected a score band to start at the pass mark (${passMark}), so that no band speaks both to learners who passed and to learners who did not, found bands from ${bands.map((b) => b.min).join(', ')}`,
        path: [{ type: 'object', origin: 'value', input: dataset.value, key: 'bands', value: bands }],
      });
    }
  }),
);

export type Quiz = v.InferOutput<typeof quizSchema>;
export type QuizQuestion = Quiz['questions'][number];
export type QuizOption = QuizQuestion['options'][number];
