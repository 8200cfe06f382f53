/**
 * Server rendering: a quiz given as a property renders its intro to HTML with declarative
 * shadow DOM, in the page's language, once the server has provided the quiz kind. The HTML is
 * written to reports/ssr/ for the browser test that hydrates it.
 */
import { describe, expect, it } from 'vitest';
import { renderInLocale, textOf as text } from '../../../test-support/ssr.js';
import { html } from 'lit';
import { threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

const { provideContentKind } = await import('@childrensafe/core');
const { quizzes } = await import('@childrensafe/content/quizzes');
await import('../src/define.js');
provideContentKind(quizzes);

const renderIn = (locale: string) => renderInLocale(() => html`<cs-quiz .content=${threeQuestionQuiz}></cs-quiz>`, locale, 'quiz');

describe('server rendering', () => {
  it('renders the intro with declarative shadow DOM in English', async () => {
    const out = await renderIn('en');
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(text(out)).toContain(threeQuestionQuiz.title.en);
    expect(text(out)).toContain('3 questions');
    expect(text(out)).toContain('Pass mark: 60%');
    expect(out).toMatch(/<button part="button primary"[^>]*>\s*(<!--[^>]*-->)?Start/);
  });

  it('renders in French, with the French texts of the quiz', async () => {
    const out = text(await renderIn('fr'));
    expect(out).toContain('lang="fr"');
    expect(out).toContain(threeQuestionQuiz.title.fr);
    expect(out).toContain('Seuil de réussite');
    expect(out).toContain('Commencer');
  });
});
