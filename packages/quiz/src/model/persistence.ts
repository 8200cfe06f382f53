import type { Quiz } from '@childrensafe/content';
import type { AnswerState, Phase, SessionSnapshot } from './quiz-session.js';

/** Bumped when the saved shape changes; older saves are then ignored, never misread. */
export const SAVE_VERSION = 1;

/** What `persist` stores under `childrensafe:quiz:<quiz id>`: only this quiz's progress. */
export interface SavedQuiz extends SessionSnapshot {
  v: typeof SAVE_VERSION;
  quizId: string;
}

export function toSaved(quiz: Quiz, snapshot: SessionSnapshot): SavedQuiz {
  return { v: SAVE_VERSION, quizId: quiz.id, ...snapshot };
}

const PHASES: readonly Phase[] = ['intro', 'question', 'results'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads saved progress back, or undefined when it cannot be trusted: another version, another
 * quiz, a quiz whose questions changed since, or anything malformed. A bad save is ignored (the
 * quiz starts afresh), never a crash.
 */
export function parseSaved(raw: unknown, quiz: Quiz): SessionSnapshot | undefined {
  if (!isRecord(raw) || raw.v !== SAVE_VERSION || raw.quizId !== quiz.id) return undefined;
  const { seed, phase, position, answers, elapsedMs } = raw;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0) return undefined;
  if (!PHASES.includes(phase as Phase)) return undefined;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= quiz.questions.length) return undefined;
  if (typeof elapsedMs !== 'number' || !(elapsedMs >= 0)) return undefined;
  if (!isRecord(answers)) return undefined;
  const restored: Record<string, AnswerState> = {};
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = quiz.questions.find((q) => q.id === questionId);
    if (!question || !isRecord(answer) || !Array.isArray(answer.selected)) return undefined;
    const options = new Set(question.options.map((o) => o.id));
    if (!answer.selected.every((id): id is string => typeof id === 'string' && options.has(id))) return undefined;
    if (question.type !== 'multiple' && answer.selected.length > 1) return undefined;
    if (typeof answer.checked !== 'boolean' || typeof answer.solutionShown !== 'boolean') return undefined;
    restored[questionId] = { selected: [...answer.selected], checked: answer.checked, solutionShown: answer.solutionShown };
  }
  return { seed, phase: phase as Phase, position, answers: restored, elapsedMs };
}
