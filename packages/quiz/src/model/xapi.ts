import type { Quiz, QuizQuestion } from '@childrensafe/content';
import type { QuestionResult, QuizScore } from './quiz-session.js';

/**
 * xAPI-shaped statements for hosts that forward results to an LMS or learning record store.
 * The library sends them nowhere: they ride in the events' detail. There is no actor: who the
 * learner is belongs to the host, which adds it (and a timestamp) before sending.
 */
export interface XapiStatement {
  verb: { id: string; display: { 'en-US': string } };
  object: {
    id: string;
    objectType: 'Activity';
    definition: {
      name: Record<string, string>;
      type: string;
      interactionType?: 'choice' | 'true-false';
      correctResponsesPattern?: string[];
      choices?: { id: string; description: Record<string, string> }[];
    };
  };
  result: {
    score: { raw: number; min: 0; max: number; scaled: number };
    success: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
  };
}

const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
};
const ACTIVITY = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
};

/** A stable activity id for a quiz, and for one of its questions. */
export const activityId = (quiz: Quiz, question?: QuizQuestion): string => `urn:childrensafe:quiz:${quiz.id}${question ? `:${question.id}` : ''}`;

/** ISO 8601 duration, as xAPI wants it: PT12.5S, PT3M20S. */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 100) / 10);
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round((seconds - minutes * 60) * 10) / 10;
  return `PT${minutes > 0 ? `${minutes}M` : ''}${rest}S`;
}

export function answeredStatement(quiz: Quiz, question: QuizQuestion, selected: readonly string[], result: QuestionResult): XapiStatement {
  const trueFalse = question.type === 'true-false';
  return {
    verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
    object: {
      id: activityId(quiz, question),
      objectType: 'Activity',
      definition: {
        name: { ...question.prompt },
        type: ACTIVITY.interaction,
        interactionType: trueFalse ? 'true-false' : 'choice',
        correctResponsesPattern: [
          question.options
            .filter((o) => o.correct)
            .map((o) => o.id)
            .join('[,]'),
        ],
        ...(!trueFalse && { choices: question.options.map((o) => ({ id: o.id, description: { ...o.text } })) }),
      },
    },
    result: {
      score: { raw: result.score, min: 0, max: result.max, scaled: result.max === 0 ? 0 : result.score / result.max },
      success: result.correct,
      response: selected.join('[,]'),
    },
  };
}

export function completedStatement(quiz: Quiz, score: QuizScore, durationMs: number): XapiStatement {
  return {
    verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
    object: {
      id: activityId(quiz),
      objectType: 'Activity',
      definition: { name: { ...quiz.title }, type: ACTIVITY.assessment },
    },
    result: {
      score: { raw: score.raw, min: 0, max: score.max, scaled: score.scaled },
      success: score.passed,
      completion: true,
      duration: isoDuration(durationMs),
    },
  };
}
