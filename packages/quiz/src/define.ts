import { defineElement } from '@childrensafe/core';
import { CsQuiz } from './quiz.js';

defineElement('cs-quiz', CsQuiz);

export { CsQuiz };
