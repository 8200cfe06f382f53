export { CsQuiz } from './quiz.js';
export type { QuizAnswerDetail, QuizCompleteDetail } from './quiz-events.js';
export type { XapiStatement } from './model/xapi.js';
