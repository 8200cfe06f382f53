import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  ContentController,
  ContentElement,
  msg,
  str,
  baseStyles,
  panelStyles,
  formatNumber,
  formatPercent,
  headingLevel,
  listFormat,
  intlLocale,
  namespacedStorage,
  plural,
  registerTranslations,
  renderLocalizedRichText,
  syncChecked,
  type Locale,
} from '@childrensafe/core';
import type { LocalizedText, Quiz, QuizOption, QuizQuestion } from '@childrensafe/content';
import { translations } from './generated/translations.js';
import { parseSaved, toSaved } from './model/persistence.js';
import { QuizSession, rightOptions, type QuestionResult, type QuizScore, type SessionSnapshot } from './model/quiz-session.js';
import { quizStyles } from './quiz.styles.js';
import { answeredStatement, completedStatement } from './model/xapi.js';
import './quiz-events.js';

const storage = namespacedStorage('quiz');

/**
 * A knowledge check: an intro, one question at a time with feedback that teaches, and a
 * result with feedback by score band. Single choice, multiple choice and true/false.
 *
 * Content: a built-in quiz (`quiz="stop-1-quiz"`), a JSON document (`src`) or an object
 * (`content` property), validated the same way.
 *
 * Nothing is stored unless the page sets `persist`; then progress is kept under
 * `childrensafe:quiz:<quiz id>` and restored when the quiz is shown again.
 *
 * @tag cs-quiz
 * @fires cs-quiz-answer - An answer was checked: question, chosen options, correct or not, and an xAPI "answered" statement.
 * @fires cs-quiz-complete - The learner reached the results: score, passed, duration, and an xAPI "completed" statement.
 * @fires cs-error - The content could not be loaded or is invalid.
 * @csspart quiz - The quiz's box.
 * @csspart title - The quiz's title.
 * @csspart progress - "Question 3 of 10".
 * @csspart question - The fieldset of a question.
 * @csspart option - One answer option.
 * @csspart feedback - The feedback after checking.
 * @csspart results - The results.
 * @csspart button - Every button.
 * @csspart primary - The main button of each step.
 * @csspart error - The message shown when the content cannot be used.
 */
export class CsQuiz extends ContentElement<Quiz> {
  static override styles = [baseStyles, panelStyles, quizStyles];

  static override properties: PropertyDeclarations = {
    quiz: { type: String, reflect: true },
    src: { type: String, reflect: true },
    content: { attribute: false },
    persist: { type: Boolean, reflect: true },
    seed: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static {
    registerTranslations(translations);
  }

  /** Id of a built-in quiz of `@childrensafe/content`, e.g. `stop-1-quiz`. */
  declare quiz: string | null;
  /** URL of a quiz JSON document. */
  declare src: string | null;
  /** A quiz document as an object. */
  declare content: unknown;
  /** Keeps progress in the browser's storage (off by default: nothing is stored). */
  declare persist: boolean;
  /** Seeds the shuffling of questions and options, for a reproducible order. */
  declare seed: number | undefined;
  /** Level of the quiz's title heading (2 to 6). */
  declare headingLevel: number;

  private session?: QuizSession;
  /** Set after a check or a step so the next render moves focus where the user must look. */
  private focusTarget?: 'feedback' | 'question' | 'results';
  /**
   * What the live region says, worked out at each render so that it follows the language:
   * the verdict after a check (focus then moves to the full feedback, so it is not read twice),
   * the right answer once shown, the score on the results.
   */
  private announce: () => string = () => '';

  protected readonly source = new ContentController<Quiz>(
    this,
    'quiz',
    () => import('@childrensafe/content/quizzes').then((m) => m.quizzes),
    () => ({ content: this.content, src: this.src, builtin: this.quiz }),
  );

  constructor() {
    super();
    this.quiz = null;
    this.src = null;
    this.persist = false;
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const quiz = this.loaded;
    if (!quiz) this.session = undefined;
    else if (quiz.id !== this.session?.quiz.id) this.session = this.newSession(quiz, this.persist ? parseSaved(storage.read(quiz.id), quiz) : undefined);
    // The same quiz loaded in another language: the learner keeps their place and answers.
    else if (quiz !== this.session.quiz) this.session = this.newSession(quiz, this.session.snapshot());
  }

  private newSession(quiz: Quiz, from: SessionSnapshot | undefined): QuizSession {
    const session = new QuizSession(quiz, this.seed === undefined ? {} : { seed: this.seed });
    if (from) session.restore(from);
    return session;
  }

  protected override updated(): void {
    const question = this.session?.current;
    if (question) {
      const selected = this.session?.answerOf(question).selected ?? [];
      syncChecked(this.renderRoot, 'input[name]', (input) => selected.includes(input.value));
    }
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(`[data-focus="${target}"]`)?.focus();
  }

  /** Runs a step of the session, saves (when allowed), re-renders and says where focus goes. */
  private step(action: (session: QuizSession) => void, focus?: 'feedback' | 'question' | 'results'): void {
    const session = this.session;
    if (!session) return;
    action(session);
    if (this.persist) storage.write(session.quiz.id, toSaved(session.quiz, session.snapshot()));
    this.focusTarget = focus;
    this.requestUpdate();
  }

  private readonly onStart = () => this.step((s) => s.start(), 'question');

  private readonly onCheck = () =>
    this.step((session) => {
      const question = session.current;
      const result = session.check();
      if (!question || !result) return;
      this.announce = () => verdict(result);
      const selected = [...session.answerOf(question).selected];
      this.emit('cs-quiz-answer', {
        quizId: session.quiz.id,
        questionId: question.id,
        selected,
        correct: result.correct,
        score: result.score,
        max: result.max,
        statement: answeredStatement(session.quiz, question, selected, result),
      });
    }, 'feedback');

  private readonly onRetryQuestion = () =>
    this.step((s) => {
      s.retryQuestion();
      this.announce = () => '';
    }, 'question');

  private readonly onShowSolution = () =>
    this.step((session) => {
      const question = session.current;
      session.showSolution();
      if (question) this.announce = () => this.solutionText(question);
    }, 'feedback');

  private readonly onNext = () =>
    this.step(
      (session) => {
        this.announce = () => '';
        session.next();
        if (session.phase !== 'results') return;
        const score = session.score();
        this.announce = () => `${this.scoreText(score)} ${this.outcomeText(session.quiz, score)}`;
        this.emit('cs-quiz-complete', {
          quizId: session.quiz.id,
          score: { raw: score.raw, max: score.max, scaled: score.scaled },
          passed: score.passed,
          durationMs: session.durationMs(),
          statement: completedStatement(session.quiz, score, session.durationMs()),
        });
      },
      this.session?.isLast ? 'results' : 'question',
    );

  private readonly onRetryQuiz = () =>
    this.step((s) => {
      s.retryQuiz();
      this.announce = () => '';
    }, 'question');

  private onChoose(option: QuizOption, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.step((s) => s.select(option.id, input.checked));
  }

  /** Content written in the rich-text subset, in the reader's language. */
  private rich(value: LocalizedText): TemplateResult {
    return renderLocalizedRichText(value, this.locale);
  }

  protected override render(): TemplateResult {
    const session = this.session;
    return this.renderFrame(
      { part: 'quiz', announcement: (session && this.announce()) || '' },
      () =>
        session &&
        html`
          <div role="heading" aria-level=${headingLevel(this.headingLevel, 2)} part="title" class="title">${this.renderLocalizedText(session.quiz.title)}</div>
          ${session.phase === 'intro' ? this.renderIntro(session) : session.phase === 'question' ? this.renderQuestion(session) : this.renderResults(session)}
        `,
    );
  }

  private renderIntro(session: QuizSession): TemplateResult {
    const { quiz } = session;
    const locale = this.locale;
    const count = questionsLabel(session.questions.length, locale);
    const mark = formatPercent(quiz.passMark, locale);
    return html`
      ${quiz.description ? html`<div class="description">${this.rich(quiz.description)}</div>` : nothing}
      <ul class="facts">
        <li>${count}</li>
        <li>${msg(str`Pass mark: ${mark}`, { id: 'quiz.pass-mark', desc: 'The score needed to pass, e.g. "Pass mark: 70%".' })}</li>
      </ul>
      <button part="button primary" class="primary" data-focus="intro" data-action="start" @click=${this.onStart}>${msg('Start', { id: 'quiz.start', desc: 'Button that starts the quiz.' })}</button>
    `;
  }

  private renderQuestion(session: QuizSession): TemplateResult {
    const question = session.current as QuizQuestion;
    const answer = session.answerOf(question);
    const result = session.resultOf(question);
    const locale = this.locale;
    const n = formatNumber(session.position + 1, locale);
    const total = formatNumber(session.questions.length, locale);
    const multiple = question.type === 'multiple';
    const name = `q-${question.id}`;
    return html`
      <p part="progress" class="progress">
        ${msg(str`Question ${n} of ${total}`, { id: 'quiz.progress', desc: 'Which question the learner is on, e.g. "Question 3 of 10".' })}
        <progress class="bar" aria-hidden="true" max=${session.questions.length} value=${session.position + (answer.checked ? 1 : 0)}></progress>
      </p>
      <fieldset part="question" class="question" data-question=${question.id}>
        <legend tabindex="-1" data-focus="question">${this.renderLocalizedText(question.prompt)}</legend>
        <p class="hint" id="check-hint">${hint(question)}</p>
        <ul class="options" role="list">
          ${session.optionViews(question).map(({ option, chosen, mark, feedback }) => {
            return html`<li>
              <label part="option" class="option" data-state=${mark === 'solution' ? 'right' : (mark ?? nothing)}>
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name=${name}
                  value=${option.id}
                  ?checked=${chosen}
                  ?disabled=${answer.checked}
                  @change=${(event: Event) => this.onChoose(option, event)}
                />
                <span class="option-text">${this.renderLocalizedText(option.text)}</span>
                ${mark ? html`<span class="mark">${markText(mark)}</span>` : nothing}
              </label>
              ${feedback ? html`<div class="option-feedback">${this.rich(option.feedback)}</div>` : nothing}
            </li>`;
          })}
        </ul>
      </fieldset>
      ${result ? this.renderFeedback(question, result, answer.solutionShown) : nothing}
      <div class="actions">
        ${
          answer.checked
            ? html`
              ${session.canRetryQuestion ? html`<button part="button" data-action="retry-question" @click=${this.onRetryQuestion}>${msg('Try again', { id: 'quiz.retry-question' })}</button>` : nothing}
              ${session.canShowSolution ? html`<button part="button" data-action="show-solution" @click=${this.onShowSolution}>${msg('Show the answer', { id: 'quiz.show-solution' })}</button>` : nothing}
              <button part="button primary" class="primary" data-action="next" @click=${this.onNext}>
                ${session.isLast ? msg('See your result', { id: 'quiz.finish' }) : msg('Next question', { id: 'quiz.next' })}
              </button>
            `
            : html`<button
              part="button primary"
              class="primary"
              aria-disabled=${session.canCheck ? 'false' : 'true'}
              aria-describedby=${session.canCheck ? nothing : 'check-hint'}
              data-action="check"
              @click=${this.onCheck}
            >
              ${msg('Check', { id: 'quiz.check', desc: 'Button that checks the chosen answer.' })}
            </button>`
        }
      </div>
    `;
  }

  private renderFeedback(question: QuizQuestion, result: QuestionResult, solutionShown: boolean): TemplateResult {
    return html`<div part="feedback" class="feedback" data-state=${result.verdict} tabindex="-1" data-focus="feedback">
      <p class="verdict">${verdict(result)}</p>
      ${solutionShown ? html`<p class="solution">${this.solutionText(question)}</p>` : nothing}
      ${question.explanation ? this.rich(question.explanation) : nothing}
    </div>`;
  }

  /** "Right answer: …", naming the right options of a question. */
  private solutionText(question: QuizQuestion): string {
    const answers = rightOptions(question).map((o) => this.localizedString(o.text));
    const list = listFormat(intlLocale(this.locale), { type: 'conjunction' }).format(answers);
    return plural(
      answers.length,
      {
        one: () => msg(str`Right answer: ${list}`, { id: 'quiz.solution.one' }),
        other: () => msg(str`Right answers: ${list}`, { id: 'quiz.solution.other' }),
      },
      this.locale,
    );
  }

  /** "7 of 10 correct": the count of right answers leads, as the words agree with it. */
  private scoreText(score: QuizScore): string {
    const right = formatNumber(score.correctQuestions, this.locale);
    const total = formatNumber(score.totalQuestions, this.locale);
    return plural(
      score.correctQuestions,
      {
        one: () =>
          msg(str`${right} of ${total} correct`, {
            id: 'quiz.correct.one',
            desc: 'Result when the number of right answers takes the singular, e.g. "1 of 10 correct".',
          }),
        other: () =>
          msg(str`${right} of ${total} correct`, {
            id: 'quiz.correct.other',
            desc: 'Result when the number of right answers takes the plural, e.g. "7 of 10 correct".',
          }),
      },
      this.locale,
    );
  }

  private outcomeText(quiz: Quiz, score: QuizScore): string {
    const mark = formatPercent(quiz.passMark, this.locale);
    return score.passed
      ? msg('You reached the pass mark.', { id: 'quiz.passed' })
      : msg(str`You have not reached the pass mark (${mark}) yet.`, { id: 'quiz.failed' });
  }

  private renderResults(session: QuizSession): TemplateResult {
    const score = session.score();
    const locale = this.locale;
    const band = session.quiz.bands[score.band];
    const points = formatNumber(score.raw, locale);
    const max = formatNumber(score.max, locale);
    return html`<div part="results" class="results">
      <div role="heading" aria-level=${Math.min(headingLevel(this.headingLevel, 2) + 1, 6)} tabindex="-1" data-focus="results" class="results-title">
        ${msg('Your result', { id: 'quiz.results' })}
      </div>
      <p class="score">
        ${this.scoreText(score)}
        ${
          session.quiz.scoring === 'per-option'
            ? html`<br /><span class="points">${msg(str`Score: ${points} of ${max} points`, { id: 'quiz.points' })}</span>`
            : nothing
        }
      </p>
      <p class="outcome" data-state=${score.passed ? 'passed' : 'failed'}>${this.outcomeText(session.quiz, score)}</p>
      ${band ? html`<div class="band">${this.rich(band.feedback)}</div>` : nothing}
      ${
        session.quiz.allowRetry
          ? html`<div class="actions"><button part="button primary" class="primary" data-action="retry-quiz" @click=${this.onRetryQuiz}>${msg('Take the quiz again', { id: 'quiz.retry-quiz' })}</button></div>`
          : nothing
      }
    </div>`;
  }
}

function verdict(result: QuestionResult): string {
  switch (result.verdict) {
    case 'right':
      return msg('Right.', { id: 'quiz.verdict.right' });
    case 'partly':
      return msg('Partly right.', { id: 'quiz.verdict.partly' });
    case 'wrong':
      return msg('Not quite.', { id: 'quiz.verdict.wrong', desc: 'Shown after checking a wrong answer; kind, not harsh.' });
  }
}

/** What an option says after checking, beside its text: colour is never the only sign. */
function markText(mark: 'right' | 'wrong' | 'solution'): string {
  switch (mark) {
    case 'right':
      return msg('Your answer: right', { id: 'quiz.option.right' });
    case 'wrong':
      return msg('Your answer: not right', { id: 'quiz.option.wrong' });
    case 'solution':
      return msg('Right answer', { id: 'quiz.option.solution' });
  }
}

function hint(question: QuizQuestion): string {
  switch (question.type) {
    case 'single':
      return msg('Choose one answer.', { id: 'quiz.hint.single' });
    case 'multiple':
      return msg('Choose all the answers that apply.', { id: 'quiz.hint.multiple' });
    case 'true-false':
      return msg('True or false?', { id: 'quiz.hint.true-false' });
  }
}

function questionsLabel(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return plural(
    count,
    {
      one: () => msg(str`${n} question`, { id: 'quiz.questions.one' }),
      other: () => msg(str`${n} questions`, { id: 'quiz.questions.other' }),
    },
    locale,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-quiz': CsQuiz;
  }
}
