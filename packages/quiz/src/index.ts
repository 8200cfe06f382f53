export { CsQuiz } from './quiz.js';
export { QuizSession, bandFor, passes, scoreQuestion, type AnswerState, type Phase, type QuestionResult, type QuizScore, type SessionSnapshot } from './quiz-session.js';
export { parseSaved, toSaved, SAVE_VERSION, type SavedQuiz } from './persistence.js';
export { answeredStatement, completedStatement, activityId, isoDuration, type XapiStatement } from './xapi.js';
export type { QuizAnswerDetail, QuizCompleteDetail } from './quiz-events.js';
