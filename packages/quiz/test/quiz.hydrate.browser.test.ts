// Hydration support must be evaluated before Lit defines any element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { provideContentKind } from '@childrensafe/core';
import { quizzes } from '@childrensafe/content/quizzes';
import { visibleText } from '../../../test-support/browser.js';
import { captureErrors, insertServerHtml } from '../../../test-support/hydration.js';
import { threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

describe('<cs-quiz> hydration', () => {
  it('hydrates the server-rendered French intro without errors, reusing its DOM, and starts', async () => {
    const capture = captureErrors();
    const host = await insertServerHtml('/packages/quiz/reports/ssr/quiz.fr.html', 'fr');
    const quiz = host.querySelector('cs-quiz') as HTMLElement & { content?: unknown; hasUpdated?: boolean; updateComplete?: Promise<boolean> };
    const serverStart = quiz.shadowRoot?.querySelector('button.primary');
    const serverTitle = quiz.shadowRoot?.querySelector('[part="title"]');
    expect(serverStart, 'declarative shadow DOM was parsed').to.exist;
    expect(serverStart?.textContent?.trim()).to.equal('Commencer');

    // The server rendered from a property, with the quiz kind provided: the client needs both
    // before it upgrades, or its first render is "Loading…" and does not match the server's.
    quiz.content = threeQuestionQuiz;
    provideContentKind(quizzes);
    await import('../src/define.js');
    await waitUntil(() => quiz.hasUpdated, 'the quiz did not hydrate', { timeout: 10000 });
    await quiz.updateComplete;

    expect(quiz.shadowRoot?.querySelectorAll('section').length, 'hydrated in place, not rendered a second time').to.equal(1);
    expect(quiz.shadowRoot?.querySelector('button.primary'), 'the Start button is the server’s').to.equal(serverStart);
    expect(quiz.shadowRoot?.querySelector('[part="title"]')).to.equal(serverTitle);
    expect(visibleText(quiz.shadowRoot)).to.include('3 questions').and.include('Seuil de réussite');

    // Hydrated, it is live: Start shows the first question, in French.
    (serverStart as HTMLButtonElement).click();
    await waitUntil(() => quiz.shadowRoot?.querySelector('legend'), 'Start did nothing after hydration', { timeout: 10000 });
    expect(visibleText(quiz.shadowRoot?.querySelector('[part="progress"]'))).to.equal('Question 1 sur 3');
    expect(quiz.shadowRoot?.querySelector('legend')?.textContent?.trim()).to.equal(threeQuestionQuiz.questions[0]?.prompt.fr);
    expect(quiz.shadowRoot?.activeElement?.tagName, 'focus goes to the question').to.equal('LEGEND');

    capture.stop();
    expect(capture.errors).to.deep.equal([]);
    host.remove();
  });
});
