import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWith, quizSchema, type Quiz, type QuizQuestion } from '@childrensafe/content';
import { QuizSession, bandFor, passes, rightOptions, scoreQuestion, type SessionOptions } from '../src/model/quiz-session.js';
import { allQuizFixtures, noRetryQuiz, perOptionQuiz, tenQuestionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

// threeQuestionQuiz, unshuffled: who-to-tell (single, right: tell-dsl), warning-signs
// (multiple, right: gifts + secrecy), child-to-blame (true-false, right: false).

const rightIds = (question: QuizQuestion): string[] => question.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (question: QuizQuestion): string[] => question.options.filter((o) => !o.correct).map((o) => o.id);
const questionOf = (quiz: Quiz, id: string): QuizQuestion => {
  const question = quiz.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id} in ${quiz.id}`);
  return question;
};

function startedSession(quiz: Quiz = threeQuestionQuiz, options: SessionOptions = {}): QuizSession {
  const session = new QuizSession(quiz, { seed: 1, now: () => 0, ...options });
  session.start();
  return session;
}

/** Selects the given options of the current question and checks the answer. */
function answer(session: QuizSession, optionIds: readonly string[]) {
  for (const id of optionIds) session.select(id);
  return session.check();
}

/** Answers every remaining question as `choose` says and moves on, ending on the results. */
function playToEnd(session: QuizSession, choose: (question: QuizQuestion, index: number) => readonly string[]): void {
  for (let index = 0; session.phase === 'question'; index++) {
    if (index >= session.questions.length) throw new Error('still on a question after answering them all');
    const question = session.current!;
    expect(answer(session, choose(question, index))).toBeDefined();
    session.next();
  }
  expect(session.phase).toBe('results');
}

/** A copy of tenQuestionQuiz, unshuffled, with the first `count` questions and another pass mark. */
function singleChoiceQuiz(count: number, passMark: number): Quiz {
  const { shuffle: _ignored, ...rest } = tenQuestionQuiz;
  return { ...rest, id: `fixture-${count}-at-${passMark}`, passMark, questions: tenQuestionQuiz.questions.slice(0, count) };
}

describe('fixtures', () => {
  it.each(Object.entries(allQuizFixtures))('%s is a complete quiz as quizSchema outputs it', (_name, quiz) => {
    const result = parseWith(quizSchema, quiz);
    expect(result.ok ? undefined : result.problems).toBeUndefined();
    if (result.ok) expect(result.value).toEqual(quiz);
  });
});

describe('QuizSession: starting', () => {
  it('begins on the intro with no current question', () => {
    const session = new QuizSession(threeQuestionQuiz, { seed: 1 });
    expect(session.phase).toBe('intro');
    expect(session.current).toBeUndefined();
    expect(session.canCheck).toBe(false);
    expect(session.canGoNext).toBe(false);
  });

  it('start() moves to the first question', () => {
    const session = startedSession();
    expect(session.phase).toBe('question');
    expect(session.position).toBe(0);
    expect(session.current?.id).toBe('who-to-tell');
  });

  it('start() does nothing once started', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    session.start();
    expect(session.phase).toBe('question');
    expect(session.position).toBe(1);
    expect(session.answerOf(questionOf(threeQuestionQuiz, 'who-to-tell')).checked).toBe(true);
  });
});

describe('QuizSession: selecting', () => {
  it('a single-choice selection replaces the previous one', () => {
    const session = startedSession();
    session.select('tell-nobody');
    session.select('tell-dsl');
    expect(session.answerOf(session.current!).selected).toEqual(['tell-dsl']);
  });

  it('unchoosing a single-choice option clears the selection', () => {
    const session = startedSession();
    session.select('tell-dsl');
    session.select('tell-dsl', false);
    expect(session.answerOf(session.current!).selected).toEqual([]);
  });

  it('a multiple-choice selection toggles options, without duplicates', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    expect(session.current?.type).toBe('multiple');
    session.select('gifts');
    session.select('secrecy');
    session.select('gifts');
    expect(session.answerOf(session.current!).selected).toEqual(['gifts', 'secrecy']);
    session.select('gifts', false);
    expect(session.answerOf(session.current!).selected).toEqual(['secrecy']);
  });

  it('a true-false selection replaces the previous one', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    answer(session, ['gifts']);
    session.next();
    expect(session.current?.type).toBe('true-false');
    session.select('true');
    session.select('false');
    expect(session.answerOf(session.current!).selected).toEqual(['false']);
  });

  it('ignores an unknown option and an option of another question', () => {
    const session = startedSession();
    session.select('no-such-option');
    session.select('gifts');
    expect(session.answerOf(session.current!).selected).toEqual([]);
  });

  it('ignores selection once the answer is checked', () => {
    const session = startedSession();
    answer(session, ['tell-nobody']);
    session.select('tell-dsl');
    session.select('tell-nobody', false);
    expect(session.answerOf(session.current!)).toEqual({ selected: ['tell-nobody'], checked: true, solutionShown: false });
  });

  it('ignores selection on the intro', () => {
    const session = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => 0 });
    session.select('tell-dsl');
    expect(session.answerOf(questionOf(threeQuestionQuiz, 'who-to-tell')).selected).toEqual([]);
    expect(session.snapshot().answers).toEqual({});
  });

  it('ignores selection on the results', () => {
    const session = startedSession();
    playToEnd(session, (q) => wrongIds(q).slice(0, 1));
    const first = questionOf(threeQuestionQuiz, 'who-to-tell');
    const before = session.answerOf(first);
    session.select('tell-dsl');
    expect(session.answerOf(first)).toEqual(before);
    expect(session.score().raw).toBe(0);
  });
});

describe('QuizSession: checking', () => {
  it('cannot check with nothing selected', () => {
    const session = startedSession();
    expect(session.canCheck).toBe(false);
    expect(session.check()).toBeUndefined();
    expect(session.answerOf(session.current!).checked).toBe(false);
  });

  it('cannot check a multiple-choice answer once every option is unticked again', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    session.select('gifts');
    session.select('gifts', false);
    expect(session.canCheck).toBe(false);
  });

  it('check() returns the result and locks the answer', () => {
    const session = startedSession();
    session.select('tell-dsl');
    expect(session.canCheck).toBe(true);
    expect(session.check()).toEqual({ correct: true, score: 1, max: 1, verdict: 'right' });
    expect(session.answerOf(session.current!).checked).toBe(true);
    expect(session.canCheck).toBe(false);
    expect(session.check()).toBeUndefined();
  });

  it('resultOf() is undefined until the answer is checked', () => {
    const session = startedSession();
    session.select('tell-nobody');
    expect(session.resultOf(session.current!)).toBeUndefined();
    session.check();
    expect(session.resultOf(session.current!)).toEqual({ correct: false, score: 0, max: 1, verdict: 'wrong' });
  });

  it('cannot check on the intro', () => {
    const session = new QuizSession(threeQuestionQuiz, { seed: 1 });
    expect(session.check()).toBeUndefined();
  });
});

describe('QuizSession: moving on', () => {
  it('next() does nothing before the answer is checked', () => {
    const session = startedSession();
    session.next();
    session.select('tell-dsl');
    expect(session.canGoNext).toBe(false);
    session.next();
    expect(session.position).toBe(0);
  });

  it('next() moves to the following question after checking', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    expect(session.canGoNext).toBe(true);
    session.next();
    expect(session.position).toBe(1);
    expect(session.current?.id).toBe('warning-signs');
  });

  it('next() on the last question shows the results', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    answer(session, ['gifts', 'secrecy']);
    session.next();
    expect(session.isLast).toBe(true);
    answer(session, ['false']);
    session.next();
    expect(session.phase).toBe('results');
    expect(session.current).toBeUndefined();
    session.next();
    expect(session.phase).toBe('results');
  });
});

describe('QuizSession: retrying a question', () => {
  it('clears a wrong answer when the quiz allows retrying', () => {
    const session = startedSession();
    answer(session, ['tell-nobody']);
    expect(session.canRetryQuestion).toBe(true);
    session.retryQuestion();
    expect(session.answerOf(session.current!)).toEqual({ selected: [], checked: false, solutionShown: false });
    expect(answer(session, ['tell-dsl'])).toEqual({ correct: true, score: 1, max: 1, verdict: 'right' });
    expect(session.score().raw).toBe(1);
  });

  it('does nothing on a right answer', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    expect(session.canRetryQuestion).toBe(false);
    session.retryQuestion();
    expect(session.answerOf(session.current!).checked).toBe(true);
  });

  it('does nothing before checking', () => {
    const session = startedSession();
    session.select('tell-nobody');
    expect(session.canRetryQuestion).toBe(false);
    session.retryQuestion();
    expect(session.answerOf(session.current!).selected).toEqual(['tell-nobody']);
  });

  it('does nothing when the quiz does not allow retrying', () => {
    const session = startedSession(noRetryQuiz);
    answer(session, ['tell-nobody']);
    expect(session.canRetryQuestion).toBe(false);
    session.retryQuestion();
    expect(session.answerOf(session.current!)).toEqual({ selected: ['tell-nobody'], checked: true, solutionShown: false });
  });

  it('does nothing once the solution was shown', () => {
    const session = startedSession();
    answer(session, ['tell-nobody']);
    session.showSolution();
    expect(session.canRetryQuestion).toBe(false);
    session.retryQuestion();
    expect(session.answerOf(session.current!).checked).toBe(true);
  });
});

describe('QuizSession: showing the solution', () => {
  it('marks the solution shown, keeping the learner’s selection and score', () => {
    const session = startedSession();
    answer(session, ['tell-nobody']);
    expect(session.canShowSolution).toBe(true);
    session.showSolution();
    expect(session.answerOf(session.current!)).toEqual({ selected: ['tell-nobody'], checked: true, solutionShown: true });
    expect(session.resultOf(session.current!)).toEqual({ correct: false, score: 0, max: 1, verdict: 'wrong' });
    expect(session.score().raw).toBe(0);
    expect(session.canShowSolution).toBe(false);
    expect(session.canGoNext).toBe(true);
  });

  it('does nothing on a right answer', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    expect(session.canShowSolution).toBe(false);
    session.showSolution();
    expect(session.answerOf(session.current!).solutionShown).toBe(false);
  });

  it('does nothing before checking', () => {
    const session = startedSession();
    session.select('tell-nobody');
    session.showSolution();
    expect(session.answerOf(session.current!).solutionShown).toBe(false);
  });

  it('does nothing when the quiz does not show solutions', () => {
    const session = startedSession(noRetryQuiz);
    answer(session, ['tell-nobody']);
    expect(session.canShowSolution).toBe(false);
    session.showSolution();
    expect(session.answerOf(session.current!).solutionShown).toBe(false);
  });
});

describe('QuizSession: retrying the quiz', () => {
  it('clears the answers, reshuffles with another seed and goes back to the first question', () => {
    const session = startedSession(tenQuestionQuiz, { seed: 7 });
    const orderBefore = session.questions.map((q) => q.id);
    const seedBefore = session.snapshot().seed;
    playToEnd(session, (q) => rightIds(q));
    expect(session.score().raw).toBe(10);

    session.retryQuiz();
    expect(session.phase).toBe('question');
    expect(session.position).toBe(0);
    expect(session.snapshot().seed).not.toBe(seedBefore);
    expect(session.snapshot().answers).toEqual({});
    for (const question of session.questions) expect(session.answerOf(question).checked).toBe(false);
    expect(session.score()).toMatchObject({ raw: 0, correctQuestions: 0 });
    expect(session.questions.map((q) => q.id)).not.toEqual(orderBefore);
    // The new order is the one a fresh session with the new seed gets.
    const fresh = new QuizSession(tenQuestionQuiz, { seed: session.snapshot().seed });
    expect(session.questions.map((q) => q.id)).toEqual(fresh.questions.map((q) => q.id));
  });

  it('does nothing on the results when the quiz does not allow retrying', () => {
    const session = startedSession(noRetryQuiz);
    playToEnd(session, (q) => rightIds(q));
    const before = session.snapshot();
    session.retryQuiz();
    expect(session.phase).toBe('results');
    expect(session.snapshot()).toEqual(before);
    expect(session.score().raw).toBe(3);
  });
});

describe('scoreQuestion', () => {
  const single = questionOf(threeQuestionQuiz, 'who-to-tell');
  const multiple = questionOf(threeQuestionQuiz, 'warning-signs');
  const trueFalse = questionOf(threeQuestionQuiz, 'child-to-blame');
  // The shape of several stop-2-quiz questions: 3 right options out of 5.
  const mostlyRight: QuizQuestion = {
    ...multiple,
    id: 'mostly-right',
    options: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, text: { en: id }, correct: i < 3, feedback: { en: id } })),
  };

  it.each([
    ['single, right', single, ['tell-dsl'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['single, wrong', single, ['tell-nobody'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['multiple, all right', multiple, ['gifts', 'secrecy'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['multiple, all right in another order', multiple, ['secrecy', 'gifts'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['multiple, partly right', multiple, ['gifts'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['multiple, right ones and a wrong one', multiple, ['gifts', 'secrecy', 'sport'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['multiple, all ticked', multiple, ['gifts', 'homework', 'secrecy', 'sport'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['multiple, nothing', multiple, [], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['true-false, right', trueFalse, ['false'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['true-false, wrong', trueFalse, ['true'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
  ] as const)('per question: %s', (_name, question, selected, expected) => {
    expect(scoreQuestion(question, selected, 'per-question')).toEqual(expected);
  });

  it.each([
    ['single, right', single, ['tell-dsl'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['single, wrong', single, ['tell-nobody'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
    ['multiple, all right', multiple, ['gifts', 'secrecy'], { correct: true, score: 2, max: 2, verdict: 'right' }],
    ['multiple, partly right', multiple, ['gifts'], { correct: false, score: 1, max: 2, verdict: 'partly' }],
    ['multiple, one hit and one miss', multiple, ['gifts', 'sport'], { correct: false, score: 0, max: 2, verdict: 'wrong' }],
    ['multiple, right ones and a wrong one', multiple, ['gifts', 'secrecy', 'sport'], { correct: false, score: 1, max: 2, verdict: 'partly' }],
    ['multiple, all ticked', multiple, ['gifts', 'homework', 'secrecy', 'sport'], { correct: false, score: 0, max: 2, verdict: 'wrong' }],
    ['multiple, only wrong ones (never below 0)', multiple, ['homework', 'sport'], { correct: false, score: 0, max: 2, verdict: 'wrong' }],
    ['multiple, nothing', multiple, [], { correct: false, score: 0, max: 2, verdict: 'wrong' }],
    ['3 of 5 right, all ticked: hits - misses = 1', mostlyRight, ['a', 'b', 'c', 'd', 'e'], { correct: false, score: 1, max: 3, verdict: 'partly' }],
    ['true-false, right', trueFalse, ['false'], { correct: true, score: 1, max: 1, verdict: 'right' }],
    ['true-false, wrong', trueFalse, ['true'], { correct: false, score: 0, max: 1, verdict: 'wrong' }],
  ] as const)('per option: %s', (_name, question, selected, expected) => {
    expect(scoreQuestion(question, selected, 'per-option')).toEqual(expected);
  });
});

describe('QuizSession.score', () => {
  it('adds up per-option points across the quiz', () => {
    const session = startedSession(perOptionQuiz);
    playToEnd(session, (_q, i) => [['tell-dsl'], ['gifts'], ['true']][i]!);
    expect(session.score()).toEqual({
      raw: 2,
      max: 4,
      scaled: 0.5,
      correctQuestions: 1,
      totalQuestions: 3,
      passed: false,
      band: 1,
    });
  });

  it('counts unchecked questions as 0 but keeps their maximum (per question)', () => {
    const session = startedSession();
    answer(session, ['tell-dsl']);
    session.next();
    session.select('gifts');
    session.select('secrecy'); // right, but not checked: earns nothing yet
    expect(session.score()).toEqual({
      raw: 1,
      max: 3,
      scaled: 1 / 3,
      correctQuestions: 1,
      totalQuestions: 3,
      passed: false,
      band: 0,
    });
  });

  it('counts unchecked questions as 0 but keeps their maximum (per option)', () => {
    const session = startedSession(perOptionQuiz);
    answer(session, ['tell-dsl']);
    expect(session.score()).toMatchObject({ raw: 1, max: 4, scaled: 0.25, correctQuestions: 1, totalQuestions: 3 });
  });

  it('is zero out of the whole quiz before starting', () => {
    const session = new QuizSession(perOptionQuiz, { seed: 1 });
    expect(session.score()).toEqual({
      raw: 0,
      max: 4,
      scaled: 0,
      correctQuestions: 0,
      totalQuestions: 3,
      passed: false,
      band: 0,
    });
  });
});

describe('pass mark', () => {
  const playWithRight = (quiz: Quiz, rightCount: number) => {
    const session = startedSession(quiz);
    playToEnd(session, (q, i) => (i < rightCount ? rightIds(q) : wrongIds(q).slice(0, 1)));
    return session.score();
  };

  it('3 of 5 (60%) passes a pass mark of 60; 2 of 5 fails', () => {
    const quiz = singleChoiceQuiz(5, 60);
    expect(playWithRight(quiz, 3)).toMatchObject({ raw: 3, scaled: 0.6, passed: true });
    expect(playWithRight(quiz, 2)).toMatchObject({ raw: 2, passed: false });
  });

  it('7 of 10 (70%) passes a pass mark of 70; 6 of 10 fails', () => {
    const quiz = singleChoiceQuiz(10, 70);
    expect(playWithRight(quiz, 7)).toMatchObject({ raw: 7, passed: true });
    expect(playWithRight(quiz, 6)).toMatchObject({ raw: 6, passed: false });
  });

  it('a pass mark of 0 is passed with nothing right', () => {
    expect(playWithRight(singleChoiceQuiz(5, 0), 0)).toMatchObject({ raw: 0, scaled: 0, passed: true });
  });

  it('a pass mark of 100 needs every answer right', () => {
    const quiz = singleChoiceQuiz(10, 100);
    expect(playWithRight(quiz, 10)).toMatchObject({ scaled: 1, passed: true });
    expect(playWithRight(quiz, 9)).toMatchObject({ passed: false });
  });

  it.each([
    [3 / 5, 60, true],
    [0.5999, 60, false],
    [7 / 10, 70, true],
    [0.6999, 70, false],
    [57 / 100, 57, true], // 0.57 * 100 = 56.99999999999999
    [29 / 100, 29, true], // 0.29 * 100 = 28.999999999999996
    [14 / 100, 14, true],
    [1 / 3, 33.33, true],
    [1 / 3, 33.34, false],
    [0, 0, true],
    [1, 100, true],
    [0.99, 100, false],
    [0.4999, 50, false],
    [0.5, 50, true],
    [0.8, 80, true],
  ])('passes(%d, %d) is %s', (scaled, passMark, expected) => {
    expect(passes(scaled, passMark)).toBe(expected);
  });
});

describe('bandFor', () => {
  const { bands } = threeQuestionQuiz; // from 0, 50, 60 (the pass mark) and 80 percent

  it.each([
    [0, 0],
    [0.4999, 0],
    [0.5, 1],
    [0.5999, 1],
    [0.6, 2],
    [0.7999, 2],
    [0.8, 3],
    [1, 3],
  ])('a score of %d falls in band %d', (scaled, band) => {
    expect(bandFor(scaled, bands)).toBe(band);
  });

  it('reaches a band exactly at its minimum despite floating point (57% and 29%)', () => {
    const oddBands = [0, 29, 57].map((min) => ({ min, feedback: { en: `from ${min}` } }));
    expect(bandFor(0.2899, oddBands)).toBe(0);
    expect(bandFor(29 / 100, oddBands)).toBe(1);
    expect(bandFor(57 / 100, oddBands)).toBe(2);
  });

  it('is the band reported by score()', () => {
    const session = startedSession();
    playToEnd(session, (q, i) => (i < 2 ? rightIds(q) : wrongIds(q).slice(0, 1)));
    expect(session.score()).toMatchObject({ scaled: 2 / 3, band: 2, passed: true });
  });
});

describe('QuizSession.durationMs', () => {
  it('counts from start() with the injected clock', () => {
    let t = 1_000;
    const session = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    t = 5_000;
    expect(session.durationMs()).toBe(0);
    session.start();
    t = 12_500;
    expect(session.durationMs()).toBe(7_500);
  });

  it('continues across snapshot and restore', () => {
    let t = 0;
    const first = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    first.start();
    t = 40_000;
    const snapshot = first.snapshot();
    expect(snapshot.elapsedMs).toBe(40_000);

    t = 9_000_000; // a later visit: the time away does not count
    const second = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    second.restore(snapshot);
    expect(second.durationMs()).toBe(40_000);
    t += 25_500;
    expect(second.durationMs()).toBe(65_500);
  });

  it('does not run after restoring a session still on the intro', () => {
    let t = 0;
    const session = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    session.restore({ seed: 1, phase: 'intro', position: 0, answers: {}, elapsedMs: 0 });
    t = 10_000;
    expect(session.durationMs()).toBe(0);
  });

  it('starts again from zero when the quiz is retried', () => {
    let t = 0;
    const session = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    session.start();
    playToEnd(session, (q) => wrongIds(q).slice(0, 1));
    t = 30_000;
    session.retryQuiz();
    t = 31_000;
    expect(session.durationMs()).toBe(1_000);
  });
});

describe('the real quizzes', () => {
  const folder = new URL('../../content/data/quizzes/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

  it('are there to play', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    const result = parseWith(quizSchema, JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
    if (!result.ok) throw new Error(`${file} does not parse: ${result.problems.map((p) => p.message).join('; ')}`);
    const quiz = result.value;

    it('every answer right: full score, passed', () => {
      const session = startedSession(quiz, { seed: 42 });
      playToEnd(session, (q) => rightIds(q));
      expect(session.score()).toMatchObject({
        scaled: 1,
        passed: true,
        correctQuestions: quiz.questions.length,
        totalQuestions: quiz.questions.length,
        band: quiz.bands.length - 1,
      });
    });

    it('every answer wrong: nothing scored, failed', () => {
      const session = startedSession(quiz, { seed: 42 });
      playToEnd(session, (q) => (q.type === 'multiple' ? wrongIds(q) : wrongIds(q).slice(0, 1)));
      expect(session.score()).toMatchObject({ raw: 0, scaled: 0, passed: false, correctQuestions: 0, band: 0 });
    });
  });
});

describe('QuizSession.optionViews', () => {
  const views = (session: QuizSession) =>
    session.optionViews(session.current!).map(({ option, chosen, mark, feedback }) => ({ id: option.id, chosen, mark, feedback }));

  it('marks nothing and shows no feedback before Check', () => {
    const session = startedSession(perOptionQuiz);
    session.select('tell-nobody');
    expect(views(session).find((v) => v.id === 'tell-nobody')).toEqual({ id: 'tell-nobody', chosen: true, mark: undefined, feedback: false });
    expect(views(session).every((v) => v.mark === undefined && !v.feedback)).toBe(true);
  });

  it('after a wrong Check, marks the chosen option wrong, shows its feedback only, and does not give the answer away', () => {
    const session = startedSession(perOptionQuiz);
    session.select('tell-nobody');
    session.check();
    const shown = views(session).filter((v) => v.mark !== undefined || v.feedback);
    expect(shown).toEqual([{ id: 'tell-nobody', chosen: true, mark: 'wrong', feedback: true }]);
  });

  it('after Show the answer, adds the right option as the solution, with its feedback', () => {
    const session = startedSession(perOptionQuiz);
    session.select('tell-nobody');
    session.check();
    session.showSolution();
    const shown = views(session).filter((v) => v.mark !== undefined);
    expect(shown).toEqual(
      expect.arrayContaining([
        { id: 'tell-nobody', chosen: true, mark: 'wrong', feedback: true },
        { id: 'tell-dsl', chosen: false, mark: 'solution', feedback: true },
      ]),
    );
    expect(shown).toHaveLength(2);
  });
});

describe('rightOptions', () => {
  it('names the right options in the content’s order', () => {
    expect(rightOptions(questionOf(threeQuestionQuiz, 'warning-signs')).map((o) => o.id)).toEqual(['gifts', 'secrecy']);
  });
});
