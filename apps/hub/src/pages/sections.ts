/** A page's sections: each a heading and its text, with what the page composes into it (widgets). */
import { html } from '@lit-labs/ssr';
import { renderRichText } from '@childrensafe/core';
import type { ContentLanguage } from '@childrensafe/content/vocabulary';
import { text } from '../document.js';
import type { PageText } from '../page-content.js';

export function renderSections(page: PageText, language: ContentLanguage, inside: Record<string, unknown> = {}): unknown {
  return page.sections.map(
    (section) => html`<section class="section" aria-labelledby=${`${section.id}-title`}>
      <h2 id=${`${section.id}-title`}>${text(section.heading, language)}</h2>
      ${section.body ? html`<div class="section-body">${renderRichText(text(section.body, language))}</div>` : ''}
      ${inside[section.id] ?? ''}
    </section>`,
  );
}
