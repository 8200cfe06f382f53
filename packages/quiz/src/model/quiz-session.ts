import type { Quiz, QuizOption, QuizQuestion } from '@childrensafe/content';
import { seededRandom, shuffled } from './shuffle.js';

/** Where the learner is: before starting, on a question, or looking at the results. */
export type Phase = 'intro' | 'question' | 'results';

export interface AnswerState {
  /** Ids of the options the learner chose. */
  selected: string[];
  /** The answer was checked: feedback is shown and the choice is locked. */
  checked: boolean;
  /** The learner asked to see the right answer. */
  solutionShown: boolean;
}

export interface QuestionResult {
  correct: boolean;
  score: number;
  max: number;
  /** What the learner is told: fully right, partly right (some points), or not right. */
  verdict: 'right' | 'partly' | 'wrong';
}

/** How one option of the current question shows. */
export interface OptionView {
  option: QuizOption;
  chosen: boolean;
  /**
   * After checking: `right` (chosen and right), `wrong` (chosen and not right), `solution`
   * (right, not chosen, and the learner asked to see the answer); none otherwise.
   */
  mark?: 'right' | 'wrong' | 'solution';
  /** The option's own feedback shows: it was chosen, or it is the answer shown. */
  feedback: boolean;
}

export interface QuizScore {
  raw: number;
  max: number;
  /** raw / max, from 0 to 1 (0 for an empty quiz). */
  scaled: number;
  /** Questions answered fully right. */
  correctQuestions: number;
  totalQuestions: number;
  passed: boolean;
  /** Index of the score band whose feedback applies. */
  band: number;
}

/** What the session needs to start again where the learner left: see persistence.ts. */
export interface SessionSnapshot {
  seed: number;
  phase: Phase;
  position: number;
  answers: Record<string, AnswerState>;
  /** Milliseconds spent before this visit, so the reported duration survives a reload. */
  elapsedMs: number;
}

export interface SessionOptions {
  /** Seeds the shuffling; the same seed gives the same order. */
  seed?: number;
  /** The clock, injectable for tests. */
  now?: () => number;
}

const empty = (): AnswerState => ({ selected: [], checked: false, solutionShown: false });

/**
 * One learner going through one quiz: the order of questions and options, the answers, the
 * checking, retrying and scoring. Every rule of <cs-quiz> lives here; the element only shows
 * this state and calls these methods.
 */
export class QuizSession {
  readonly quiz: Quiz;
  phase: Phase = 'intro';
  position = 0;
  private seed: number;
  private order: QuizQuestion[] = [];
  private optionOrder = new Map<string, QuizOption[]>();
  private answers = new Map<string, AnswerState>();
  private readonly now: () => number;
  private startedAt: number | undefined;
  private elapsedBefore = 0;

  constructor(quiz: Quiz, options: SessionOptions = {}) {
    this.quiz = quiz;
    this.now = options.now ?? Date.now;
    // Any number works as a seed; kept as an unsigned integer so a saved session restores.
    this.seed = (options.seed ?? Math.floor(Math.random() * 2 ** 31)) >>> 0;
    this.arrange();
  }

  /** Questions in the order the learner sees them. */
  get questions(): readonly QuizQuestion[] {
    return this.order;
  }

  get current(): QuizQuestion | undefined {
    return this.phase === 'question' ? this.order[this.position] : undefined;
  }

  /** A question's options in the order the learner sees them. */
  optionsOf(question: QuizQuestion): readonly QuizOption[] {
    return this.optionOrder.get(question.id) ?? question.options;
  }

  answerOf(question: QuizQuestion): AnswerState {
    return this.answers.get(question.id) ?? empty();
  }

  start(): void {
    if (this.phase !== 'intro') return;
    this.phase = 'question';
    this.position = 0;
    this.startedAt = this.now();
  }

  /**
   * Chooses an option of the current question, or for multiple choice toggles it. Nothing
   * happens once the answer is checked: checking locks it, as on paper.
   */
  select(optionId: string, chosen = true): void {
    const question = this.current;
    if (!question || !question.options.some((o) => o.id === optionId)) return;
    const answer = this.answerOf(question);
    if (answer.checked) return;
    const selected =
      question.type === 'multiple'
        ? chosen
          ? [...new Set([...answer.selected, optionId])]
          : answer.selected.filter((id) => id !== optionId)
        : chosen
          ? [optionId]
          : [];
    this.answers.set(question.id, { ...answer, selected });
  }

  get canCheck(): boolean {
    const question = this.current;
    return !!question && !this.answerOf(question).checked && this.answerOf(question).selected.length > 0;
  }

  /** Checks the current answer. Returns its result, or undefined when there is nothing to check. */
  check(): QuestionResult | undefined {
    const question = this.current;
    if (!question || !this.canCheck) return undefined;
    this.answers.set(question.id, { ...this.answerOf(question), checked: true });
    return this.resultOf(question);
  }

  get canRetryQuestion(): boolean {
    const question = this.current;
    return !!question && this.quiz.allowRetry && this.answerOf(question).checked && !this.answerOf(question).solutionShown && !this.resultOf(question)?.correct;
  }

  /** Clears the current answer so the learner can try again (when the quiz allows it). */
  retryQuestion(): void {
    const question = this.current;
    if (question && this.canRetryQuestion) this.answers.set(question.id, empty());
  }

  get canShowSolution(): boolean {
    const question = this.current;
    return (
      !!question && this.quiz.showSolution && this.answerOf(question).checked && !this.answerOf(question).solutionShown && !this.resultOf(question)?.correct
    );
  }

  /** Shows which options were right; the answer stays as the learner gave it, and is scored so. */
  showSolution(): void {
    const question = this.current;
    if (question && this.canShowSolution) this.answers.set(question.id, { ...this.answerOf(question), solutionShown: true });
  }

  get canGoNext(): boolean {
    const question = this.current;
    return !!question && this.answerOf(question).checked;
  }

  get isLast(): boolean {
    return this.position === this.order.length - 1;
  }

  /** Moves to the next question, or to the results after the last one. */
  next(): void {
    if (!this.canGoNext) return;
    if (this.isLast) {
      this.phase = 'results';
      // The time spent stops with the last answer.
      this.elapsedBefore = this.durationMs();
      this.startedAt = undefined;
    } else {
      this.position++;
    }
  }

  /** Starts the whole quiz again, questions and options reshuffled, answers cleared (when allowed). */
  retryQuiz(): void {
    if (!this.quiz.allowRetry || this.phase === 'intro') return;
    this.seed = (this.seed + 1) >>> 0;
    this.answers.clear();
    this.arrange();
    this.phase = 'question';
    this.position = 0;
    this.elapsedBefore = 0;
    this.startedAt = this.now();
  }

  /** Each option of a question in the learner's order, with what it shows now. */
  optionViews(question: QuizQuestion): OptionView[] {
    const answer = this.answerOf(question);
    return this.optionsOf(question).map((option) => {
      const chosen = answer.selected.includes(option.id);
      const solution = answer.solutionShown && option.correct && !chosen;
      const mark = !answer.checked ? undefined : chosen ? (option.correct ? 'right' : 'wrong') : solution ? 'solution' : undefined;
      return { option, chosen, mark, feedback: answer.checked && (chosen || solution) };
    });
  }

  /** A checked question's result; undefined while it is not checked. */
  resultOf(question: QuizQuestion): QuestionResult | undefined {
    const answer = this.answerOf(question);
    if (!answer.checked) return undefined;
    return scoreQuestion(question, answer.selected, this.quiz.scoring);
  }

  score(): QuizScore {
    let raw = 0;
    let max = 0;
    let correctQuestions = 0;
    for (const question of this.order) {
      const result = this.resultOf(question) ?? { ...scoreQuestion(question, [], this.quiz.scoring), score: 0, correct: false };
      raw += result.score;
      max += result.max;
      if (result.correct) correctQuestions++;
    }
    const scaled = max === 0 ? 0 : raw / max;
    return {
      raw,
      max,
      scaled,
      correctQuestions,
      totalQuestions: this.order.length,
      passed: passes(scaled, this.quiz.passMark),
      band: bandFor(scaled, this.quiz.bands),
    };
  }

  /** Time spent on the quiz so far, in milliseconds, across visits. */
  durationMs(): number {
    return this.elapsedBefore + (this.startedAt === undefined ? 0 : this.now() - this.startedAt);
  }

  snapshot(): SessionSnapshot {
    return {
      seed: this.seed,
      phase: this.phase,
      position: this.position,
      answers: Object.fromEntries(this.answers),
      elapsedMs: this.durationMs(),
    };
  }

  /** Puts a session back as a snapshot left it (checked by persistence.ts before). */
  restore(snapshot: SessionSnapshot): void {
    this.seed = snapshot.seed;
    this.arrange();
    this.phase = snapshot.phase;
    this.position = snapshot.position;
    this.answers = new Map(Object.entries(snapshot.answers));
    this.elapsedBefore = snapshot.elapsedMs;
    this.startedAt = snapshot.phase === 'question' ? this.now() : undefined;
  }

  private arrange(): void {
    const random = seededRandom(this.seed);
    const { shuffle } = this.quiz;
    this.order = shuffle?.questions ? shuffled(this.quiz.questions, random) : [...this.quiz.questions];
    this.optionOrder = new Map(this.order.map((q) => [q.id, shuffle?.options && q.type !== 'true-false' ? shuffled(q.options, random) : q.options]));
  }
}

/**
 * Scores one answer. Per question: one point when the chosen options are exactly the right
 * ones. Per option (as H5P's "one point per correct answer"): one point for each right option
 * chosen, minus one for each wrong option chosen, never below zero, so ticking every option
 * earns no more than the right ones outnumber the wrong.
 */
export function scoreQuestion(question: QuizQuestion, selected: readonly string[], scoring: Quiz['scoring']): QuestionResult {
  const right = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const chosen = new Set(selected);
  const correct = chosen.size === right.size && [...chosen].every((id) => right.has(id));
  if (scoring === 'per-option') {
    const hits = [...chosen].filter((id) => right.has(id)).length;
    const misses = chosen.size - hits;
    const score = Math.max(0, hits - misses);
    return { correct, score, max: right.size, verdict: correct ? 'right' : score > 0 ? 'partly' : 'wrong' };
  }
  return { correct, score: correct ? 1 : 0, max: 1, verdict: correct ? 'right' : 'wrong' };
}

/** The right options of a question, in the content's order: what "Show the answer" names. */
export function rightOptions(question: QuizQuestion): QuizOption[] {
  return question.options.filter((option) => option.correct);
}

/** Passed when the score reaches the pass mark (a percentage); reaching it exactly passes. */
export function passes(scaled: number, passMark: number): boolean {
  // Rounded to avoid 0.7 * 100 = 70.00000000000001 style surprises at the boundary.
  return Math.round(scaled * 10000) / 100 >= passMark;
}

/** The band with the highest `min` (a percentage) the score reaches. */
export function bandFor(scaled: number, bands: Quiz['bands']): number {
  const percent = Math.round(scaled * 10000) / 100;
  let found = 0;
  bands.forEach((band, i) => {
    if (percent >= band.min) found = i;
  });
  return found;
}
