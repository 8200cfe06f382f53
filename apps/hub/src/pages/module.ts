/**
 * A module's page: its title and summary (the module's own text), what the reader will learn,
 * its units in order, and its knowledge check (the quiz, hydrated).
 */
import { html } from 'lit';
import { html as page } from '@lit-labs/ssr';
import type { TrainingModule } from '@childrensafe/content';
import { text } from '../document.js';
import { renderSections } from './sections.js';
import type { PageContext, PageView } from './view.js';

export function modulePage(ctx: PageContext): PageView {
  const { language, data } = ctx;
  const module = data.get('module', ctx.page.module!) as TrainingModule;
  const t = (value: Parameters<typeof text>[0]) => text(value, language);
  return {
    heading: t(module.title),
    description: t(module.summary),
    eyebrow: t(ctx.text.title),
    intro: page`<p class="intro">${t(module.summary)}</p>`,
    main: renderSections(ctx.text, language, {
      objectives: html`<ul class="objectives">${(module.objectives ?? []).map((objective) => html`<li>${t(objective)}</li>`)}</ul>`,
      units: html`<ol class="units">${module.units.map((unit) => html`<li><h3>${t(unit.title)}</h3><p>${t(unit.description)}</p></li>`)}</ol>`,
      quiz: module.quiz
        ? html`<cs-quiz data-hydrate heading-level="3" data-content=${data.key('quiz', module.quiz)} .content=${data.get('quiz', module.quiz)}></cs-quiz>`
        : '',
    }),
  };
}
