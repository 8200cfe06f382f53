import type { XapiStatement } from './model/xapi.js';

/** `cs-quiz-answer`: an answer was checked. */
export interface QuizAnswerDetail {
  quizId: string;
  questionId: string;
  /** The chosen option ids. */
  selected: string[];
  correct: boolean;
  score: number;
  max: number;
  statement: XapiStatement;
}

/** `cs-quiz-complete`: the learner reached the results. */
export interface QuizCompleteDetail {
  quizId: string;
  score: { raw: number; max: number; scaled: number };
  passed: boolean;
  /** Time spent, in milliseconds. */
  durationMs: number;
  statement: XapiStatement;
}

interface QuizEvents {
  'cs-quiz-answer': CustomEvent<QuizAnswerDetail>;
  'cs-quiz-complete': CustomEvent<QuizCompleteDetail>;
}

// The events bubble out of shadow roots, so hosts may listen on the element or the document.
declare global {
  interface HTMLElementEventMap extends QuizEvents {}
  interface DocumentEventMap extends QuizEvents {}
}
