import { describe, expect, it } from 'vitest';
import type { Quiz, QuizQuestion } from '@childrensafe/content';
import { QuizSession } from '../src/model/quiz-session.js';
import { activityId, answeredStatement, completedStatement, isoDuration } from '../src/model/xapi.js';
import { perOptionQuiz, threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

const questionOf = (quiz: Quiz, id: string): QuizQuestion => quiz.questions.find((q) => q.id === id)!;
const single = questionOf(threeQuestionQuiz, 'who-to-tell');
const optionText = (id: string) => single.options.find((o) => o.id === id)?.text;
const multiple = questionOf(threeQuestionQuiz, 'warning-signs');
const trueFalse = questionOf(threeQuestionQuiz, 'child-to-blame');

describe('activityId', () => {
  it('names the quiz, and a question within it', () => {
    expect(activityId(threeQuestionQuiz)).toBe('urn:childrensafe:quiz:fixture-three-questions');
    expect(activityId(threeQuestionQuiz, single)).toBe('urn:childrensafe:quiz:fixture-three-questions:who-to-tell');
  });
});

describe('answeredStatement', () => {
  it('describes a single-choice answer', () => {
    const statement = answeredStatement(threeQuestionQuiz, single, ['tell-nobody'], { correct: false, score: 0, max: 1, verdict: 'wrong' });
    expect(statement).toEqual({
      verb: { id: ANSWERED, display: { 'en-US': 'answered' } },
      object: {
        id: 'urn:childrensafe:quiz:fixture-three-questions:who-to-tell',
        objectType: 'Activity',
        definition: {
          name: single.prompt,
          type: INTERACTION,
          interactionType: 'choice',
          correctResponsesPattern: ['tell-dsl'],
          // Every option, in the content's order, its id with its text in every language.
          choices: [
            { id: 'tell-nobody', description: optionText('tell-nobody') },
            { id: 'tell-dsl', description: optionText('tell-dsl') },
            { id: 'tell-parents', description: optionText('tell-parents') },
          ],
        },
      },
      result: {
        score: { raw: 0, min: 0, max: 1, scaled: 0 },
        success: false,
        response: 'tell-nobody',
      },
    });
  });

  it('describes a multiple-choice answer, right options joined with [,]', () => {
    const statement = answeredStatement(perOptionQuiz, multiple, ['gifts', 'secrecy'], { correct: true, score: 2, max: 2, verdict: 'right' });
    expect(statement.verb.id).toBe(ANSWERED);
    expect(statement.object.id).toBe('urn:childrensafe:quiz:fixture-per-option:warning-signs');
    expect(statement.object.definition.interactionType).toBe('choice');
    expect(statement.object.definition.correctResponsesPattern).toEqual(['gifts[,]secrecy']);
    expect(statement.object.definition.choices?.map((c) => c.id)).toEqual(['gifts', 'homework', 'secrecy', 'sport']);
    expect(statement.result).toEqual({ score: { raw: 2, min: 0, max: 2, scaled: 1 }, success: true, response: 'gifts[,]secrecy' });
  });

  it('scales a partly right per-option answer', () => {
    const statement = answeredStatement(perOptionQuiz, multiple, ['gifts'], { correct: false, score: 1, max: 2, verdict: 'partly' });
    expect(statement.result).toEqual({ score: { raw: 1, min: 0, max: 2, scaled: 0.5 }, success: false, response: 'gifts' });
  });

  it('describes a true-false answer, without choices', () => {
    const statement = answeredStatement(threeQuestionQuiz, trueFalse, ['false'], { correct: true, score: 1, max: 1, verdict: 'right' });
    expect(statement.verb.id).toBe(ANSWERED);
    expect(statement.object.id).toBe('urn:childrensafe:quiz:fixture-three-questions:child-to-blame');
    expect(statement.object.definition.interactionType).toBe('true-false');
    expect(statement.object.definition.correctResponsesPattern).toEqual(['false']);
    expect(statement.object.definition).not.toHaveProperty('choices');
    expect(statement.result).toEqual({ score: { raw: 1, min: 0, max: 1, scaled: 1 }, success: true, response: 'false' });
  });

  it('copies the texts, so changing the statement leaves the quiz alone', () => {
    const statement = answeredStatement(threeQuestionQuiz, single, ['tell-dsl'], { correct: true, score: 1, max: 1, verdict: 'right' });
    statement.object.definition.name.en = 'changed';
    statement.object.definition.choices![0]!.description.en = 'changed';
    expect(single.prompt.en).not.toBe('changed');
    expect(single.options[0]!.text.en).not.toBe('changed');
  });

  it('matches what a session reports for the checked answer', () => {
    const session = new QuizSession(perOptionQuiz, { seed: 1, now: () => 0 });
    session.start();
    session.check();
    session.select('tell-dsl');
    const result = session.check()!;
    const statement = answeredStatement(perOptionQuiz, session.current!, session.answerOf(session.current!).selected, result);
    expect(statement.result).toEqual({ score: { raw: 1, min: 0, max: 1, scaled: 1 }, success: true, response: 'tell-dsl' });
  });
});

describe('completedStatement', () => {
  it('reports the quiz score, pass, completion and duration', () => {
    let t = 0;
    const session = new QuizSession(threeQuestionQuiz, { seed: 1, now: () => t });
    session.start();
    t = 65_500;
    for (const choice of ['tell-dsl', 'gifts', 'false']) {
      session.select(choice);
      session.check();
      session.next();
    }
    // The time spent stops with the last answer: looking at the results adds nothing.
    t = 200_000;
    const score = session.score();
    expect(completedStatement(threeQuestionQuiz, score, session.durationMs())).toEqual({
      verb: { id: COMPLETED, display: { 'en-US': 'completed' } },
      object: {
        id: 'urn:childrensafe:quiz:fixture-three-questions',
        objectType: 'Activity',
        definition: { name: threeQuestionQuiz.title, type: ASSESSMENT },
      },
      result: {
        score: { raw: 2, min: 0, max: 3, scaled: 2 / 3 },
        success: true,
        completion: true,
        duration: 'PT1M5.5S',
      },
    });
  });

  it('reports a failed quiz as completed but not successful', () => {
    const statement = completedStatement(
      threeQuestionQuiz,
      { raw: 1, max: 3, scaled: 1 / 3, correctQuestions: 1, totalQuestions: 3, passed: false, band: 0 },
      1_500,
    );
    expect(statement.result).toMatchObject({ success: false, completion: true, duration: 'PT1.5S' });
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1_500, 'PT1.5S'],
    [65_500, 'PT1M5.5S'],
    [12_500, 'PT12.5S'],
    [60_000, 'PT1M0S'],
    [61_100, 'PT1M1.1S'],
    [200_000, 'PT3M20S'],
    [59_999, 'PT1M0S'],
    [1_449, 'PT1.4S'],
    [-5_000, 'PT0S'],
  ])('%d ms is %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
  });

  it('always writes a valid ISO 8601 duration', () => {
    for (let ms = 0; ms < 200_000; ms += 37) expect(isoDuration(ms)).toMatch(/^PT(\d+M)?\d+(\.\d)?S$/);
  });
});
