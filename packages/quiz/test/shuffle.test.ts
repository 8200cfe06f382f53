import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '@childrensafe/content';
import { QuizSession } from '../src/model/quiz-session.js';
import { seededRandom, shuffled } from '../src/model/shuffle.js';
import { shuffledQuiz, tenQuestionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** What a learner sees: the questions in order, each with its options in order. */
const layout = (quiz: Quiz, seedValue: number) => {
  const session = new QuizSession(quiz, { seed: seedValue });
  return session.questions.map((q) => ({ id: q.id, options: session.optionsOf(q).map((o) => o.id) }));
};
const contentLayout = (quiz: Quiz) => quiz.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) }));

describe('seededRandom', () => {
  it('returns values in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (s) => {
        const random = seededRandom(s);
        for (let i = 0; i < 200; i++) {
          const value = random();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = seededRandom(s);
        const b = seededRandom(s);
        expect(Array.from({ length: 20 }, a)).toEqual(Array.from({ length: 20 }, b));
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(Array.from({ length: 5 }, seededRandom(1))).not.toEqual(Array.from({ length: 5 }, seededRandom(2)));
  });
});

describe('shuffled', () => {
  it('never loses or duplicates an item, and leaves the input as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), seed, (items, s) => {
        const copy = [...items];
        const out = shuffled(items, seededRandom(s));
        expect(items).toEqual(copy);
        expect(out).not.toBe(items);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps an empty or one-item list as it is', () => {
    expect(shuffled([], seededRandom(1))).toEqual([]);
    expect(shuffled(['only'], seededRandom(1))).toEqual(['only']);
  });

  it('can put any item first (the random index reaches both ends)', () => {
    const firsts = new Set<string>();
    for (let s = 0; s < 200; s++) firsts.add(shuffled(['a', 'b', 'c', 'd'], seededRandom(s))[0]!);
    expect([...firsts].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('QuizSession ordering', () => {
  it('the same seed gives the same question and option order in two sessions', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(layout(tenQuestionQuiz, s)).toEqual(layout(tenQuestionQuiz, s));
      }),
    );
  });

  it('different seeds give different question orders for a 10-question quiz', () => {
    const orders = [1, 2, 3, 4, 5].map((s) =>
      layout(tenQuestionQuiz, s)
        .map((q) => q.id)
        .join(' '),
    );
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('actually shuffles: some seed moves questions and options away from the content order', () => {
    expect(layout(tenQuestionQuiz, 1).map((q) => q.id)).not.toEqual(tenQuestionQuiz.questions.map((q) => q.id));
    const optionOrders = new Set(layout(tenQuestionQuiz, 1).map((q) => q.options.join(' ')));
    expect(optionOrders.size).toBeGreaterThan(1);
  });

  it('every question and option is still there, once each', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const sortIds = (l: ReturnType<typeof contentLayout>) =>
          l.map((q) => ({ id: q.id, options: [...q.options].sort() })).sort((a, b) => a.id.localeCompare(b.id));
        expect(sortIds(layout(shuffledQuiz, s))).toEqual(sortIds(contentLayout(shuffledQuiz)));
      }),
    );
  });

  it('never shuffles true-false options', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const trueFalse = layout(shuffledQuiz, s).find((q) => q.id === 'child-to-blame');
        expect(trueFalse?.options).toEqual(['true', 'false']);
      }),
    );
  });

  it('keeps the content’s order when the quiz does not shuffle', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(layout(threeQuestionQuiz, s)).toEqual(contentLayout(threeQuestionQuiz));
      }),
    );
  });

  it('shuffles only options when only options are shuffled', () => {
    const quiz: Quiz = { ...tenQuestionQuiz, shuffle: { options: true } };
    expect(layout(quiz, 1).map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(new Set(layout(quiz, 1).map((q) => q.options.join(' '))).size).toBeGreaterThan(1);
  });

  it('shuffles only questions when only questions are shuffled', () => {
    const quiz: Quiz = { ...tenQuestionQuiz, shuffle: { questions: true } };
    expect(layout(quiz, 1).map((q) => q.id)).not.toEqual(quiz.questions.map((q) => q.id));
    for (const question of layout(quiz, 1)) expect(question.options).toEqual(['right', 'wrong-a', 'wrong-b']);
  });

  it('the current question follows the shuffled order', () => {
    const session = new QuizSession(tenQuestionQuiz, { seed: 3 });
    session.start();
    expect(session.current).toBe(session.questions[0]);
  });
});
