/**
 * Server rendering: a quiz given as a property renders its intro to HTML with declarative
 * shadow DOM, in the page's language, once the server has provided the quiz kind. The HTML is
 * written to reports/ssr/ for the browser test that hydrates it.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { threeQuestionQuiz } from '../fixtures/quiz.fixtures.js';

// lit-localize announces locale changes on `window`, which the DOM shim does not provide.
beforeAll(() => {
  (globalThis as { window?: unknown }).window ??= new EventTarget();
});

const { provideContentKind, setLocale } = await import('@childrensafe/core');
const { quizzes } = await import('@childrensafe/content/quizzes');
await import('../src/define.js');
provideContentKind(quizzes);

async function renderIn(locale: string): Promise<string> {
  await setLocale(locale);
  const out = await collectResult(render(html`<cs-quiz .content=${threeQuestionQuiz}></cs-quiz>`));
  await mkdir('reports/ssr', { recursive: true });
  await writeFile(`reports/ssr/quiz.${locale}.html`, out);
  return out;
}

const text = (htmlText: string) => htmlText.replace(/<!--[^>]*-->|<\?>/g, '').replace(/\s+/g, ' ');

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
