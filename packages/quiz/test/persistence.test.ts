import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuizSession } from '../src/model/quiz-session.js';
import { SAVE_VERSION, parseSaved, toSaved, type SavedQuiz } from '../src/model/persistence.js';
import { shuffledQuiz, tenQuestionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

/** What a session looks like from outside: everything the learner would notice after a reload. */
const visible = (session: QuizSession) => ({
  phase: session.phase,
  position: session.position,
  current: session.current?.id,
  order: session.questions.map((q) => q.id),
  options: session.questions.map((q) => session.optionsOf(q).map((o) => o.id)),
  answers: session.questions.map((q) => session.answerOf(q)),
  score: session.score(),
});

/** Saves a session as `persist` would (JSON) and reads it back into a new session. */
function reload(session: QuizSession): QuizSession {
  const stored = JSON.stringify(toSaved(session.quiz, session.snapshot()));
  const snapshot = parseSaved(JSON.parse(stored), session.quiz);
  expect(snapshot).toBeDefined();
  const restored = new QuizSession(session.quiz, { seed: 999, now: () => 0 });
  restored.restore(snapshot!);
  return restored;
}

/** A valid save of shuffledQuiz, on the 2nd question, the 1st answered wrong with the solution shown. */
function validSave(): SavedQuiz {
  const session = new QuizSession(shuffledQuiz, { seed: 5, now: () => 0 });
  session.start();
  const first = session.current!;
  session.select(first.options.find((o) => !o.correct)!.id);
  session.check();
  session.showSolution();
  session.next();
  session.select(session.current!.options[0]!.id);
  return JSON.parse(JSON.stringify(toSaved(shuffledQuiz, session.snapshot()))) as SavedQuiz;
}

describe('toSaved', () => {
  it('adds the version and the quiz id to the snapshot', () => {
    const session = new QuizSession(threeQuestionQuiz, { seed: 3, now: () => 0 });
    expect(toSaved(threeQuestionQuiz, session.snapshot())).toEqual({
      v: SAVE_VERSION,
      quizId: 'fixture-three-questions',
      seed: 3,
      phase: 'intro',
      position: 0,
      answers: {},
      elapsedMs: 0,
    });
  });
});

describe('save and restore', () => {
  it('gives back the phase, position, answers and order in the middle of a quiz', () => {
    const session = new QuizSession(shuffledQuiz, { seed: 5, now: () => 0 });
    session.start();
    const first = session.current!;
    session.select(first.options.find((o) => !o.correct)!.id);
    session.check();
    session.showSolution();
    session.next();
    session.select(session.current!.options[0]!.id); // selected, not checked
    expect(visible(reload(session))).toEqual(visible(session));
  });

  it('gives back the intro', () => {
    const session = new QuizSession(tenQuestionQuiz, { seed: 11, now: () => 0 });
    expect(visible(reload(session))).toEqual(visible(session));
  });

  it('gives back the results', () => {
    const session = new QuizSession(tenQuestionQuiz, { seed: 11, now: () => 0 });
    session.start();
    for (let i = 0; i < 10; i++) {
      session.select('right');
      session.check();
      session.next();
    }
    expect(session.phase).toBe('results');
    const restored = reload(session);
    expect(visible(restored)).toEqual(visible(session));
    expect(restored.score()).toMatchObject({ raw: 10, passed: true });
  });

  it('a restored session carries on where it stopped', () => {
    const session = new QuizSession(tenQuestionQuiz, { seed: 11, now: () => 0 });
    session.start();
    session.select('right');
    session.check();
    session.next();
    const restored = reload(session);
    expect(restored.position).toBe(1);
    restored.select('wrong-a');
    expect(restored.check()).toEqual({ correct: false, score: 0, max: 1, verdict: 'wrong' });
    restored.next();
    expect(restored.position).toBe(2);
    expect(restored.score()).toMatchObject({ raw: 1, correctQuestions: 1 });
  });

  // The element's `seed` attribute is any Number (seed="-1", seed="2.5", seed="x" gives NaN),
  // and seededRandom() uses `seed >>> 0`; parseSaved only trusts non-negative integer seeds.
  it.each([-1, 2.5, Number.NaN])('a session seeded with %d saves progress that can be restored', (seed) => {
    const session = new QuizSession(tenQuestionQuiz, { seed, now: () => 0 });
    session.start();
    session.select('right');
    session.check();
    session.next();
    const snapshot = parseSaved(JSON.parse(JSON.stringify(toSaved(tenQuestionQuiz, session.snapshot()))), tenQuestionQuiz);
    expect(snapshot).toBeDefined();
    const restored = new QuizSession(tenQuestionQuiz, { now: () => 0 });
    restored.restore(snapshot!);
    expect(visible(restored)).toEqual(visible(session));
  });

  it('parseSaved keeps a valid save as it was', () => {
    const saved = validSave();
    const { v: _v, quizId: _quizId, ...snapshot } = saved;
    expect(parseSaved(saved, shuffledQuiz)).toEqual(snapshot);
  });
});

describe('parseSaved ignores a save it cannot trust', () => {
  type Change = (save: Record<string, unknown> & SavedQuiz) => unknown;
  const firstAnswer = (save: SavedQuiz) => Object.values(save.answers)[0]!;

  it.each<[string, Change]>([
    ['null', () => null],
    ['a string', () => 'progress'],
    ['a number', () => 42],
    ['an array', (save) => [save]],
    ['another version', (save) => ({ ...save, v: SAVE_VERSION + 1 })],
    ['no version', ({ v: _v, ...save }) => save],
    ['another quiz id', (save) => ({ ...save, quizId: 'fixture-three-questions' })],
    ['a negative seed', (save) => ({ ...save, seed: -1 })],
    ['a float seed', (save) => ({ ...save, seed: 1.5 })],
    ['a seed as a string', (save) => ({ ...save, seed: '5' })],
    ['a negative position', (save) => ({ ...save, position: -1 })],
    ['a float position', (save) => ({ ...save, position: 0.5 })],
    ['a position past the last question', (save) => ({ ...save, position: shuffledQuiz.questions.length })],
    ['a position as a string', (save) => ({ ...save, position: '1' })],
    ['an unknown phase', (save) => ({ ...save, phase: 'finished' })],
    ['no phase', ({ phase: _phase, ...save }) => save],
    ['answers that are not an object', (save) => ({ ...save, answers: [] })],
    ['an unknown question id', (save) => ({ ...save, answers: { ...save.answers, 'no-such-question': firstAnswer(save) } })],
    ['an answer that is not an object', (save) => ({ ...save, answers: { 'who-to-tell': 'tell-dsl' } })],
    ['selected that is not an array', (save) => ({ ...save, answers: { 'who-to-tell': { selected: 'tell-dsl', checked: false, solutionShown: false } } })],
    ['an unknown option id', (save) => ({ ...save, answers: { 'who-to-tell': { selected: ['no-such-option'], checked: false, solutionShown: false } } })],
    ['an option of another question', (save) => ({ ...save, answers: { 'who-to-tell': { selected: ['gifts'], checked: false, solutionShown: false } } })],
    ['a selected id that is not a string', (save) => ({ ...save, answers: { 'warning-signs': { selected: [1], checked: false, solutionShown: false } } })],
    [
      'two selections for a single-choice question',
      (save) => ({ ...save, answers: { 'who-to-tell': { selected: ['tell-dsl', 'tell-nobody'], checked: false, solutionShown: false } } }),
    ],
    [
      'two selections for a true-false question',
      (save) => ({ ...save, answers: { 'child-to-blame': { selected: ['true', 'false'], checked: true, solutionShown: false } } }),
    ],
    ['a non-boolean checked', (save) => ({ ...save, answers: { 'who-to-tell': { selected: ['tell-dsl'], checked: 'yes', solutionShown: false } } })],
    ['a missing solutionShown', (save) => ({ ...save, answers: { 'who-to-tell': { selected: ['tell-dsl'], checked: true } } })],
    ['a NaN elapsedMs', (save) => ({ ...save, elapsedMs: Number.NaN })],
    ['a negative elapsedMs', (save) => ({ ...save, elapsedMs: -1 })],
    ['a null elapsedMs (what JSON makes of NaN)', (save) => ({ ...save, elapsedMs: null })],
    ['an elapsedMs as a string', (save) => ({ ...save, elapsedMs: '100' })],
  ])('%s', (_name, change) => {
    const save = validSave() as Record<string, unknown> & SavedQuiz;
    expect(parseSaved(save, shuffledQuiz)).toBeDefined(); // the change alone makes it untrustworthy
    const corrupt = change(save);
    expect(() => parseSaved(corrupt, shuffledQuiz)).not.toThrow();
    expect(parseSaved(corrupt, shuffledQuiz)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (raw) => {
        expect(() => parseSaved(raw, shuffledQuiz)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on saves that look almost right', () => {
    const almost = fc.record(
      {
        v: fc.oneof(fc.constant(SAVE_VERSION), fc.anything()),
        quizId: fc.oneof(fc.constant(shuffledQuiz.id), fc.string()),
        seed: fc.oneof(fc.nat(), fc.anything()),
        phase: fc.oneof(fc.constantFrom('intro', 'question', 'results'), fc.anything()),
        position: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double(), fc.anything()),
        elapsedMs: fc.oneof(fc.double(), fc.anything()),
        answers: fc.oneof(
          fc.dictionary(
            fc.constantFrom('who-to-tell', 'warning-signs', 'child-to-blame', '__proto__', 'constructor', 'x'),
            fc.oneof(
              fc.record(
                {
                  selected: fc.oneof(fc.array(fc.constantFrom('tell-dsl', 'gifts', 'true', 'false', 'x')), fc.anything()),
                  checked: fc.oneof(fc.boolean(), fc.anything()),
                  solutionShown: fc.oneof(fc.boolean(), fc.anything()),
                },
                { requiredKeys: [] },
              ),
              fc.anything(),
            ),
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(almost, (raw) => {
        let result: unknown;
        expect(() => (result = parseSaved(raw, shuffledQuiz))).not.toThrow();
        if (result !== undefined) {
          // Whatever is accepted can be restored without surprises.
          const session = new QuizSession(shuffledQuiz, { now: () => 0 });
          expect(() => session.restore(result as never)).not.toThrow();
          expect(() => session.score()).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});
