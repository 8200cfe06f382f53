import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { STORAGE_PREFIX, type CsErrorEvent } from '@childrensafe/core';
import type { Quiz, QuizQuestion } from '@childrensafe/content';
import { quizzes } from '@childrensafe/content/quizzes';
import { expectAccessible, setPageLanguage, useTheme, visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsQuiz } from '../src/quiz.js';
import type { QuizAnswerDetail, QuizCompleteDetail } from '../src/quiz-events.js';
import { perOptionQuiz, shuffledQuiz, tenQuestionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

// ---------------------------------------------------------------------------------------------
// Reading the quiz as a user sees it

const shadow = (quiz: CsQuiz) => quiz.shadowRoot as ShadowRoot;
const text = (quiz: CsQuiz) => visibleText(shadow(quiz));
const focused = (quiz: CsQuiz) => shadow(quiz).activeElement as HTMLElement | null;
const liveRegion = (quiz: CsQuiz) => shadow(quiz).querySelector('[role="status"][aria-live="polite"]') as HTMLElement;
const progress = (quiz: CsQuiz) => shadow(quiz).querySelector('[part="progress"]')?.textContent?.replace(/\s+/g, ' ').trim();
const title = (quiz: CsQuiz) => shadow(quiz).querySelector('[part="title"]')?.textContent?.trim();
const legend = (quiz: CsQuiz) => shadow(quiz).querySelector('legend')?.textContent?.trim() ?? '';
const feedback = (quiz: CsQuiz) => shadow(quiz).querySelector<HTMLElement>('[part="feedback"]');
const labels = (quiz: CsQuiz) => [...shadow(quiz).querySelectorAll<HTMLLabelElement>('label[part="option"]')];
const optionText = (label: Element) => label.querySelector('.option-text')?.textContent?.trim() ?? '';
const optionTexts = (quiz: CsQuiz) => labels(quiz).map(optionText);
const checkedTexts = (quiz: CsQuiz) =>
  labels(quiz)
    .filter((l) => l.querySelector('input')?.checked)
    .map(optionText);
const buttonNames = (quiz: CsQuiz) => [...shadow(quiz).querySelectorAll('button')].map((b) => b.textContent?.trim());

function button(quiz: CsQuiz, name: string): HTMLButtonElement {
  const found = [...shadow(quiz).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  expect(found, `a button "${name}" (buttons: ${buttonNames(quiz).join(', ')})`).to.exist;
  return found as HTMLButtonElement;
}

function option(quiz: CsQuiz, name: string): HTMLLabelElement {
  const found = labels(quiz).find((l) => optionText(l) === name);
  expect(found, `an option "${name}" (options: ${optionTexts(quiz).join(', ')})`).to.exist;
  return found as HTMLLabelElement;
}

/** What the user is on: the focused control's name, or the data-focus of a focused region. */
function focusedName(quiz: CsQuiz): string | undefined {
  const el = focused(quiz);
  if (!el) return undefined;
  if (el instanceof HTMLInputElement) return `${el.type}: ${optionText(el.closest('label') as Element)}`;
  if (el instanceof HTMLButtonElement) return `button: ${el.textContent?.trim()}`;
  return el.dataset.focus;
}

/** The fixture's English text of a question's prompt, or of one of its options. */
function en(content: Quiz, questionId: string, optionId?: string): string {
  const question = content.questions.find((q) => q.id === questionId) as QuizQuestion;
  return optionId === undefined ? (question.prompt.en as string) : (question.options.find((o) => o.id === optionId)?.text.en as string);
}

/** Waits for content loaded from a built-in id, a URL or a property to be on screen. */
async function ready(quiz: CsQuiz): Promise<CsQuiz> {
  await waitUntil(() => shadow(quiz).querySelector('[part="title"], [role="alert"]'), 'the quiz did not render its content', { timeout: 10000 });
  await quiz.updateComplete;
  return quiz;
}

const quizWith = async (content: Quiz, locale = 'en') => {
  await setPageLanguage(locale);
  return ready(await fixture<CsQuiz>(html`<cs-quiz .content=${content}></cs-quiz>`));
};

// ---------------------------------------------------------------------------------------------
// Acting as a user

/** A synthetic click, as assistive technology or a test would do it; waits for the re-render. */
async function click(quiz: CsQuiz, target: HTMLElement): Promise<void> {
  target.click();
  await quiz.updateComplete;
}

/** A real mouse click at the centre of an element, after scrolling it into view. */
async function mouseClick(quiz: CsQuiz, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await quiz.updateComplete;
}

async function press(quiz: CsQuiz, key: string): Promise<void> {
  await sendKeys({ press: key });
  await quiz.updateComplete;
}

/** The question on screen, found in the content by its prompt (in any language). */
function questionOnScreen(quiz: CsQuiz, content: Quiz): QuizQuestion {
  const question = content.questions.find((q) => Object.values(q.prompt).includes(legend(quiz)));
  expect(question, `the question "${legend(quiz)}" is in the quiz`).to.exist;
  return question as QuizQuestion;
}

/** Chooses options of the question on screen by their ids, whatever the language or the order. */
async function choose(quiz: CsQuiz, content: Quiz, ...optionIds: string[]): Promise<void> {
  const question = questionOnScreen(quiz, content);
  for (const id of optionIds) {
    const texts = Object.values(question.options.find((o) => o.id === id)?.text ?? {});
    const label = labels(quiz).find((l) => texts.includes(optionText(l)));
    expect(label, `option ${id} is shown`).to.exist;
    await click(quiz, label as HTMLLabelElement);
  }
}

const primary = (quiz: CsQuiz) => shadow(quiz).querySelector<HTMLButtonElement>('button.primary') as HTMLButtonElement;

/** Starts the quiz and answers every question with the options `pick` gives, up to the results. */
async function answerAll(quiz: CsQuiz, content: Quiz, pick: (question: QuizQuestion) => string[]): Promise<void> {
  await click(quiz, primary(quiz)); // Start
  for (let i = 0; i < content.questions.length; i++) {
    await choose(quiz, content, ...pick(questionOnScreen(quiz, content)));
    await click(quiz, primary(quiz)); // Check
    await click(quiz, primary(quiz)); // Next question / See your result
  }
  expect(shadow(quiz).querySelector('[part="results"]'), 'the results are shown').to.exist;
}

/** Right on the first and last question of the three, wrong on the multiple choice: 2 of 3. */
const twoOfThree = (q: QuizQuestion) => ({ 'who-to-tell': ['tell-dsl'], 'warning-signs': ['gifts'], 'child-to-blame': ['false'] })[q.id] ?? [];

function clearLibraryStorage(): void {
  for (const store of [localStorage, sessionStorage]) {
    for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
  }
}

afterEach(async () => {
  await resetMouse();
  await setPageLanguage('en');
  delete document.documentElement.dataset.csTheme;
  delete document.documentElement.dataset.csColorScheme;
  clearLibraryStorage();
});

// ---------------------------------------------------------------------------------------------

describe('<cs-quiz> by keyboard alone', () => {
  it('is done from start to result with Tab, arrows, Space and Enter, focus following the user', async () => {
    const q = threeQuestionQuiz;
    const wrapper = await fixture(html`<div><button>before</button><cs-quiz .content=${q}></cs-quiz></div>`);
    const quiz = await ready(wrapper.querySelector('cs-quiz') as CsQuiz);
    (wrapper.querySelector('button') as HTMLButtonElement).focus();

    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Start');
    await press(quiz, 'Space');
    expect(focusedName(quiz), 'focus goes to the first question').to.equal('question');
    expect(focused(quiz)?.tagName).to.equal('LEGEND');
    expect(focused(quiz)?.textContent?.trim()).to.equal(en(q, 'who-to-tell'));

    // Question 1, single choice: Tab into the radio group, arrow to an answer, Space.
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal(`radio: ${en(q, 'who-to-tell', 'tell-nobody')}`);
    await press(quiz, 'ArrowDown');
    await press(quiz, 'Space');
    expect(focusedName(quiz)).to.equal(`radio: ${en(q, 'who-to-tell', 'tell-dsl')}`);
    expect(checkedTexts(quiz)).to.deep.equal([en(q, 'who-to-tell', 'tell-dsl')]);
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Check');
    await press(quiz, 'Enter');
    expect(focusedName(quiz), 'focus goes to the feedback after Check').to.equal('feedback');
    expect(visibleText(feedback(quiz))).to.include('Right.');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Next question');
    await press(quiz, 'Enter');
    expect(progress(quiz)).to.equal('Question 2 of 3');
    expect(focusedName(quiz), 'focus goes to the next question').to.equal('question');
    expect(focused(quiz)?.textContent?.trim()).to.equal(en(q, 'warning-signs'));

    // Question 2, multiple choice: each checkbox is a tab stop, Space ticks it.
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal(`checkbox: ${en(q, 'warning-signs', 'gifts')}`);
    await press(quiz, 'Space');
    await press(quiz, 'Tab');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal(`checkbox: ${en(q, 'warning-signs', 'secrecy')}`);
    await press(quiz, 'Space');
    expect(checkedTexts(quiz)).to.deep.equal([en(q, 'warning-signs', 'gifts'), en(q, 'warning-signs', 'secrecy')]);
    await press(quiz, 'Tab');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Check');
    await press(quiz, 'Enter');
    expect(focusedName(quiz)).to.equal('feedback');
    await press(quiz, 'Tab');
    await press(quiz, 'Enter');
    expect(progress(quiz)).to.equal('Question 3 of 3');
    expect(focusedName(quiz)).to.equal('question');

    // Question 3, true or false, answered wrongly: Try again and Show the answer come first.
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('radio: True');
    await press(quiz, 'Space');
    await press(quiz, 'Tab');
    await press(quiz, 'Enter');
    expect(focusedName(quiz)).to.equal('feedback');
    expect(visibleText(feedback(quiz))).to.include('Not quite.');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Try again');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: Show the answer');
    await press(quiz, 'Tab');
    expect(focusedName(quiz)).to.equal('button: See your result');
    await press(quiz, 'Enter');

    expect(focusedName(quiz), 'focus goes to the result').to.equal('results');
    expect(text(quiz)).to.include('Your result').and.include('2 of 3 correct').and.include('You reached the pass mark.');
  });
});

describe('<cs-quiz> with the mouse', () => {
  it('is done with clicks, including Try again, Show the answer and Take the quiz again', async () => {
    const q = threeQuestionQuiz;
    const quiz = await quizWith(q);
    await mouseClick(quiz, button(quiz, 'Start'));
    expect(progress(quiz)).to.equal('Question 1 of 3');
    // Check stays reachable (and says why it does nothing) until an option is chosen.
    expect(button(quiz, 'Check').getAttribute('aria-disabled'), 'nothing to check before choosing').to.equal('true');
    expect(button(quiz, 'Check').getAttribute('aria-describedby')).to.equal('check-hint');

    // A wrong answer, then another go.
    await mouseClick(quiz, option(quiz, en(q, 'who-to-tell', 'tell-parents')));
    await mouseClick(quiz, button(quiz, 'Check'));
    expect(visibleText(feedback(quiz))).to.include('Not quite.');
    expect(visibleText(option(quiz, en(q, 'who-to-tell', 'tell-parents')))).to.include('Your answer: not right');
    await mouseClick(quiz, button(quiz, 'Try again'));
    expect(feedback(quiz)).to.equal(null);
    expect(checkedTexts(quiz)).to.deep.equal([]);
    expect(
      labels(quiz).every((l) => !l.querySelector('input')?.disabled),
      'the options can be chosen again',
    ).to.equal(true);
    expect(focusedName(quiz)).to.equal('question');
    await mouseClick(quiz, option(quiz, en(q, 'who-to-tell', 'tell-dsl')));
    await mouseClick(quiz, button(quiz, 'Check'));
    expect(visibleText(feedback(quiz))).to.include('Right.');
    expect(buttonNames(quiz), 'no retry once right').to.deep.equal(['Next question']);
    await mouseClick(quiz, button(quiz, 'Next question'));

    // Half right on the multiple choice, then the solution.
    await mouseClick(quiz, option(quiz, en(q, 'warning-signs', 'gifts')));
    await mouseClick(quiz, option(quiz, en(q, 'warning-signs', 'homework')));
    await mouseClick(quiz, button(quiz, 'Check'));
    expect(visibleText(feedback(quiz))).to.include('Not quite.');
    await mouseClick(quiz, button(quiz, 'Show the answer'));
    expect(focusedName(quiz)).to.equal('feedback');
    expect(visibleText(option(quiz, en(q, 'warning-signs', 'secrecy')))).to.include('Right answer');
    expect(visibleText(option(quiz, en(q, 'warning-signs', 'gifts')))).to.include('Your answer: right');
    expect(visibleText(option(quiz, en(q, 'warning-signs', 'homework')))).to.include('Your answer: not right');
    expect(text(quiz)).to.include('Yes: secrecy is often asked of the child.');
    expect(checkedTexts(quiz), 'the answer stays as given').to.deep.equal([en(q, 'warning-signs', 'gifts'), en(q, 'warning-signs', 'homework')]);
    expect(buttonNames(quiz), 'no retry once the answer is shown').to.deep.equal(['Next question']);
    // The feedback and the live region name the right options.
    const rightOnes = q.questions[1]!.options.filter((o) => o.correct).map((o) => o.text.en);
    expect(visibleText(feedback(quiz))).to.include('Right answers:');
    for (const right of rightOnes) expect(liveRegion(quiz).textContent).to.include(right);
    await mouseClick(quiz, button(quiz, 'Next question'));

    await mouseClick(quiz, option(quiz, 'False'));
    await mouseClick(quiz, button(quiz, 'Check'));
    await mouseClick(quiz, button(quiz, 'See your result'));
    expect(text(quiz)).to.include('2 of 3 correct').and.include('You reached the pass mark.').and.include('A good start');
    expect(liveRegion(quiz).textContent?.trim(), 'the result is announced').to.equal('2 of 3 correct You reached the pass mark.');

    await mouseClick(quiz, button(quiz, 'Take the quiz again'));
    expect(progress(quiz)).to.equal('Question 1 of 3');
    expect(checkedTexts(quiz)).to.deep.equal([]);
    expect(feedback(quiz)).to.equal(null);
    expect(focusedName(quiz)).to.equal('question');
  });
});

describe('<cs-quiz> feedback', () => {
  it('announces the verdict after Check, focuses the explanation, and shows the chosen option’s feedback', async () => {
    const q = threeQuestionQuiz;
    const quiz = await quizWith(q);
    await click(quiz, button(quiz, 'Start'));
    expect(liveRegion(quiz).textContent?.trim()).to.equal('');

    await choose(quiz, q, 'tell-nobody');
    await click(quiz, button(quiz, 'Check'));
    // The live region says the verdict; focus moves to the full feedback, so nothing is read twice.
    expect(liveRegion(quiz).textContent?.trim()).to.equal('Not quite.');
    const focused = shadow(quiz).activeElement as HTMLElement;
    expect(focused.dataset.focus).to.equal('feedback');
    expect(visibleText(focused))
      .to.include('Not quite.')
      .and.include(q.questions[0]?.explanation?.en as string);
    const chosen = option(quiz, en(q, 'who-to-tell', 'tell-nobody')).closest('li') as HTMLElement;
    const chosenFeedback = chosen.querySelector<HTMLElement>('.option-feedback');
    expect(chosenFeedback?.checkVisibility(), 'the chosen option’s feedback is visible').to.equal(true);
    expect(visibleText(chosenFeedback)).to.equal('Never promise secrecy: the child’s safety comes first.');
    expect(shadow(quiz).querySelectorAll('.option-feedback').length, 'only the chosen option’s feedback').to.equal(1);

    await click(quiz, button(quiz, 'Try again'));
    expect(liveRegion(quiz).textContent?.trim(), 'the old verdict is not left behind').to.equal('');
    await choose(quiz, q, 'tell-dsl');
    await click(quiz, button(quiz, 'Check'));
    expect(liveRegion(quiz).textContent?.trim()).to.equal('Right.');
    expect(visibleText(feedback(quiz))).to.include(q.questions[0]?.explanation?.en as string);
    expect(text(quiz)).to.include('Right: the safeguarding lead knows the procedure.');
    await click(quiz, button(quiz, 'Next question'));
    expect(liveRegion(quiz).textContent?.trim()).to.equal('');
  });

  it('says "Partly right." and counts points when scoring is per option', async () => {
    const q = perOptionQuiz;
    const quiz = await quizWith(q);
    await click(quiz, button(quiz, 'Start'));
    await choose(quiz, q, 'tell-dsl');
    await click(quiz, button(quiz, 'Check'));
    await click(quiz, button(quiz, 'Next question'));
    await choose(quiz, q, 'gifts');
    await click(quiz, button(quiz, 'Check'));
    expect(feedback(quiz)?.dataset.state).to.equal('partly');
    expect(visibleText(feedback(quiz))).to.include('Partly right.');
    expect(liveRegion(quiz).textContent).to.include('Partly right.');
    await click(quiz, button(quiz, 'Next question'));
    await choose(quiz, q, 'false');
    await click(quiz, button(quiz, 'Check'));
    await click(quiz, button(quiz, 'See your result'));
    expect(text(quiz)).to.include('2 of 3 correct').and.include('Score: 3 of 4 points');
  });
});

describe('<cs-quiz> scoring and results', () => {
  it('says "2 of 3 correct" in English', async () => {
    const quiz = await quizWith(threeQuestionQuiz);
    await answerAll(quiz, threeQuestionQuiz, twoOfThree);
    expect(visibleText(shadow(quiz).querySelector('.score'))).to.equal('2 of 3 correct');
  });

  it('agrees the French words with the number of right answers', async () => {
    const one = await quizWith(threeQuestionQuiz, 'fr');
    await answerAll(one, threeQuestionQuiz, (q) => (q.id === 'who-to-tell' ? ['tell-dsl'] : q.id === 'warning-signs' ? ['sport'] : ['true']));
    expect(visibleText(shadow(one).querySelector('.score'))).to.equal('1 bonne réponse sur 3');
    expect(text(one)).to.include('Vous n’avez pas encore atteint le seuil de réussite (60 %).');

    const two = await quizWith(threeQuestionQuiz, 'fr');
    await answerAll(two, threeQuestionQuiz, twoOfThree);
    expect(visibleText(shadow(two).querySelector('.score'))).to.equal('2 bonnes réponses sur 3');
    expect(text(two)).to.include('Vous avez atteint le seuil de réussite.');
  });

  it('passes exactly at the pass mark (7 of 10 at 70%) and not one below', async () => {
    const rightUpTo = (n: number) => (q: QuizQuestion) => [Number(q.id.replace('question-', '')) <= n ? 'right' : 'wrong-a'];
    const atMark = await quizWith(tenQuestionQuiz);
    await answerAll(atMark, tenQuestionQuiz, rightUpTo(7));
    expect(text(atMark)).to.include('7 of 10 correct').and.include('You reached the pass mark.');
    expect(shadow(atMark).querySelector('.outcome')?.getAttribute('data-state')).to.equal('passed');

    const below = await quizWith(tenQuestionQuiz);
    await answerAll(below, tenQuestionQuiz, rightUpTo(6));
    expect(text(below)).to.include('6 of 10 correct').and.include('You have not reached the pass mark (70%) yet.');
    expect(text(below)).not.to.include('You reached the pass mark.');
  });
});

describe('<cs-quiz> accessibility', () => {
  /** Walks intro, question, feedback, shown answer and results, checking each with axe. */
  async function expectEveryStepAccessible(quiz: CsQuiz): Promise<void> {
    await expectAccessible(quiz);
    await click(quiz, primary(quiz));
    await expectAccessible(quiz);
    await choose(quiz, threeQuestionQuiz, 'tell-parents');
    await click(quiz, primary(quiz));
    expect(feedback(quiz)).to.exist;
    await expectAccessible(quiz);
    // "Show the answer" is the last of the secondary buttons.
    const secondary = [...shadow(quiz).querySelectorAll<HTMLButtonElement>('.actions button:not(.primary)')];
    await click(quiz, secondary[secondary.length - 1] as HTMLButtonElement);
    expect(shadow(quiz).querySelector('.option[data-state="right"]'), 'the right answer is shown').to.exist;
    await expectAccessible(quiz);
    await click(quiz, primary(quiz));
    await choose(quiz, threeQuestionQuiz, 'gifts', 'secrecy');
    await click(quiz, primary(quiz));
    await click(quiz, primary(quiz));
    await choose(quiz, threeQuestionQuiz, 'false');
    await click(quiz, primary(quiz));
    await click(quiz, primary(quiz));
    expect(shadow(quiz).querySelector('[part="results"]')).to.exist;
    await expectAccessible(quiz);
  }

  for (const locale of ['en', 'el']) {
    it(`has no axe violations on intro, question, feedback, answer and results in ${locale}`, async () => {
      const quiz = await quizWith(threeQuestionQuiz, locale);
      await expectEveryStepAccessible(quiz);
    });
  }

  it('marks the English fallback of content missing in Greek', async () => {
    const quiz = await quizWith(threeQuestionQuiz, 'el');
    expect(shadow(quiz).querySelector('section')?.getAttribute('lang')).to.equal('el');
    expect(shadow(quiz).querySelector('[part="title"] [lang="en"]')?.textContent).to.equal(threeQuestionQuiz.title.en);
    expect(text(quiz)).to.include('3 ερωτήσεις').and.include('Έναρξη');
  });

  it('has no axe violations in the dark stop theme', async () => {
    await useTheme('stop', 'dark');
    const quiz = await quizWith(threeQuestionQuiz);
    await expectEveryStepAccessible(quiz);
  });
});

describe('<cs-quiz> events', () => {
  it('reports each checked answer and the completion, bubbling and composed, with xAPI statements', async () => {
    const answers: CustomEvent<QuizAnswerDetail>[] = [];
    const completions: CustomEvent<QuizCompleteDetail>[] = [];
    // The events are typed on elements (HTMLElementEventMap); on document they are plain Events.
    const onAnswer = (e: Event) => answers.push(e as CustomEvent<QuizAnswerDetail>);
    const onComplete = (e: Event) => completions.push(e as CustomEvent<QuizCompleteDetail>);
    document.addEventListener('cs-quiz-answer', onAnswer);
    document.addEventListener('cs-quiz-complete', onComplete);
    try {
      const quiz = await quizWith(threeQuestionQuiz);
      await answerAll(quiz, threeQuestionQuiz, twoOfThree);
    } finally {
      document.removeEventListener('cs-quiz-answer', onAnswer);
      document.removeEventListener('cs-quiz-complete', onComplete);
    }

    expect(answers.map((e) => [e.bubbles, e.composed])).to.deep.equal([
      [true, true],
      [true, true],
      [true, true],
    ]);
    const [first, second] = answers.map((e) => e.detail);
    expect(first).to.deep.include({ quizId: 'fixture-three-questions', questionId: 'who-to-tell', selected: ['tell-dsl'], correct: true, score: 1, max: 1 });
    expect(first?.statement.verb.id.endsWith('answered')).to.equal(true);
    expect(first?.statement.result.success).to.equal(true);
    expect(second).to.deep.include({ questionId: 'warning-signs', selected: ['gifts'], correct: false, score: 0, max: 1 });
    expect(second?.statement.result.success).to.equal(false);

    expect(completions).to.have.length(1);
    const done = completions[0] as CustomEvent<QuizCompleteDetail>;
    expect([done.bubbles, done.composed]).to.deep.equal([true, true]);
    expect(done.detail.quizId).to.equal('fixture-three-questions');
    expect(done.detail.score.raw).to.equal(2);
    expect(done.detail.score.max).to.equal(3);
    expect(done.detail.score.scaled).to.be.closeTo(2 / 3, 1e-9);
    expect(done.detail.passed).to.equal(true);
    expect(done.detail.durationMs).to.be.at.least(0);
    expect(done.detail.statement.verb.id.endsWith('completed')).to.equal(true);
    expect(done.detail.statement.result.success).to.equal(true);
  });
});

describe('<cs-quiz> storage', () => {
  /** Records every write to localStorage or sessionStorage until `stop()`. */
  function watchStorageWrites() {
    const setItem = Storage.prototype.setItem;
    const writes: string[] = [];
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    return { writes, stop: () => (Storage.prototype.setItem = setItem) };
  }

  const key = `childrensafe:quiz:${threeQuestionQuiz.id}`;
  const persistedQuiz = async () => ready(await fixture<CsQuiz>(html`<cs-quiz persist .content=${threeQuestionQuiz}></cs-quiz>`));

  it('stores nothing without persist, through a whole run', async () => {
    const before = [localStorage.length, sessionStorage.length];
    const watch = watchStorageWrites();
    try {
      const quiz = await quizWith(threeQuestionQuiz);
      await answerAll(quiz, threeQuestionQuiz, twoOfThree);
      await click(quiz, button(quiz, 'Take the quiz again'));
    } finally {
      watch.stop();
    }
    expect(watch.writes).to.deep.equal([]);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(before);
  });

  it('with persist, picks up where the learner left off, answers included', async () => {
    const first = await persistedQuiz();
    await click(first, button(first, 'Start'));
    await choose(first, threeQuestionQuiz, 'tell-dsl');
    await click(first, button(first, 'Check'));
    await click(first, button(first, 'Next question'));
    await choose(first, threeQuestionQuiz, 'gifts');
    await click(first, button(first, 'Check'));
    await click(first, button(first, 'Next question'));
    first.remove();

    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { quizId?: string; position?: number } | null;
    expect(saved, `progress is stored under ${key}`).to.include({ quizId: threeQuestionQuiz.id, position: 2 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('childrensafe:'))).to.deep.equal([key]);

    const second = await persistedQuiz();
    expect(progress(second)).to.equal('Question 3 of 3');
    expect(legend(second)).to.equal(en(threeQuestionQuiz, 'child-to-blame'));
    await choose(second, threeQuestionQuiz, 'false');
    await click(second, button(second, 'Check'));
    await click(second, button(second, 'See your result'));
    expect(text(second), 'the first two answers were kept').to.include('2 of 3 correct');
  });

  it('ignores a corrupt save and starts at the intro', async () => {
    localStorage.setItem(key, '{oops');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      const quiz = await persistedQuiz();
      expect(buttonNames(quiz)).to.deep.equal(['Start']);
      expect(shadow(quiz).querySelector('[role="alert"]')).to.equal(null);
      await click(quiz, button(quiz, 'Start'));
      expect(progress(quiz)).to.equal('Question 1 of 3');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<cs-quiz> seeded shuffle', () => {
  const firstQuestionWithSeed = async (seed: number) => {
    const quiz = await ready(await fixture<CsQuiz>(html`<cs-quiz seed=${seed} .content=${shuffledQuiz}></cs-quiz>`));
    await click(quiz, button(quiz, 'Start'));
    return { prompt: legend(quiz), options: optionTexts(quiz) };
  };

  it('shows the same order for the same seed, and another order for another seed', async () => {
    const a = await firstQuestionWithSeed(3);
    const b = await firstQuestionWithSeed(3);
    const c = await firstQuestionWithSeed(4);
    expect(b).to.deep.equal(a);
    // Seeds 3 and 4 both open on the multiple choice question, with its options in different orders.
    expect(c.prompt).to.equal(a.prompt);
    expect(c.options).to.have.members(a.options);
    expect(c.options).not.to.deep.equal(a.options);
  });
});

describe('<cs-quiz> with bad content', () => {
  it('shows a localised alert and fires cs-error for invalid content', async () => {
    await setPageLanguage('fr');
    const quiz = document.createElement('cs-quiz');
    const event = oneEvent(quiz, 'cs-error') as Promise<CsErrorEvent>;
    quiz.content = { kind: 'quiz', id: 'broken', title: { en: '' }, questions: [] };
    document.body.append(quiz);
    try {
      const { detail } = await event;
      await ready(quiz);
      expect(detail.code).to.equal('content-invalid');
      expect(shadow(quiz).querySelector('[role="alert"]')?.textContent).to.equal('Ce contenu ne peut pas être affiché, car il contient des erreurs.');
      expect(shadow(quiz).querySelector('button')).to.equal(null);
      await expectAccessible(quiz);
    } finally {
      quiz.remove();
    }
  });

  it('says it cannot find an unknown built-in quiz', async () => {
    const quiz = document.createElement('cs-quiz');
    const event = oneEvent(quiz, 'cs-error') as Promise<CsErrorEvent>;
    quiz.quiz = 'nope';
    document.body.append(quiz);
    try {
      const { detail } = await event;
      expect(detail.code).to.equal('content-not-found');
      expect(detail.source).to.equal('nope');
      await ready(quiz);
      expect(shadow(quiz).querySelector('[role="alert"]')?.textContent).to.equal('This content could not be found.');
    } finally {
      quiz.remove();
    }
  });
});

describe('<cs-quiz> with a built-in quiz', () => {
  it('renders stop-1-quiz and follows the page language', async () => {
    const quiz = await ready(await fixture<CsQuiz>(html`<cs-quiz quiz="stop-1-quiz"></cs-quiz>`));
    const english = (await quizzes.loadBuiltin('stop-1-quiz')) as Quiz;
    expect(english.questions).to.have.length(12);
    expect(title(quiz)).to.equal(english.title.en);
    expect(text(quiz)).to.include('12 questions').and.include('Pass mark: 70%');

    const french = (await quizzes.loadBuiltin('stop-1-quiz', 'fr')) as Quiz;
    await setPageLanguage('fr', quiz);
    await waitUntil(() => title(quiz) === french.title.fr, 'the French quiz did not load', { timeout: 10000 });
    expect(text(quiz)).to.include('12 questions').and.include('Seuil de réussite : 70 %').and.include('Commencer');

    const greek = (await quizzes.loadBuiltin('stop-1-quiz', 'el')) as Quiz;
    await setPageLanguage('el', quiz);
    await waitUntil(() => title(quiz) === greek.title.el, 'the Greek quiz did not load', { timeout: 10000 });
    expect(text(quiz)).to.include('12 ερωτήσεις');
  });

  it('keeps the learner’s place and answer when the language changes mid-quiz', async () => {
    const quiz = await ready(await fixture<CsQuiz>(html`<cs-quiz quiz="stop-1-quiz" seed="1"></cs-quiz>`));
    await click(quiz, primary(quiz));
    const [firstOption] = labels(quiz);
    await click(quiz, firstOption as HTMLLabelElement);
    const english = optionTexts(quiz);
    await setPageLanguage('fr', quiz);
    await waitUntil(() => progress(quiz) === 'Question 1 sur 12', 'the quiz did not switch to French in place', { timeout: 10000 });
    expect(optionTexts(quiz)).to.have.length(english.length);
    expect(optionTexts(quiz)).not.to.deep.equal(english);
    expect(labels(quiz)[0]?.querySelector('input')?.checked, 'the answer is kept').to.equal(true);
  });
});

describe('<cs-quiz> on a narrow touch screen', () => {
  /** The quiz box fits its 320px container, and every option and button is a 24px target. */
  function expectFitsAndTargetsAreLargeEnough(quiz: CsQuiz, step: string): void {
    const section = shadow(quiz).querySelector('section') as HTMLElement;
    expect(section.getBoundingClientRect().width, `${step}: width`).to.be.at.most(320);
    expect(section.scrollWidth, `${step}: no horizontal overflow`).to.be.at.most(section.clientWidth);
    for (const target of [...labels(quiz), ...shadow(quiz).querySelectorAll('button')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${step}: "${target.textContent?.trim()}" is tall enough`).to.be.at.least(24);
      expect(box.width, `${step}: "${target.textContent?.trim()}" is wide enough`).to.be.at.least(24);
      expect(box.right, `${step}: "${target.textContent?.trim()}" stays inside the box`).to.be.at.most(section.getBoundingClientRect().right + 0.5);
    }
  }

  for (const locale of ['en', 'fr']) {
    it(`fits 320px at every step with 24px targets (${locale})`, async () => {
      await setPageLanguage(locale);
      const wrapper = await fixture(html`<div style="width: 320px"><cs-quiz .content=${threeQuestionQuiz}></cs-quiz></div>`);
      const quiz = await ready(wrapper.querySelector('cs-quiz') as CsQuiz);
      expectFitsAndTargetsAreLargeEnough(quiz, 'intro');
      await click(quiz, primary(quiz));
      expectFitsAndTargetsAreLargeEnough(quiz, 'question 1');
      await choose(quiz, threeQuestionQuiz, 'tell-nobody');
      await click(quiz, primary(quiz));
      const secondary = [...shadow(quiz).querySelectorAll<HTMLButtonElement>('.actions button:not(.primary)')];
      await click(quiz, secondary[secondary.length - 1] as HTMLButtonElement);
      expectFitsAndTargetsAreLargeEnough(quiz, 'question 1 with the answer shown');
      await click(quiz, primary(quiz));
      await choose(quiz, threeQuestionQuiz, 'gifts', 'homework', 'secrecy', 'sport');
      await click(quiz, primary(quiz));
      expectFitsAndTargetsAreLargeEnough(quiz, 'question 2 checked');
      await click(quiz, primary(quiz));
      await choose(quiz, threeQuestionQuiz, 'false');
      await click(quiz, primary(quiz));
      await click(quiz, primary(quiz));
      expectFitsAndTargetsAreLargeEnough(quiz, 'results');
    });
  }
});
