import { builtin } from '../generated/builtin-quizzes.js';
import { defineKind } from '../parse-result.js';
import { quizSchema } from './quiz-schema.js';

export const quizzes = defineKind('quiz', quizSchema, builtin);

export { quizSchema, type Quiz, type QuizOption, type QuizQuestion } from './quiz-schema.js';
