import { expect, fixture, html } from '@open-wc/testing';
import { describeHostPageStyles, describeNoContent, describeUnreadableContent, renderedWith } from '../../../test-support/host-page.js';
import { visibleText } from '../../../test-support/browser.js';
import '../src/define.js';
import type { CsQuiz } from '../src/quiz.js';
import { threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

describe('<cs-quiz> on any host page', () => {
  describeNoContent('cs-quiz');
  describeUnreadableContent('cs-quiz');
  describeHostPageStyles({
    make: () => renderedWith(fixture<CsQuiz>(html`<cs-quiz .content=${threeQuestionQuiz}></cs-quiz>`), '[part="title"]'),
    part: (el) => el.shadowRoot?.querySelector('section.panel') as Element,
    token: 'color-text',
  });

  it('renders the document the content README shows, $schema and all', async () => {
    const readme = await (await fetch('/packages/content/README.md')).text();
    const example = JSON.parse(readme.split('## A document')[1]?.match(/```json\n([\s\S]*?)```/)?.[1] ?? 'null');
    expect(example.$schema).to.equal('https://childrensafe.eu/schemas/quiz.schema.json');
    const quiz = await renderedWith(fixture<CsQuiz>(html`<cs-quiz .content=${example}></cs-quiz>`), '[part="title"]');
    expect(quiz.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
    expect(visibleText(quiz.shadowRoot)).to.include('Consent and exploitation');
    [...(quiz.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Start')?.click();
    await quiz.updateComplete;
    expect(visibleText(quiz.shadowRoot)).to.include('A child can consent to being sexually exploited.');
  });
});
